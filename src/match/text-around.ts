/**
 * The words around a position in a text, read in place: where a word starts and ends, the word
 * before or after a name, whether it opens a sentence or closes a clause. The matcher's rules
 * (`scan.ts` and the modules beside it) are written in these terms; nothing here builds a string
 * per character, and most look-ups compare a word with a `WordSet` without slicing it out.
 */
import { WordSet } from './word-set';
import { COMMA, foldCode, foldKey, isApostrophe, isDash, isDigit, isSharpS, isSoftSeparator, isUpperCase, JOIN, SEP } from './fold';

/** Folded value of the code unit at `i`, or SEP past the end. */
export function foldAt(text: string, i: number): number {
  return i < text.length ? foldCode(text.charCodeAt(i)) : SEP;
}

/** Index after the word that contains `i` (joiners count as part of the word). */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && foldCode(text.charCodeAt(i)) !== SEP) i++;
  return i;
}

/** Where the word that ends at `end` starts (`end` itself when no letter comes before it). */
export function wordStart(text: string, end: number): number {
  let from = end;
  while (from > 0 && foldAt(text, from - 1) > JOIN) from--;
  return from;
}
/** True if `code` is a letter (of a word, not a digit). */
export function isLetter(code: number): boolean {
  const folded = foldCode(code);
  return folded > JOIN && !isDigit(folded);
}

/** True if a hyphen at `i` joins the word before to a word after it (`CNS-Forscher`). */
export function isHyphenJoin(text: string, i: number): boolean {
  return isHyphen(text.charCodeAt(i)) && foldAt(text, i + 1) > JOIN;
}

export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** True if the word that ends one space before `at` is one of `words` (no word is built). */
export function wordBeforeIn(text: string, at: number, words: WordSet): boolean {
  const from = wordStartBefore(text, at);
  return from >= 0 && words.hasIn(text, from, at - 1);
}

/** Where the word of letters that ends one space before `at` starts, or -1. */
export function wordStartBefore(text: string, at: number): number {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return -1;
  const from = wordStart(text, at - 1);
  return from === at - 1 ? -1 : from;
}
/** True if text[start, end) holds no space. */
export function isWord(text: string, start: number, end: number): boolean {
  return !/\s/.test(text.slice(start, end));
}
export const RELATIVE_PREPOSITIONS = new WordSet(['zu', 'von', 'in', 'an', 'auf', 'mit', 'bei', 'aus', 'nach', 'fur', 'uber', 'unter', 'durch', 'gegen']);

/** True if a preposition ends right before `at` (`in der`, `aus dem`, `durch die`). */
export function afterPreposition(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return word !== null && (TOWN_PREPOSITIONS.hasIn(text, word.from, word.to) || RELATIVE_PREPOSITIONS.hasIn(text, word.from, word.to));
}

/**
 * True if a word of `words` stands before `start` (see `wordBefore`), starting with a capital if
 * `capital`, else with a small letter.
 */
export function wordOfBefore(text: string, start: number, words: WordSet, capital: boolean): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) === capital && words.hasIn(text, word.from, word.to);
}

/** True if a word of `words` stands before `start`, in either case (`in Paxton`, `In Paxton`). */
export function wordOfBeforeAnyCase(text: string, start: number, words: WordSet): boolean {
  const word = wordBefore(text, start);
  return word !== null && words.hasIn(text, word.from, word.to);
}
/** True if a capitalised word stands before `start` whose folded letters match `nouns` (a German noun or a compound's end: `Bundeskanzler`, `Die Stadt`). */
export function nounBefore(text: string, start: number, nouns: RegExp): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) && nouns.test(foldKey(text.slice(word.from, word.to)));
}
/**
 * True if the word at `start` opens a clause: the text's start, or after a sentence's end, a colon,
 * a comma, a dash or quotation marks, also with a conjunction or a particle between (`but Levin
 * said`, `Auch Daun sagte`).
 */
export function opensClause(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word !== null && CLAUSE_OPENERS.hasIn(text, word.from, word.to)) start = word.from;
  let at = start - 1;
  while (at >= 0 && isSoftSeparator(text.charCodeAt(at)) && !isHyphen(text.charCodeAt(at))) at--;
  if (at < 0) return true;
  const code = text.charCodeAt(at);
  return CLAUSE_MARKS.has(code) || QUOTES.has(code) || isDash(code);
}
/** Conjunctions and particles between a clause's start and its subject (`but Levin said`, `Auch Daun sagte`), folded. */
const CLAUSE_OPENERS = new WordSet('but and yet so then also doch aber und auch dann'.split(' '));
/**
 * True if the clause ends at `end`: punctuation or the text's end follows, or `und` and a verb (`sagt
 * Daun und zeigt …`), or with `speech`, what says where, when or to whom (`said Levin in a
 * statement`, `sagte Levin am Dienstag`, `sagte Levin der Zeitung`).
 */
