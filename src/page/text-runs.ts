/**
 * Reads the page's text as runs: the text of one block (paragraph, heading, list item, cell) across
 * its inline elements, so that names split by markup (`<em>Kim</em> Jong Un`,
 * `<a>KN-23</a>-Raketen`) are found. A run never crosses a block boundary. Read-only: nothing in
 * the page is changed.
 */
import { foldCode, JOIN } from '../match/fold';

export interface TextRun {
  /**
   * The run's text: its text nodes' data, concatenated — with a space between two that the page
   * draws in boxes of their own with no space between (see `apartInBoxes`).
   */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's data starts. */
  starts: number[];
}

export interface WalkOptions {
  /** Also read `<code>` and `<pre>`. */
  includeCode?: boolean;
  /** Called for every open shadow root found on the way. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called for every custom element found without a shadow root (it may attach one later). */
  onShadowless?: (host: Element) => void;
  /** Blocks that are not read either (an article's bylines and related links, see `boilerplateIn`). */
  skipped?: { has(el: Element): boolean };
}

const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 'ruby', 'rb', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'code',
]);

/** Never read, nor their subtree (`rt`, `rp`: a ruby's reading aid, `<ruby>Moskau<rt>Москва</rt></ruby>`, is no part of the text). */
const NEVER = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'iframe',
  'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'meta', 'link', 'rt', 'rp',
]);

/** The elements that may host a shadow root, besides custom elements (DOM spec, `attachShadow`). */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p',
  'section', 'span',
]);

/** What an element's name alone says about it (bits), cached per name: one look-up per element. */
const BLOCK = 1;
const NEVER_READ = 2;
const CODE = 4;
const MAY_HOST_SHADOW = 8;
const CUSTOM = 16;
const kinds = new Map<string, number>();

function kindOf(el: Element): number {
  const name = el.localName;
  let kind = kinds.get(name);
  if (kind === undefined) {
    kind =
      (INLINE.has(name) ? 0 : BLOCK) |
      (NEVER.has(name) ? NEVER_READ : 0) |
      (name === 'code' || name === 'pre' ? CODE : 0) |
      (SHADOW_HOSTS.has(name) || name.includes('-') ? MAY_HOST_SHADOW : 0) |
      (name.includes('-') ? CUSTOM : 0);
    kinds.set(name, kind);
  }
  return kind;
}

/** The attributes that can make an element's subtree unreadable (see `excludedBy`). */
export const EXCLUDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable'];

/** True if attribute `name` (one of `EXCLUDING_ATTRIBUTES`) with `value` (null: absent) makes its element unreadable. */
export function excludedBy(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'aria-hidden') return value === 'true';
  if (name === 'contenteditable') return value.toLowerCase() !== 'false';
  return true;
}

/** True when Kontext must not read inside `el` (and its subtree). */
export function isExcluded(el: Element, options: WalkOptions = {}): boolean {
  return excludedAs(el, kindOf(el), options);
}

/** `isExcluded`, for an element whose kind (`kindOf`) the walk has read already. */
function excludedAs(el: Element, kind: number, options: WalkOptions): boolean {
  if (kind & NEVER_READ) return true;
  if (kind & CODE && !options.includeCode) return true;
  if (options.skipped?.has(el)) return true;
  if (!el.hasAttributes()) return false;
  return (
    el.hasAttribute('hidden') ||
    excludedBy('aria-hidden', el.getAttribute('aria-hidden')) ||
    excludedBy('contenteditable', el.getAttribute('contenteditable'))
  );
}

/**
 * True if `el` is a block by its name (what the page may do with its style aside). A custom
 * element is one unless it stands in running text (`<ent-link>Kim</ent-link> Jong Un`), as a
 * component's default `display: inline` has it there (see `inRunningText`).
 */
export function isBlock(el: Element): boolean {
  const kind = kindOf(el);
  return (kind & BLOCK) !== 0 && !(kind & CUSTOM && inRunningText(el));
}

/**
 * True if text other than white space stands right before or after `el`, and it has no shadow
 * tree (whose text is read as runs of its own, and its light children with it).
 */
function inRunningText(el: Element): boolean {
  if (el.shadowRoot) return false;
  return besideText(el.previousSibling, 'previousSibling') || besideText(el.nextSibling, 'nextSibling');
}

