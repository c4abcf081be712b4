/**
 * Keeps only the marks near the viewport registered, on pages with very many of them. Every frame
 * after a registered highlight changed, the browser re-validates all of its ranges: with tens of
 * thousands of ranges that is a long task of its own (half a second for 66,000 on a 10 MB page).
 *
 * Marks are kept in chunks that never overlap, the chunks in document order: a chunk is a run of
 * marks from its first to its last in document order (marks in between may sit in any order). Each
 * chunk knows where it is on the page, in page coordinates: from its first and last marks' boxes,
 * or, where it does not go down the page as the document does (its last mark, or one of two
 * looked at between, is a screen above its first or below its last: it runs on into the next
 * column of a list in CSS columns), from the box of the element that holds both ends. Once a frame
 * while the reader scrolls (or the page resizes, or Kontext asks), the chunks within two screens
 * above and below the viewport are picked from those positions, and their marks shown (ranges
 * registered), the others hidden. Only chunks that changed are measured again, and all of them
 * when the layout did: the page resized, grew or shrank (a ResizeObserver on the root and body: an
 * image loaded, a section opened), a box in it scrolled, or the chunk nearest the viewport is not
 * where it was. So a frame of scrolling reads one box, however long the page. A chunk that is not
 * rendered stays registered. (An IntersectionObserver on every marked element would cost the
 * browser work per element on every frame of scrolling, and one on the chunks' ends alone misses a
 * jump past both ends; a search that took document order for vertical order left columns of a list
 * unmarked on screen.)
 *
 * Document order is the marks' `order` keys, given by the scanner as it reads: comparing DOM
 * positions instead (`compareDocumentPosition`) costs Chromium a walk over the siblings between the
 * nodes, which made placing 66,000 marks on a 10 MB page a three-second task.
 */
import type { Mark } from './highlighter';

/** Marks per chunk (chunks grow past this only for marks that land inside them). */
const CHUNK_SIZE = 128;
/** The least time between two passes that measure every chunk for the page's sake (see `refresh`). */
const REMEASURE_MS = 250;
/** How many viewport heights above and below the viewport marks stay registered. */
const MARGIN_SCREENS = 2;

export interface Chunk {
  /** `marks[0]` is the first by `order` and the last element the last; the rest in any order. */
  marks: Mark[];
  /** Where the chunk is, in page coordinates (NaN when not rendered); valid unless `stale`. */
  top: number;
  bottom: number;
  /** The first and last marks' tops when measured, in page coordinates: to see whether the page moved them. */
  anchor: number;
  lastAnchor: number;
  stale: boolean;
  /** The page's scroll position when `anchor` was measured. */
  scrollY: number;
  /** In a fixed or sticky box (a header that stays as the page scrolls): always near. */
  fixed: boolean;
}

