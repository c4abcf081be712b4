/**
 * The fuzzy stage: misspelt names (`Pjöngyang`, `Plannet Labs`, `Bundesnetzagentuur`).
 *
 * It only looks at the words the exact stage left unexplained and that can belong to a name:
 * capitalised words and phrases of up to as many words as the longest eligible alias, joined by
 * spaces or dashes, every word capitalised or a connector (`of`, `von`). A phrase may hold a word the
 * exact stage named, beside one it did not: a slip in a longer name replaces the shorter name it
 * holds (`Isar Aerospase` is the company, not the river). Only aliases of at least
 * `minLength` letters take part (never acronyms or excluded phrases; a name that holds an acronym
 * with as many letters besides it, the acronym kept as written: `Zepelin NT`); a slip in an afterFullName alias
 * (`Fleischman` for `Fleischmann`) counts, like the alias, only after the entry's full name.
 *
 * Cheap filters keep fuse.js off the hot path:
 *  1. every distinct candidate is judged once per matcher: candidates are keyed by a hash of their
 *     folded letters, computed while reading them, so repeated words cost a map look-up and no
 *     string is built (a match found through the hash is checked against the real key);
 *  2. a candidate is compared only with aliases of the same first letter and similar length;
 *  3. a phrase of several words is a candidate only if one of its words is spelled like a word of
 *     some alias (`Plannet Labs` has `Labs`; in German the last also with its genitive ending,
 *     `des Kraftfart-Bundesamts`) — a slip rarely hits every word of a name — and its length is
 *     within two letters of such an alias;
 *  4. one slip leaves half of a name intact: a word within one edit of an alias begins with half
 *     of it (the exact stage reports how far each word got in the alias trie), or ends with three
 *     letters some eligible alias ends with (a bit set); a phrase begins with three letters some
 *     alias begins with, or ends like one. This is checked before anything is hashed; single words
 *     long enough to hold two slips skip it;
 *  5. a string within k edits of an alias has at most k letters the alias lacks, and lacks at most
 *     k of its letters: compared as bit sets of letters, most aliases of a bucket fail in two steps.
 * Survivors within k edits of an alias are scored by fuse.js against that alias. A candidate that is the alias with another ending
 * (`Ukrainer`, `Bundesligist`, `Slowenen` of `Slowenien`) is a derived word, not a typo, and is
 * refused; so is one whose number differs from the name's (`München II` is not `München I`, nor
 * `Hull 802` `Hull 801`): a slip is in the words (`Cristophorus 1`).
 *
 * One word within an edit of a short name is as often another name or word (`Schulz` and `Scholz`,
 * `Settle` and `Seattle`, `Stamford` and `Stanford`, `Bauern` and `Bayern`) as a slip. A changed
 * letter in a name of fewer than `CONFIRMED_LENGTH` letters is therefore never taken for one, only
 * a letter missing or slipped in (`Musialla`, `Scholtz`); and a slip in a one-word name of
 * fewer than `CONFIRMED_LENGTH` letters counts only once the page has named the entry (like a short
 * alias, see `MatchSession`), and a slip in a person's name not after another capitalised word that
 * is no part of the person's names, a title or a word that starts sentences (`Martin Schulz` is not
 * Olaf Scholz; see `NOT_FIRST_NAMES`).
 */
import Fuse from 'fuse.js';
import { AliasFlag, type AliasRecord, ANY, CLUB_PREFIXES, inTrigramSet, isAcronym, NAME_WORDS, SPOKEN_ACRONYM, trigramSet, type MatcherIndex } from './alias-index';
import { describedWords, headWords } from './descriptions';
import { withinEdits } from './edit-distance';
import { IntMap } from './int-map';
import { FOLD, JOIN, foldKey, isApostrophe, isSharpS, isUpperCase } from './fold';
import { FIRST_NAMES, TITLE_ENDINGS } from './first-names';
import { type MatchSession, type Mention, takesBareGenitive, WordFlag, type WordSink } from './scan';
import { ENGLISH_TITLES, NOUN_SURNAMES, otherRoleBefore } from './person-names';
import { primaryLanguage } from './language';
import { inAddress, withGenitiveApostrophe } from './spelling';
import { afterRelativePronoun, capitalisedWordAfter, DEFINITE_DE, isHyphen, isLetter, noNounAfter, opensSentence, QUOTES, smallWordAfter, smallWordNext, wordBefore, wordBeforeQuotes, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from './text-around';
import { FNV_PRIME, HASH_SEED, hashValue, wordHash, WordSet } from './word-set';
import { germanAdjectiveKey } from './places';

const FROM_TOWN = new WordSet(['from', 'aus']);
const TOWN_IN_REGION = /^ (?:in|im) \p{Lu}/u;
/** Words before one member of a body named in the plural (`a Christian Democrat`, `fellow Liberal Democrat`). */
const MEMBER_BEFORE = new WordSet(['a', 'an', 'another', 'fellow', 'one', 'every', 'each', 'ein', 'einen', 'einem', 'eines']);

/** Words after a member of a body that no noun is (`a Christian Democrat who …`), besides `NOT_NOUNS`. */
const WHO = new WordSet(['who', 'whose', 'himself', 'herself', 'like']);

/** A name that ends in a web address's domain (`heise.de`, `Booking.com`). */
const WEB_ADDRESS = /\.\p{L}{2,}$/u;

/**
 * Words a slip in a name never is (folded): `Schade, dass …` beside Lars Schaade, `der Kampfpanzer
 * Panther` beside Dirk Panter, `Energy Secretary` beside Entergy, `Biotech-Firma` beside BioNTech.
 */
const NO_SLIPS = new Set(['schade', 'panther', 'energy', 'biotech']);

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
  /** Which letters occur (one bit per code mod 32), for a cheap first comparison. */
  letters: number;
  /** Where the alias's words end in its key, but the last (null for one word). */
  wordEnds: number[] | null;
  /**
   * The numbers among the name's words (`1` of `Christophorus 1`, `iii` of `Seveso-III-Richtlinie`),
   * folded, with where they stand in its key: a slip keeps each (see `keepsWords`).
   */
  numbers: FixedWord[] | null;
  /** The same for the acronyms among its words (`nt` of `Zeppelin NT`). */
  acronyms: FixedWord[] | null;
  /** Letters of its key outside those acronyms: a slip is in these. */
  slipLetters: number;
  /** fuse.js over this one alias, made when a candidate first comes within reach of it. */
  fuse?: Fuse<string>;
}

/** A word of a name that a slip in the name keeps as it is: its folded letters, where they stand in the key. */
interface FixedWord {
  at: number;
  letters: string;
}

const NO_MATCH = -1;
/** True if `key` ends in a doubled letter (`lindemann`). */
const endsDoubled = (key: string): boolean => key.length > 1 && key.charCodeAt(key.length - 1) === key.charCodeAt(key.length - 2);
const APOSTROPHES = /['’]/g;
const APOSTROPHE = /['’]/;
/**
 * True if the words of a phrase of `k` sink words from `w` that the exact stage left unexplained are
 * all what the alias's descriptions call its entry: that noun before the name, no slip in a longer
 * name (`Partei Gerindra` beside `Partai Gerindra`, an `Indonesische Partei`).
 */
function onlyHeadWordsUnexplained(text: string, words: WordSink, w: number, k: number, alias: AliasRecord): boolean {
  const heads = headWords(alias);
  for (let word = w; word < w + k; word++) {
    if (!(words.flags[word]! & WordFlag.Mention) && !heads.includes(foldKey(text.slice(words.starts[word]!, words.ends[word]!)))) return false;
  }
  return true;
}

/**
 * True if one of the `k` sink words from `w` is an acronym as the text writes it (two capitals or
 * more in at most five letters) that `aliasKey` does not hold: another body's, no slip in a word
 * of the name (`des IfW-Instituts` beside the Ifo-Institut).
 */
function writesOtherAcronym(text: string, words: WordSink, w: number, k: number, aliasKey: string): boolean {
  for (let word = w; word < w + k; word++) {
    const from = words.starts[word]!;
    const to = words.ends[word]!;
    if (to - from > 5) continue;
    let capitals = 0;
    for (let i = from; i < to; i++) if (isUpperCase(text.charCodeAt(i))) capitals++;
    if (capitals >= 2 && !aliasKey.includes(foldKey(text.slice(from, to)))) return true;
  }
  return false;
}

/** True if text[start, end) holds an apostrophe. */
function apostropheIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isApostrophe(text.charCodeAt(i))) return true;
  return false;
}
/** A Roman numeral (`III`, `XIV`; not `CIVIL`). */
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/**
 * True if a word of a name is a number, in digits or Roman numerals (`1`, `III`, `XIV.`) — not a
 * letter with a full stop, which is an initial (`Samuel L. Jackson`).
 */
