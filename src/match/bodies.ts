/**
 * Institutions' names that go on past the glossary's name: a body's noun after it (` Health
 * Agency`, `Logistics University`), `of` and another word (`the University of Auckland`, `the
 * Bishop of Carlisle`), `für` and a noun (`das Institut für Kinder`), another year (`KSV 1919`),
 * or a party's acronym before an office (`SVP-Kantonsrat`).
 */
import { type AliasRecord, HAS_SMALL_LETTER, type MatcherIndex } from './alias-index';
import { foldKey, isApostrophe, isDigit, isUpperCase } from './fold';
import { capitalisedWordAfter, closesClause, DATE_WORDS, DATE_WORDS_DE, DEFINITE_DE, isHyphen, isWordAfter, POSSESSIVES_DE, smallWordAfter, wordBefore, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from './text-around';
import { entryNames } from './descriptions';
import { WordSet } from './word-set';
import { PLACE_GIVEN_NAMES } from './person-names';

/** True if a year follows `end` (`KSV 1919`) and the entry's names hold another year (`Kreditschutzverband von 1870`). */
export function otherYearAfter(index: MatcherIndex, text: string, end: number, record: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isDigit(text.charCodeAt(end + 1)) || wordEnd(text, end + 1) !== end + 5) return false;
  // (A club's name ends there; a year in the clause goes on: `Wie der KSV 2023 errechnete`, `Als der VfB 2007 Meister wurde`.)
  if (!closesClause(text, end + 5) && !smallWordAfter(text, end + 5, CLUB_PLACE_LEADS)) return false;
  const year = text.slice(end + 1, end + 5);
  const names = entryNames(index, record).names;
  return names.some((name) => /\d{4}/.test(name)) && !names.some((name) => name.includes(year));
}

const CLUB_PLACE_LEADS = new WordSet(['aus', 'in', 'von', 'gegen', 'from', 'against']);
/** True if one or two capitalised words after `at` end in a body's noun (` Health Agency`, ` Conduct Authority`): another body. */
export function bodyNameAhead(text: string, at: number): boolean {
  for (let words = 0; words < 2; words++) {
    const next = capitalisedWordAfter(text, at);
    if (next === null) return false;
    if (BODY_HEADS.hasIn(text, next.from, next.to)) return true;
    at = next.to;
  }
  return false;
}
const BODY_HEADS = new WordSet('agency authority office church council committee commission board trust service bank college university police party'.split(' '));

/**
 * True if an institution's noun follows `end` that none of the entry's longer names goes on with
 * there, while one goes on with another (`Royal Victoria Infirmary` beside the Royal Victoria
 * Hospital; not `Newcastle Airport` beside Newcastle upon Tyne).
 */
export function otherInstitutionAfter(index: MatcherIndex, text: string, end: number, record: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || !INSTITUTION_HEADS.hasIn(text, next.from, next.to)) return false;
  const word = foldKey(text.slice(next.from, next.to));
  const prefix = index.aliases[record]!.alias + ' ';
  let institution = false;
  for (const name of entryNames(index, record).names) {
    if (!name.startsWith(prefix)) continue;
    const own = foldKey(name.slice(prefix.length).split(' ')[0]!);
    // (A university's school or college is its own: `Yale School of Medicine`.)
    if (own === word || (own === 'university' && UNIVERSITY_PARTS.has(word))) return false;
    institution ||= INSTITUTION_HEADS.has(own);
  }
  return institution;
}
const UNIVERSITY_PARTS = new Set(['school', 'college', 'hospital', 'library', 'museum', 'center', 'centre']);
const INSTITUTION_HEADS = new WordSet(
  'infirmary hospital clinic school university college park station airport stadium bridge hall centre center museum theatre library cathedral krankenhaus klinik klinikum schule universitat hochschule bahnhof flughafen'.split(' '),
);

/** True if the name before `end` ends in `rat` (`Ständerat`, `Bundesrat`): a council's. */
export function endsInRat(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x74 && text.charCodeAt(end - 2) === 0x61 && text.charCodeAt(end - 3) === 0x72;
}