/** True if `node`, or the node past it if it is white space, is text or an inline element (`<ent-link>Kim</ent-link> <b>Jong Un</b>`). */
function besideText(node: Node | null, next: 'previousSibling' | 'nextSibling'): boolean {
  if (node?.nodeType === 3) {
    if (HAS_TEXT.test((node as Text).data)) return true;
    node = node[next];
  }
  return node?.nodeType === 1 && !(kindOf(node as Element) & BLOCK);
}

/**
 * True if `el`, of `kind`, ends a run. A `div` that holds one word and that the page lays out
 * inline by its own style (`display: inline-block`: text-splitting libraries such as GSAP's
 * SplitText wrap each word and letter of a headline so) does not; a card laid out so, with a
 * sentence in it, does. Nor does a custom element in running text (see `isBlock`).
 */
function blockAs(el: Element, kind: number): boolean {
  if (!(kind & BLOCK)) return false;
  if (kind & CUSTOM) return !inRunningText(el);
  return el.localName !== 'div' || !INLINE_STYLE.test(el.getAttribute('style') ?? '') || /\s/.test((el.textContent ?? '').trim());
}
const INLINE_STYLE = /(?:^|;)\s*display\s*:\s*inline/i;

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
  const reader = new RunReader(root, options);
  const runs: TextRun[] = [];
  for (let run = reader.next(); run; run = reader.next()) runs.push(run);
  return runs;
}

const HAS_TEXT = /\S/;

/**
 * A run of more text nodes than this ends at the next one that ends in a space: a block of
 * 100,000 inline elements (a span per word) was one task of 0.6 s, since the reader pauses only
 * between runs. Only a name across that one space is lost.
 */
const MAX_RUN_NODES = 4096;

/** A letter or digit, as the matcher reads words (a word goes on across it). */
function isWordChar(code: number): boolean {
  return foldCode(code) > JOIN;
}

/**
 * True if two text nodes that meet without a space are drawn apart: an element between them is a
 * box of its own (a kicker above a headline, `display: block` or `flex` on a span, a tag chip of
 * `inline-block`), or a footnote's `<sup>`. Their words are words of their own then
 * (`Nordkorea` + `Kim Jong Un besucht …`, `KN-23` + `1`), not one (`<b>Kim</b>s` is, and so is a
 * floated drop cap and the rest of its word). Asked only
 * where letters meet across elements, which prose rarely does, so the styles it reads cost little.
 */
function apartInBoxes(a: Text, b: Text): boolean {
  const view = a.ownerDocument.defaultView;
  const around = new Set<Element>();
  for (let el = a.parentElement; el; el = el.parentElement) around.add(el);
  let common: Element | null = b.parentElement;
  while (common && !around.has(common)) common = common.parentElement;
  // Letters in inline boxes of their own, one each, are one word (`<span class="char">K</span><span
  // class="char">i</span>…`, as text-splitting libraries animate a headline); a box around a
  // whole word still stands apart.
  const letters = a.data.length === 1 && b.data.length === 1;
  const standsApart = (el: Element) => {
    if (el.localName === 'sup' || el.localName === 'sub') return true;
    const style = view?.getComputedStyle(el);
    const display = style?.display ?? '';
    if (letters && display.startsWith('inline-') && el.textContent?.length === 1) return false;
    // A floated initial is a drop cap: its letter starts the word (`<span class=dropcap>K</span>im`).
    return display !== '' && display !== 'inline' && display !== 'contents' && (style?.getPropertyValue('float') || 'none') === 'none';
  };
  for (const start of [a.parentElement, b.parentElement])
    for (let el = start; el && el !== common; el = el.parentElement) if (standsApart(el)) return true;
  // Children of a flex or grid container are boxes of their own (the browser blockifies them).
  return !!common && /flex|grid/.test(view?.getComputedStyle(common).display ?? '') && (a.parentElement !== common || b.parentElement !== common);
}
const ENDS_IN_SPACE = /\s$/;