export class MarkWindow {
  /** In document order, not overlapping. */
  private readonly chunks: Chunk[] = [];
  private near = new Set<Chunk>();
  private frame = 0;
  /**
   * A scroll of the page, or of a box in it: there the marks moved without a scroll of the page
   * (only a box scrolled up or down: a carousel scrolling sideways all the time moves no mark of
   * the page's flow up or down).
   */
  private readonly onViewChange = (event: Event) => {
    const target = event.target;
    if (target !== this.view.document && target !== this.view && target instanceof this.view.Element) {
      const top = target.scrollTop;
      if (this.boxTops.get(target) !== top) {
        this.boxTops.set(target, top);
        this.moved = true;
      }
    }
    this.update();
  };
  private readonly onResize = () => {
    this.moved = true;
    this.update();
  };
  /** Every chunk is to be measured again (the page's layout changed). */
  private moved = false;
  /** When every chunk was last measured: at most one such pass per `REMEASURE_MS` (see `refresh`). */
  private measuredAt = -Infinity;
  private remeasure = 0;
  /** The last vertical scroll position of each box that scrolled. */
  private readonly boxTops = new WeakMap<Element, number>();
  /** Sees the page grow or shrink (an image loads, a section opens): the layout changed. */
  private readonly resizes: ResizeObserver | undefined;
  /** Measures a mark inside a block taller than the viewport (see `boxOf`). */
  private readonly probe: Range;

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    this.probe = view.document.createRange();
    view.addEventListener('scroll', this.onViewChange, { capture: true, passive: true });
    view.addEventListener('resize', this.onResize, { passive: true });
    if (typeof view.ResizeObserver === 'function') {
      this.resizes = new view.ResizeObserver(this.onResize);
      this.resizes.observe(view.document.documentElement);
      if (view.document.body) this.resizes.observe(view.document.body);
    }
  }

  add(mark: Mark): void {
    const chunk = this.place(mark);
    chunk.stale = true;
    mark.chunk = chunk;
    if (this.near.has(chunk)) this.show(mark);
    this.update();
  }

  delete(mark: Mark): void {
    const chunk = mark.chunk;
    if (!chunk) return;
    mark.chunk = undefined;
    const marks = chunk.marks;
    const at = marks.indexOf(mark);
    if (at < 0) return;
    marks.splice(at, 1);
    chunk.stale = true;
    if (marks.length === 0) {
      const index = this.chunks.indexOf(chunk);
      if (index >= 0) this.chunks.splice(index, 1);
      this.near.delete(chunk);
      return;
    }
    // Keep the chunk's first and last mark at its ends.
    if (at === 0) swap(marks, 0, extreme(marks, true));
    else if (at === marks.length) swap(marks, marks.length - 1, extreme(marks, false));
  }

  /** Looks again at what is near the viewport, at the next frame. */
  update(): void {
    if (!this.frame) this.frame = this.view.requestAnimationFrame(() => this.refresh());
  }

  disconnect(): void {
    this.view.removeEventListener('scroll', this.onViewChange, { capture: true });
    this.view.removeEventListener('resize', this.onResize);
    this.resizes?.disconnect();
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.view.clearTimeout(this.remeasure);
    this.frame = 0;
    this.chunks.length = 0;
    this.near.clear();
  }

  /** The chunk a new mark belongs to, made if needed, with the mark in it. */
  private place(mark: Mark): Chunk {
    const chunks = this.chunks;
    const order = mark.order;
    const last = chunks.at(-1);
    // A scan draws in document order: most marks go at the end.
    if (!last || order >= last.marks.at(-1)!.order) {
      if (last && last.marks.length < CHUNK_SIZE) {
        last.marks.push(mark);
        return last;
      }
      const chunk = newChunk(mark);
      chunks.push(chunk);
      return chunk;
    }
    // The last chunk whose first mark comes before this one.
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order >= chunks[mid]!.marks[0]!.order) lo = mid + 1;
      else hi = mid;
    }
    const before = chunks[lo - 1];
    if (before) {
      const marks = before.marks;
      const lastMark = marks.at(-1)!;
      if (order < lastMark.order) {
        // Inside the chunk's stretch: its ends stay.
        marks.splice(marks.length - 1, 0, mark);
        return before;
      }
      if (marks.length < CHUNK_SIZE) {
        // Right after it, before the next chunk: the new last mark.
        marks.push(mark);
        return before;
      }
    }
    const chunk = newChunk(mark);
    chunks.splice(lo, 0, chunk);
    return chunk;
  }

  /** Shows the marks of the chunks near the viewport and hides the others. */
  private refresh(): void {
    this.frame = 0;
    const height = this.view.innerHeight;
    const scrollY = this.view.scrollY;
    const top = scrollY - MARGIN_SCREENS * height;
    const bottom = scrollY + (MARGIN_SCREENS + 1) * height;
    const chunks = this.chunks;
    // A page that resizes or scrolls a box in every frame (an animated ad, a ticker) is measured
    // again at most every `REMEASURE_MS`; the probe of a chunk near the viewport is not held back.
    const now = this.view.performance.now();
    if (this.moved && now - this.measuredAt < REMEASURE_MS) {
      if (!this.remeasure) this.remeasure = this.view.setTimeout(() => ((this.remeasure = 0), this.update()), REMEASURE_MS);
    } else if (this.moved || this.hasMoved(scrollY)) {
      for (const chunk of chunks) chunk.stale = true;
      this.moved = false;
      this.measuredAt = now;
    }
    const near = new Set<Chunk>();
    for (const chunk of chunks) {
      if (chunk.stale) this.measure(chunk, scrollY);
      // One not rendered stays registered (a page that shows it has its highlights at once), and
      // is measured again when the layout changes; so does one in a fixed box.
      if (chunk.fixed || Number.isNaN(chunk.top) || (chunk.bottom >= top && chunk.top <= bottom)) near.add(chunk);
    }
    for (const chunk of this.near) if (!near.has(chunk)) for (const mark of chunk.marks) this.hide(mark);
    for (const chunk of near) if (!this.near.has(chunk)) for (const mark of chunk.marks) this.show(mark);
    this.near = near;
  }

  /**
   * True if a rendered chunk near the viewport (or, with none near, the nearest) is no longer where
   * it was measured: the layout changed in a way no resize or scroll event told. One in a fixed
   * box (it stays on screen as the page scrolls) is marked `fixed`, and another is asked.
   */
  private hasMoved(scrollY: number): boolean {
    for (const probe of this.probes(scrollY)) {
      const box = this.boxOf(probe.marks[0]);
      if (box === undefined) return true;
      if (Math.abs(box.top + scrollY - probe.anchor) <= 1) {
        // (Its last mark too: what lies between may have grown, a gallery's images.)
        const last = probe.marks.length > 1 ? this.boxOf(probe.marks.at(-1)) : box;
        return last === undefined || Math.abs(last.top + scrollY - probe.lastAnchor) > 1;
      }
      // Where it was on screen while the page scrolled: in a fixed or sticky box. Another is asked.
      if (scrollY !== probe.scrollY && Math.abs(box.top - (probe.anchor - probe.scrollY)) <= 1) {
        probe.fixed = true;
        continue;
      }
      return true;
    }
    return false;
  }

  /** The rendered chunks near the viewport, or with none near, the one nearest it. */
  private *probes(scrollY: number): Generator<Chunk> {
    let any = false;
    for (const chunk of this.near) {
      if (chunk.stale || chunk.fixed || Number.isNaN(chunk.anchor)) continue;
      any = true;
      yield chunk;
    }
    if (any) return;
    const middle = scrollY + this.view.innerHeight / 2;
    let distance = Infinity;
    let nearest: Chunk | undefined;
    for (const chunk of this.chunks) {
      if (chunk.stale || chunk.fixed || Number.isNaN(chunk.anchor)) continue;
      const away = Math.abs(chunk.anchor - middle);
      if (away < distance) [distance, nearest] = [away, chunk];
    }
    if (nearest) yield nearest;
  }

  /** Reads where `chunk` is (see the module comment). */
  private measure(chunk: Chunk, scrollY: number): void {
    chunk.stale = false;
    const marks = chunk.marks;
    const first = this.boxOf(marks[0]);
    const last = marks.length > 1 ? this.boxOf(marks.at(-1)) : first;
    chunk.anchor = first ? first.top + scrollY : NaN;
    chunk.lastAnchor = last ? last.top + scrollY : NaN;
    chunk.scrollY = scrollY;
    // With an end not rendered (a hidden copy, a collapsed block), where the rest is is unknown:
    // the chunk stays registered.
    if (!first || !last) {
      chunk.top = chunk.bottom = NaN;
      return;
    }
    let top = Math.min(first.top, last.top);
    let bottom = Math.max(first.bottom, last.bottom);
    // In document order the chunk goes down the page: a mark of it a screen above its first or
    // below its last (two looked at) says it runs on into another column. (Less is a mark in a
    // link on a paragraph's later line, or a column shorter than the window's margin.)
    const slack = this.view.innerHeight;
    let ordered = last.top >= first.top - slack;
    for (const at of [marks.length / 3, (2 * marks.length) / 3]) {
      if (!ordered || marks.length < 3) break;
      const box = this.boxOf(marks[Math.floor(at)]);
      if (box && (box.top < first.top - slack || box.bottom > last.bottom + slack)) ordered = false;
    }
    if (!ordered) {
      const holder = this.holderBox(chunk);
      if (holder) [top, bottom] = [Math.min(top, holder.top), Math.max(bottom, holder.bottom)];
    }
    chunk.top = top + scrollY;
    chunk.bottom = bottom + scrollY;
  }

  /** The box of the element that holds the chunk's first and last marks (a multi-column list). */
  private holderBox(chunk: Chunk): DOMRect | undefined {
    const first = chunk.marks[0]!;
    const last = chunk.marks.at(-1)!;
    try {
      this.probe.setStart(first.startNode, first.startOffset);
      this.probe.setEnd(last.endNode, last.endOffset);
    } catch {
      return undefined;
    }
    const holder = this.probe.commonAncestorContainer;
    this.probe.setStart(this.view.document, 0);
    this.probe.collapse(true);
    const element = holder.nodeType === 1 ? (holder as Element) : holder.parentElement;
    return element?.getBoundingClientRect();
  }

  /**
   * Where a mark is on screen, or undefined when it is not rendered: its element's box, which
   * costs the browser no text layout — unless the element is taller than the viewport (one long
   * text node, a `<pre>` log, a page in one paragraph), where it would put every mark near the
   * viewport. There the mark's own box is read.
   */
  private boxOf(mark: Mark | undefined): DOMRect | undefined {
    const box = mark?.startNode.parentElement?.getBoundingClientRect();
    if (!box || (box.width === 0 && box.height === 0)) return undefined;
    if (box.height <= this.view.innerHeight) return box;
    try {
      this.probe.setStart(mark!.startNode, mark!.startOffset);
      this.probe.setEnd(mark!.endNode, mark!.endOffset);
    } catch {
      // The page shortened the text under the mark; the scanner drops it soon.
      return box;
    }
    const own = this.probe.getBoundingClientRect();
    // Not left in the page's text: a live range there is kept up to date with every change to it.
    this.probe.setStart(this.view.document, 0);
    this.probe.collapse(true);
    return own.width > 0 || own.height > 0 ? own : box;
  }
}

function newChunk(mark: Mark): Chunk {
  return { marks: [mark], top: NaN, bottom: NaN, anchor: NaN, lastAnchor: NaN, scrollY: 0, stale: true, fixed: false };
}

/** The index of the first (or last) mark in document order. */
function extreme(marks: Mark[], first: boolean): number {
  let best = 0;
  for (let i = 1; i < marks.length; i++) {
    const order = marks[i]!.order;
    if (first ? order < marks[best]!.order : order > marks[best]!.order) best = i;
  }
  return best;
}

function swap(marks: Mark[], i: number, j: number): void {
  const m = marks[i]!;
  marks[i] = marks[j]!;
  marks[j] = m;
}
