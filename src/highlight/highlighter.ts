/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per entity type, registered in
 * the document's `CSS.highlights` as `kontext-<type>`. The page's DOM is never touched; ranges are
 * `StaticRange`s, which — unlike live `Range`s — cost the page nothing when it mutates its DOM.
 *
 * Firefox content scripts cannot iterate `CSS.highlights` (Xray wrappers), so the names this
 * module registered are kept in its own list.
 */
import { ENTITY_TYPES, type EntityType } from '../glossary/types';
import { MarkWindow, type Chunk } from './mark-window';

export const HIGHLIGHT_PREFIX = 'kontext';
const ACTIVE = `${HIGHLIGHT_PREFIX}-active`;

/** The registry name of a type's highlight (styled in highlights.css). */
function nameOf(type: EntityType): string {
  return `${HIGHLIGHT_PREFIX}-${type}`;
}

export interface Mark {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  entry: number;
  type: EntityType;
  /** Where the mark stands in document order (a key from the scanner: larger is later). */
  order: number;
  /**
   * The mention as the matcher read it, where it read a slip in the entry's name (`Alcarez`): the
   * card says so. (The run's text: a space stands where the page breaks a name over two boxes.)
   */
  slip: string | null;
  /** The text nodes the mark touches, when more than its start node (most touch only that one). */
  nodes: Text[] | null;
  /** Its range while registered (shown); null while hidden by the window or removed. */
  range: StaticRange | null;
  /** False once removed. */
  live: boolean;
  /** Its chunk in a `MarkWindow`, if any. */
  chunk: Chunk | undefined;
}

/** The text nodes a mark touches. */
export function nodesOf(mark: Mark): Text[] {
  return mark.nodes ?? [mark.startNode];
}

/**
 * Above this many marks in a document, only those near the viewport are registered (see
 * `MarkWindow`). Chromium re-validates and repaints every registered range in each frame in which
 * the page changed its DOM at all (a progress bar resized as the reader scrolls): 4,900 ranges
 * brought such a page from 60 to 34 frames a second, 2,500 to 59. It opens only where a page
 * holds more than a long article does.
 */
const WINDOW_ABOVE = 2_000;

export class Highlighter {
  private readonly highlights = new Map<EntityType, Highlight>();
  /** How many ranges each highlight should hold: a page that empties or fills one is told apart. */
  private readonly shown = new Map<EntityType, number>();
  /** The mark of each registered range, for hit-testing with `highlightsFromPoint`. */
  private byRange = new WeakMap<AbstractRange, Mark>();
  private count = 0;
  /**
   * Marks per text node they touch, for hit-testing by caret position and for dropping the marks of
   * changed nodes. Most nodes hold one mark: stored as is, an array only for more (a page may hold
   * tens of thousands).
   */
  private readonly byNode = new Map<Text, Mark | Mark[]>();
  private window: MarkWindow | null = null;

  /** Highlights made but not yet registered (a rescan built aside, see `commit`). */
  private deferred: boolean;
  private active: { highlight: Highlight; mark: Mark } | null = null;

  constructor(
    private readonly doc: Document,
    options: { deferred?: boolean } = {},
  ) {
    this.deferred = options.deferred ?? false;
  }

  /**
   * Registers highlights built with `deferred: true`. Filled while still deferred, they are
   * registered once, full (see `PageScanner.scanAll`). Past the window limit, the window has been
   * kept up to date while the marks came in, so that committing costs no pass over them.
   */
  commit(): void {
    if (!this.window) this.forEachMark(this.show);
    this.deferred = false;
    this.ensureRegistered();
  }

  /** Emphasises the mark whose tooltip is open (`kontext-active`); `undefined` removes it. */
  setActive(mark: Mark | undefined): void {
    const registry = this.registry();
    if (this.active) {
      if (registry.get(ACTIVE) === this.active.highlight) registry.delete(ACTIVE);
      this.active = null;
    }
    if (!mark || !mark.live) return;
    const view = this.doc.defaultView as Window & typeof globalThis;
    const highlight = new view.Highlight(mark.range ?? this.rangeOf(mark));
    highlight.priority = 1;
    registry.set(ACTIVE, highlight);
    this.active = { highlight, mark };
  }

