/**
 * Whether the text spells a name as its entry allows: in the case its rules ask for (an acronym's
 * capitals, a case-sensitive alias's letters, a name's initial), with its umlauts where a plain
 * vowel makes another word (`den Schutz` is no `Schütz`), with a genitive apostrophe that is the
 * name's (`Merz’`, `Hoeneß’`) and not a closing quotation mark (`‘Give it to Kudus’`), and outside
 * web and e-mail addresses (`www.heise.de`).
 */
import { foldCode, isApostrophe, isDash, isDigit, isSharpS, isSoftSeparator, isUpperCase, JOIN, SEP } from './fold';
import { COMPASS_EN, foldAt, INDEFINITE_EN, wordOfBeforeAnyCase } from './text-around';
import { AliasFlag, type AliasRecord, HotBit, type MatcherIndex } from './alias-index';
import { WordSet } from './word-set';

/**
 * `Kim Jong Un’s`, `WHO’s`: an apostrophe and a final `s` belong to the mention; so does the bare
 * genitive apostrophe after a name ending in s, ß, x or z (`Merz’`, `Siemens’`, `Hoeneß’`) — unless
 * it closes a quotation the `‘` before it opened (`‘Give it to Kudus’`).
 */
export function withGenitiveApostrophe(text: string, end: number): number {
  if (end >= text.length || !isApostrophe(text.charCodeAt(end))) return end;
  if (foldAt(text, end + 1) === 0x73 && foldAt(text, end + 2) === SEP) return end + 2;
  const last = foldAt(text, end - 1);
  if ((last === 0x73 || last === 0x78 || last === 0x7a || isSharpS(text.charCodeAt(end - 1))) && foldAt(text, end + 1) === SEP && !closesQuote(text, end))
    return end + 1;
  return end;
}

/** What a name's signs and digits ask of its spelling in the text (`AliasRecord.code`). */
const enum CodeShape {
  /** Digits and signs alone (`1&1`): written so, signs and all (not `11`, `1:1`, `1-1`). */
  Digits = 1,
  /** Digits joined to the letters after them (`3M`, `5G`, `99designs`): not broken there (`3 M`). */
  DigitsJoined = 2,
  /** An acronym with `&` or `/` between its letters (`H&M`, `S&P`, `AC/DC`): with the sign (not `HM`, `SP`, `AC DC`). */
  InnerSign = 4,
}
const DIGITS_AND_SIGNS = /^[\d\s]*\d[^\p{L}\s]+\d[^\p{L}]*$/u;
const DIGITS_JOINED = /^\d+\p{L}/u;
const INNER_SIGN = /[\p{Lu}\d][&/][\p{Lu}\d]/u;
const CAPITAL = /\p{Lu}/u;
const CURRENCY = new Set([0x24, 0x20ac, 0xa3, 0xa5]);

/**
 * True unless the text breaks or joins a code-like name where the name does not (`CodeShape`: `1:1`
 * is no `1&1`, `3 M` no `3M`, `HM` no `H&M`), writes a digit-first name as an amount (`$3M`), or goes
 * on from a number that ends the name with a decimal (`Artikel 5,5`, `Windows 11.1`).
 */
export function codeKept(text: string, start: number, aliasEnd: number, alias: AliasRecord): boolean {
  const first = text.charCodeAt(start);
  if (isDigit(text.charCodeAt(aliasEnd - 1)) && (text.charCodeAt(aliasEnd) === 0x2e || text.charCodeAt(aliasEnd) === 0x2c) && isDigit(text.charCodeAt(aliasEnd + 1))) return false;
  // (Only a digit or two capitals start a code.)
  if (!isDigit(first) && !(isUpperCase(first) && isUpperCase(text.charCodeAt(start + 1)))) return true;
  const code = (alias.code ??= (DIGITS_AND_SIGNS.test(alias.alias) ? CodeShape.Digits : 0) | (DIGITS_JOINED.test(alias.alias) ? CodeShape.DigitsJoined : 0) | (INNER_SIGN.test(alias.alias) && CAPITAL.test(alias.alias) ? CodeShape.InnerSign : 0));
  if (isDigit(first) && start > 0 && CURRENCY.has(text.charCodeAt(start - 1))) return false;
  if (code === 0) return true;
  const written = text.slice(start, aliasEnd);
  if (code & CodeShape.Digits && asCode(written) !== asCode(alias.alias)) return false;
  if (code & CodeShape.DigitsJoined) {
    let at = start;
    while (isDigit(text.charCodeAt(at))) at++;
    if (foldCode(text.charCodeAt(at)) <= JOIN) return false;
  }
  return !(code & CodeShape.InnerSign) || INNER_SIGN_WRITTEN.test(written);
}
const INNER_SIGN_WRITTEN = /[&/]/;
/** A code's signs as written, spaces aside, with a slash and a dash as one (`9/11`, `9-11`; `24/7`, `24-7`). */
function asCode(written: string): string {
  return written.replace(/\s/gu, '').replace(/[\u2010-\u2015\u2212-]/gu, '/');
}

