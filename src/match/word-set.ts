/**
 * A set of folded words (see `foldKey`) that a word of a text can be looked up in where it stands.
 * The matcher's context rules look at the word before or after most mentions (a given name? an
 * article? a club?); building each of those words as a string cost the exact stage about a tenth
 * of its time. Here the word's letters are hashed as they are folded, and only a word whose hash
 * is in the set is built and compared.
 */
import { foldCode, foldKey, isSharpS, JOIN } from './fold';
import { IntMap } from './int-map';

/**
 * A running FNV-1a hash of folded letters as a 30-bit small integer (a cheap key, for `IntMap`). A
 * collision only costs a comparison here, and could only make a word miss its fuzzy match there;
 * positive answers are verified against the word.
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashValue(h: number): number {
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The hash of a folded word. */
export function wordHash(folded: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return hashValue(h);
}

/** `WordSet.initials` of a set with a word that starts with no letter a–z: every word may be in it. */
const ALL = (1 << 26) - 1;

export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly hashes: IntMap;
  /** The longest word, in folded letters: a longer one is not hashed to the end. */
  private readonly longest: number;
  /** A bit per letter a–z that starts a word of the set: most words are turned away by it, unhashed. */
  private readonly initials: number;

  /** `words`: folded already (`foldKey`). */
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.hashes = new IntMap(this.words.size);
    let longest = 0;
    let initials = 0;
    for (const word of this.words) {
      this.hashes.set(wordHash(word), 1);
      longest = Math.max(longest, word.length);
      const first = word.charCodeAt(0) - 0x61;
      initials |= first >= 0 && first < 26 ? 1 << first : ALL;
    }
    this.longest = longest;
    this.initials = initials;
  }

  /** True if `word` (folded) is in the set. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** False if a word that starts with the character `code` cannot be in the set. */
  mayStartWith(code: number): boolean {
    const first = foldCode(code) - 0x61;
    return first < 0 || first >= 26 || (this.initials & (1 << first)) !== 0;
  }

  /** True if the folded letters of text[from, to) are a word of the set. */
  hasIn(text: string, from: number, to: number): boolean {
    if (!this.mayStartWith(text.charCodeAt(from))) return false;
    let h = HASH_SEED;
    let letters = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSharpS(code)) {
        h = Math.imul(Math.imul(h ^ 0x73, FNV_PRIME) ^ 0x73, FNV_PRIME);
        letters += 2;
      } else {
        const folded = foldCode(code);
        if (folded <= JOIN) continue;
        h = Math.imul(h ^ folded, FNV_PRIME);
        letters++;
      }
      if (letters > this.longest) return false;
    }
    return this.hashes.get(hashValue(h), 0) === 1 && this.words.has(foldKey(text.slice(from, to)));
  }
}
