/**
 * Character folding: one table lookup per UTF-16 code unit tells whether the unit is part of a
 * word (and what it folds to), is ignorable inside a word, or separates words.
 *
 * Folding drops case and diacritics (`Ü`→`u`, `ŭ`→`u`, `ø`→`o`, `ł`→`l`), so `Hamhüng`, `Hamhŭng`
 * and `Hamhung` share one key; `ß` becomes `ss`. Soft hyphens, zero-width characters and combining
 * marks are ignored inside words. Every other character separates words; a subset of those (spaces
 * of every width and every dash) may sit inside a multi-word name (`Kim Jong-un`, `Hwasong 11A`).
 *
 * The table is filled lazily: the first look-up of a code unit computes its class (ASCII by
 * arithmetic, the rest with Unicode regexes); later ones cost one typed-array read. The matcher's
 * hot loops read the table directly and need Latin filled first: `fillLatin` does that, once. A
 * content script classifies a page's few dozen letters lazily instead, so the regexes are never
 * compiled on an English page, and no frame of a page computes 600 classes it will not read.
 */

/** Separates words. */
export const SEP = 0;
/** Ignorable inside a word (soft hyphen, zero-width, combining marks). */
export const JOIN = 1;
// Values ≥ 2 are folded code units of word characters.

const UNKNOWN = -1;
/**
 * Folded value per code unit, or -1 where not yet computed. Hot loops read it directly
 * (`let f = FOLD[c]; if (f < 0) f = foldCode(c);`) to save a call per character.
 */
export const FOLD = new Int32Array(65536).fill(UNKNOWN);
const table = FOLD;

/**
 * Per code unit: 1 if it belongs to a word (a word character or a joiner), 0 if it separates
 * words, 2 where not yet computed, `OWN_WORD` for a letter of a script written without spaces. The
 * scanner's first pass reads only this table, with no branch per character but for those two
 * (see `scan.ts`).
 */
export const WORD = new Uint8Array(65536).fill(2);
/**
 * `WORD` of a letter that is a word of its own: Chinese, Japanese, Thai, Lao, Khmer and Burmese are
 * written without spaces between words, so a name may start and end at any of their letters, and a
 * Latin name beside them stands apart (`Apple公司`, `据CNN报道`, `PlayStation VRの`). With no word
 * division, a name in them is found inside a longer word too (`印度` in `印度尼西亚`) unless the
 * glossary names that one. (Korean puts spaces between phrases: see `isHangul`.)
 */
export const OWN_WORD = 3;

/**
 * True if `code` is a Hangul syllable or letter. Korean writes spaces between phrases, whose
 * particles join the name before them (`오바마는`, `Apple은`): a name ends before one, and starts
 * only where a phrase does.
 */
export function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
}

/** True if `code` is Hiragana or Katakana, whose voicing marks tell letters apart (`バ`, `パ`, `ハ`). */
function isKana(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** True if `code` is a letter of a script written without spaces (see `OWN_WORD`). */
function inOwnWordScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x3005 && code <= 0x3007) || // 々 〆 〇
    (code >= 0x3040 && code <= 0x312f) || // Hiragana, Katakana, Bopomofo
    (code >= 0x31a0 && code <= 0x31ff) || // Bopomofo extended, Katakana extensions
    (code >= 0x3400 && code <= 0x4dbf) || // CJK Extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff66 && code <= 0xff9f) // halfwidth Katakana
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

function classify(code: number): number {
  if (code < 0x80) return asciiClass(code);
  if (code >= 0xd800 && code <= 0xdfff) return SEP; // astral symbols (emoji) separate words
  if (isInvisibleJoiner(code)) return JOIN;
  const ch = String.fromCharCode(code);
  if (MARK.test(ch)) return JOIN;
  if (!LETTER_OR_DIGIT.test(ch)) return SEP;
  if (isKana(code)) return code;
  // Strip diacritics only where the decomposition is one letter plus marks (not Hangul syllables,
  // which decompose into several letters).
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  const lower = ch.toLowerCase();
  const folded = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
  return STROKED[folded] ?? (folded < 2 ? code : folded);
}