/** How far back `closesQuote` looks for the opening `‘`. */
const MAX_QUOTE = 400;

/**
 * True if the `’` at `at` closes a quotation: an opening `‘` comes before it, and no closing `’`
 * between; so for a straight `'` (`He said 'Max' twice`).
 */
function closesQuote(text: string, at: number): boolean {
  const closing = text.charCodeAt(at);
  const opening = closing === 0x2019 ? 0x2018 : closing === 0x27 ? 0x27 : -1;
  if (opening < 0) return false;
  for (let i = at - 1; i >= 0 && at - i <= MAX_QUOTE; i--) {
    const code = text.charCodeAt(i);
    // An opening `‘` stands before a word (English); after one it closes a German `‚…‘`.
    // (A straight one before a letter: `'90s` elides.)
    if (code === opening && (i === 0 || foldAt(text, i - 1) === SEP) && foldAt(text, i + 1) > JOIN && (opening !== 0x27 || !isDigit(text.charCodeAt(i + 1)))) return true;
    if (code === 0x2018) return false;
    // A `’` before it closed a quotation already, or is an apostrophe inside the quote (`it’s`):
    // only a `’` followed by a space or punctuation closes one.
    if (code === closing && foldAt(text, i + 1) === SEP) return false;
  }
  return false;
}

/**
 * True if text[start, end) is part of a web address, host name or e-mail address rather than
 * prose: an e-mail's domain after `@` (`leser@heise.de`), after a `/` in a path (see `slashInPath`),
 * after a dot that follows a letter (`www.heise.de`), or before a dot and a lower-case letter
 * (`download-firefox.org`, `BrendanEich.com`), a query's value after `=` or a name before an escaped
 * character (`%3B`). A sentence's full stop is followed by a space or a capital, never by a
 * lower-case letter. A handle that is the name alone is the name's account, as a hashtag is its
 * topic (`Thanks @easyJet`, `#BASF`); one that goes on is another's (`@easyJet_UK`, `@Merz_Fan`).
 */
export function inAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 0x40 && (!opensHandle(text, start - 1) || text.charCodeAt(end) === UNDERSCORE)) return true;
  if (before === 0x2f && slashInPath(text, start - 1)) return true;
  // A query's value (`?kw=1Password`, `&cg4=1password-fuer-mac`), an escaped character after it (`1password%3B`).
  if (before === 0x3d || (text.charCodeAt(end) === 0x25 && isHexDigit(text.charCodeAt(end + 1)) && isHexDigit(text.charCodeAt(end + 2)))) return true;
  if (before === 0x2e && start > 1 && foldAt(text, start - 2) > JOIN) return true;
  if (end + 1 < text.length && text.charCodeAt(end) === 0x2e) {
    const next = text.charCodeAt(end + 1);
    return next >= 0x61 && next <= 0x7a;
  }
  return false;
}

const UNDERSCORE = 0x5f;

/**
 * True if the `@` at `at` opens a handle: it starts the text or follows a space, a bracket or a
 * quotation mark (invisible marks aside) — not an address's letter, slash or sign (`leser@heise.de`,
 * `youtube.com/@ZDF`, `presse\u00AD@heise.de`).
 */