  /**
   * Takes out the highlights an earlier copy of Kontext left in `doc`: Firefox unloads the content
   * script of an extension that is reloaded or updated and starts the new one in open pages, but
   * leaves what the old one registered (the open card's emphasis among it) in the page.
   */
  static forgetEarlier(doc: Document): void {
    const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
    for (const name of [...ENTITY_TYPES.map(nameOf), ACTIVE]) registry.delete(name);
  }

  static supported(doc: Document): boolean {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    return !!view && typeof view.Highlight === 'function' && !!view.CSS?.highlights;
  }

  /**
   * `nodes`: every text node the range touches, or null if it lies in `startNode` alone. `order`:
   * the mark's place in document order (see `Mark.order`). `slip`: see `Mark.slip`.
   */
  add(startNode: Text, startOffset: number, endNode: Text, endOffset: number, entry: number, type: EntityType, nodes: Text[] | null, order: number, slip: string | null = null): Mark {
    // Every field from the start: one added later (`chunk`) would cost each mark a second object.
    const mark: Mark = { startNode, startOffset, endNode, endOffset, entry, type, order, slip, nodes, range: null, live: true, chunk: undefined };
    this.count++;
    if (nodes) for (const node of nodes) this.index(node, mark);
    else this.index(startNode, mark);
    // Deferred marks get their ranges in `commit`, once it is known whether all are shown.
    if (this.window) this.window.add(mark);
    else if (this.count > WINDOW_ABOVE) this.openWindow();
    else if (!this.deferred) this.show(mark);
    return mark;
  }

  private rangeOf(mark: Mark): StaticRange {
    const view = this.doc.defaultView as Window & typeof globalThis;
    return new view.StaticRange({ startContainer: mark.startNode, startOffset: mark.startOffset, endContainer: mark.endNode, endOffset: mark.endOffset });
  }

  private readonly show = (mark: Mark): void => {
    if (mark.range || !mark.live) return;
    const range = (mark.range = this.rangeOf(mark));
    this.byRange.set(range, mark);
    this.highlightFor(mark.type).add(range);
    this.shown.set(mark.type, (this.shown.get(mark.type) ?? 0) + 1);
  };

  private readonly hide = (mark: Mark): void => {
    const range = mark.range;
    if (!range) return;
    this.highlights.get(mark.type)?.delete(range);
    this.shown.set(mark.type, (this.shown.get(mark.type) ?? 1) - 1);
    this.byRange.delete(range);
    mark.range = null;
  };

  /** From now on, only marks near the viewport are registered. */
  private openWindow(): void {
    if (this.window) return;
    // Drop every range at once, then let the window show the near ones.
    for (const highlight of this.highlights.values()) highlight.clear();
    this.shown.clear();
    this.byRange = new WeakMap();
    const near = (this.window = new MarkWindow(this.doc.defaultView as Window & typeof globalThis, this.show, this.hide));
    this.forEachMark((mark) => {
      mark.range = null;
      near.add(mark);
    });
  }

  /** Calls `visit` for every live mark, once each (no iterator objects: there may be 100,000). */
  forEachMark(visit: (mark: Mark) => void): void {
    this.byNode.forEach((held, node) => {
      if (!Array.isArray(held)) {
        if (held.startNode === node) visit(held);
        return;
      }
      for (let i = 0; i < held.length; i++) if (held[i]!.startNode === node) visit(held[i]!);
    });
  }

  private index(node: Text, mark: Mark): void {
    const held = this.byNode.get(node);
    if (held === undefined) this.byNode.set(node, mark);
    else if (Array.isArray(held)) held.push(mark);
    else this.byNode.set(node, [held, mark]);
  }

