/**
 * The fuzzy stage: misspelt names (`Hamhüng` is folded away already; `Pjöngyang`, `Plannet Labs`).
 *
 * It only looks at what the exact stage left unexplained, and only at capitalised words and
 * phrases of up to as many words as the longest eligible alias. Only aliases of at least
 * `minLength` letters take part (never acronyms, excluded phrases or afterFullName aliases).
 * Three cheap filters keep fuse.js off the hot path:
 *  1. a candidate is compared only with aliases of the same first letter and similar length;
 *  2. the q-gram lemma: a string within k edits of an alias shares at least
 *     (|s| − 2) − 3k of its trigrams with it, so a candidate sharing fewer trigrams with its
 *     whole bucket is dropped without scoring;
 *  3. every distinct candidate is scored once per page.
 * fuse.js then scores the survivors; a candidate that only adds or drops letters at the end of
 * an alias (`Ukrainer`, `Nordkoreaner`) is a derived word, not a typo, and is refused.
 */
import Fuse from 'fuse.js';
import { AliasFlag, type MatcherIndex } from './alias-index';
import { JOIN, SEP, foldCode, foldKey, isSharpS, isSoftSeparator, isUpperCase } from './fold';
import type { Mention } from './scan';

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
}

interface Bucket {
  items: Candidate[];
  trigrams: Set<number>;
  fuse?: Fuse<Candidate>;
}

const NO_MATCH = -1;

function maxEdits(length: number): number {
  return length >= 12 ? 2 : 1;
}

function trigramCodes(key: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < key.length; i++)
    out.push(key.charCodeAt(i) * 0x100000000 + key.charCodeAt(i + 1) * 0x10000 + key.charCodeAt(i + 2));
  return out;
}

export class FuzzyStage {
  private readonly buckets = new Map<string, Bucket>();
  private readonly cache = new Map<string, number>();
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
      const key = foldKey(alias.alias);
      if (key.length < options.minLength || seen.has(key)) return;
      seen.add(key);
      const threshold = own ?? options.threshold;
      const bucketKey = key[0] + ':' + key.length;
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) {
        bucket = { items: [], trigrams: new Set() };
        this.buckets.set(bucketKey, bucket);
      }
      bucket.items.push({ key, record, threshold });
      for (const t of trigramCodes(key)) bucket.trigrams.add(t);
      maxWords = Math.max(maxWords, alias.alias.split(/[\s\u00a0\u2000-\u200a\u202f\u2010-\u2015-]+/u).length);
      size++;
    });
    this.maxWords = maxWords;
    this.size = size;
  }

  /** The alias record a folded candidate key is a misspelling of, or -1. */
  lookup(key: string): number {
    let result = this.cache.get(key);
    if (result === undefined) {
      result = this.score(key);
      this.cache.set(key, result);
    }
    return result;
  }

  private score(key: string): number {
    const length = key.length;
    if (length < this.options.minLength) return NO_MATCH;
    const grams = trigramCodes(key);
    let best = NO_MATCH;
    let bestScore = Infinity;
    const k = maxEdits(length);
    for (let aliasLength = length - k; aliasLength <= length + k; aliasLength++) {
      const bucket = this.buckets.get(key[0] + ':' + aliasLength);
      if (!bucket) continue;
      let shared = 0;
      for (const g of grams) if (bucket.trigrams.has(g)) shared++;
      if (shared < grams.length - 3 * k) continue;
      bucket.fuse ??= new Fuse(bucket.items, {
        keys: ['key'],
        includeScore: true,
        ignoreLocation: true,
        isCaseSensitive: true,
        threshold: 0.6,
      });
      for (const hit of bucket.fuse.search(key)) {
        const score = hit.score ?? 1;
        const alias = hit.item;
        if (score > alias.threshold || score >= bestScore) continue;
        if (isDerivedWord(key, alias.key)) continue;
        best = alias.record;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Fuzzy mentions among the words of `text` that no exact mention (or excluded phrase) covers.
   * `taken` must be sorted by start.
   */
  scan(text: string, taken: readonly (readonly [number, number])[]): Mention[] {
    const words = capitalisedWords(text);
    const mentions: Mention[] = [];
    let t = 0;
    let w = 0;
    while (w < words.length) {
      const start = words[w]![0];
      while (t < taken.length && taken[t]![1] <= start) t++;
      if (t < taken.length && taken[t]![0] < words[w]![1]) {
        w++;
        continue;
      }
      let matched = false;
      // Longest phrase first: words w … w+n−1 joined only by spaces/dashes.
      for (let n = Math.min(this.maxWords, words.length - w); n >= 1 && !matched; n--) {
        const last = words[w + n - 1]!;
        if (n > 1 && !joinedBySoftSeparators(text, words, w, n)) continue;
        if (t < taken.length && taken[t]![0] < last[1]) continue;
        const key = foldKey(text.slice(start, last[1]));
        let record = this.lookup(key);
        let end = last[1];
        if (record === NO_MATCH && n === 1 && /s$/.test(key)) {
          // A misspelt name in the genitive: `Gewesslrs`.
          record = this.lookup(key.slice(0, -1));
        }
        if (record !== NO_MATCH) {
          mentions.push({ start, end, entry: this.index.aliases[record]!.entry, alias: record, fuzzy: true });
          w += n;
          matched = true;
          end = 0;
        }
      }
      if (!matched) w++;
    }
    return mentions;
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

/** Lower-case words that may stand inside a multi-word name (`Institute of International Studies`). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'da', 'del', 'des', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'bin', 'al', 'el']);

/**
 * Words of `text` as [start, end) pairs, with a flag in the list only for words that can begin a
 * name: those starting with a capital. Words that follow a capitalised word are kept as well so
 * that phrases (`Plannet Labs`) can be formed; others are dropped early.
 */
function capitalisedWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  const length = text.length;
  let i = 0;
  let previousKept = false;
  while (i < length) {
    while (i < length && foldCode(text.charCodeAt(i)) <= JOIN) i++;
    if (i >= length) break;
    const start = i;
    const capital = isUpperCase(text.charCodeAt(i));
    while (i < length && foldCode(text.charCodeAt(i)) !== SEP) i++;
    if (capital || previousKept) out.push([start, i]);
    previousKept = capital;
  }
  return out;
}

function joinedBySoftSeparators(text: string, words: [number, number][], w: number, n: number): boolean {
  for (let k = w; k < w + n - 1; k++) {
    const gapStart = words[k]![1];
    const gapEnd = words[k + 1]![0];
    if (gapEnd - gapStart > 3 || gapEnd <= gapStart) return false;
    for (let i = gapStart; i < gapEnd; i++) if (!isSoftSeparator(text.charCodeAt(i))) return false;
  }
  // Every word of a phrase is capitalised, or a connector.
  for (let k = w; k < w + n; k++) {
    const [start, end] = words[k]!;
    if (!isUpperCase(text.charCodeAt(start)) && (k === w || !CONNECTORS.has(text.slice(start, end)))) return false;
  }
  return true;
}

/** Exposed for tests: the folded letters of a word are what the fuzzy stage compares. */
export function foldedLetters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded > JOIN) out += isSharpS(code) ? 'ss' : String.fromCharCode(folded);
  }
  return out;
}