function opensHandle(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && foldAt(text, i) === JOIN) i--;
  return i < 0 || HANDLE_OPENERS.test(text[i]!);
}
const HANDLE_OPENERS = /[\s(\[{"'“”„‚‘«»‹›]/u;

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** How far back `slashInPath` looks for the start of an address. */
const MAX_PATH_LOOKBEHIND = 256;
/** Characters of addresses besides letters and digits: `/ . : - _ ~ % ? = & # +`. */
const PATH_PUNCTUATION = new Set([0x2f, 0x2e, 0x3a, 0x2d, 0x5f, 0x7e, 0x25, 0x3f, 0x3d, 0x26, 0x23, 0x2b]);

/**
 * True if the `/` at `slash` is part of a path or address (`/wiki/Firefox`, `heise.de/news/…`,
 * `https://…`): the token it ends starts with `/` or holds a dot or a colon. Between words it is
 * prose: `CDU/CSU`, `SPÖ/ÖVP/FPÖ`, `ÖVP/FPÖ-Koalition`, `und/oder`.
 */
function slashInPath(text: string, slash: number): boolean {
  const stop = Math.max(0, slash - MAX_PATH_LOOKBEHIND);
  let i = slash;
  while (i > stop) {
    const code = text.charCodeAt(i - 1);
    if (code === 0x2e || code === 0x3a) return true;
    if (foldCode(code) <= JOIN && !PATH_PUNCTUATION.has(code)) break;
    i--;
  }
  // The token's first character (a token longer than the look-behind is taken for an address).
  return i === stop && stop > 0 ? true : text.charCodeAt(i) === 0x2f;
}

/** Case-sensitive aliases: the mention's letters must be the alias's letters, in its case. */
function sameLetters(text: string, start: number, end: number, letters: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === SEP || folded === JOIN) continue;
    if (k >= letters.length || letters.charCodeAt(k) !== code) return false;
    k++;
  }
  return k === letters.length;
}

/**
 * Whether the letters of text[start, end) at the positions a mask marks (`AliasRecord.capitals`,
 * `.initials`) are kept: with `needCapital`, some marked letter is a capital (an initial); else
 * none is a small letter (acronyms; digits count as capitals). The span spells one of the alias's
 * keys letter for letter (`ß` is two), so the masks of its length line up with it; spellings of
 * one length may mark other letters (`Jungen CDU Köln`, `Junge CDU Koeln`), and one passing is
 * enough. True when no mask has the span's length.
 */
function marksKept(text: string, start: number, end: number, masks: Uint8Array[], needCapital: boolean): boolean {
  let k = 0;
  let capital = 0;
  let small = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === SEP || folded === JOIN) continue;
    const width = isSharpS(code) ? 2 : 1;
    const isCapital = width === 1 && (isUpperCase(code) || isDigit(code));
    for (let m = 0; m < masks.length; m++) {
      if (masks[m]![k] !== 1 && (width === 1 || masks[m]![k + 1] !== 1)) continue;
      if (isCapital) capital |= 1 << m;
      else small |= 1 << m;
    }
    k += width;
  }
  let lined = false;
  for (let m = 0; m < masks.length; m++) {
    if (masks[m]!.length !== k) continue;
    lined = true;
    if (needCapital ? capital & (1 << m) : !(small & (1 << m))) return true;
  }
  return !lined;
}

/**
 * False if text[start, end), spelling the alias letter for letter, has a plain `a`, `o` or `u`
 * where the alias has its umlaut (`AliasRecord.umlauts`); true otherwise, also where it spells
 * another of the alias's keys (`Schuetz`).
 */
export function umlautsKept(text: string, start: number, end: number, mask: Uint8Array): boolean {
  let k = 0;
  let plain = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === SEP || folded === JOIN) continue;
    if (mask[k] === 1 && PLAIN_VOWELS.has(code) && text.charCodeAt(i + 1) !== 0x308) plain = true;
    k += isSharpS(code) ? 2 : 1;
  }
  return !plain || k !== mask.length;
}
const PLAIN_VOWELS = new Set([0x61, 0x6f, 0x75, 0x41, 0x4f, 0x55]);

/** True if the letters of text[start, end) are capitals (or digits) where the alias has its acronyms. */
function capitalsKept(text: string, start: number, end: number, masks: Uint8Array[]): boolean {
  return marksKept(text, start, end, masks, false);
}

/** True if the letter of text[start, end) where the alias has its initial is a capital. */
export function initialKept(text: string, start: number, end: number, masks: Uint8Array[]): boolean {
  // Most names start with their initial, and most mentions with a capital: one look.
  if (masks[0]![0] === 1 && isUpperCase(text.charCodeAt(start))) return true;
  return marksKept(text, start, end, masks, true);
}

