import { describe, expect, it } from 'vitest';
import { keyAt, OrderKeys } from '../../src/page/order-keys';

function article(count: number): HTMLElement[] {
  document.body.innerHTML = '<article></article>';
  const root = document.querySelector('article')!;
  const blocks: HTMLElement[] = [];
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.textContent = `Absatz ${i}`;
    root.append(p);
    blocks.push(p);
  }
  return blocks;
}

/** Keys of a full scan over `blocks`, in order. */
function fullScan(keys: OrderKeys, blocks: Element[]) {
  keys.reset();
  return blocks.map((b) => keys.nextRun(b));
}

describe('document-order keys', () => {
  it('number a full scan in order, mentions within a run by offset', () => {
    const keys = new OrderKeys();
    const slots = fullScan(keys, article(5));
    const mentionKeys = slots.flatMap((slot) => [keyAt(slot, 0, 40), keyAt(slot, 20, 40), keyAt(slot, 40, 40)]);
    expect([...mentionKeys].sort((a, b) => a - b)).toEqual(mentionKeys);
    expect(new Set(mentionKeys).size).toBe(mentionKeys.length);
  });

  it('give a block read again its own keys back', () => {
    const keys = new OrderKeys();
    const blocks = article(5);
    const slots = fullScan(keys, blocks);
    expect(keys.forBlock(blocks[2]!)).toEqual(slots[2]);
  });

  it('place blocks the page inserts between their neighbours, also one after another', () => {
    const keys = new OrderKeys();
    const blocks = article(5);
    const slots = fullScan(keys, blocks);
    // Three paragraphs inserted after paragraph 1, in reading order, and one more after paragraph 1.
    let after = blocks[1]!;
    const inserted = [];
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      after.after(p);
      after = p;
      inserted.push(keys.forBlock(p));
    }
    const first = document.createElement('p');
    blocks[1]!.after(first);
    const firstSlot = keys.forBlock(first);
    const ends = (s: { key: number; span: number }) => [s.key, keyAt(s, 99, 99)];
    const sequence = [slots[1]!, firstSlot, ...inserted, slots[2]!].flatMap(ends);
    // The one inserted last, right after paragraph 1, shares its place with the first inserted:
    // everything else is strictly in document order.
    expect(sequence.slice(4)).toEqual([...sequence.slice(4)].sort((a, b) => a - b));
    expect(Math.max(...inserted.flatMap(ends))).toBeLessThan(slots[2]!.key);
    expect(inserted[0]!.key).toBeGreaterThan(keyAt(slots[1]!, 99, 99));
    expect(firstSlot.key).toBeGreaterThanOrEqual(keyAt(slots[1]!, 99, 99));
  });

  it('put a story a feed appends after everything', () => {
    const keys = new OrderKeys();
    const blocks = article(5);
    const slots = fullScan(keys, blocks);
    const story = document.createElement('p');
    blocks[4]!.after(story);
    const next = document.createElement('p');
    story.after(next);
    const storySlot = keys.forBlock(story);
    const nextSlot = keys.forBlock(next);
    expect(storySlot.key).toBeGreaterThan(keyAt(slots[4]!, 99, 99));
    expect(nextSlot.key).toBeGreaterThan(keyAt(storySlot, 99, 99));
  });

  it('start afresh at a full scan', () => {
    const keys = new OrderKeys();
    const blocks = article(3);
    fullScan(keys, blocks);
    const again = fullScan(keys, [...blocks].reverse());
    expect(again.map((s) => s.key)).toEqual([1, 2, 3]);
    expect(keys.forBlock(blocks[2]!).key).toBe(1);
  });

  it('give the runs of a block read again their own slots back, in order', () => {
    const keys = new OrderKeys();
    document.body.innerHTML = '<div id="outer">vorne <p id="inner">mitten</p> hinten</div>';
    const outer = document.querySelector('#outer')!;
    const inner = document.querySelector('#inner')!;
    keys.reset();
    const slots = [keys.nextRun(outer), keys.nextRun(inner), keys.nextRun(outer)];
    expect([keys.forBlock(outer, 0), keys.forBlock(inner, 0), keys.forBlock(outer, 1)]).toEqual(slots);
  });

  it('place a block inserted before everything before the first key', () => {
    const keys = new OrderKeys();
    const blocks = article(3);
    const slots = fullScan(keys, blocks);
    const lead = document.createElement('p');
    blocks[0]!.before(lead);
    expect(keys.forBlock(lead).key).toBeLessThan(slots[0]!.key);
  });

  it('look back across a shadow root to its host', () => {
    const keys = new OrderKeys();
    const blocks = article(3);
    const slots = fullScan(keys, blocks);
    const host = document.createElement('div');
    blocks[1]!.after(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>im Schatten</p>';
    keys.forBlock(host);
    const inside = keys.forBlock(root.querySelector('p')!);
    expect(inside.key).toBeGreaterThan(keyAt(slots[1]!, 99, 99));
    expect(keyAt(inside, 99, 99)).toBeLessThan(slots[2]!.key);
  });
});