/**
 * Reads the text runs under a root one at a time, so that a caller can pause between runs. Open
 * shadow roots of the page's components are read too (their text forms runs of its own); each is
 * reported to `onShadowRoot` so the caller can observe and style it.
 *
 * The walk follows `firstChild` / `nextSibling` / `parentNode` itself rather than asking a
 * TreeWalker with a filter callback (a call into script per node): a run ends whenever the walk
 * enters or leaves a block element. It is a plain loop with its position kept in fields, not a
 * generator, so that it is compiled early and costs no resumption per run.
 */
export class RunReader {
  private root: Node;
  private node: Node | null;
  /** Where to go on after a shadow root: its host, whose own children come next. */
  private readonly hosts: { root: Node; host: Element; base: number; depth: number }[] = [];
  /**
   * The elements the walk is inside, outermost first, and whether each is a block: the walk knows
   * what it leaves without asking the DOM again (`next` checks it against the page each time it
   * goes on, see `regain`). Those below `base` belong to the trees around the shadow tree being read.
   */
  private readonly path: Node[] = [];
  private readonly blocks: boolean[] = [];
  private base = 0;
  /** The node before `node` among its siblings, read to its end (null: `node` is a first child). */
  private from: Node | null = null;
  /** The last text node read: where to go on from if the page moved the walk's place (see `regain`). */
  private lastText: Text | null = null;
  /** True once the page took away the walk's place and every way back to it: the rest was not read. */
  lost = false;
  private run: TextRun = { text: '', nodes: [], starts: [] };
  /**
   * The last code unit of the run's text, kept aside: reading it from `run.text`, a string built
   * by `+=`, would flatten that string at every text node (a fifth of the walk's time).
   */
  private lastCode = 0;
  private ready: TextRun | null = null;

  constructor(
    root: Node,
    private readonly options: WalkOptions = {},
  ) {
    this.root = root;
    const excluded =
      (root.nodeType === 1 && isExcludedWithin(root as Element, options)) ||
      (root.nodeType === 11 && isExcludedWithin((root as ShadowRoot).host, options));
    this.node = excluded ? null : root.firstChild;
    // A root that hosts a shadow tree (a component read again) is read from its shadow tree on.
    const shadow = !excluded && root.nodeType === 1 ? shadowOf(root as Element) : null;
    if (shadow) this.enter(shadow, root as Element);
  }

  /** Reads `shadow` next, then goes on with its host's own children. */
  private enter(shadow: ShadowRoot, host: Element): void {
    this.options.onShadowRoot?.(shadow);
    this.hosts.push({ root: this.root, host, base: this.base, depth: this.path.length });
    this.base = this.path.length;
    this.root = shadow;
    this.node = shadow.firstChild;
    this.from = null;
  }