/**
 * True if the last word of a name of several (`HotBit.CapitalLastWord`: not one all in capitals,
 * `AL QAIDA`, which says nothing by its case) is written small where the glossary capitalises it:
 * in German, which writes every noun with a capital, `Deutsche wohnen im Schnitt …` is no mention
 * of Deutsche Wohnen. English writes a name's generic part small at times (`the Bardo museum`,
 * `the Gaza strip`, `the Oslo accords`), but not a material's or a resource's name, which is then
 * the thing (`Demand for British steel`, `Thames water quality`, `the worst Alberta wildfire
 * season`), nor a word for a person after `a` or `an` (`a Canadian national who moved to Dubai`
 * beside Canadian National; not `a Labour party that …`, `A Metropolitan police officer`), nor a
 * place's people (`Kilkenny people`). The first word's capital is `initialKept`'s; a name
 * joined by a hyphen keeps its word's capital (`Kim Jong-un`).
 */
function lastWordLowered(text: string, start: number, end: number, english: boolean): boolean {
  let i = end - 1;
  // (Back to a space of any kind, a line's break too: a headline breaks `Spitz an der⏎Donau`; not a hyphen.)
  while (i > start && !isBlank(text.charCodeAt(i))) i--;
  const initial = text.charCodeAt(i + 1);
  // (Nor a direction: `Wind west of the island` beside the project Wind West.)
  return (
    i > start &&
    foldCode(initial) > JOIN &&
    !isUpperCase(initial) &&
    !isDigit(initial) &&
    (!english ||
      MATERIAL_PARTS.hasIn(text, i + 1, end) ||
      (COMPASS_EN.hasIn(text, i + 1, end) && text.startsWith(' of ', end)) ||
      (PEOPLE_NOUNS.hasIn(text, i + 1, end) && wordOfBeforeAnyCase(text, start, INDEFINITE_EN)) ||
      TRADES.hasIn(text, i + 1, end) ||
      PEOPLE_OF.hasIn(text, i + 1, end))
  );
}
/** True for a space, a no-break or thin space, a tab or a line's break (the soft separators that are no dash). */
function isBlank(code: number): boolean {
  // (Most codes here are a name's letters: one comparison for them.)
  if (code > 0x20 && code < 0xa0) return false;
  return isSoftSeparator(code) && !isDash(code);
}
/** English words for the people of a place, small after its name (`For Kilkenny people, …` beside the paper Kilkenny People). */
const PEOPLE_OF = new WordSet(['people', 'folk']);
/** English plurals of a trade that end firms' names (`Irish Distillers`): small, the trade (`Smaller Irish distillers`). */
const TRADES = new WordSet(['distillers', 'brewers', 'bakers', 'growers', 'farmers', 'fishermen', 'miners', 'builders', 'dairies', 'distilleries', 'breweries']);
/** English nouns of a person that end names too (`Canadian National`). */
const PEOPLE_NOUNS = new WordSet(['national', 'nationals', 'citizen', 'citizens', 'native', 'natives', 'resident', 'residents']);

/**
 * Words of materials and resources that end names (`British Steel`, `Thames Water`, `Gold Fields`),
 * a country's heritage, a car's tyres and a slogan's `first` (`English Heritage`, `Canadian Tire`,
 * `New Zealand First`): as often an ordinary phrase in small letters, folded.
 */
const MATERIAL_PARTS = new WordSet(
  'steel iron coal gas oil petroleum water power gold silver copper diamond diamonds fields wildfire wildfires timber sugar salt heritage tire tires tyre tyres first'.split(' '),
);

/**
 * True if text[start, end) keeps the capitals alias `record` needs (its acronyms', its case-sensitive
 * letters, its last word's: see `lastWordLowered`, which English, where `bareGenitive` is false,
 * keeps less strictly). Asked of every complete alias, so that a shorter one may still match where a
 * longer one fails (`the worst Alberta wildfire season` is Alberta's).
 */
export function sameCaseOk(index: MatcherIndex, text: string, start: number, end: number, record: number, bareGenitive: boolean): boolean {
  const flags = index.hot[record]!;
  if (flags & HotBit.CapitalLastWord && lastWordLowered(text, start, end, !bareGenitive)) return false;
  if ((flags & (AliasFlag.CaseSensitive | HotBit.NoCapitals)) === HotBit.NoCapitals) return true;
  const alias = index.aliases[record]!;
  if (alias.flags & AliasFlag.CaseSensitive) return alias.letters.some((letters) => sameLetters(text, start, end, letters));
  return alias.capitals === null || capitalsKept(text, start, end, alias.capitals);
}