export function closesClause(text: string, end: number, speech = false): boolean {
  if (end === text.length || CLAUSE_MARKS.has(text.charCodeAt(end)) || QUOTES.has(text.charCodeAt(end)) || text.charCodeAt(end) === 0x29) return true;
  if (speech && smallWordAfter(text, end, AFTER_SPEAKER)) return true;
  const and = text.startsWith(' und ', end) ? end + 5 : text.startsWith(' and ', end) ? end + 5 : -1;
  return and > 0 && isLetter(text.charCodeAt(and)) && !isUpperCase(text.charCodeAt(and));
}
const CLAUSE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b, COMMA, 0x0a]);
const AFTER_SPEAKER = new WordSet('in on at to after before during am im auf der dem gegenuber bei nach vor wahrend zu zur zum'.split(' '));

/** The sentence around `at`: from the end of the one before to its own end, at most 300 characters either way. */
export function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 300 && !SENTENCE_ENDS.has(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to - at < 300 && !SENTENCE_ENDS.has(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x0a]);

/** True if the word at `start` opens a sentence (or the text), quotation marks aside. */
export function opensSentence(text: string, start: number): boolean {
  let before = start - 1;
  let breaks = 0;
  let dash = false;
  for (; before >= 0; before--) {
    const code = text.charCodeAt(before);
    // A blank line ends a paragraph. (One line break is no sentence's end: a page's text nodes
    // keep the line breaks of its source, `fined\n        Apple for …`.)
    if (code === 0x0a && ++breaks === 2) return true;
    if (code === 0x2013 || code === 0x2014) dash = true;
    if (!isSoftSeparator(code) && !QUOTES.has(code)) break;
  }
  const opener = before < 0 ? 0x2e : text.charCodeAt(before);
  return opener === 0x2e || opener === 0x21 || opener === 0x3f || opener === 0x3a || (dash && datelineEndsAt(text, before));
}

/**
 * True if a dateline ends at `end` (its last character): a paragraph's first words, a place and
 * perhaps an agency, before a dash (`Wien – Kurz nach halb zehn …`, `BERLIN (dpa) — …`).
 */
function datelineEndsAt(text: string, end: number): boolean {
  let from = end;
  while (from > 0 && end - from < 40 && text.charCodeAt(from - 1) !== 0x0a) {
    const code = text.charCodeAt(from - 1);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === COMMA) return false;
    from--;
  }
  return (from === 0 || text.charCodeAt(from - 1) === 0x0a) && isUpperCase(text.charCodeAt(from));
}

/** True if the word `in` stands one space before `start`. */
export function afterIn(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && word.to - word.from === 2 && foldKey(text.slice(word.from, word.to)) === 'in';
}
/** Words before a town's name (English and German). */
export const TOWN_PREPOSITIONS = new WordSet(['in', 'from', 'at', 'near', 'of', 'to', 'outside', 'aus', 'nach', 'bei', 'von']);

