/**
 * The fuzzy stage: misspelt names (`Pjöngyang`, `Plannet Labs`, `Bundesnetzagentuur`).
 *
 * It only looks at the words the exact stage left unexplained and that can belong to a name:
 * capitalised words and phrases of up to as many words as the longest eligible alias, joined by
 * spaces or dashes, every word capitalised or a connector (`of`, `von`). Only aliases of at least
 * `minLength` letters take part (never acronyms, excluded phrases or afterFullName aliases).
 *
 * Cheap filters keep fuse.js off the hot path:
 *  1. every distinct candidate is judged once per matcher: candidates are keyed by a hash of their
 *     folded letters, computed while reading them, so repeated words cost a map look-up and no
 *     string is built (a match found through the hash is checked against the real key);
 *  2. a candidate is compared only with aliases of the same first letter and similar length;
 *  3. a phrase of several words is a candidate only if one of its words is spelled like a word of
 *     some alias (`Plannet Labs` has `Labs`): a slip rarely hits every word of a name;
 *  4. the q-gram lemma: a string within k edits of an alias shares at least (|s| − 2) − 3k of its
 *     trigrams with it, so a candidate sharing fewer with its whole bucket is not scored.
 * Survivors within k edits of an alias are scored by fuse.js against that alias. A candidate that is the alias with another ending
 * (`Ukrainer`, `Bundesligist`) is a derived word, not a typo, and is refused.
 */
import Fuse from 'fuse.js';
import { AliasFlag, type MatcherIndex } from './alias-index';
import { FOLD, JOIN, foldCode, foldKey, isSharpS, isSoftSeparator, isUpperCase } from './fold';
import type { Mention, WordSink } from './scan';

export interface FuzzyOptions {
  /** fuse.js score an alias must reach (0 exact … 1 anything). Entries may set their own. */
  threshold: number;
  /** Aliases shorter than this (in folded letters) are never matched fuzzily. */
  minLength: number;
}

export const DEFAULT_FUZZY: FuzzyOptions = { threshold: 0.25, minLength: 6 };

interface Candidate {
  key: string;
  record: number;
  threshold: number;
  /** fuse.js over this one alias, made when a candidate first comes within reach of it. */
  fuse?: Fuse<string>;
}

interface Bucket {
  items: Candidate[];
  trigrams: Set<number>;
}

const NO_MATCH = -1;
/** What separates the words of a multi-word alias. */
const WORD_GAPS = /[\s\u00a0\u2000-\u200a\u202f\u2010-\u2015-]+/u;
/** Lower-case words that may stand inside a multi-word name (`Institute of International Studies`). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'da', 'del', 'des', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'bin', 'al', 'el']);

function spanKey(text: string, start: number, end: number, dropLast: boolean): string {
  const key = foldKey(text.slice(start, end));
  return dropLast ? key.slice(0, -1) : key;
}

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

function maxEdits(length: number): number {
  return length >= 12 ? 2 : 1;
}

function trigramCodes(key: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < key.length; i++)
    out.push(key.charCodeAt(i) * 0x100000000 + key.charCodeAt(i + 1) * 0x10000 + key.charCodeAt(i + 2));
  return out;
}

/**
 * Combines two 32-bit running hashes into a 30-bit small integer (cheap as a Map key). A collision
 * could only make a word miss its fuzzy match; positive answers are verified against the key.
 */
function hashValue(h1: number, h2: number): number {
  return (h1 ^ Math.imul(h2, 0x9e3779b1)) & 0x3fffffff;
}
const H1 = 0x811c9dc5;
const H2 = 7;

export class FuzzyStage {
  private readonly buckets = new Map<string, Bucket>();
  /** Lengths present per first letter, to skip candidates no bucket can take. */
  private readonly lengths = new Map<number, Set<number>>();
  private readonly cache = new Map<number, number>();
  /** Hashes of the folded words of eligible aliases. */
  private readonly aliasWords = new Set<number>();
  /** The folded key behind each positive cache entry. */
  private readonly matchedKeys = new Map<number, string>();
  private readonly prefixHash: Float64Array;
  private readonly prefixLetters: Int32Array;
  readonly maxWords: number;
  readonly size: number;

