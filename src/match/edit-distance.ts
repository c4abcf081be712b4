/** How far apart two folded words are, in edits: for the fuzzy stage and for telling given names apart. */

const BIG = 1 << 20;
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * True if `a` and `b` are at most `k` insertions, deletions or substitutions apart. Only the band
 * of cells within `k` of the diagonal can stay within `k`, so each row costs 2k + 1 cells.
 */
export function withinEdits(a: string, b: string, k: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return false;
  if (rowA.length <= m + 1) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j <= k ? j : BIG;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - k);
    const to = Math.min(m, i + k);
    current[from - 1] = from - 1 === 0 ? i : BIG;
    let rowMin = current[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) current[to + 1] = BIG;
    if (rowMin > k) return false;
    [previous, current] = [current, previous];
  }
  return previous[m]! <= k;
}