/** `classify` of an ASCII code: letters in small letters, digits as they are, the rest separates. */
function asciiClass(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code | 0x20;
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : SEP;
}

/**
 * Letters whose diacritic is part of the letter, so that Unicode does not decompose them: `ø`,
 * `ł`, `đ`, `ħ`, `ŧ`, dotless `ı` (`Ødegaard`, `Wałęsa`, `Đoković` are written `Odegaard`,
 * `Walesa`, `Djokovic` too; the matcher reads `Đ` as `d`).
 */
const STROKED: Record<number, number> = { 0xf8: 0x6f, 0x142: 0x6c, 0x111: 0x64, 0x127: 0x68, 0x167: 0x74, 0x131: 0x69, 0x180: 0x62, 0x1b6: 0x7a };

/** The folded code of `code`, or SEP / JOIN. `ß` and `ẞ` fold to `s` here; see `isSharpS`. */
export function foldCode(code: number): number {
  let value = table[code]!;
  if (value === UNKNOWN) {
    value = classify(code);
    table[code] = value;
    WORD[code] = value === SEP ? 0 : value !== JOIN && inOwnWordScript(code) ? OWN_WORD : 1;
  }
  return value;
}

/** `WORD[code]`, computed if needed: 0, 1 or `OWN_WORD`. */
export function wordClass(code: number): number {
  foldCode(code);
  return WORD[code]!;
}

let latinFilled = false;

/**
 * Computes Latin, Latin-1 and Latin Extended up front (once), for code that reads `FOLD` without
 * `foldCode`'s check; everything else is computed on first sight.
 */
export function fillLatin(): void {
  if (latinFilled) return;
  latinFilled = true;
  for (let code = 0; code < 0x250; code++) foldCode(code);
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** `ß` and `ẞ` stand for two folded characters, `ss`. */
export function isSharpS(code: number): boolean {
  return code === 0xdf || code === 0x1e9e;
}

/** Separators that may sit between the words of one name: spaces of any width and dashes. */
export function isSoftSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x2d ||
    (code >= 0x2000 && code <= 0x200a) || // en quad … hair space (incl. thin space)
    (code >= 0x2010 && code <= 0x2015) || // hyphen, non-breaking hyphen, figure dash, en/em dash
    code === 0x202f ||
    code === 0x2212 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d
  );
}

/** Dashes among the soft separators: `-`, U+2010 … U+2015, the minus sign. */
export function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** Apostrophes that may precede a genitive `s` (`Kim Jong Un’s`). */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x60 || code === 0xb4;
}

/**
 * The signs a name may end with, after a letter or a digit (`C++`, `F#`, `Disney+`, `Apple TV+`,
 * and after a name of one word a question mark: the consumer group `Which?`): they fold away like
 * all signs, but the matcher finds such a name only where the text writes them
 * (`AliasFlag.FinalSign`), so they tell it apart from its letters alone. (Papers drop the question
 * mark of a longer title, `Wer wird Millionär`: there it is no sign of the name.)
 */
