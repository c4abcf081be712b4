/**
 * A hash map from small non-negative integers (hashes, up to 2^30) to integers, in two typed arrays
 * with open addressing. The fuzzy stage asks it once per candidate word, so it must cost a few
 * reads, not a `Map` look-up with boxed keys.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored under `key`, or `missing`. */
  get(key: number, missing: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) return missing;
      slot = (slot + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const k = keys[slot]!;
      if (k === key) {
        this.values[slot] = value;
        return;
      }
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    this.values[slot] = value;
    if (++this.count * 2 > keys.length) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.set(keys[slot]!, values[slot]!);
  }
}

function slotOf(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