/**
 * True if `für` and a noun after a court's, an institute's or an office's name ending at `end`
 * make a longer name (`vor dem Europäischen Gerichtshof für Menschenrechte in Straßburg` beside
 * the EU's court): another than the entry's own ones with `für` (`ofWords`: `das Bundesamt für
 * Justiz`, not `für Migration`), or, where it has none, a phrase that ends there, before `in` and
 * a place or a punctuation mark. A clause goes on (`dass das Bundesverfassungsgericht für Klarheit
 * sorgt`, `hat das Auswärtige Amt für Israel eine Reisewarnung …`), and so does a verb's `sich …
 * für` (`setzt sich das Institut für Kinder ein`).
 */
export function longerWithFur(text: string, start: number, end: number, ofWords: ReadonlySet<string> | null): boolean {
  if (text.charCodeAt(end) !== 0x20 || !text.startsWith('für ', end + 1) || !isUpperCase(text.charCodeAt(end + 5))) return false;
  const nounEnd = wordEnd(text, end + 5);
  if (ofWords) return !ofWords.has(foldKey(text.slice(end + 5, nounEnd)));
  if (DATE_WORDS_DE.hasIn(text, end + 5, nounEnd) || sichBefore(text, start)) return false;
  const next = text.charCodeAt(nounEnd);
  return next === 0x2c || next === 0x2e || next === 0x29 || next === 0x3b || next === 0x3a || (text.startsWith(' in ', nounEnd) && isUpperCase(text.charCodeAt(nounEnd + 4)));
}

/** Peers' titles, which `of` and a place follow (`the Duke of Edinburgh`, `the Earl of Elgin`). */
export const PEERAGE = ['duke', 'duchess', 'earl', 'countess'];

/**
 * True if a name goes on after `end`: a capitalised word (`Conservation Foundation`, `the
 * Australian Government`) that is no weekday or month (`told The New York Times Tuesday`), or `of`
 * and one (`the Herald of Free Enterprise`, `The Times of India`).
 */
export function beforeLongerName(text: string, end: number): boolean {
  let next = capitalisedWordAfter(text, end);
  if (next === null) {
    // (`The Times of London` is The Times; `told The Guardian of Starmer’s plan` names the news.)
    if (!text.startsWith(' of', end) || (next = capitalisedWordAfter(text, end + 3)) === null) return false;
    if (LONDON.hasIn(text, next.from, next.to) || isApostrophe(text.charCodeAt(next.to))) return false;
  }
  return !DATE_WORDS.hasIn(text, next.from, next.to);
}
const LONDON = new WordSet(['london']);

/**
 * Words that, with `of`, make a place's name another's: a title's, a treaty's or a house's (`the
 * Duke of Edinburgh`, `the Prince of Wales Bridge`, `the Treaty of Versailles`, `the House of
 * Lords`). A bishop's see is in the place (`the Bishop of Carlisle`).
 */
const INSTITUTIONS_OF = new WordSet([...PEERAGE, 'prince', 'princess', 'treaty', 'house']);
/**
 * …and these, where the place is also a given name (`the University of Victoria` is in Canada);
 * else a university is in the place it names (`the University of Auckland`), whose card fits.
 */
const SCHOOLS_OF = new WordSet(['university', 'college']);

/** True if `of` and a capitalised word of `INSTITUTIONS_OF` (or `SCHOOLS_OF`, for a place named `key` that is a given name) stand before `start`. */
export function afterInstitutionOf(text: string, start: number, key: string): boolean {
  const word = capitalisedBeforeOf(text, start);
  return word !== null && (INSTITUTIONS_OF.hasIn(text, word.from, word.to) || (PLACE_GIVEN_NAMES.has(key) && SCHOOLS_OF.hasIn(text, word.from, word.to)));
}

/** The capitalised word before `of` before `start` (`Brotherhood` of `Brotherhood of Teamsters`), or null. */
function capitalisedBeforeOf(text: string, start: number): { from: number; to: number } | null {
  const of = wordBefore(text, start);
  if (of === null || of.to - of.from !== 2 || text.charCodeAt(of.from) !== 0x6f || text.charCodeAt(of.from + 1) !== 0x66) return null;
  const word = wordBefore(text, of.from);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) ? word : null;
}

/**
 * True if a body's noun and `of` stand before the name at text[start, end), which ends the body's
 * name: a body of the members the name calls so (`the International Brotherhood of Teamsters`).
 * Not the entry's own such name (`the Brotherhood of Teamsters` of the International Brotherhood
 * of Teamsters), nor one that goes on (`the Society of Labour Lawyers`, `the Union of Vodafone and
 * Three`).
 */
