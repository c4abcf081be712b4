/**
 * Acronyms and short names among others of the same letters: the gender a German article gives
 * an acronym against its entry's noun (`das BR` beside der Bayerische Rundfunk), a definition in
 * brackets that spells out another name (`des Technischen Hilfswerks (THW)` beside the THW Kiel),
 * a Roman number after a code (`SGB V`), and a club's prefix before another town (`den VfL
 * Wolfsburg`).
 */
import type { MatcherIndex } from './alias-index';
import { capitalisedWordAfter, foldAt, isHyphen, isHyphenJoin, QUOTES, wordBefore, wordEnd, wordStart } from './text-around';
import { capitalInitials, COMMA, foldKey, isDash, isDigit, isUpperCase } from './fold';
import { headGender } from './gender';
import { entryNames, namesBigCity } from './descriptions';
import { FIRST_NAMES } from './first-names';
import { WordSet } from './word-set';
import type { Mention } from './scan';

/**
 * True if the German article right before an acronym is one its entry's noun cannot take (`mit der
 * EWG` beside das Erneuerbare-Wärme-Gesetz, `das BR` beside der Bayerische Rundfunk; see
 * `headGender`). Not where the article may be a following noun's (`das ZDF-Morgenmagazin`, `die
 * SWR Moderatorin`).
 */
export function articleDisagrees(index: MatcherIndex, text: string, start: number, end: number, record: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20 || isHyphen(text.charCodeAt(end)) || isDash(text.charCodeAt(end)) || capitalisedWordAfter(text, end) !== null) return false;
  const alias = index.aliases[record]!;
  alias.gender ??= headGender(entryNames(index, record).names, alias.alias);
  if (alias.gender === '') return false;
  const from = wordStart(text, start - 1);
  // (After a comma, a relative pronoun: `Die Daten, die BND und BSI austauschen`.)
  if (from >= 2 && text.charCodeAt(from - 2) === COMMA) return false;
  const allowed = ARTICLE_GENDERS.get(foldKey(text.slice(from, start - 1)));
  return allowed !== undefined && !allowed.includes(alias.gender);
}
/** The genders (m, f, n) a German article or a preposition joined with one may stand before in the singular. */
const ARTICLE_GENDERS = new Map([
  ['der', 'mf'], ['die', 'f'], ['das', 'n'], ['dem', 'mn'], ['den', 'm'], ['des', 'mn'],
  ['im', 'mn'], ['am', 'mn'], ['vom', 'mn'], ['zum', 'mn'], ['beim', 'mn'], ['zur', 'f'], ['ins', 'n'], ['ans', 'n'],
]);

/** True if the capitalised word after `end` is none that the entry's longer names go on with (see `AliasRecord.longerWords`). */
export function anotherOfTheKind(text: string, end: number, longerWords: ReadonlySet<string>, english: boolean): boolean {
  const next = wordEnd(text, end + 1);
  const word = foldKey(text.slice(end + 1, next));
  // (German writes its nouns with capitals: there a compound's or a town's word, `den VfL Wolfsburg`.)
  return (english || isHyphen(text.charCodeAt(next)) || namesBigCity(word) || TOWN_ENDINGS.test(word)) && !longerWords.has(word);
}
/** Endings of German towns' names, folded (`Wolfsburg`, `Hoffenheim`, `Sandhausen`). */
const TOWN_ENDINGS = /(?:burg|berg|dorf|hausen|heim|stadt|feld|furt|ingen|hagen|brunn|bach)$/;

/**
 * True if text[start, end), in brackets, is an acronym in capitals that the words before it define
 * as another name's: their initials spell its start (`des Technischen Hilfswerks (THW)` beside the
 * handball club THW Kiel, `the rise in National Insurance (NI)` beside Northern Ireland). Not after
 * a mention of its own entry (`der Handball-Bundesliga (HBL)`), after words of the entry's names or
 * descriptions (`the Federal Reserve (FR)` for the `Federal Reserve System`), nor where the entry's
 * names do not tell what its acronym is (see `acronymTold`); a party after a person's name
 * (`Sabine Poschmann (SPD)`) is no definition.
 */
