/**
 * Which mark is under the pointer. The caret position under the pointer names a text node and an
 * offset, and the marks on that node are checked against their on-screen boxes: one hit test and
 * a look-up, however many marks the page has. `CSS.highlights.highlightsFromPoint` answers exactly
 * what is painted there, but costs in Chromium time in proportion to every registered range and
 * its text (on a page with 5,000 marks, two thirds of the main thread while the pointer moved; on
 * one long paragraph, seconds per move): it is asked only where the caret names no text node —
 * over a component's shadow tree, which the caret does not enter in Chromium, or an image.
 */
import { nodesOf, type Highlighter, type Mark } from './highlighter';

interface HitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => (HitResult | Highlight)[];
};

type DocumentWithCaret = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function markAtPoint(doc: Document, highlighter: Highlighter, x: number, y: number): Mark | undefined {
  const mark = findMark(doc, highlighter, x, y);
  return mark && isUncovered(mark, x, y) ? mark : undefined;
}

/**
 * True if nothing covers the mark's text at the point (a fixed banner, a dialog). Firefox's
 * `highlightsFromPoint` reports highlights under overlays, so the topmost element is checked.
 */
function isUncovered(mark: Mark, x: number, y: number): boolean {
  const root = mark.startNode.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return true;
  const top = root.elementFromPoint(x, y);
  return !!top && nodesOf(mark).some((node) => top.contains(node));
}

function findMark(doc: Document, highlighter: Highlighter, x: number, y: number): Mark | undefined {
  const caret = caretAt(doc as DocumentWithCaret, x, y);
  if (caret?.node.nodeType === 3) {
    for (const mark of highlighter.marksAt(caret.node as Text)) if (contains(doc, mark, x, y)) return mark;
    return undefined;
  }
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights as RegistryWithHitTest | undefined;
  if (!registry?.highlightsFromPoint) return undefined;
  try {
    for (const hit of registry.highlightsFromPoint(x, y)) {
      const ranges = 'ranges' in hit && hit.ranges ? hit.ranges : [];
      for (const range of ranges) {
        const mark = highlighter.markFor(range);
        if (mark) return mark;
      }
    }
  } catch {
    // A page may have replaced the registry's methods.
  }
  return undefined;
}

function caretAt(doc: DocumentWithCaret, x: number, y: number): { node: Node; offset: number } | undefined {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** True if the point lies in one of the boxes of the mark's text. */
export function contains(doc: Document, mark: Mark, x: number, y: number): boolean {
  for (const rect of rectsOf(doc, mark)) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

export function rectsOf(doc: Document, mark: Mark): DOMRectList {
  const range = doc.createRange();
  range.setStart(mark.startNode, Math.min(mark.startOffset, mark.startNode.length));
  range.setEnd(mark.endNode, Math.min(mark.endOffset, mark.endNode.length));
  return range.getClientRects();
}
