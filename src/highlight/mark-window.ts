/**
 * Keeps only the marks near the viewport registered, on pages with very many of them. Every frame
 * after a registered highlight changed, the browser re-validates all of its ranges: with tens of
 * thousands of ranges that is a long task of its own (half a second for 66,000 on a 10 MB page).
 *
 * Marks are kept in chunks of consecutive marks, the chunks in document order. Once a frame while
 * the reader scrolls (or the page resizes), a binary search over the chunks' first and last marks
 * finds those within two screens above and below the viewport: a handful of box reads, however
 * long the page. Their marks are shown (ranges registered), the others hidden. (An
 * IntersectionObserver on every marked element would cost the browser work per element on every
 * frame of scrolling, and one on the chunks' ends alone misses a jump past both ends.)
 *
 * The search takes document order for vertical order, as an article's text is laid out.
 */
import type { Mark } from './highlighter';

/** Marks per chunk. */
const CHUNK_SIZE = 128;
/** How many viewport heights above and below the viewport marks stay registered. */
const MARGIN_SCREENS = 2;

export interface Chunk {
  marks: Mark[];
}

export class MarkWindow {
  /** In document order. */
  private readonly chunks: Chunk[] = [];
  private near = new Set<Chunk>();
  private filling: Chunk | null = null;
  private frame = 0;
  private readonly onViewChange = () => this.schedule();

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    view.addEventListener('scroll', this.onViewChange, { capture: true, passive: true });
    view.addEventListener('resize', this.onViewChange, { passive: true });
  }

  /**
   * Adds a mark. `inOrder`: the caller adds marks in document order (a whole scan), so no check
   * is needed that it follows the previous one.
   */
  add(mark: Mark, inOrder = false): void {
    let chunk = this.filling;
    const last = chunk?.marks.at(-1);
    if (!chunk || chunk.marks.length >= CHUNK_SIZE || (!inOrder && last && !follows(mark.startNode, last.startNode))) {
      chunk = this.filling = { marks: [] };
      this.insert(chunk, mark.startNode, inOrder);
    }
    chunk.marks.push(mark);
    mark.chunk = chunk;
    if (this.near.has(chunk)) this.show(mark);
    this.schedule();
  }

  delete(mark: Mark): void {
    const chunk = mark.chunk;
    if (!chunk) return;
    mark.chunk = undefined;
    const at = chunk.marks.indexOf(mark);
    if (at >= 0) chunk.marks.splice(at, 1);
    if (chunk.marks.length > 0) return;
    const index = this.chunks.indexOf(chunk);
    if (index >= 0) this.chunks.splice(index, 1);
    this.near.delete(chunk);
    if (this.filling === chunk) this.filling = null;
  }

  disconnect(): void {
    this.view.removeEventListener('scroll', this.onViewChange, { capture: true });
    this.view.removeEventListener('resize', this.onViewChange);
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.chunks.length = 0;
    this.near.clear();
    this.filling = null;
  }

  /** Puts a new chunk at its place in document order (at the end, for a scan in order). */
  private insert(chunk: Chunk, node: Node, inOrder: boolean): void {
    const chunks = this.chunks;
    const lastChunk = chunks.at(-1);
    if (inOrder || !lastChunk || follows(node, lastChunk.marks[0]!.startNode)) {
      chunks.push(chunk);
      return;
    }
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const first = chunks[mid]!.marks[0];
      if (first && follows(node, first.startNode)) lo = mid + 1;
      else hi = mid;
    }
    chunks.splice(lo, 0, chunk);
  }

  private schedule(): void {
    if (!this.frame) this.frame = this.view.requestAnimationFrame(() => this.refresh());
  }

  /** Shows the marks of the chunks near the viewport and hides the others. */
  private refresh(): void {
    this.frame = 0;
    const height = this.view.innerHeight;
    const top = -MARGIN_SCREENS * height;
    const bottom = (MARGIN_SCREENS + 1) * height;
    const chunks = this.chunks;
    // The first chunk whose last mark is not above the window …
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = boxOf(chunks[mid]!.marks.at(-1));
      if (box && box.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    // … and the ones after it whose first mark is not below it.
    const near = new Set<Chunk>();
    for (let i = lo; i < chunks.length; i++) {
      const box = boxOf(chunks[i]!.marks[0]);
      if (box && box.top > bottom) break;
      near.add(chunks[i]!);
    }
    for (const chunk of this.near) if (!near.has(chunk)) for (const mark of chunk.marks) this.hide(mark);
    for (const chunk of near) if (!this.near.has(chunk)) for (const mark of chunk.marks) this.show(mark);
    this.near = near;
  }
}

/** The box of a mark's element, or undefined when it has none (not rendered). */
function boxOf(mark: Mark | undefined): DOMRect | undefined {
  const box = mark?.startNode.parentElement?.getBoundingClientRect();
  return box && (box.width > 0 || box.height > 0) ? box : undefined;
}

/** True if `a` comes after `b` in document order. */
function follows(a: Node, b: Node): boolean {
  return (b.compareDocumentPosition(a) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}
