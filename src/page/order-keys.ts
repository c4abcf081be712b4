/**
 * Document-order keys for text runs, so that marks can be sorted and compared without asking the
 * DOM: `compareDocumentPosition` walks the siblings between two nodes in Chromium, which made
 * ordering the marks of a long page quadratic (seconds on a 10 MB page).
 *
 * A full scan numbers its runs 1, 2, 3, … in document order; run k owns the keys [k, k + ½), and a
 * mention at offset o of a run of length n gets k + ½ · o / (n + 1). Each block remembers the key
 * of its first run, so a block read again later (a ticker, a re-rendered paragraph) gets its keys
 * back. A block the page adds gets keys right after the nearest earlier block that has some, in
 * the free space behind it: a block with keys [k, k + s) always leaves [k + s, k + 2s) free, so the
 * new one takes [k + s, k + 1.5s), and one added after that the next half, and so on. A block added
 * after everything (a feed's next story) simply gets the next whole number.
 *
 * Keys are exact for everything a full scan reads and good enough for what is added later: after
 * some fifty insertions behind one block the halves run out of floating-point precision and new
 * blocks share a key (they then count as one place, which costs nothing but exactness among them).
 */

export interface RunSlot {
  key: number;
  span: number;
}

/** How far back (in elements) a new block looks for an earlier block with a key. */
const MAX_LOOK_BACK = 2_000;

export class OrderKeys {
  private blocks = new WeakMap<Element, RunSlot>();
  private next = 1;

  /** Forgets every key: a full scan numbers the page anew. */
  reset(): void {
    this.blocks = new WeakMap();
    this.next = 1;
  }

  /** The slot of the next run of a full scan (read in document order), in `block`. */
  nextRun(block: Element | null): RunSlot {
    const slot = { key: this.next++, span: 0.5 };
    if (block && !this.blocks.has(block)) this.blocks.set(block, slot);
    return slot;
  }

  /** The slot of a run of `block` read again, or of a block the page added since the full scan. */
  forBlock(block: Element | null): RunSlot {
    if (!block) return { key: this.next++, span: 0.5 };
    const known = this.blocks.get(block);
    if (known) return known;
    const before = this.earlier(block);
    const slot =
      before && before.key + before.span < this.next - 1
        ? { key: before.key + before.span, span: before.span / 2 }
        : { key: this.next++, span: 0.5 };
    this.blocks.set(block, slot);
    return slot;
  }

  /** The slot of the nearest element before `block` (in document order) that has one. */
  private earlier(block: Element): RunSlot | undefined {
    let el: Element | null = block;
    for (let i = 0; el && i < MAX_LOOK_BACK; i++) {
      el = previousElement(el);
      const slot = el && this.blocks.get(el);
      if (slot) return slot;
    }
    return undefined;
  }
}

/** The element before `el` in document order (its previous sibling's last descendant, or its parent). */
function previousElement(el: Element): Element | null {
  let previous = el.previousElementSibling;
  if (!previous) return el.parentElement;
  while (previous.lastElementChild) previous = previous.lastElementChild;
  return previous;
}

/** The key of a mention at `offset` in a run of `length` characters with slot `slot`. */
export function keyAt(slot: RunSlot, offset: number, length: number): number {
  return slot.key + (slot.span * offset) / (length + 1);
}