export function afterBodyOf(index: MatcherIndex, text: string, start: number, end: number, record: number): boolean {
  const word = capitalisedBeforeOf(text, start);
  if (word === null || !BODIES_OF.hasIn(text, word.from, word.to) || capitalisedWordAfter(text, end) !== null || text.startsWith(' and ', end)) return false;
  const noun = foldKey(text.slice(word.from, word.to));
  return !entryNames(index, record).names.some((name) => foldKey(name).includes(noun));
}
const BODIES_OF = new WordSet(['brotherhood', 'sisterhood', 'federation', 'confederation', 'association', 'union', 'society', 'guild', 'league', 'order', 'fraternity', 'congress']);
/**
 * True if a party's acronym and a hyphen stand before `start`, with no article before them
 * (`SVP-Kantonsrat`; not `der UN-Sicherheitsrat`, `der EU-Ministerrat`).
 */
export function partyTitleBefore(text: string, start: number): boolean {
  if (!isHyphen(text.charCodeAt(start - 1))) return false;
  const from = wordStart(text, start - 1);
  const party = text.slice(from, start - 1);
  return party.length >= 2 && party.length <= 4 && !HAS_SMALL_LETTER.test(party) && !BODIES_NOT_PARTIES.has(party) && !wordOfBeforeAnyCase(text, from, DEFINITE_DE);
}
const BODIES_NOT_PARTIES = new Set(['UN', 'UNO', 'EU', 'WHO', 'NATO']);

/** True if one or two capitalised words after `end` go on to an English institution's word (`Logistics University`, `Space Center`). */
export function institutionAhead(text: string, end: number): boolean {
  let at = end;
  for (let words = 0; words < 2; words++) {
    if (text.charCodeAt(at) !== 0x20 || !isUpperCase(text.charCodeAt(at + 1))) return false;
    at = wordEnd(text, at + 1);
    if (isWordAfter(text, at, ENGLISH_INSTITUTIONS)) return true;
  }
  return false;
}
/** Those of `INSTITUTIONS` that end an English name. */
const ENGLISH_INSTITUTIONS = new WordSet(['university', 'college', 'institute', 'foundation', 'school', 'center', 'centre', 'centrum', 'hospital', 'museum', 'library', 'stadium', 'arena', 'prize', 'award', 'trophy']);

/**
 * Words before a person's name that make it the name of something else, where the language puts
 * them first (`Instituto Lula`, `Rue Victor Hugo`, `Flughafen Franz Josef Strauß`).
 */
const INSTITUTIONS_BEFORE = new WordSet([
  'instituto', 'institut', 'fundacao', 'fundacion', 'fondation', 'fondazione', 'avenida', 'rua', 'rue', 'praca', 'plaza', 'calle',
  'piazza', 'aeroporto', 'aeropuerto', 'aeroport', 'flughafen', 'estadio', 'stade', 'universidade', 'universidad', 'universite',
  'lycee', 'colegio', 'escola', 'hopital', 'museu', 'museo', 'musee', 'premio', 'prix',
]);
/**
 * True if a possessive stands right before a ministry's name whose minister the text has just named
 * (`Digitalminister Wildberger … Sein Digitalministerium baue …`; not `Jedes Land hat sein
 * Innenministerium`).
 */
export function ministersOwn(text: string, start: number, alias: AliasRecord): boolean {
  if (!alias.alias.endsWith('ministerium')) return false;
  const word = wordBefore(text, start);
  if (word === null || !POSSESSIVES_DE.hasIn(text, word.from, word.to)) return false;
  // (The minister's noun in any case and compound: `Bundesdigitalminister Wildberger`.)
  return foldKey(text.slice(Math.max(0, word.from - 300), word.from)).includes(alias.key.slice(0, -3));
}

/** True if a capitalised word of `INSTITUTIONS_BEFORE` stands one space before `start`. */
export function afterInstitution(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 0x20 && wordOfBefore(text, start, INSTITUTIONS_BEFORE, true);
}

/** True if `sich` is one of the two words before `start` (`setzt sich das Institut für …`). */
function sichBefore(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  for (let i = 0; i < 2 && word !== null; i++, word = wordBefore(text, word.from)) if (word.to - word.from === 4 && text.startsWith('sich', word.from)) return true;
  return false;
}