export function definesOtherName(index: MatcherIndex, text: string, start: number, end: number, record: number, mentions: readonly Mention[]): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let i = start; i < end; i++) if (!isUpperCase(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i))) return false;
  const entry = index.entryOf[record]!;
  const last = mentions.at(-1);
  if (last && last.entry === entry && last.end >= start - 2) return false;
  // The capitalised words before the bracket, last first (small words between them skipped).
  const words: { from: number; to: number }[] = [];
  let at = start - 1;
  for (let read = 0; read < 8 && words.length < end - start; read++) {
    const word = wordBefore(text, at);
    if (word === null) break;
    if (isUpperCase(text.charCodeAt(word.from))) words.push(word);
    else if (!DEFINITION_LINKS.hasIn(text, word.from, word.to)) break;
    at = word.from;
  }
  // Two words or more whose initials start the acronym, none a word of the entry's names.
  for (let n = words.length; n >= 2; n--) {
    let spells = true;
    for (let k = 0; k < n && spells; k++) spells = foldAt(text, words[n - 1 - k]!.from) === foldAt(text, start + k);
    if (!spells) continue;
    // A person's name and their party (`Sabine Poschmann (SPD)`) defines nothing.
    const first = words[n - 1]!;
    if (FIRST_NAMES.hasIn(text, first.from, first.to)) return false;
    // Only where the entry's names tell its acronym is something else: a part of its name (`THW
    // Kiel`) or another phrase's initials (`Northern Ireland`). Where they do not, the text may spell
    // out the entry itself (`Christlich Demokratische Union (CDU)` for a `CDU`, `Deutscher Wetterdienst
    // (DWD)` for the `German Weather Service`).
    const known = entryNames(index, record);
    if (!acronymTold(known.names, text.slice(start, end))) return false;
    const stems = known.stems;
    for (let k = 0; k < n; k++) {
      const word = words[k]!;
      if (word.to - word.from >= 4 && stems.has(foldKey(text.slice(word.from, word.from + 4)))) return false;
    }
    return true;
  }
  return false;
}
/**
 * True if a bracket after the word of the acronym at text[start, end) spells it out as none of the
 * entry's names (`KYC-Prüfungen („know your customer“)` beside the Kieler Yacht-Club): words in small
 * letters, each word's initial in turn, none a word of the entry's names or descriptions (see
 * `definesOtherName`).
 */
export function expandedAsOther(index: MatcherIndex, text: string, start: number, end: number, record: number): boolean {
  let at = end;
  while (isHyphenJoin(text, at)) at = wordEnd(text, at + 1);
  if (!text.startsWith(' (', at)) return false;
  at += 2;
  while (QUOTES.has(text.charCodeAt(at))) at++;
  const close = text.indexOf(')', at);
  if (close < 0 || close - at > 80) return false;
  const words = text.slice(at, close).split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  // (A phrase in small letters, no name: `BMW (Bayerische Motoren Werke)`, `the RAF (Red Army Faction)` may be the entry's.)
  if (words.some((word) => isUpperCase(word.charCodeAt(0)))) return false;
  const acronym = text.slice(start, end);
  if (words.length !== acronym.length || words.some((word, k) => foldKey(word[0]!) !== foldKey(acronym[k]!))) return false;
  const known = entryNames(index, record);
  if (!acronymTold(known.names, acronym)) return false;
  return !words.some((word) => word.length >= 4 && known.stems.has(foldKey(word.slice(0, 4))));
}

/** Small words inside a name that an acronym leaves out (`Bundesamt für Sicherheit in der Informationstechnik (BSI)`). */
const DEFINITION_LINKS = new WordSet(['fur', 'der', 'des', 'die', 'und', 'in', 'im', 'von', 'zur', 'zum', 'of', 'for', 'the', 'and', 'on', 'de', 'du', 'la', 'et']);

/** True if one of `names` holds `acronym` as a word beside others (`THW Kiel`), or spells it by its capitalised words' initials (`Northern Ireland`). */
function acronymTold(names: readonly string[], acronym: string): boolean {
  for (const name of names) {
    const words = name.split(/[\s\u00a0\u2010-\u2015-]+/u).filter((word) => word.length > 0);
    if (words.length < 2) continue;
    if (words.includes(acronym)) return true;
    if (capitalInitials(name) === acronym) return true;
  }
  return false;
}

/**
 * True if a Roman number of two to eighteen follows `end` after a space (`SGB V`, `SGB X`; not
 * a word that starts with its letters: `NPD V-Leute`).
 */
export function romanNumberAfter(text: string, end: number): boolean {
  const first = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 0x20 || (first !== 0x49 && first !== 0x56 && first !== 0x58)) return false;
  const to = wordEnd(text, end + 1);
  return to > end + 1 && !isHyphen(text.charCodeAt(to)) && ROMAN_NUMBER.test(text.slice(end + 1, to));
}
const ROMAN_NUMBER = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{1,3})$/;
