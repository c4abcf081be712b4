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
 * `highlightsFromPoint` reports highlights under overlays, so the topmost element is checked. A
 * link stretched over the teaser it sits in (`.stretched-link::after { inset: 0 }`, a front page's
 * whole-card link) covers its own teaser's text only, and does not count.
 */
function isUncovered(mark: Mark, x: number, y: number): boolean {
  const root = mark.startNode.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return true;
  const top = root.elementFromPoint(x, y);
  if (!top) return false;
  const nodes = nodesOf(mark);
  if (nodes.some((node) => top.contains(node))) return true;
  const teaser = stretchedOver(top);
  return !!teaser && nodes.some((node) => teaser.contains(node));
}

/**
 * The box a link at the point is stretched over (its overlay's containing block: the nearest
 * positioned element around it), if `top` is such a link; never the whole page.
 */
function stretchedOver(top: Element): Element | null {
  const link = top.closest('a');
  const doc = top.ownerDocument;
  const view = doc.defaultView;
  if (!link || !view) return null;
  for (let el = link.parentElement, depth = 0; el && el !== doc.body && el !== doc.documentElement && depth < 8; el = el.parentElement, depth++) {
    if (view.getComputedStyle(el).position !== 'static') return el;
  }
  return null;
}

function findMark(doc: Document, highlighter: Highlighter, x: number, y: number): Mark | undefined {
  const caret = caretAt(doc as DocumentWithCaret, x, y);
  if (caret?.node.nodeType === 3) {
    // Only the marks around the caret's offset are measured: a text node may hold thousands.
    const node = caret.node as Text;
    for (const mark of highlighter.marksAt(node)) if (spansOffset(mark, node, caret.offset) && contains(doc, mark, x, y)) return mark;
    return underStretchedLink(doc, highlighter, node.parentElement, x, y);
  }
  if (caret?.node.nodeType === 1) {
    const mark = underStretchedLink(doc, highlighter, caret.node as Element, x, y) ?? inSelectAllText(doc, highlighter, caret.node as Element, x, y);
    if (mark) return mark;
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

/**
 * The mark under a link stretched over its teaser (the caret then names the link's own text):
 * looked for in the elements under the point, inside the teaser, among their few text nodes.
 */
function underStretchedLink(doc: Document, highlighter: Highlighter, caretIn: Element | null, x: number, y: number): Mark | undefined {
  const link = caretIn?.closest('a');
  const teaser = link && stretchedOver(link);
  if (!teaser) return undefined;
  for (const el of doc.elementsFromPoint(x, y)) {
    if (el === link || link.contains(el) || !teaser.contains(el) || el === teaser) continue;
    return markInTextOf(doc, highlighter, el, x, y);
  }
  return undefined;
}

/**
 * The mark at the point in the text under the element the caret names instead of one of its text
 * nodes: Firefox does so over text the page made `user-select: all` (the paragraph, at its end).
 */
function inSelectAllText(doc: Document, highlighter: Highlighter, el: Element, x: number, y: number): Mark | undefined {
  // (Only there: a caret between blocks or on a picture names an element too, often a large one.)
  if (doc.defaultView?.getComputedStyle(el).userSelect !== 'all') return undefined;
  return markInTextOf(doc, highlighter, el, x, y);
}

/** The mark at the point among the first `MAX_TEXT_NODES` text nodes under `el`. */
function markInTextOf(doc: Document, highlighter: Highlighter, el: Element, x: number, y: number): Mark | undefined {
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), seen = 0; n && seen < MAX_TEXT_NODES; n = walker.nextNode(), seen++) {
    for (const mark of highlighter.marksAt(n as Text)) if (contains(doc, mark, x, y)) return mark;
  }
  return undefined;
}
/** Text nodes looked at under a stretched link (a teaser's few lines) or an element the caret names. */
const MAX_TEXT_NODES = 200;

/** True if the mark's text on `node` reaches offset `offset` (at either edge too: a caret between two letters). */
function spansOffset(mark: Mark, node: Text, offset: number): boolean {
  const start = mark.startNode === node ? mark.startOffset : 0;
  const end = mark.endNode === node ? mark.endOffset : node.length;
  return offset >= start && offset <= end;
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