  /** Removes every mark that touches one of `nodes`. */
  removeForNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const held = this.byNode.get(node);
      if (held === undefined) continue;
      this.byNode.delete(node);
      if (Array.isArray(held)) for (const mark of held) this.remove(mark);
      else this.remove(held);
    }
  }

  private remove(mark: Mark): void {
    if (!mark.live) return;
    this.hide(mark);
    mark.live = false;
    this.count--;
    this.window?.delete(mark);
    if (this.active?.mark === mark) this.setActive(undefined);
    // The node being cleared is already out of `byNode`; a mark over several nodes is also filed
    // under the others.
    if (!mark.nodes) {
      if (this.byNode.get(mark.startNode) === mark) this.byNode.delete(mark.startNode);
      return;
    }
    for (const node of mark.nodes) {
      const held = this.byNode.get(node);
      if (held === mark) this.byNode.delete(node);
      else if (Array.isArray(held)) {
        const rest = held.filter((m) => m !== mark);
        if (rest.length === 0) this.byNode.delete(node);
        else this.byNode.set(node, rest.length === 1 ? rest[0]! : rest);
      }
    }
  }

  get size(): number {
    return this.count;
  }

  /** True once only the marks near the viewport are registered. */
  get windowed(): boolean {
    return this.window !== null;
  }

  markFor(range: AbstractRange): Mark | undefined {
    return this.byRange.get(range);
  }

  marksAt(node: Text): readonly Mark[] {
    const held = this.byNode.get(node);
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }

  /**
   * Registers our highlights again if the page cleared or replaced them, and fills them again if it
   * emptied them or put ranges of its own in (a search widget running `clear()` on every highlight
   * in `CSS.highlights`); on very long pages, also looks again at which marks are near the viewport
   * (a layout change need not scroll).
   */
  ensureRegistered(): void {
    if (this.deferred) return;
    this.window?.update();
    const registry = this.registry();
    const tampered = new Set<EntityType>();
    for (const [type, highlight] of this.highlights) {
      const name = nameOf(type);
      if (registry.get(name) !== highlight) registry.set(name, highlight);
      if (highlight.size !== (this.shown.get(type) ?? 0)) tampered.add(type);
    }
    if (tampered.size > 0) this.refill(tampered);
    if (this.active) {
      const { highlight, mark } = this.active;
      if (registry.get(ACTIVE) !== highlight) registry.set(ACTIVE, highlight);
      if (highlight.size !== 1) highlight.add(mark.range ?? this.rangeOf(mark));
    }
  }

  /** Puts exactly the shown marks of `types` back into their highlights, in one pass over the marks. */
  private refill(types: ReadonlySet<EntityType>): void {
    for (const type of types) {
      this.highlights.get(type)!.clear();
      this.shown.set(type, 0);
    }
    this.forEachMark((mark) => {
      if (!mark.range || !types.has(mark.type)) return;
      this.highlights.get(mark.type)!.add(mark.range);
      this.shown.set(mark.type, this.shown.get(mark.type)! + 1);
    });
  }

  /** Removes every highlight and forgets every mark. */
  clear(): void {
    this.setActive(undefined);
    this.window?.disconnect();
    this.window = null;
    const registry = this.registry();
    for (const [type, highlight] of this.highlights) {
      const name = nameOf(type);
      if (registry.get(name) === highlight) registry.delete(name);
      highlight.clear();
    }
    this.highlights.clear();
    this.shown.clear();
    for (const held of this.byNode.values()) for (const mark of Array.isArray(held) ? held : [held]) mark.live = false;
    this.byRange = new WeakMap();
    this.count = 0;
    this.byNode.clear();
  }

  private registry(): HighlightRegistry {
    return (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
  }

  private highlightFor(type: EntityType): Highlight {
    let highlight = this.highlights.get(type);
    if (!highlight) {
      const view = this.doc.defaultView as Window & typeof globalThis;
      highlight = new view.Highlight();
      this.highlights.set(type, highlight);
      if (!this.deferred) this.registry().set(nameOf(type), highlight);
    }
    return highlight;
  }
}