export const FINAL_SIGNS = /(?<=[\p{L}\p{N}])[+#]+$|(?<=^[\p{L}\p{N}]+)\?$/u;

/**
 * True if the name ends in signs (`FINAL_SIGNS`). (The regular expression runs only where the last
 * character is one of them: it reads the whole name, and the index asks for every alias.)
 */
export function endsInSigns(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return (last === 0x2b || last === 0x23 || last === 0x3f) && FINAL_SIGNS.test(name);
}

/** The signs a name ends with (`FINAL_SIGNS`: `++` of `C++`), or ''. */
export function finalSigns(name: string): string {
  return FINAL_SIGNS.exec(name)?.[0] ?? '';
}

/** Punctuation inside names: apostrophes, `.`, `&`, `+`, `/`, `:`, `!`, `*`, `·` (`O’Brien`, `U.S.`, `AT&T`, `AC/DC`, `CS:GO`, `Mission: Impossible`, `Yahoo! Japan`, `E*Trade`). */
export function isNamePunctuation(code: number): boolean {
  return isApostrophe(code) || code === 0x2e || code === 0x26 || code === 0x2b || code === 0x2f || code === 0x3a || code === 0x21 || code === 0x2a || code === 0xb7;
}

export const COMMA = 0x2c;

/** Round brackets, which some names hold (`Frankfurt (Oder)`). */
export function isBracket(code: number): boolean {
  return code === 0x28 || code === 0x29;
}

/** Soft hyphen and the zero-width characters: invisible, and ignored inside words. */
function isInvisibleJoiner(code: number): boolean {
  return code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Combining marks only (not soft hyphens or zero-width characters). */
export function isCombiningMark(code: number): boolean {
  return foldCode(code) === JOIN && !isInvisibleJoiner(code);
}

/**
 * The folded key of a name: word characters only, folded, in order. `Kim Jong-un` → `kimjongun`,
 * `Straße` → `strasse`. Two names with the same key are spellings of one another for the matcher.
 */
export function foldKey(text: string): string {
  // Most names and words are ASCII letters and digits, which fold to their small letters: one
  // native call, not a string per letter.
  let ascii = 0;
  while (ascii < text.length && isAsciiLetterOrDigit(text.charCodeAt(ascii))) ascii++;
  if (ascii === text.length) return text.toLowerCase();
  let out = text.slice(0, ascii).toLowerCase();
  for (let i = ascii; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSharpS(code)) {
      out += 'ss';
      continue;
    }
    const folded = foldCode(code);
    if (folded > JOIN) out += String.fromCharCode(folded);
  }
  return out;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** German transliteration of umlauts (`ö`→`oe`), the second spelling of names like `Pjöngjang`. */
export function transliterateUmlauts(text: string): string {
  return UMLAUT.test(text) ? text.replace(UMLAUTS, (ch) => SPELLED[ch]!) : text;
}
const UMLAUT = /[äöüÄÖÜ]/;
const UMLAUTS = /[äöüÄÖÜ]/g;

/** True if `text` holds `ä`, `ö` or `ü`, small or capital. */
export function hasUmlaut(text: string): boolean {
  return UMLAUT.test(text);
}
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** True if `ch` is `ä`, `ö` or `ü`, small or capital. */
export function isUmlaut(ch: string): boolean {
  return Object.hasOwn(SPELLED, ch);
}

export interface FoldedText {
  /** Folded word characters; each run of separators becomes one space. */
  text: string;
  /** For each code unit of `text`, the index in the original string it came from. */
  origin: Int32Array;
}

/**
 * Folds a whole text, keeping an offset map back to the original. Used where a folded copy is
 * needed (fuzzy candidates, suggestions); the exact scanner reads the original directly.
 */
export function foldWithOffsets(text: string): FoldedText {
  const chars: number[] = [];
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === JOIN) continue;
    if (folded === SEP) {
      if (!lastWasSpace) {
        chars.push(0x20);
        origin.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    lastWasSpace = false;
    if (isSharpS(code)) {
      chars.push(0x73, 0x73);
      origin.push(i, i);
    } else {
      chars.push(folded);
      origin.push(i);
    }
  }
  if (chars.length > 0 && chars[chars.length - 1] === 0x20) {
    chars.pop();
    origin.pop();
  }
  let out = '';
  for (let i = 0; i < chars.length; i += 4096) out += String.fromCharCode(...chars.slice(i, i + 4096));
  return { text: out, origin: Int32Array.from(origin) };
}

// (Marked pure, so that a bundle that never asks drops the table: the content script, in every frame.)
const upper = /* @__PURE__ */ unknownCases();

function unknownCases(): Int8Array {
  return new Int8Array(65536).fill(-1);
}

/** True for upper-case letters (`K`, `Ö`, `Д`). */
export function isUpperCase(code: number): boolean {
  let value = upper[code]!;
  if (value < 0) {
    const ch = String.fromCharCode(code);
    value = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 0;
    upper[code] = value;
  }
  return value === 1;
}

/** The first letters of a name's capitalised words and hyphenated parts (`Bundesamt für Sicherheit in der Informationstechnik`: BSI). */
export function capitalInitials(name: string): string {
  let initials = '';
  for (const word of name.split(/[\s\u2010-\u2015-]+/u)) if (word.length > 0 && isUpperCase(word.charCodeAt(0))) initials += word[0];
  return initials;
}
