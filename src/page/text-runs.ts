/**
 * Reads the page's text as runs: the text of one block (paragraph, heading, list item, cell) across
 * its inline elements, so that names split by markup (`<em>Kim</em> Jong Un`,
 * `<a>KN-23</a>-Raketen`) are found. A run never crosses a block boundary. Read-only: nothing in
 * the page is changed.
 */

export interface TextRun {
  /** The run's text: its text nodes' data, concatenated. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's data starts. */
  starts: number[];
}

export interface WalkOptions {
  /** Also read `<code>` and `<pre>`. */
  includeCode?: boolean;
  /** Elements of Kontext's own UI, never read. */
  ownUi?: ReadonlySet<string>;
  /** Called for every open shadow root found on the way. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB',
  'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR', 'CODE',
]);

const NEVER = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const KONTEXT_UI_TAGS: ReadonlySet<string> = new Set(['KONTEXT-TOOLTIP']);

/** True when Kontext must not read inside `el` (and its subtree). */
export function isExcluded(el: Element, options: WalkOptions = {}): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER.has(tag)) return true;
  if (!options.includeCode && (tag === 'CODE' || tag === 'PRE')) return true;
  if ((options.ownUi ?? KONTEXT_UI_TAGS).has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

export function isBlock(el: Element): boolean {
  return !INLINE.has(el.tagName.toUpperCase());
}

/** The block element a node belongs to: itself if it is a block, else its nearest block ancestor. */
export function blockElement(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el) && el.parentElement) el = el.parentElement;
  return el;
}

/**
 * Text runs under `root`, in document order. Elements that are excluded (scripts, form fields,
 * editable regions, hidden or aria-hidden subtrees, Kontext's UI) are skipped with their subtree.
 */
export function collectRuns(root: Node, options: WalkOptions = {}): TextRun[] {
  return [...iterateRuns(root, options)];
}

/**
 * Like `collectRuns`, one run at a time, so that a caller can pause between runs. Open shadow
 * roots of the page's components are read too (their text forms runs of its own); each is
 * reported to `onShadowRoot` so the caller can observe and style it.
 *
 * The walk follows `firstChild` / `nextSibling` / `parentNode` itself rather than asking a
 * TreeWalker with a filter callback (a call into script per node): a run ends whenever the walk
 * enters or leaves a block element or passes a `<br>`.
 */
export function* iterateRuns(root: Node, options: WalkOptions = {}): Generator<TextRun> {
  if (root.nodeType === 1 && isExcludedWithin(root as Element, options)) return;
  if (root.nodeType === 11 && isExcludedWithin((root as ShadowRoot).host, options)) return;
  let run: TextRun = { text: '', nodes: [], starts: [] };
  const fresh = (): TextRun => ({ text: '', nodes: [], starts: [] });
  const worth = (r: TextRun) => r.nodes.length > 0 && /\S/.test(r.text);
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        run.starts.push(run.text.length);
        run.nodes.push(node as Text);
        run.text += data;
      }
    } else if (node.nodeType === 1 && !isExcluded(node as Element, options)) {
      const el = node as Element;
      if (isBlock(el)) {
        if (worth(run)) yield run;
        run = fresh();
      }
      const shadow = el.shadowRoot;
      if (shadow) {
        if (worth(run)) yield run;
        run = fresh();
        options.onShadowRoot?.(shadow);
        yield* iterateRuns(shadow, options);
      }
      descend = el.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: the next sibling, else the next sibling of the nearest ancestor
    // that has one. Leaving a block ends the run.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && isBlock(node as Element)) {
        if (worth(run)) yield run;
        run = fresh();
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (worth(run)) yield run;
}

/** True if `el` or one of its ancestors is excluded. */
export function isExcludedWithin(el: Element, options: WalkOptions = {}): boolean {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) if (isExcluded(node, options)) return true;
  return false;
}

/** The parent element, or the shadow host when `el` is at the top of a shadow tree. */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

/** The text node and offset in it for position `offset` of the run (end positions prefer the earlier node). */
export function locate(run: TextRun, offset: number, isEnd: boolean): [Text, number] {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - starts[lo]!];
}