/** True if a capitalised word of `words` follows one space after `end`. */
export function isWordAfter(text: string, end: number, words: WordSet): boolean {
  if (end + 1 >= text.length) return false;
  const gap = text.charCodeAt(end);
  const first = text.charCodeAt(end + 1);
  return (gap === 0x20 || gap === 0xa0) && isUpperCase(first) && words.mayStartWith(first) && words.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/** True if one of `words`, in small letters, follows one space after `end` (`Sirsa district`). */
export function smallWordAfter(text: string, end: number, words: WordSet): boolean {
  const gap = text.charCodeAt(end);
  return (gap === 0x20 || gap === 0xa0) && !isUpperCase(text.charCodeAt(end + 1)) && words.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/** The word after one space at `end`, if it starts with a capital; else null. */
export function capitalisedWordAfter(text: string, end: number): { from: number; to: number } | null {
  if (end + 1 >= text.length) return null;
  const gap = text.charCodeAt(end);
  if ((gap !== 0x20 && gap !== 0xa0) || !isUpperCase(text.charCodeAt(end + 1))) return null;
  return { from: end + 1, to: wordEnd(text, end + 1) };
}

/**
 * German determiners that make a word an ordinary noun: indefinite articles and possessives, and
 * `diese`, `jede` with an ending (bare `dies` and `ihr` are pronouns too: `Dies teilte Siemens mit`,
 * `antwortete ihr Apple`; `welche` and `manche` stand before verbs: `Manche verlassen Twitter`).
 */
const ARTICLE_STEMS = ['ein', 'kein', 'mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur'];
export const ENDINGS = ['', 'e', 'en', 'em', 'er', 'es'];
export const INDEFINITE = new WordSet(
  [...ARTICLE_STEMS, 'dies', 'jed'].flatMap((stem) => ENDINGS.map((ending) => stem + ending)).filter((word) => !['dies', 'jed', 'ihr', 'eur'].includes(word)),
);

/** German definite articles, alone. */
export const DEFINITE_ARTICLES_DE = new WordSet(['der', 'die', 'das', 'den', 'dem', 'des']);
/** German definite articles, also joined to a preposition. */
export const DEFINITE_DE = new WordSet(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans']);

/** True if a German definite article, also one joined to a preposition (`im Winter`), stands right before `start` (across quotation marks). */
export function afterDefinite(text: string, start: number): boolean {
  const word = wordBeforeQuotes(text, start);
  return word !== null && DEFINITE_DE.hasIn(text, word.from, word.to);
}
export const PREPOSITIONS_DE = new WordSet('mit aus von vor nach bei zu ohne fur gegen durch unter uber um in an auf trotz wegen seit'.split(' '));
export const OPENING_QUOTES = new Set([0x201e, 0x201c, 0x201a, 0xab, 0xbb, 0x22]);

/** Quotation marks (not the apostrophes `'` and `’`): `„` `“` `”` `‚` `‘` `«` `»` `‹` `›` `"`. */
export const QUOTES = new Set([0x201e, 0x201c, 0x201d, 0x201a, 0x2018, 0xab, 0xbb, 0x2039, 0x203a, 0x22]);

/** The word before `at`, across a space and quotation marks (`einem „klaren Signal“`, `einem „klaren“ Signal`), or null. */
export function wordBeforeQuotes(text: string, at: number): { from: number; to: number } | null {
  let end = at;
  let spaces = 0;
  for (; end > 0; end--) {
    const code = text.charCodeAt(end - 1);
    if (QUOTES.has(code)) continue;
    if (!isSoftSeparator(code) || isHyphen(code) || ++spaces > 1) break;
  }
  if (end === at || end === 0) return null;
  const from = wordStart(text, end);
  return from === end ? null : { from, to: end };
}
/** Words that join two in a list (`Theater und Museen`), also two given names before one surname (`Donald und Melania Trump`). */
export const CONJUNCTIONS = new WordSet(['und', 'oder', 'sowie', 'and', 'or']);
/** True if a word in small letters follows one space after `end`. */
export function smallWordNext(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && isLetter(text.charCodeAt(end + 1)) && !isUpperCase(text.charCodeAt(end + 1));
}

/**
 * The word that ends one or two spaces before `at` (with a final full stop if it is an initial:
 * `F.`), or null.
 */
export function wordBefore(text: string, at: number): { from: number; to: number } | null {
  // The rules on one mention ask for the word before it again and again: the last answer is kept
  // (with the text it was read in, until the next question).
  if (at === lastBefore.at && text === lastBefore.text) return lastBefore.word;
  lastBefore.text = text;
  lastBefore.at = at;
  return (lastBefore.word = findWordBefore(text, at));
}
const lastBefore: { text: string; at: number; word: { from: number; to: number } | null } = { text: '', at: -1, word: null };

function findWordBefore(text: string, at: number): { from: number; to: number } | null {
  let end = at;
  while (end > 0 && at - end < 2 && isSoftSeparator(text.charCodeAt(end - 1)) && !isHyphen(text.charCodeAt(end - 1))) end--;
  if (end === at || end === 0) return null;
  if (text.charCodeAt(end - 1) === 0x2e) {
    // An initial: one capital and its stop.
    const letter = end - 2;
    if (letter >= 0 && isUpperCase(text.charCodeAt(letter)) && (letter === 0 || foldAt(text, letter - 1) <= JOIN)) return { from: letter, to: end };
    return null;
  }
  const from = wordStart(text, end);
  return from === end ? null : { from, to: end };
}
export const ENGLISH_ARTICLE = new WordSet(['the']);

export const WEEKDAYS_EN = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
export const MONTHS_EN = 'january february march april may june july august september october november december'.split(' ');
/** German indefinite articles, alone. */
export const INDEFINITE_ARTICLES_DE = new WordSet(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
export const ENGLISH_ARTICLES = new WordSet(['the', 'a', 'an']);

/** True if the folded letters of text[from, to) are `folded` (no string is built). */
export function spells(text: string, from: number, to: number, folded: string): boolean {
  let k = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSharpS(code)) {
      if (folded.charCodeAt(k) !== 0x73 || folded.charCodeAt(k + 1) !== 0x73) return false;
      k += 2;
      continue;
    }
    const f = foldCode(code);
    if (f === JOIN) continue;
    if (folded.charCodeAt(k) !== f) return false;
    k++;
  }
  return k === folded.length;
}

export const COMPASS_EN = new WordSet(['north', 'south', 'east', 'west']);
export const NOT_NOUNS = new WordSet('before after with without to that which in on for from and or but is was are were has had by at of'.split(' '));

/** True if the text ends, a mark or a small word that no noun is (`NOT_NOUNS`: `with`, `before`) follows `end`. */
export function noNounAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (next !== 0x20) return !isHyphen(next) && !isApostrophe(next) && foldCode(next) === SEP;
  return NOT_NOUNS.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/** True if the word before `start` follows a comma: a relative pronoun (`…, die Khoms Vorschlag`). */
export function afterRelativePronoun(text: string, start: number): boolean {
  let word = wordBeforeQuotes(text, start);
  if (word === null) return false;
  // (Also after a preposition: `Die Firma, bei der Sturm arbeitet`.)
  const preposition = wordBefore(text, word.from);
  if (preposition !== null && PREPOSITIONS_DE.hasIn(text, preposition.from, preposition.to) && !isUpperCase(text.charCodeAt(preposition.from))) word = preposition;
  let before = word.from - 1;
  while (before >= 0 && isSoftSeparator(text.charCodeAt(before))) before--;
  return before >= 0 && text.charCodeAt(before) === 0x2c;
}
export const INDEFINITE_EN = new WordSet(['a', 'an']);

export const NOT_NEUTER = new WordSet(['der', 'den', 'die']);
export const IN = new WordSet(['im', 'in']);
export const AM = new WordSet(['am']);

export const TIME_WORDS = new WordSet(['anfang', 'mitte', 'ende']);
export const APPOSED_ARTICLES = new WordSet(['der', 'die', 'das', 'den', 'dem', 'des', 'the', 'a']);

/** German possessives with their endings (`seine`, `unserem`). */
export const POSSESSIVES_DE = new WordSet(['mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur'].flatMap((stem) => ENDINGS.map((ending) => stem + ending)).filter((word) => word !== 'eur'));
/** Indefinite articles and `jede`, `keine` (not possessives), with their endings. */
export const COUNTING = new WordSet(['ein', 'kein', 'jed'].flatMap((stem) => ENDINGS.map((ending) => stem + ending)).filter((word) => word !== 'jed'));

/** Weekdays and months (English), which follow a name without going on with it. */
export const DATE_WORDS = new WordSet([...WEEKDAYS_EN, ...MONTHS_EN]);

const MONTHS_DE_WORDS = ['januar', 'janner', 'februar', 'feber', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
/** Weekdays and months (German, folded): `für Montag angekündigt`. */
export const DATE_WORDS_DE = new WordSet(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', ...MONTHS_DE_WORDS]);

/** `F.` of `Robert F. Kennedy`: a capital and a full stop (`wordBefore` keeps the stop of none else). */
export function isInitial(text: string, word: { from: number; to: number }): boolean {
  return text.charCodeAt(word.to - 1) === 0x2e;
}

export const MONTHS_DE = new WordSet(MONTHS_DE_WORDS);

/**
 * True if the name at `end` starts a compound of two whose last part is one of `nouns`: a family's
 * (`die Bajaj-Familie`, `der Kennedy-Clan`), a stadium's (`im Wörthersee-Stadion`, `die
 * Veltins-Arena`), a composer's work (`ein Wagner-Zyklus`, `die Jupiter-Sinfonie`).
 */
export function compoundEndsIn(text: string, end: number, nouns: WordSet): boolean {
  if (!isHyphenJoin(text, end)) return false;
  const to = wordEnd(text, end + 1);
  return isUpperCase(text.charCodeAt(end + 1)) && nouns.hasIn(text, end + 1, to) && !isHyphen(text.charCodeAt(to));
}

/** True if ` of ` and a capitalised word follow `end` (`Bishop of Carlisle`). */
export function titleOf(text: string, end: number): boolean {
  return text.startsWith(' of ', end) && isUpperCase(text.charCodeAt(end + 4));
}

const SAYS = new WordSet('said says told tells is was has had will would who wants wanted of'.split(' '));

/** True if a clause ends at `at`, or a verb follows (`Courier-Mail reported`; not `Guardian-Observer investigation`). */
export function endsOrVerbAfter(text: string, at: number): boolean {
  return at >= text.length || (text.charCodeAt(at) !== 0x20 && !isLetter(text.charCodeAt(at))) || verbAfter(text, at);
}

/** True if an English verb in the past or one of `SAYS` follows one space after `end` (`released`, `said`). */
export function verbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || isUpperCase(text.charCodeAt(end + 1))) return false;
  const to = wordEnd(text, end + 1);
  return (to - end > 3 && text.startsWith('ed', to - 2)) || SAYS.hasIn(text, end + 1, to);
}

/** `nicht` (`nicht der einzige Hahnenkamm`, `„Denk nicht an …“`). */
export const NOT_DE = new WordSet(['nicht']);