  constructor(
    private readonly index: MatcherIndex,
    entryThresholds: (number | false | undefined)[],
    private readonly options: FuzzyOptions,
  ) {
    let maxWords = 0;
    let size = 0;
    const seen = new Set<string>();
    index.aliases.forEach((alias, record) => {
      if (alias.flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded | AliasFlag.AfterFullName)) return;
      const own = entryThresholds[alias.entry];
      if (own === false) return;
      const key = alias.key;
      if (key.length < options.minLength || seen.has(key)) return;
      seen.add(key);
      const bucketKey = key[0] + ':' + key.length;
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) this.buckets.set(bucketKey, (bucket = { items: [], trigrams: new Set() }));
      bucket.items.push({ key, record, threshold: own ?? options.threshold });
      for (const t of trigramCodes(key)) bucket.trigrams.add(t);
      for (const word of alias.alias.split(WORD_GAPS)) {
        const folded = foldKey(word);
        if (folded) this.aliasWords.add(this.wordHash(folded));
      }
      let lengths = this.lengths.get(key.charCodeAt(0));
      if (!lengths) this.lengths.set(key.charCodeAt(0), (lengths = new Set()));
      lengths.add(key.length);
      maxWords = Math.max(maxWords, alias.alias.split(WORD_GAPS).length);
      size++;
    });
    this.maxWords = maxWords;
    this.size = size;
    this.prefixHash = new Float64Array(Math.max(1, maxWords));
    this.prefixLetters = new Int32Array(Math.max(1, maxWords));
  }

  /** The alias record a folded key is a misspelling of, or -1. */
  lookup(key: string): number {
    let h1 = H1;
    let h2 = H2;
    for (let i = 0; i < key.length; i++) {
      h1 = Math.imul(h1 ^ key.charCodeAt(i), 0x01000193);
      h2 = (Math.imul(h2, 31) + key.charCodeAt(i)) | 0;
    }
    const hash = hashValue(h1, h2);
    let result = this.cache.get(hash);
    if (result === undefined) {
      result = key.length > 0 && this.mayMatch(key.charCodeAt(0), key.length) ? this.score(key) : NO_MATCH;
      this.remember(hash, result, key);
    } else if (result !== NO_MATCH && this.matchedKeys.get(hash) !== key) {
      result = this.score(key);
    }
    return result;
  }

  /** `lookup` for the folded letters of text[start, end), without building the key unless new. */
  private lookupSpan(text: string, start: number, end: number, hash: number, letters: number, first: number, dropLast: boolean): number {
    let result = this.cache.get(hash);
    if (result === undefined) {
      if (this.mayMatch(first, letters)) {
        const key = spanKey(text, start, end, dropLast);
        result = this.score(key);
        this.remember(hash, result, key);
      } else this.remember(hash, (result = NO_MATCH), '');
    } else if (result !== NO_MATCH) {
      const key = spanKey(text, start, end, dropLast);
      if (this.matchedKeys.get(hash) !== key) result = this.score(key);
    }
    return result;
  }

  private remember(hash: number, result: number, key: string): void {
    this.cache.set(hash, result);
    if (result !== NO_MATCH) this.matchedKeys.set(hash, key);
  }

  private mayMatch(first: number, letters: number): boolean {
    if (letters < this.options.minLength) return false;
    const lengths = this.lengths.get(first);
    if (!lengths) return false;
    const k = maxEdits(letters);
    for (let l = letters - k; l <= letters + k; l++) if (lengths.has(l)) return true;
    return false;
  }

  private score(key: string): number {
    const length = key.length;
    const k = maxEdits(length);
    if (!this.closeEnough(key, k)) return NO_MATCH;
    let best = NO_MATCH;
    let bestScore = Infinity;
    for (let aliasLength = length - k; aliasLength <= length + k; aliasLength++) {
      const bucket = this.buckets.get(key[0] + ':' + aliasLength);
      if (!bucket) continue;
      for (const alias of bucket.items) {
        if (!withinEdits(key, alias.key, k) || isDerivedWord(key, alias.key)) continue;
        alias.fuse ??= new Fuse([alias.key], {
          includeScore: true,
          ignoreLocation: true,
          isCaseSensitive: true,
          threshold: alias.threshold,
        });
        const score = alias.fuse.search(key)[0]?.score;
        if (score === undefined || score > alias.threshold || score >= bestScore) continue;
        best = alias.record;
        bestScore = score;
      }
    }
    return best;
  }

  /** The q-gram lemma against the union of a bucket's trigrams. */
  private closeEnough(key: string, k: number): boolean {
    const grams = trigramCodes(key);
    const needed = grams.length - 3 * k;
    if (needed <= 0) return true;
    for (let aliasLength = key.length - k; aliasLength <= key.length + k; aliasLength++) {
      const bucket = this.buckets.get(key[0] + ':' + aliasLength);
      if (!bucket) continue;
      let shared = 0;
      for (const g of grams) if (bucket.trigrams.has(g)) shared++;
      if (shared >= needed) return true;
    }
    return false;
  }

  private wordHash(folded: string): number {
    let h1 = H1;
    let h2 = H2;
    for (let i = 0; i < folded.length; i++) {
      h1 = Math.imul(h1 ^ folded.charCodeAt(i), 0x01000193);
      h2 = (Math.imul(h2, 31) + folded.charCodeAt(i)) | 0;
    }
    return hashValue(h1, h2);
  }

  /** Fuzzy mentions among the unexplained words the exact stage collected. */
  scan(text: string, words: WordSink): Mention[] {
    const { starts, ends } = words;
    const mentions: Mention[] = [];
    const count = starts.length;
    const maxWords = this.maxWords;
    // Per phrase prefix (1 … n words): hash, letter count; for one word also the genitive fallback.
    const prefixHash = this.prefixHash;
    const prefixLetters = this.prefixLetters;
    let w = 0;
    while (w < count) {
      const start = starts[w]!;
      if (!isUpperCase(text.charCodeAt(start))) {
        w++;
        continue;
      }
      let n = 1;
      while (n < maxWords && w + n < count && this.continuesPhrase(text, ends[w + n - 1]!, starts[w + n]!, ends[w + n]!)) n++;
      let h1 = H1;
      let h2 = H2;
      let letters = 0;
      let first = 0;
      let last = 0;
      let beforeLast = 0;
      // Index of the first word (from 0) that is spelled like an alias word; phrases must reach it.
      let knownWord = n;
      for (let k = 0; k < n; k++) {
        let w1 = H1;
        let w2 = H2;
        for (let i = starts[w + k]!, end = ends[w + k]!; i < end; i++) {
          const code = text.charCodeAt(i);
          let folded = FOLD[code]!;
          if (folded < 0) folded = foldCode(code);
          if (folded <= JOIN) continue;
          const repeat = isSharpS(code) ? 2 : 1;
          for (let r = 0; r < repeat; r++) {
            if (letters === 0) first = folded;
            beforeLast = hashValue(h1, h2);
            h1 = Math.imul(h1 ^ folded, 0x01000193);
            h2 = (Math.imul(h2, 31) + folded) | 0;
            w1 = Math.imul(w1 ^ folded, 0x01000193);
            w2 = (Math.imul(w2, 31) + folded) | 0;
            letters++;
            last = folded;
          }
        }
        if (knownWord === n && n > 1 && this.aliasWords.has(hashValue(w1, w2))) knownWord = k;
        prefixHash[k] = hashValue(h1, h2);
        prefixLetters[k] = letters;
      }
      let matched = 0;
      for (let k = n; k >= 1 && matched === 0; k--) {
        if (k > 1 && knownWord >= k) continue;
        const end = ends[w + k - 1]!;
        let record = this.lookupSpan(text, start, end, prefixHash[k - 1]!, prefixLetters[k - 1]!, first, false);
        if (record === NO_MATCH && k === 1 && last === 0x73) {
          // A misspelt name in the genitive: `Gewesslrs`.
          record = this.lookupSpan(text, start, end, beforeLast, prefixLetters[0]! - 1, first, true);
        }
        if (record !== NO_MATCH) {
          mentions.push({ start, end, entry: this.index.aliases[record]!.entry, alias: record, fuzzy: true });
          matched = k;
        }
      }
      w += matched || 1;
    }
    return mentions;
  }

  private continuesPhrase(text: string, gapStart: number, start: number, end: number): boolean {
    if (start - gapStart > 3 || start <= gapStart) return false;
    for (let i = gapStart; i < start; i++) if (!isSoftSeparator(text.charCodeAt(i))) return false;
    return isUpperCase(text.charCodeAt(start)) || (end - start <= 4 && CONNECTORS.has(text.slice(start, end)));
  }
}

/**
 * True when `candidate` looks like a word derived from `alias` rather than a misspelling of it:
 * the alias cut short (`Planet` for `Planet Labs`), or the alias (or all of it but its last letter)
 * with another ending (`Ukrainer`, `Nordkoreaner`, `Bundesligist`). A doubled last letter
 * (`Altmann` for `Altman`) or a letter slipped in before the last (`Bundesnetzagentuur`) is a typo,
 * not a derivation.
 */
export function isDerivedWord(candidate: string, alias: string): boolean {
  if (alias.startsWith(candidate)) return true;
  if (candidate.length <= alias.length) return false;
  let common = 0;
  while (common < alias.length && candidate.charCodeAt(common) === alias.charCodeAt(common)) common++;
  if (common < alias.length - 1) return false;
  // One letter inserted before the last one (`Bundesnetzagentuur`) keeps the alias's ending.
  if (common === alias.length - 1) return !candidate.endsWith(alias.slice(-1));
  const doubled = common === alias.length && candidate.length === alias.length + 1 && candidate.endsWith(alias.slice(-1));
  return !doubled;
}