function isNumberWord(word: string): boolean {
  // (Most words fail at their first letter.)
  if (!NUMBER_STARTS.has(word.charCodeAt(0))) return false;
  if (/^\d+\.?$/.test(word)) return true;
  const dot = word.endsWith('.');
  const letters = dot ? word.slice(0, -1) : word;
  return ROMAN.test(letters) && !(dot && letters.length === 1);
}
/** What a number in digits or Roman numerals starts with. */
const NUMBER_STARTS = new Set([...'0123456789MDCLXVI'].map((c) => c.charCodeAt(0)));
/** The filter symbol of what ends a word (`FOLD` gives separators 0, which no alias letter has). */
const SEPARATOR_SYMBOL = 0;
const NOT_SEEN = -2;
function letterSet(key: string): number {
  let set = 0;
  for (let i = 0; i < key.length; i++) set |= 1 << (key.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The folded letters of text[start, end), without the last `drop` (a genitive ending). */
function spanKey(text: string, start: number, end: number, drop: number): string {
  const key = foldKey(text.slice(start, end));
  return drop > 0 ? key.slice(0, -drop) : key;
}

/**
 * True if a word of text[start, end) is a number, in digits or Roman numerals (`Seveso-II-Richtlinie`):
 * a name without one is then another thing's (the `Seveso-Richtlinie` of a series).
 */
function holdsNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const j = Math.min(wordEnd(text, i), end);
    // (With its full stop: `L.` is an initial, `L` may be a number.)
    if (j > i && isNumberWord(text.slice(i, text.charCodeAt(j) === 0x2e ? j + 1 : j))) return true;
    i = j + 1;
  }
  return false;
}

/** The code unit at `i`, or -1 outside `s`. */
function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** The name's words (`folded` too) that pass `test`, as `FixedWord`s, or null when none does. */
function fixedWordsOf(words: readonly string[], folded: readonly string[], test: (word: string) => boolean): FixedWord[] | null {
  let fixed: FixedWord[] | null = null;
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    if (test(words[i]!)) (fixed ??= []).push({ at, letters: folded[i]! });
    at += folded[i]!.length;
  }
  return fixed;
}

/**
 * True if folded `key`, within `k` edits of `aliasKey`, spells each of the `fixed` words where the
 * alias has it (give or take the edits), between the same letters: a slip is in the name's words,
 * while another number is another thing (`München II` is not `Landgericht München I`, `Hull 802`
 * not `Hull 801`, the `Seveso-II-Richtlinie` not `Seveso III`), and another acronym another name
 * (`Zeppelin NG` is not the `Zeppelin NT`).
 */
function keepsWords(key: string, aliasKey: string, fixed: readonly FixedWord[], k: number): boolean {
  return fixed.every(({ at, letters }) => {
    const before = codeAt(aliasKey, at - 1);
    const after = codeAt(aliasKey, at + letters.length);
    for (let p = Math.max(0, at - k); p <= at + k; p++) {
      if (key.startsWith(letters, p) && codeAt(key, p - 1) === before && codeAt(key, p + letters.length) === after) return true;
    }
    return false;
  });
}

/**
 * True if text[start, end) writes each of `acronyms` (as the name writes them, without stops) as a
 * word in capitals; one of `SPOKEN_ACRONYM` letters or more may be written as a word (`Nato`).
 */
function writesAcronyms(text: string, start: number, end: number, acronyms: readonly string[]): boolean {
  const words = text.slice(start, end).split(NAME_WORDS).map(withoutStops);
  return acronyms.every((acronym) =>
    words.some((word) => word === acronym || (acronym.length >= SPOKEN_ACRONYM && word.length === acronym.length && word[0] === acronym[0] && word.toUpperCase() === acronym)),
  );
}

const withoutStops = (word: string): string => word.replace(/[.&]/g, '');

/** The longest of `CLUB_PREFIXES` (`spvgg`). */
const MAX_CLUB_PREFIX = 5;
const isClubPrefix = (word: string): boolean => word.length <= MAX_CLUB_PREFIX && CLUB_PREFIXES.has(word.toLowerCase());
const isAcronymOrClubPrefix = (word: string): boolean => isAcronym(word) || isClubPrefix(word);

/** Candidates this long may be two edits from an alias. */
const TWO_EDITS_LENGTH = 12;
/** A slip in a one-word name shorter than this counts only after the page named the entry. */
export const CONFIRMED_LENGTH = 9;

function maxEdits(length: number): number {
  return length >= TWO_EDITS_LENGTH ? 2 : 1;
}

export class FuzzyStage {
  /** Eligible aliases by first folded letter and length (`first * 64 + length`). */
  private readonly buckets = new Map<number, Candidate[]>();
  /** Per first folded letter: a bit per alias length (31 and more share bit 31). */
  private readonly lengthMasks: Int32Array;
  /** Verdict per candidate hash: an alias record, NO_MATCH, or NOT_SEEN. */
  private readonly cache = new IntMap();
  /**
   * Hashes of the folded words of eligible aliases, each with the shortest and longest key of the
   * aliases it is part of (`min << 8 | max`, in letters): a phrase is only worth scoring if its
   * length suits an alias one of its words belongs to.
   */
  private readonly aliasWords = new IntMap();
  /**
   * The first three letters of the words in `aliasWords` (a word of one or two letters with the
   * separator after it): a word that fails this is not one of them, and is not hashed to find out.
   */
  private readonly wordStarts: Int32Array;
  /** The folded key behind each positive cache entry. */
  private readonly matchedKeys = new Map<number, string>();
  /** The last three letters of every eligible alias (see `inTrigramSet`). */
  private readonly suffixes: Int32Array;
  private readonly prefixHash: Int32Array;
  private readonly prefixLetters: Int32Array;
  /** Per word of the sink, read once per scan: hash of its folded letters (-1 not yet read), … */
  private wordHash = new Int32Array(0);
  private wordLetters = new Int32Array(0);
  private wordFirst = new Int32Array(0);
  /** … its hash without its last letter, without its last two, and whether it ends in a genitive's `s` (1) or `es` (2). */
  private wordWithoutLast = new Int32Array(0);
  private wordWithoutEs = new Int32Array(0);
  private wordEndsInS = new Uint8Array(0);
  /** Per phrase length (1 … n): the alias lengths its known words allow (see `aliasWords`). */
  private readonly phraseLo: Int32Array;
  private readonly phraseHi: Int32Array;
  /** Per phrase length (1 … n): whether it passed the start/end check. */
  private readonly passes: Uint8Array;
  /** Per phrase length k, how many of its first k words are no exact mention (`WordFlag.Mention`). */
  private readonly unexplained: Uint8Array;
  /** Per person entry, the hashes of its names' words (see `personWordKey`). */
  private readonly personWords = new IntMap();
  private readonly persons: boolean[];
  /** Eligible one-word aliases of things and places by the hash of their key, for names written in two words (`Kiwi Bank`). */
  private readonly closed = new IntMap(256);
  /** Per first folded letter: a bit per length of those aliases. */
  private readonly closedLengths: Int32Array;
  /** Per eligible alias that holds acronyms: those, as written without stops (see `writesAcronyms`). */
  private readonly acronymsOf = new Map<number, string[]>();
  readonly maxWords: number;
  readonly size: number;
  /** Entries whose one-word slips count only after a mention of them (`CONFIRMED_LENGTH`), or whose short aliases' slips do. */
  readonly confirmedEntries = new Set<number>();

