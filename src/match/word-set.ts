/**
 * A set of folded words (see `foldKey`) that a word of a text can be looked up in where it stands.
 * The matcher's context rules look at the word before or after most mentions (a given name? an
 * article? a club?); building each of those words as a string cost the exact stage about a tenth
 * of its time. Here the word's letters are hashed as they are folded, and only a word whose hash
 * is in the set is built and compared.
 */
import { foldCode, foldKey, isSharpS, JOIN } from './fold';
import { IntMap } from './int-map';

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly hashes: IntMap;
  /** The longest word, in folded letters: a longer one is not hashed to the end. */
  private readonly longest: number;

  /** `words`: folded already (`foldKey`). */
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.hashes = new IntMap(this.words.size);
    let longest = 0;
    for (const word of this.words) {
      let h = SEED;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
      this.hashes.set(hashValue(h), 1);
      longest = Math.max(longest, word.length);
    }
    this.longest = longest;
  }

  /** True if `word` (folded) is in the set. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** True if the folded letters of text[from, to) are a word of the set. */
  hasIn(text: string, from: number, to: number): boolean {
    let h = SEED;
    let letters = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSharpS(code)) {
        h = Math.imul(Math.imul(h ^ 0x73, PRIME) ^ 0x73, PRIME);
        letters += 2;
      } else {
        const folded = foldCode(code);
        if (folded <= JOIN) continue;
        h = Math.imul(h ^ folded, PRIME);
        letters++;
      }
      if (letters > this.longest) return false;
    }
    return this.hashes.get(hashValue(h), 0) === 1 && this.words.has(foldKey(text.slice(from, to)));
  }
}

/** A hash as `IntMap` takes it (non-negative, below 2^30). */
function hashValue(h: number): number {
  return (h ^ (h >>> 15)) & 0x3fffffff;
}
