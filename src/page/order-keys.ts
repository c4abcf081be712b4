/**
 * Document-order keys for text runs, so that marks can be sorted and compared without asking the
 * DOM: `compareDocumentPosition` walks the siblings between two nodes in Chromium, which made
 * ordering the marks of a long page quadratic (seconds on a 10 MB page).
 *
 * A full scan numbers its runs 1, 2, 3, … in document order; run k owns the keys [k, k + ½), and a
 * mention at offset o of a run of length n gets k + ½ · o / (n + 1). Each block remembers the slots
 * of its runs, so a block read again later (a ticker, a re-rendered paragraph) gets its keys back,
 * run by run. A block the page adds gets keys right after the nearest earlier block that has some,
 * in the free space behind it: a slot [k, k + s) leaves [k + s, k + 2s) free, and the new block takes
 * [k + s, k + 1.5s), so that blocks added one after another keep their order. A block added after
 * everything (a feed's next story) gets the next whole number, one added before everything (a lead
 * hydrated late) the next number below the first.
 *
 * Keys are exact for everything a full scan reads, and good enough for what is added later: two
 * blocks inserted right after the same block share a key, and after some fifty insertions behind
 * one block the halves run out of floating-point precision. Marks with one key count as one place:
 * the near-viewport window files them together, and a short name there is not taken to follow a
 * full name with the same key (it stays held back rather than being shown wrongly).
 */

export interface RunSlot {
  key: number;
  span: number;
}

/** How far back (in elements) a new block looks for an earlier block with a key. */
const MAX_LOOK_BACK = 2_000;
const WHOLE = 0.5;

export class OrderKeys {
  private blocks = new WeakMap<Element, RunSlot[]>();
  private next = 1;
  private first = 1;

  /** Forgets every key: a full scan numbers the page anew. */
  reset(): void {
    this.blocks = new WeakMap();
    this.next = 1;
    this.first = 1;
  }

  /** The slot of the next run of a full scan (read in document order), in `block`. */
  nextRun(block: Element | null): RunSlot {
    const slot = { key: this.next++, span: WHOLE };
    if (block) {
      const slots = this.blocks.get(block);
      if (slots) slots.push(slot);
      else this.blocks.set(block, [slot]);
    }
    return slot;
  }

  /**
   * The slot of run `index` (counted from 0) of `block` read again, or of a block the page added
   * since the full scan.
   */
  forBlock(block: Element | null, index = 0): RunSlot {
    if (!block) return { key: this.next++, span: WHOLE };
    const known = this.blocks.get(block);
    if (known) return known[Math.min(index, known.length - 1)]!;
    const before = this.earlier(block);
    let slot: RunSlot;
    if (before === 'start') slot = { key: --this.first, span: WHOLE };
    else if (before && before.key + before.span < this.next - 1) slot = { key: before.key + before.span, span: before.span / 2 };
    else slot = { key: this.next++, span: WHOLE };
    this.blocks.set(block, [slot]);
    return slot;
  }

  /**
   * The last slot of the nearest element before `block` (in document order, across shadow roots
   * to their hosts) that has one; 'start' if there is none before it, undefined if none was found
   * within `MAX_LOOK_BACK` elements.
   */
  private earlier(block: Element): RunSlot | 'start' | undefined {
    let el: Element | null = block;
    for (let i = 0; i < MAX_LOOK_BACK; i++) {
      el = previousElement(el);
      if (!el) return 'start';
      const slots = this.blocks.get(el);
      if (slots) return slots[slots.length - 1];
    }
    return undefined;
  }
}

/**
 * The element before `el` in document order: its previous sibling's last descendant, or its parent,
 * or — at the top of a shadow tree — the shadow root's host.
 */
function previousElement(el: Element): Element | null {
  let previous = el.previousElementSibling;
  if (!previous) {
    if (el.parentElement) return el.parentElement;
    const parent = el.parentNode;
    return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
  }
  while (previous.lastElementChild) previous = previous.lastElementChild;
  return previous;
}

/** The key of a mention at `offset` in a run of `length` characters with slot `slot`. */
export function keyAt(slot: RunSlot, offset: number, length: number): number {
  return slot.key + (slot.span * offset) / (length + 1);
}