  /**
   * `entryThresholds`: per entry, its own threshold, or false for none of its names; `persons`:
   * per entry, whether it is a person.
   */
  constructor(
    private readonly index: MatcherIndex,
    entryThresholds: (number | false | undefined)[],
    persons: boolean[],
    private readonly options: FuzzyOptions,
  ) {
    this.persons = persons;
    let maxWords = 0;
    let size = 0;
    let maxFirst = 0;
    const seen = new Set<string>();
    const suffixes = trigramSet();
    const wordStarts = trigramSet();
    const symbolOf = index.filterSymbol;
    const closedFirst: string[] = [];
    index.aliases.forEach((alias, record) => {
      // Never acronyms. A name that holds one (`Zeppelin NT`, `U.S. Army`) only with as many letters
      // besides it as a name needs, and with the acronym as written: its case tells it apart.
      // Nor a name that ends in signs, which tell it apart (`Disney+`), nor a web address, whose
      // domain does (`lebensmittelwarnung.de` is no slip for `Lebensmittelwarnungen`).
      if (alias.flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded | AliasFlag.FinalSign) || WEB_ADDRESS.test(alias.alias)) return;
      const own = entryThresholds[alias.entry];
      if (own === false) return;
      const key = alias.key;
      if (key.length < options.minLength || seen.has(key)) return;
      const words = alias.alias.split(NAME_WORDS);
      const foldedWords = words.map(foldKey);
      // (A club's prefix is kept too: `VfL Stuttgart` is not the VfB.)
      const acronyms = fixedWordsOf(words, foldedWords, alias.capitals !== null ? isAcronymOrClubPrefix : isClubPrefix);
      const slipLetters = key.length - (acronyms?.reduce((n, word) => n + word.letters.length, 0) ?? 0);
      if (slipLetters < options.minLength) return;
      if (alias.capitals) this.acronymsOf.set(record, words.filter(isAcronym).map(withoutStops));
      seen.add(key);
      const bucketKey = bucketOf(key.charCodeAt(0), key.length);
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) this.buckets.set(bucketKey, (bucket = []));
      const candidate: Candidate = {
        key,
        record,
        threshold: own ?? options.threshold,
        letters: letterSet(key),
        wordEnds: words.length > 1 ? [] : null,
        numbers: fixedWordsOf(words, foldedWords, isNumberWord),
        acronyms,
        slipLetters,
      };
      bucket.push(candidate);
      if ((words.length === 1 && key.length < CONFIRMED_LENGTH) || alias.flags & AliasFlag.AfterFullName) this.confirmedEntries.add(alias.entry);
      let wordEnd = 0;
      const apostrophes = alias.alias.match(APOSTROPHES)?.length ?? 0;
      for (let i = 0; i < words.length; i++) {
        const folded = foldedWords[i]!;
        if (!folded) continue;
        wordEnd += folded.length;
        if (wordEnd < key.length) candidate.wordEnds?.push(wordEnd);
        this.addAliasWord(folded, alias.entry, key.length, wordStarts);
        // The exact stage reads `O’Neill` as two words, `O` and `Neill`: a slip in one of them
        // (`O’Sulivan`) is found through the other.
        if (apostrophes > 0 && APOSTROPHE.test(words[i]!)) for (const part of words[i]!.split(APOSTROPHE)) if (part) this.addAliasWord(foldKey(part), alias.entry, key.length, wordStarts);
      }
      if (words.length === 1 && !persons[alias.entry] && /^[a-z]+$/.test(key)) {
        this.closed.set(wordHash(key), record);
        closedFirst.push(key);
      }
      const l = key.length;
      suffixes.mark(symbolOf[key.charCodeAt(l - 3)]!, symbolOf[key.charCodeAt(l - 2)]!, symbolOf[key.charCodeAt(l - 1)]!);
      maxFirst = Math.max(maxFirst, key.charCodeAt(0));
      maxWords = Math.max(maxWords, words.length + apostrophes);
      size++;
    });
    this.lengthMasks = new Int32Array(maxFirst + 1);
    for (const bucket of this.buckets.values()) {
      const key = bucket[0]!.key;
      this.lengthMasks[key.charCodeAt(0)]! |= 1 << Math.min(key.length, 31);
    }
    this.closedLengths = new Int32Array(0x7b);
    for (const key of closedFirst) this.closedLengths[key.charCodeAt(0)]! |= 1 << Math.min(key.length, 31);
    this.maxWords = maxWords;
    this.size = size;
    this.prefixHash = new Int32Array(Math.max(1, maxWords));
    this.prefixLetters = new Int32Array(Math.max(1, maxWords));
    this.passes = new Uint8Array(maxWords + 1);
    this.unexplained = new Uint8Array(maxWords + 1);
    this.phraseLo = new Int32Array(maxWords + 1);
    this.phraseHi = new Int32Array(maxWords + 1);
    this.suffixes = suffixes.bits;
    this.wordStarts = wordStarts.bits;
  }

  /** Records `folded` as a word of an alias of `keyLength` letters of `entry` (see `aliasWords`). */
  private addAliasWord(folded: string, entry: number, keyLength: number, wordStarts: ReturnType<typeof trigramSet>): void {
    const hash = wordHash(folded);
    if (this.persons[entry]) this.personWords.set(personWordKey(hash, entry), 1);
    const length = Math.min(keyLength, 255);
    const known = this.aliasWords.get(hash, -1);
    const min = known < 0 ? length : Math.min(known >> 8, length);
    const max = known < 0 ? length : Math.max(known & 0xff, length);
    this.aliasWords.set(hash, (min << 8) | max);
    const symbolOf = this.index.filterSymbol;
    const n = folded.length;
    const s0 = symbolOf[folded.charCodeAt(0)]!;
    const s1 = n > 1 ? symbolOf[folded.charCodeAt(1)]! : SEPARATOR_SYMBOL;
    const s2 = n > 2 ? symbolOf[folded.charCodeAt(2)]! : n === 2 ? SEPARATOR_SYMBOL : ANY;
    wordStarts.mark(s0, s1, s2);
  }

  /** Fills the per-word arrays for sink word `word`, text[start, end). */
  private readWord(text: string, word: number, start: number, end: number): void {
    let h = HASH_SEED;
    let previous = h;
    let beforePrevious = h;
    let letters = 0;
    let first = 0;
    let last = 0;
    let secondLast = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const sharpS = isSharpS(code);
      const folded = sharpS ? 0x73 : FOLD[code]!;
      if (folded <= JOIN) continue;
      if (letters === 0) first = folded;
      beforePrevious = previous;
      previous = h;
      h = Math.imul(h ^ folded, FNV_PRIME);
      letters++;
      if (sharpS) {
        // `ß` is two letters, `ss`.
        beforePrevious = previous;
        previous = h;
        h = Math.imul(h ^ 0x73, FNV_PRIME);
        letters++;
      }
      secondLast = last;
      last = folded;
    }
    this.wordHash[word] = hashValue(h);
    this.wordLetters[word] = letters;
    this.wordFirst[word] = first;
    this.wordWithoutLast[word] = hashValue(previous);
    this.wordWithoutEs[word] = hashValue(beforePrevious);
    this.wordEndsInS[word] = last !== 0x73 ? 0 : secondLast === 0x65 && letters > 3 ? 2 : 1;
  }

  /** Makes room for the words of a sink and marks them unread. */
  private prepareWords(count: number): void {
    if (this.wordHash.length < count) {
      const size = Math.max(count, this.wordHash.length * 2);
      this.wordHash = new Int32Array(size);
      this.wordLetters = new Int32Array(size);
      this.wordFirst = new Int32Array(size);
      this.wordWithoutLast = new Int32Array(size);
      this.wordWithoutEs = new Int32Array(size);
      this.wordEndsInS = new Uint8Array(size);
    }
    this.wordHash.fill(-1, 0, count);
  }

  /** True if the word text[start, end) starts with three letters some alias starts with. */
  private startsLikeAlias(text: string, start: number, end: number): boolean {
    if (end - start < 3) return true;
    return this.startsIn(this.index.prefixFilter, text, start);
  }

  /** True if the first three characters from `start` are in the trigram set `bits`. */
  private startsIn(bits: Int32Array, text: string, start: number): boolean {
    return inTrigramSet(this.index.filterSymbol, bits, FOLD[text.charCodeAt(start)]!, FOLD[text.charCodeAt(start + 1)]!, FOLD[text.charCodeAt(start + 2)]!);
  }

  /**
   * True if a phrase of the first `k` words read (see `phraseLo`), with `letters` letters, is about
   * as long as an alias that holds one of its words — or, given `lastStem` (the hash of its last word
   * without its genitive ending), as long as an alias that holds that stem.
   */
  private inPhraseRange(k: number, letters: number, lastStem = -1): boolean {
    let lo = this.phraseLo[k]!;
    let hi = this.phraseHi[k]!;
    if (lastStem !== -1) {
      const known = this.aliasWords.get(lastStem, -1);
      if (known < 0) return false;
      lo = known >> 8;
      hi = known & 0xff;
    }
    return letters >= lo - 2 && letters <= hi + 2;
  }

  /** True if one of the `n` sink words from `w` on may be spelled like a word of an eligible alias. */
  private holdsAliasWord(text: string, starts: Int32Array, w: number, n: number): boolean {
    for (let k = w; k < w + n; k++) if (this.startsIn(this.wordStarts, text, starts[k]!)) return true;
    return false;
  }

  /**
   * True if text[start, end) ends with three letters an eligible alias ends with (also before a
   * genitive s). Letters only: the space in `Kim Jong Un` does not count.
   */
  private endsLikeAlias(text: string, start: number, end: number): boolean {
    let c = 0;
    let b = 0;
    let a = 0;
    let d = 0;
    let found = 0;
    for (let i = end - 1; i >= start && found < 4; i--) {
      const folded = FOLD[text.charCodeAt(i)]!;
      if (folded <= JOIN) continue;
      if (found === 0) c = folded;
      else if (found === 1) b = folded;
      else if (found === 2) a = folded;
      else d = folded;
      found++;
    }
    if (found < 3) return true;
    const symbols = this.index.filterSymbol;
    return inTrigramSet(symbols, this.suffixes, a, b, c) || (c === 0x73 && found === 4 && inTrigramSet(symbols, this.suffixes, d, a, b));
  }

  /**
   * The alias record the folded letters of text[start, end) are a misspelling of, or NO_MATCH.
   * The key string is built only for a candidate not seen before, or to confirm a positive answer.
   */
  private lookupSpan(text: string, start: number, end: number, hash: number, letters: number, first: number, drop: number): number {
    if (!this.mayMatch(first, letters)) return NO_MATCH;
    let result = this.cache.get(hash, NOT_SEEN);
    if (result === NOT_SEEN) {
      const key = spanKey(text, start, end, drop);
      result = this.score(key, holdsNumber(text, start, end));
      this.cache.set(hash, result);
      if (result !== NO_MATCH) this.matchedKeys.set(hash, key);
    } else if (result !== NO_MATCH) {
      const key = spanKey(text, start, end, drop);
      if (this.matchedKeys.get(hash) !== key) result = this.score(key, holdsNumber(text, start, end));
    }
    return result;
  }

  /** True if some eligible alias starts with `first` and has about `letters` letters. */
  private mayMatch(first: number, letters: number): boolean {
    if (letters < this.options.minLength || first >= this.lengthMasks.length) return false;
    const mask = this.lengthMasks[first]!;
    const k = maxEdits(letters);
    for (let l = Math.min(letters - k, 31), last = Math.min(letters + k, 31); l <= last; l++) if (mask & (1 << l)) return true;
    return false;
  }

  /** `numbered`: the candidate has a word that is a number (see `holdsNumber`). */
  private score(key: string, numbered: boolean): number {
    const length = key.length;
    const k = maxEdits(length);
    const letters = letterSet(key);
    let best = NO_MATCH;
    let bestScore = Infinity;
    for (let aliasLength = length - k; aliasLength <= length + k; aliasLength++) {
      const bucket = this.buckets.get(bucketOf(key.charCodeAt(0), aliasLength));
      if (!bucket) continue;
      for (const alias of bucket) {
        if (bitCount(letters & ~alias.letters) > k || bitCount(alias.letters & ~letters) > k) continue;
        if (alias.numbers === null ? numbered : !keepsWords(key, alias.key, alias.numbers, k)) continue;
        if (alias.acronyms && !keepsWords(key, alias.key, alias.acronyms, k)) continue;
        if (!withinEdits(key, alias.key, k) || (isDerivedWord(key, alias.key, (this.index.aliases[alias.record]!.flags & (AliasFlag.Person | AliasFlag.Place)) !== 0) && !lastLetterLost(key, alias))) continue;
        if (alias.wordEnds && inflectedInside(key, alias.key, alias.wordEnds)) continue;
        if (k === 2 && !alias.wordEnds && otherCompound(key, alias.key) && !withinEdits(key, alias.key, 1)) continue;
        if (k === 2 && alias.wordEnds && twoSlipsInShortWord(key, alias.key, alias.wordEnds) && !withinEdits(key, alias.key, 1)) continue;
        if (this.index.aliases[alias.record]!.flags & AliasFlag.Place && otherTownElement(key, alias.key)) continue;
        // One letter changed in a short name is another word more often than a slip (`Bauern`,
        // `Maurer`, `Stamford` for `Bayern`, `Mahrer`, `Stanford`); a letter missing or doubled is a
        // slip, and so is a blend of two spellings of the name (`Lawrov` of `Lawrow` and `Lavrov`)
        // or a letter that transliterations of a name trade (`Weselski`, `Nawalni`).
        // (Beside an acronym, the letters around it count: `SC Freiberg` is not the `SC Freiburg`.)
        if (length === alias.key.length && alias.slipLetters < CONFIRMED_LENGTH && !this.blends(key, alias, bucket) && !transliterated(key, alias.key)) continue;
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

  /**
   * True if `key` takes each letter from `alias` or from another spelling of the same entry with the
   * same first letter and length (`bucket`): `Lawrov` of `Lawrow` and `Lavrov`.
   */
  private blends(key: string, alias: Candidate, bucket: readonly Candidate[]): boolean {
    const aliases = this.index.aliases;
    const entry = aliases[alias.record]!.entry;
    return bucket.some((other) => {
      if (other === alias || aliases[other.record]!.entry !== entry) return false;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (code !== alias.key.charCodeAt(i) && code !== other.key.charCodeAt(i)) return false;
      }
      return true;
    });
  }

  /**
   * False when sink word `w` directly follows a capitalised word that is none of the words of
   * person `entry`'s names: it is then the surname of someone else (`Martin Schulz`) — unless an
   * article stands before that word, which makes it a noun (`der Ruheständler Weselski`), and it is
   * no given name (`a Harry Styles concert`).
   */
  private mayNamePerson(text: string, words: WordSink, w: number, entry: number): boolean {
    if (w === 0 || !(words.flags[w]! & WordFlag.Joined) || (words.flags[w - 1]! & (WordFlag.Capital | WordFlag.Mention)) !== WordFlag.Capital) return true;
    if (this.wordHash[w - 1] === -1) this.readWord(text, w - 1, words.starts[w - 1]!, words.ends[w - 1]!);
    const before = this.wordHash[w - 1]!;
    if (NOT_FIRST_NAMES.has(before) || this.personWords.get(personWordKey(before, entry), 0) === 1) return true;
    const from = words.starts[w - 1]!;
    return (afterArticle(text, from) && !FIRST_NAMES.hasIn(text, from, words.ends[w - 1]!)) || TITLE_ENDINGS.test(foldKey(text.slice(from, words.ends[w - 1]!)));
  }

  /**
   * True if sink word `w`, a phrase's first, is a known given name more than one edit from the
   * given name that opens the person's `alias` (`Svenja` beside Sven; not `Olav` beside Olaf).
   */
  private otherGivenName(text: string, words: WordSink, w: number, alias: string): boolean {
    const start = words.starts[w]!;
    const end = words.ends[w]!;
    if (!FIRST_NAMES.hasIn(text, start, end)) return false;
    const given = /^[^\s\-‐‑–]+(?=[\s\-‐‑–])/u.exec(alias);
    return given !== null && !withinEdits(foldKey(text.slice(start, end)), foldKey(given[0]), 1);
  }

  /**
   * The alias record of a one-word name that sink words `w` and `w + 1` spell when joined (`Kiwi
   * Bank` of Kiwibank, `Hua Wei` of Huawei), or NO_MATCH: two capitalised words the exact stage did
   * not explain, of three letters or more each, one space apart, with no other capitalised word
   * beside them (`Green Land Trust`, `West Minster Academy`), the first no given name (`Frank
   * Reich`). In German, whose nouns are capitalised and often spell a compound side by side (`die
   * Bürger Geld kosten`), only a compound named after a name of the glossary, the first word (`der
   * Brenner Basistunnel`); in English, the first word is none.
   */
  private closedName(text: string, words: WordSink, w: number, english: boolean): number {
    const { starts, ends, flags, count } = words;
    const second = w + 1;
    if ((flags[second]! & (WordFlag.Capital | WordFlag.Joined | WordFlag.Mention)) !== (WordFlag.Capital | WordFlag.Joined) || (flags[w]! & WordFlag.Mention) !== (english ? 0 : WordFlag.Mention)) return NO_MATCH;
    // (An article that opens the sentence is no name's word: `A Kiwi Bank spokesperson`.)
    if (flags[w]! & WordFlag.Joined && !ARTICLES.hasIn(text, starts[w - 1]!, ends[w - 1]!)) return NO_MATCH;
    if (second + 1 < count && flags[second + 1]! & WordFlag.Joined) return NO_MATCH;
    const start = starts[w]!;
    const middle = ends[w]!;
    const end = ends[second]!;
    if (starts[second] !== middle + 1 || text.charCodeAt(middle) !== 0x20 || middle - start < 3 || end - middle < 4) return NO_MATCH;
    if (FIRST_NAMES.hasIn(text, start, middle)) return NO_MATCH;
    const first = FOLD[text.charCodeAt(start)]!;
    const length = end - start - 1;
    if (first >= this.closedLengths.length || !(this.closedLengths[first]! & (1 << Math.min(length, 31)))) return NO_MATCH;
    let h = HASH_SEED;
    for (let i = start; i < end; i++) {
      if (i === middle) continue;
      const folded = FOLD[text.charCodeAt(i)]!;
      if (folded < 0x61 || folded > 0x7a) return NO_MATCH;
      h = Math.imul(h ^ folded, FNV_PRIME);
    }
    const record = this.closed.get(hashValue(h), NO_MATCH);
    return record !== NO_MATCH && this.index.aliases[record]!.key === foldKey(text.slice(start, middle) + text.slice(middle + 1, end)) ? record : NO_MATCH;
  }

  /**
   * True if sink word `w`, in small letters, is a word of some alias (a particle: `ap`, `van`, `de`)
   * and a capitalised word follows it in the phrase.
   */
  private smallParticle(text: string, words: WordSink, w: number): boolean {
    if (w + 1 >= words.count || (words.flags[w + 1]! & (WordFlag.Capital | WordFlag.Joined)) !== (WordFlag.Capital | WordFlag.Joined)) return false;
    if (this.wordHash[w] === -1) this.readWord(text, w, words.starts[w]!, words.ends[w]!);
    return this.aliasWords.get(this.wordHash[w]!, -1) >= 0;
  }

  /** True if every word of the phrase of `k` words from `w` that is no exact mention is one of `NOT_FIRST_NAMES`. */
  private onlyFunctionWordsUnexplained(flags: Uint8Array, w: number, k: number): boolean {
    for (let word = w; word < w + k; word++) if (!(flags[word]! & WordFlag.Mention) && !NOT_FIRST_NAMES.has(this.wordHash[word]!)) return false;
    return true;
  }

  /**
   * Fuzzy mentions among the unexplained words the exact stage collected. Those found are added
   * to `session.seen`, except the slips that wait for a mention of their entry (`conditional`).
   */
  scan(text: string, words: WordSink, session: MatchSession): Mention[] {
    const { starts, ends, depths, flags, count } = words;
    const mentions: Mention[] = [];
    this.prepareWords(count);
    const maxWords = this.maxWords;
    // Per phrase prefix (1 … n words): hash and letter count.
    const prefixHash = this.prefixHash;
    const prefixLetters = this.prefixLetters;
    const bareGenitive = takesBareGenitive(primaryLanguage(session));
    const english = primaryLanguage(session) === 'en';
    let w = 0;
    while (w < count) {
      const start = starts[w]!;
      // A phrase opens with a capital, or with a name's particle in small letters that opens an
      // alias (`ap Iowerth` of `ap Iorwerth`; see `smallParticle`).
      const small = !(flags[w]! & WordFlag.Capital);
      if (small && !this.smallParticle(text, words, w)) {
        w++;
        continue;
      }
      const closed = w + 1 < count ? this.closedName(text, words, w, english) : NO_MATCH;
      if (closed !== NO_MATCH) {
        const entry = this.index.aliases[closed]!.entry;
        const end = ends[w + 1]!;
        // (Only once the page has named the entry, as it spells it.)
        const confirmed = session.seen.has(entry);
        if (confirmed || session.keepConditional) {
          const stop = withGenitiveApostrophe(text, end);
          mentions.push(confirmed ? { start, end: stop, entry, alias: closed, fuzzy: true } : { start, end: stop, entry, alias: closed, fuzzy: true, conditional: true });
          if (confirmed) session.seen.add(entry);
          w += 2;
          continue;
        }
      }
      let n = 1;
      while (n < maxWords && w + n < count && flags[w + n]! & WordFlag.Joined) n++;
      if (n > 1 && !this.holdsAliasWord(text, starts, w, n)) n = 1;
      // A word alone needs the letters of an eligible alias (one character may be two: ß).
      const length = ends[w]! - start;
      // A word the exact stage explained is read only in a phrase with words it did not.
      let anyPasses =
        !(flags[w]! & WordFlag.Mention) &&
        length >= this.options.minLength - 1 &&
        (length >= TWO_EDITS_LENGTH || depths[w]! >= Math.max(3, (length - 1) >> 1) || this.endsLikeAlias(text, start, ends[w]!));
      this.passes[1] = anyPasses ? 1 : 0;
      const startsLike = n > 1 && this.startsLikeAlias(text, start, ends[w]!);
      for (let k = 2; k <= n; k++) {
        const end = ends[w + k - 1]!;
        // Long enough for two slips (one may hit each end): no start/end check.
        const passes = startsLike || end - start >= TWO_EDITS_LENGTH || this.endsLikeAlias(text, start, end);
        this.passes[k] = passes ? 1 : 0;
        anyPasses ||= passes;
      }
      if (!anyPasses) {
        w++;
        continue;
      }
      // Hashes of the phrase's first 1 … n words, built from each word's hash (read once per scan).
      // Index of the first word (from 0) that is spelled like an alias word; phrases must reach it.
      // A phrase of k words must hold a word spelled like a word of some alias, and have about the
      // length of such an alias: per k, the range of those lengths (empty while no word is known).
      let lo = 1 << 30;
      let hi = -1;
      let letters = 0;
      let h = 0;
      for (let k = 0; k < n; k++) {
        const word = w + k;
        if (this.wordHash[word] === -1) this.readWord(text, word, starts[word]!, ends[word]!);
        const wordH = this.wordHash[word]!;
        if (n > 1) {
          const known = this.aliasWords.get(wordH, -1);
          if (known >= 0) {
            lo = Math.min(lo, known >> 8);
            hi = Math.max(hi, known & 0xff);
          }
          this.phraseLo[k + 1] = lo;
          this.phraseHi[k + 1] = hi;
        }
        // In order: `Linien Wiener` is another phrase than `Wiener Linien`.
        h = k === 0 ? wordH : hashValue(Math.imul(Math.imul(h, 0x9e3779b1) ^ wordH, FNV_PRIME));
        letters += this.wordLetters[word]!;
        this.unexplained[k + 1] = this.unexplained[k]! + (flags[word]! & WordFlag.Mention ? 0 : 1);
        prefixHash[k] = h;
        prefixLetters[k] = letters;
      }
      const first = this.wordFirst[w]!;
      let matched = 0;
      for (let k = n; k >= 1 && matched === 0; k--) {
        if (!this.passes[k] || this.unexplained[k] === 0) continue;
        const end = ends[w + k - 1]!;
        const phraseLetters = prefixLetters[k - 1]!;
        let record = k === 1 || this.inPhraseRange(k, phraseLetters) ? this.lookupSpan(text, start, end, prefixHash[k - 1]!, phraseLetters, first, 0) : NO_MATCH;
        // A misspelt name in the genitive: `Gewesslrs`; a phrase's last word too, its ending also
        // `es` (`des Kraftfart-Bundesamts`, `des Calderolli-Gesetzes`).
        const lastWord = w + k - 1;
        if (record === NO_MATCH && bareGenitive && this.wordEndsInS[lastWord]) {
          for (let drop = 1; drop <= (k === 1 ? 1 : this.wordEndsInS[lastWord]!) && record === NO_MATCH; drop++) {
            const stem = drop === 1 ? this.wordWithoutLast[lastWord]! : this.wordWithoutEs[lastWord]!;
            if (k > 1 && !this.inPhraseRange(k, phraseLetters - drop, stem)) continue;
            const hash = k === 1 ? stem : hashValue(Math.imul(Math.imul(prefixHash[k - 2]!, 0x9e3779b1) ^ stem, FNV_PRIME));
            record = this.lookupSpan(text, start, end, hash, phraseLetters - drop, first, drop);
          }
        }
        if (record === NO_MATCH || inAddress(text, start, end)) continue;
        // A phrase whose only words the exact stage left unexplained open sentences or are titles
        // (`NOT_FIRST_NAMES`) is a name it found and a word beside it (`In Ingolstadt`), no slip.
        if (k > 1 && this.onlyFunctionWordsUnexplained(flags, w, k)) continue;
        const alias = this.index.aliases[record]!;
        const entry = alias.entry;
        if (k > 1 && onlyHeadWordsUnexplained(text, words, w, k, alias)) continue;
        // Another given name, more than a slip away from the person's, is another person (`Svenja
        // Schulze` beside Sven Schulze; `Olav Scholz` is Olaf's slip).
        if (k > 1 && this.persons[entry] && this.otherGivenName(text, words, w, alias.alias)) continue;
        // So is one after a noun of a role the entry's descriptions do not give (`Der Schriftsteller
        // Peter Handke` beside the minister Peter Hanke; `Verkehrsminister Peter Hankee` is a slip).
        if (k > 1 && this.persons[entry] && otherRoleBefore(text, start, alias, english)) continue;
        // (Then only of a name that opens in small letters too: `ap Iorwerth`.)
        if (small && (isUpperCase(alias.alias.charCodeAt(0)) || !isLetter(alias.alias.charCodeAt(0)))) continue;
        if (withoutPossessive(alias.alias, text, start, end)) continue;
        // A name of one word with an apostrophe, read as two (`O’Sulivan`), only where the text
        // writes one: not `De Souza`, `Dr Amato`, `On Sullivan’s watch` beside D’Souza, D’Amato, O’Sullivan.
        if (k > 1 && APOSTROPHE.test(alias.alias) && !NAME_WORDS.test(alias.alias) && !apostropheIn(text, start, end)) continue;
        const acronyms = this.acronymsOf.get(record);
        if (acronyms && !writesAcronyms(text, start, end, acronyms)) continue;
        if (k > 1 && writesOtherAcronym(text, words, w, k, alias.key)) continue;
        const folded = k === 1 ? foldKey(text.slice(start, end)) : '';
        if (k === 1 && this.persons[entry]) {
          if (!this.mayNamePerson(text, words, w, entry)) {
            // Someone else's surname after their given name stays theirs when it comes back alone
            // (`Finanzchef Andreas Schmid … Schmid verweist` beside Lena Schmied).
            if (FIRST_NAMES.hasIn(text, starts[w - 1]!, ends[w - 1]!)) session.others?.add(folded);
            continue;
          }
          if (quotedAfterArticle(text, start) || session.others?.has(folded)) continue;
          // A German look-alike right after a definite article is a noun, as a person takes none
          // (`um den Schutz der Menschen` beside Alexander Scheutz).
          // (Not a relative pronoun's: `ein Tonband, auf dem Pilnaczek kurz vor …`.)
          if (!english && wordOfBefore(text, start, DEFINITE_DE, false) && !afterRelativePronoun(text, start)) continue;
          // A look-alike after `from` or `aus` and before `in` and a region is a town's name (`a
          // retired nurse from Kendal in Cumbria` beside Liz Kendall).
          if (wordOfBeforeAnyCase(text, start, FROM_TOWN) && TOWN_IN_REGION.test(text.slice(end, end + 5))) continue;
        }
        if (NO_SLIPS.has(folded)) continue;
        // A German look-alike after a noun of a town or a site is that place's name, no slip in
        // another's (`auf dem US-Stützpunkt Ramstein` beside the band Rammstein); so is one after a
        // preposition and a region's or a country's adjective (`im pfälzischen Ramstein`; not
        // before a compound's noun: `im bayerischen Schaefler-Werk` is a slip).
        if (k === 1 && !english && !(alias.flags & AliasFlag.Place) && (siteNounBefore(text, start) || (inRegionBefore(text, start) && !isHyphen(text.charCodeAt(end))))) continue;
        if (titleForName(text, start, end, alias.key)) continue;
        // A German noun that is a surname too is that word, no slip in a name (`Der Leiter der
        // Ausschreibung`, `Gesucht werden Leiter` beside the firm Leitner) — but after a title or a
        // given name (`Palace-Trainer Glaser` may be one).
        if (k === 1 && !english && NOUN_SURNAMES.has(folded) && !(w > 0 && flags[w]! & WordFlag.Joined && flags[w - 1]! & WordFlag.Capital && !opensSentence(text, starts[w - 1]!))) continue;
        // A given name before another capitalised word is someone's given name, no slip in a
        // surname (`Der Wirt Hermann Haberl` beside Joachim Herrmann).
        if (k === 1 && this.persons[entry] && w + 1 < count && (flags[w + 1]! & (WordFlag.Joined | WordFlag.Capital)) === (WordFlag.Joined | WordFlag.Capital) && FIRST_NAMES.hasIn(text, start, end)) continue;
        // A look-alike of no person's name right after a given name is someone's surname
        // (`Landessekretär Herbert Schwarz` beside the town Schwaz).
        if (k === 1 && !this.persons[entry] && w > 0 && flags[w]! & WordFlag.Joined && (flags[w - 1]! & (WordFlag.Capital | WordFlag.Mention)) === WordFlag.Capital && FIRST_NAMES.hasIn(text, starts[w - 1]!, ends[w - 1]!)) continue;
        // A look-alike of one word between two capitalised words, neither opening a sentence nor
        // another name, is a word of a longer name (`the Royal Philharmonic Orchestra` beside the
        // Philharmonie; a person's look-alike has the rules above).
        if (k === 1 && !this.persons[entry] && insideOtherName(text, flags, starts, w, count)) continue;
        // A short alias's look-alike before another capitalised word is more often a word of its own
        // (`Ein Schweizer Ingenieurbüro` is not Schweitzer).
        if (alias.flags & AliasFlag.AfterFullName && w + k < count && (flags[w + k]! & (WordFlag.Joined | WordFlag.Capital)) === (WordFlag.Joined | WordFlag.Capital)) continue;
        // A name in the plural cut short by its `s` after an article of one, before no noun, is one of
        // its members (`also a Christian Democrat, said` beside the Christian Democrats; not `until
        // Great British Railway takes over`, nor `a British Airway flight`, `a Social Democrat-led government`;
        // German writes a noun capitalised: `Ein Ineos Grenadier parkte vor der Tür`).
        if (k > 1 && !this.persons[entry] && alias.key.endsWith('s') && wordOfBeforeAnyCase(text, start, MEMBER_BEFORE) && (noNounAfter(text, end) || smallWordAfter(text, end, WHO) || (!english && smallWordNext(text, end))) && cutShort(spanKey(text, start, end, 0), alias.key)) continue;
        // A name cut short by its last letter before another capitalised word is another name (`Sky
        // New Zealand`); before a hyphen, a compound's first part if the letter cut was doubled
        // (`Bankhaus Lindeman-Anwältin`; not `Red Bull-Chef` beside the Red Bulls).
        if (
          k > 1 &&
          w + k < count &&
          (flags[w + k]! & (WordFlag.Joined | WordFlag.Capital)) === (WordFlag.Joined | WordFlag.Capital) &&
          !(isHyphen(text.charCodeAt(end)) && endsDoubled(alias.key)) &&
          cutShort(spanKey(text, start, end, 0), alias.key)
        )
          continue;
        // So is one after another capitalised word that opens no sentence (`the Vincent Wildlife
        // Trust` beside The Wildlife Trusts; not a person's, after a title: `Generalsekretär Carsten
        // Linneman`).
        if (k > 1 && w > 0 && !this.persons[entry] && (flags[w]! & WordFlag.Joined) !== 0 && (flags[w - 1]! & (WordFlag.Capital | WordFlag.Mention)) === WordFlag.Capital && !opensSentence(text, starts[w - 1]!) && cutShort(spanKey(text, start, end, 0), alias.key))
          continue;
        let conditional = false;
        if ((k === 1 && alias.key.length < CONFIRMED_LENGTH) || alias.flags & AliasFlag.AfterFullName) {
          // A slip that may not count must not take the place of a name the exact stage found.
          if (this.unexplained[k]! < k) continue;
          // A page read out of order decides by document position; one read in order, by what came before.
          if (session.keepConditional) conditional = true;
          else if (!session.seen.has(entry)) continue;
        }
        // `Mary Lou MacDonald’s party`: the genitive belongs to the mention, as in the exact stage.
        const stop = withGenitiveApostrophe(text, end);
        if (conditional) mentions.push({ start, end: stop, entry, alias: record, fuzzy: true, conditional });
        else {
          mentions.push({ start, end: stop, entry, alias: record, fuzzy: true });
          session.seen.add(entry);
        }
        matched = k;
      }
      w += matched || 1;
    }
    return mentions;
  }
}

/**
 * Capitalised words before a name that are no first name: words that start sentences (`Vor
 * Brandsteter`, `Laut Scholtz`, `After Bidden`) and common titles (`Frau Baerbok`, `Präsident
 * Selenskij`), by the hash of their folded letters; compounds of titles are told by their end
 * (`TITLE_ENDINGS`, first-names.ts).
 */
const NOT_FIRST_NAMES = new Set(
  [
    'ab', 'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'da', 'dann', 'das', 'dass', 'dem', 'den', 'denn', 'der', 'des',
    'die', 'doch', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'fur', 'gegen', 'gestern', 'heute', 'hinter', 'im', 'in', 'jetzt',
    'laut', 'mit', 'nach', 'neben', 'noch', 'nun', 'nur', 'ob', 'obwohl', 'ohne', 'schon', 'seit', 'so', 'sogar', 'trotz', 'uber', 'um',
    'und', 'unter', 'von', 'vor', 'wahrend', 'weil', 'wenn', 'wie', 'zu', 'zum', 'zur', 'zwischen',
    'a', 'after', 'also', 'and', 'as', 'at', 'before', 'but', 'by', 'even', 'for', 'from', 'if', 'of', 'on', 'since', 'the', 'then',
    'to', 'when', 'while', 'with', 'yet', 'neither', 'either', 'both', 'nor', 'weder', 'sowohl',
    // (Adverbs that open a sentence: `Later Sulivan lost`, `Später sagte …`.)
    'later', 'earlier', 'now', 'meanwhile', 'yesterday', 'today', 'however', 'instead', 'still', 'spater', 'danach', 'zuvor', 'inzwischen', 'bereits', 'damals',
    'herr', 'frau', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'prasident', 'prasidentin', 'president',
    'kanzler', 'kanzlerin', 'chancellor', 'minister', 'ministerin', 'premier', 'premierminister', 'premierministerin',
    'ministerprasident', 'ministerprasidentin', 'burgermeister', 'burgermeisterin', 'mayor', 'senator', 'senatorin', 'governor',
    'gouverneur', 'general', 'papst', 'pope', 'konig', 'konigin', 'king', 'queen', 'prinz', 'prinzessin', 'prince', 'princess', 'chef',
    'chefin', 'sprecher', 'sprecherin', 'trainer', 'coach', 'kapitan', 'captain', 'richter', 'richterin', 'judge', 'abgeordnete',
    'abgeordneter', 'senor', 'madame', 'monsieur', 'commissioner', 'secretary', 'detective', 'inspector', 'sergeant', 'officer',
  ].map(wordHash),
);

/** The key of a word of a person's names in `personWords`. */
function personWordKey(hash: number, entry: number): number {
  return hashValue(Math.imul(hash ^ Math.imul(entry + 1, 0x9e3779b1), FNV_PRIME));
}

function bucketOf(first: number, length: number): number {
  return first * 64 + Math.min(length, 63);
}

/** How many code units `a` and `b` share from the start. */
function commonPrefix(a: string, b: string): number {
  let common = 0;
  while (common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common;
}

/**
 * True if the phrase at [start, end) ends in a person's title that the name's key does not end
 * in: the title of its body (`The Finance Minister said` beside the `Finance Ministry`), or
 * another before a capitalised word (`Defence Minister Rustem Umerov`; not a slip that a title's
 * word happens to be: `York Minister on Sunday`).
 */
function titleForName(text: string, start: number, end: number, key: string): boolean {
  const from = Math.max(start, wordStart(text, end));
  if (!ENGLISH_TITLES.hasIn(text, from, end)) return false;
  const title = foldKey(text.slice(from, end));
  if (key.endsWith(title)) return false;
  const body = TITLES_BODIES.get(title);
  return (body !== undefined && key.endsWith(body)) || capitalisedWordAfter(text, end) !== null;
}
/** A title's body, the word a slip of the title would be taken for (`Minister`, `Ministry`). */
const TITLES_BODIES = new Map([
  ['minister', 'ministry'],
  ['president', 'presidency'],
  ['secretary', 'secretariat'],
  ['chancellor', 'chancellery'],
  ['director', 'directorate'],
  ['governor', 'governorate'],
]);

/**
 * True if text[start, end) is the name `alias` without the possessive inside it: `Hudson Bay` (the
 * sea) is another name than `Hudson’s Bay` (the company), not a slip of it.
 */
function withoutPossessive(alias: string, text: string, start: number, end: number): boolean {
  const at = alias.search(POSSESSIVE_INSIDE);
  return at > 0 && foldKey(alias.slice(0, at) + alias.slice(at + 2)) === foldKey(text.slice(start, end));
}
const POSSESSIVE_INSIDE = /['’]s /;

/**
 * True if `key` is a name of several words with only its last letter lost (`Steve Jurkovic` of
 * Steve Jurkovich): a slip, where one word cut short is a word of its own (`Planet` of Planet Labs)
 * — but for a German ending's last letter, which declines the word (`Die Grüne Landtagsfraktion`),
 * or a last `e` a language drops (`Middlebury Institut`).
 */
function lastLetterLost(key: string, alias: Candidate): boolean {
  return alias.wordEnds !== null && cutShort(key, alias.key) && key.length > alias.wordEnds[0]! && !GERMAN_ENDING.test(alias.key);
}
const GERMAN_ENDING = /(?:e|en|er|em|es)$/;
/**
 * True if two words of one long tail differ only in a short first part: two compounds of one noun
 * (`Schutzgesetz` and `Schulgesetz`), not one misspelt.
 */
function otherCompound(key: string, aliasKey: string): boolean {
  let tail = 0;
  while (tail < key.length && tail < aliasKey.length && key.charCodeAt(key.length - 1 - tail) === aliasKey.charCodeAt(aliasKey.length - 1 - tail)) tail++;
  return tail >= 6 && key.length - tail <= 6 && aliasKey.length - tail <= 6;
}
/** True if `key` is the alias's key without its last letter. */
function cutShort(key: string, aliasKey: string): boolean {
  return key.length === aliasKey.length - 1 && aliasKey.startsWith(key);
}

/**
 * The last parts of German (and Nordic) place names. Towns of one stem and two of these are many
 * (`Friedrichshafen` and `Friedrichshagen`, `Neuhausen` and `Neuhofen`): one is another town, not a
 * slip of the other. (Not `thal`, the old spelling of `tal`: `Lötschenthal` is the Lötschental.)
 */
const TOWN_ELEMENTS = [
  'hafen', 'hagen', 'hausen', 'heim', 'hofen', 'hof', 'berg', 'burg', 'dorf', 'feld', 'felde', 'stadt', 'stedt', 'statt',
  'bach', 'beck', 'born', 'brunn', 'brunnen', 'au', 'tal', 'rode', 'roda', 'wald', 'walde', 'see', 'leben', 'ingen',
  'kirchen', 'kirch', 'weiler', 'hain', 'furt', 'ow', 'itz', 'witz', 'gard', 'garden', 'holm', 'vik', 'by', 'torp', 'rup',
];
/** Stems shorter than this say too little (`Au`, `Berg`). */
const MIN_TOWN_STEM = 4;

/**
 * True if `key` and `alias` are one stem with two different `TOWN_ELEMENTS` after it:
 * `Friedrichshagen`, `Friedrichshafen`. Not two that differ in a vowel: `Heidelburg`,
 * `Johannesberg` and `Nuremburg` are the usual slips in those names.
 */
function otherTownElement(key: string, alias: string): boolean {
  for (const mine of TOWN_ELEMENTS) {
    if (!key.endsWith(mine)) continue;
    const stem = key.length - mine.length;
    if (stem < MIN_TOWN_STEM || !alias.startsWith(key.slice(0, stem))) continue;
    const theirs = alias.slice(stem);
    if (theirs !== mine && TOWN_ELEMENTS.includes(theirs) && !vowelApart(mine, theirs)) return true;
  }
  return false;
}

/** True if `a` and `b` differ in one vowel only (`berg`, `burg`). */
function vowelApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (at >= 0) return false;
    at = i;
  }
  return VOWELS.test(a[at]!) && VOWELS.test(b[at]!);
}
const VOWELS = /[aeiouy]/;

/** Endings of German inflection a word inside a phrase may take (`Alternativen für …`). */
const INFLECTIONS = new Set(['e', 'n', 'r', 's', 'em', 'en', 'er', 'es', 'ns']);

/**
 * True when `candidate` is the phrase `alias` with an inflection ending on one of its words but
 * the last (`Alternativen für Deutschland` of `Alternative für Deutschland`): another phrase of the
 * same words, not a slip in the name. `wordEnds`: where the alias's words end in its key.
 */
function inflectedInside(candidate: string, alias: string, wordEnds: readonly number[]): boolean {
  const added = candidate.length - alias.length;
  if (added < 1) return false;
  const common = commonPrefix(candidate, alias);
  return wordEnds.includes(common) && INFLECTIONS.has(candidate.slice(common, common + added)) && candidate.slice(common + added) === alias.slice(common);
}

/** A word of a longer name takes two slips only if it has this many letters (two thirds of it then stand). */
const TWO_SLIPS_WORD = 6;

/**
 * True when `candidate`, two edits from `alias`, has both in one word of the alias shorter than
 * `TWO_SLIPS_WORD`: that word is then another (`Deutsche Bahn` is not `Deutsche Bank`; `Telekops` is
 * still a slip in `Einstein-Teleskop`, and two letters swapped count as one slip, `Deutsche Bnak`).
 * The edits lie between what the two share at the start and at the end.
 */
function twoSlipsInShortWord(candidate: string, alias: string, wordEnds: readonly number[]): boolean {
  const from = commonPrefix(candidate, alias);
  let shared = 0;
  const most = Math.min(candidate.length, alias.length) - from;
  while (shared < most && candidate.charCodeAt(candidate.length - 1 - shared) === alias.charCodeAt(alias.length - 1 - shared)) shared++;
  const to = alias.length - shared;
  // Two letters swapped are one slip, the commonest (`Deutsche Bnak`).
  if (to - from === 2 && candidate.length === alias.length && candidate.charCodeAt(from) === alias.charCodeAt(from + 1) && candidate.charCodeAt(from + 1) === alias.charCodeAt(from)) return false;
  let wordStart = 0;
  for (const wordEnd of [...wordEnds, alias.length]) {
    // (Both edits at a word's edge, letters slipped in between two words, are in neither.)
    if (wordStart <= from && to <= wordEnd && (from < to || (wordStart < from && from < wordEnd))) return wordEnd - wordStart < TWO_SLIPS_WORD;
    wordStart = wordEnd;
  }
  return false;
}

/** True when `candidate` is `alias` with its doubled last letter written once (`Rheinmetal`): a slip. */
function singledLast(candidate: string, alias: string): boolean {
  const n = alias.length;
  return candidate.length === n - 1 && alias.charCodeAt(n - 1) === alias.charCodeAt(n - 2);
}

/** Endings that make words of a name (`Slowenen`, `Bremer`, `Armenier`, `Türken`, `Ministerin` of `Ministerium`), and the name's own. */
const WORD_ENDINGS = new Set(['', 'e', 'i', 'ei', 'en', 'er', 'es', 'ie', 'in', 'ens', 'ern', 'ers', 'ien', 'ier', 'ium', 'isch', 'ische', 'innen']);
/** Endings of a town's people after the `n` of its name (`Dresdn|er`). */
const PEOPLE_ENDINGS = new Set(['er', 'ern', 'ers', 'erin', 'erinnen']);
/** The least a name and a word must share before their endings for the word to be derived. */
const MIN_STEM = 4;

/** Articles before a noun that may name a person's role (`der Ruheständler`, `ein Gewerkschafter`). */
const ARTICLES = new WordSet(['der', 'die', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'the', 'a', 'an']);

/**
 * True if the word at `start` opens a quotation after an article: a title (`der „Spiegel“ aus
 * Hamburg` is not Hermann Spiegl). Without the quotation mark the article may be a relative
 * pronoun (`ein Tonband, auf dem Pilnaczek …`).
 */
function quotedAfterArticle(text: string, start: number): boolean {
  if (start === 0 || !QUOTES.has(text.charCodeAt(start - 1))) return false;
  const word = wordBeforeQuotes(text, start);
  return word !== null && ARTICLES.hasIn(text, word.from, word.to);
}

/** True if an article (`ARTICLES`) stands one space before the word at `start`. */
function afterArticle(text: string, start: number): boolean {
  const space = start - 1;
  if (space < 1 || (text.charCodeAt(space) !== 0x20 && text.charCodeAt(space) !== 0xa0)) return false;
  return ARTICLES.hasIn(text, wordStart(text, space), space);
}

/**
 * Letters that spellings of one name trade, by language: `-ski` and `-sky`, `Nawalnyj` and
 * `Nawalni`, `Lawrow` and `Lavrov`, `Nikolai` and `Nicolai`, `Sacharowa` and `Zakharova`.
 */
const SIBILANTS = new Set([0x73, 0x7a]);
const TRADED = [new Set([0x69, 0x6a, 0x79]), new Set([0x76, 0x77]), SIBILANTS];

/** True if `a` and `b` (of one length) differ in one letter, and transliterations trade the two (`TRADED`). */
function transliterated(a: string, b: string): boolean {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0) return false;
  // (Not s and z as the last letter, which make other names: Spanish `-ez` and Portuguese `-es`,
  // `Mendez` beside Jorge Mendes, `Marques` beside Marc Márquez.)
  if (at === a.length - 1 && SIBILANTS.has(a.charCodeAt(at))) return false;
  return TRADED.some((letters) => letters.has(a.charCodeAt(at)) && letters.has(b.charCodeAt(at)));
}