  /** The next run with text, or null at the end. */
  next(): TextRun | null {
    const options = this.options;
    // The page may have changed while the reader paused (it pauses between runs only).
    if (this.node && (this.intactDepth() < this.path.length || this.node.parentNode !== this.parent())) this.regain();
    for (;;) {
      let node = this.node;
      if (!node) {
        this.end();
        const saved = this.hosts.pop();
        if (!saved) return this.take();
        // Back from a shadow root: on to its host's own children.
        this.root = saved.root;
        this.base = saved.base;
        this.path.length = this.blocks.length = saved.depth;
        const first = saved.host.firstChild;
        if (saved.host === this.root) this.node = first;
        else if (first) this.descend(saved.host, isBlock(saved.host), first);
        else this.node = this.after(saved.host);
        if (this.ready) return this.take();
        continue;
      }
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const run = this.run;
          const last = run.nodes[run.nodes.length - 1];
          if (last && isWordChar(this.lastCode) && isWordChar(data.charCodeAt(0)) && apartInBoxes(last, node as Text)) run.text += ' ';
          run.starts.push(run.text.length);
          run.nodes.push(node as Text);
          run.text += data;
          this.lastCode = data.charCodeAt(data.length - 1);
          this.lastText = node as Text;
          if (run.nodes.length >= MAX_RUN_NODES && ENDS_IN_SPACE.test(data)) this.end();
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const kind = kindOf(el);
        if (!excludedAs(el, kind, options)) {
          const block = blockAs(el, kind);
          if (block) this.end();
          const shadow = kind & MAY_HOST_SHADOW ? el.shadowRoot : null;
          if (shadow) {
            this.end();
            this.enter(shadow, el);
            if (this.ready) return this.take();
            continue;
          }
          if (kind & CUSTOM) options.onShadowless?.(el);
          // Each DOM read costs a call from the content script's world: `firstChild` is read once.
          const first = el.firstChild;
          if (first) {
            this.descend(el, block, first);
            if (this.ready) return this.take();
            continue;
          }
        }
      }
      this.node = this.after(node);
      if (this.ready) return this.take();
    }
  }

  private descend(el: Node, block: boolean, first: Node): void {
    this.path.push(el);
    this.blocks.push(block);
    this.node = first;
    this.from = null;
  }

  /** The next node in document order after `node` and its subtree; leaving a block ends the run. */
  private after(node: Node): Node | null {
    const blocks = this.blocks;
    let current: Node | null = node;
    for (;;) {
      const next = current.nextSibling;
      if (next) {
        this.from = current;
        return next;
      }
      // Out of the root's children. (`next` checked the path against the page before it went on.)
      if (blocks.length === this.base || !(current = current.parentNode)) return null;
      this.path.pop();
      if (blocks.pop()) this.end();
    }
  }

  /** The element the walk is in (or the root). */
  private parent(): Node {
    return this.path.length > this.base ? this.path[this.path.length - 1]! : this.root;
  }

  /** How many elements of the path, from the root down, are still one inside the other. */
  private intactDepth(): number {
    let depth = this.base;
    let parent: Node = this.root;
    while (depth < this.path.length && this.path[depth]!.parentNode === parent) parent = this.path[depth++]!;
    return depth;
  }

  /**
   * Finds the walk's place again after the page removed or moved the node it was to read next (an
   * ad slot replaced, a teaser moved to the side rail): right after the node before it, if that
   * is still there, or after the last text node read. What the page put in their place is new to
   * the page's observer and read from there; what lies after is read here. If neither is left,
   * the walk ends `lost`.
   */
  private regain(): void {
    const root = this.root;
    const intact = this.intactDepth() === this.path.length;
    const parent = this.parent();
    this.end();
    if (intact && (this.from === null || this.from.parentNode === parent)) {
      if (this.from !== null) this.node = this.after(this.from);
      else if ((this.node = parent.firstChild) === null && parent !== root) {
        // The element it had just entered, emptied: on after it.
        this.path.pop();
        this.blocks.pop();
        this.node = this.after(parent);
      }
      return;
    }
    const text = this.lastText;
    if (text && text.parentNode && root.contains(text)) {
      // The path down to the last text node read, as the walk would have entered it.
      const above: Node[] = [];
      for (let el: Node | null = text.parentNode; el && el !== root; el = el.parentNode) above.push(el);
      this.path.length = this.blocks.length = this.base;
      for (let i = above.length - 1; i >= 0; i--) {
        this.path.push(above[i]!);
        this.blocks.push(above[i]!.nodeType === 1 && isBlock(above[i] as Element));
      }
      this.node = this.after(text);
      return;
    }
    this.lost = true;
    this.node = null;
    this.hosts.length = 0;
  }

  /** Ends the current run; it is handed out if it has text. */
  private end(): void {
    const run = this.run;
    if (run.nodes.length === 0) return;
    this.run = { text: '', nodes: [], starts: [] };
    // At most one run ends per step of the walk, and `next` hands it out before the next step.
    if (HAS_TEXT.test(run.text)) this.ready = run;
  }

  private take(): TextRun | null {
    const run = this.ready;
    this.ready = null;
    return run;
  }
}

/**
 * The text nodes under `root`, with `shadows` also those in the open shadow trees of the elements
 * there (and theirs).
 */
export function textNodesIn(root: Node, shadows: boolean, texts: Text[] = []): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, shadows ? 0x5 : 0x4);
  const intoShadow = (el: Element) => {
    const shadow = shadowOf(el);
    if (shadow) textNodesIn(shadow, true, texts);
  };
  if (shadows && root.nodeType === 1) intoShadow(root as Element);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) texts.push(node as Text);
    else intoShadow(node as Element);
  }
  return texts;
}

/** The open shadow root of `el`, if its kind may host one. */
function shadowOf(el: Element): ShadowRoot | null {
  return kindOf(el) & MAY_HOST_SHADOW ? el.shadowRoot : null;
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