/**
 * True if the `w`th word stands between two capitalised words joined to it, neither a mention nor
 * opening a sentence, after a word in small letters or an article, and the word after it heads a
 * body's or a venue's name (`des Royal Philharmonic Orchestra`, `der Robert Bosh Stiftung`; not in
 * a headline in title case, `Missile Launched From Pyongyng Airport`, nor between German nouns,
 * `der Stadt Awdiiwka Mitte Februar`, `Die Soldaten Bundeswer Einheiten`).
 */
function insideOtherName(text: string, flags: Uint8Array, starts: Int32Array, w: number, count: number): boolean {
  const capital = WordFlag.Joined | WordFlag.Capital;
  if (
    w === 0 ||
    w + 1 >= count ||
    !(flags[w]! & WordFlag.Joined) ||
    (flags[w - 1]! & (WordFlag.Capital | WordFlag.Mention)) !== WordFlag.Capital ||
    (flags[w + 1]! & (capital | WordFlag.Mention)) !== capital ||
    opensSentence(text, starts[w - 1]!)
  )
    return false;
  const before = wordBefore(text, starts[w - 1]!);
  const next = starts[w + 1]!;
  // (A sentence's first article is as small: `The Royal Philharmonic Orchestra played …`.)
  const small = before !== null && (!isUpperCase(text.charCodeAt(before.from)) || (ARTICLES.hasIn(text, before.from, before.to) && opensSentence(text, before.from)));
  return small && NAME_HEADS.hasIn(text, next, wordEnd(text, next));
}
/** Nouns that end a body's or a venue's name of several words (folded). */
const NAME_HEADS = new WordSet(
  'orchestra orchester choir chor quartet quartett ensemble society gesellschaft foundation stiftung institute institut trust fund fonds council college school museum gallery theatre theater opera hall festival award prize preis cup trophy club'.split(' '),
);

/**
 * True when `candidate` looks like a word derived from `alias` rather than a misspelling of it:
 * the alias cut short (`Planet` for `Planet Labs`), the alias (or all of it but its last letter)
 * with another ending (`Ukrainer`, `Nordkoreaner`, `Bundesligist`), or the alias with its ending
 * swapped for another (`Slowenen`, `Tschechen` of `Slowenien`, `Tschechien`; `Bremer` of `Bremen`;
 * `Türken` of `Türkei`; the English `Australian` of `Australien`; `Litauern` of `Litauen`). A doubled last letter
 * (`Altmann` for `Altman`), a doubled one written once (`Rheinmetal`), a letter slipped in before
 * the last (`Bundesnetzagentuur`) or a consonant after the last of a long name that is no person's
 * or place's (`…gesetzt`) is a typo, not a derivation.
 */
export function isDerivedWord(candidate: string, alias: string, name = false): boolean {
  if (alias.startsWith(candidate)) return !singledLast(candidate, alias);
  // A town in -en whose people drop its e (`Dresdner`, `Münchnerin`, `Mattighofner`).
  if (alias.endsWith('en') && candidate.startsWith(alias.slice(0, -2) + 'n') && PEOPLE_ENDINGS.has(candidate.slice(alias.length - 1))) return true;
  const common = commonPrefix(candidate, alias);
  if (candidate.length <= alias.length) {
    // The stem may end before the first difference: `Brem|er`, `Brem|en`. (Not a noun in `-ie` with
    // its `i` lost, which no ending makes: `Wasserrahmenrichtline`.)
    for (let stem = common; stem >= MIN_STEM; stem--) {
      const ending = candidate.slice(stem);
      const aliasEnding = alias.slice(stem);
      if (WORD_ENDINGS.has(ending) && WORD_ENDINGS.has(aliasEnding) && !(ending === 'e' && aliasEnding === 'ie')) return true;
      // (And the English adjective of a country the German way, `Australian` of `Australien`; not
      // a slip in the last vowel, `Erdogen`, `Kasachsten`.)
      if (ending === 'ian' && aliasEnding === 'ien') return true;
    }
    return false;
  }
  // A place's people with an ending of their own where the place has one (`Litauern` of `Litauen`).
  if (name) for (let stem = common; stem >= Math.max(MIN_STEM, alias.length - 2); stem--) if (PEOPLE_ENDINGS.has(candidate.slice(stem)) && WORD_ENDINGS.has(alias.slice(stem))) return true;
  if (common < alias.length - 1) return false;
  // One letter inserted before the last one (`Bundesnetzagentuur`) keeps the alias's ending.
  if (common === alias.length - 1) return !candidate.endsWith(alias.slice(-1));
  const doubled = common === alias.length && candidate.length === alias.length + 1 && candidate.endsWith(alias.slice(-1));
  // So is a consonant slipped in after a long name, which makes no word of it (`des
  // Krankenhausversorgungsverbesserungsgesetztes`); `n`, `r` and `s` do (`Ukrainer`, plurals, genitives).
  // (Also before the `e` of a genitive in `-es`, whose `s` the caller drops.) Not after a person's or
  // a place's `name`, which another spells so: `Hildebrandt` and `Hildebrand`, `Pittsburgh` and `Pittsburg`.
  const slipped = !name && common === alias.length && alias.length >= CONFIRMED_LENGTH && SLIPPED_AFTER.test(candidate.slice(alias.length));
  return !doubled && !slipped;
}
const SLIPPED_AFTER = /^[bcdfghjklmpqtvwxz]e?$/;

/** True if a capitalised German noun of a town or a site stands right before `start` (`Stützpunkt`, `Kreisstadt`; not `Flughafen` or `Landkreis`, before which firms stand too). */
function siteNounBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && word.to === start - 1 && isUpperCase(text.charCodeAt(word.from)) && SITE_NOUNS.test(foldKey(text.slice(word.from, word.to)));
}
const SITE_NOUNS = /(?:stadt|dorf|gemeinde|ortschaft|stutzpunkt|standort|hafen)$/;
/**
 * True if `in`, `im`, `aus` or `vom`, or `aus dem`, `in der` and the like, and a small adjective of a
 * region or a country stand before `start` (`im pfälzischen`, `aus dem pfälzischen`).
 */
function inRegionBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || isUpperCase(text.charCodeAt(word.from))) return false;
  const article = wordBefore(text, word.from);
  if (!wordOfBeforeAnyCase(text, word.from, REGION_PREPOSITIONS) && !(article !== null && DEM_DER.hasIn(text, article.from, article.to) && wordOfBeforeAnyCase(text, article.from, REGION_PREPOSITIONS))) return false;
  const key = germanAdjectiveKey(foldKey(text.slice(word.from, word.to)));
  return key !== undefined && (key.startsWith('r:') || key.startsWith('n:'));
}
const REGION_PREPOSITIONS = new WordSet(['in', 'im', 'aus', 'vom']);
const DEM_DER = new WordSet(['dem', 'der']);

