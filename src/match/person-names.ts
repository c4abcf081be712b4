/**
 * Whose name it is: the words around a person's surname that tell the glossary's person from
 * another bearer of the name — another given name, initial, title, relative or sex before it
 * (`Melania Trump`, `Mr Gupta` of a woman), a double name it is half of (`Mikl-Leitner`), a son's
 * or father's mark (`Sr`, `II`), a Korean name beside another — and the person's own given names in
 * every form they are written (pet names, short forms, spellings a letter or two apart).
 */
import { capitalisedWordAfter, closesClause, CONJUNCTIONS, DEFINITE_ARTICLES_DE, ENGLISH_ARTICLES, foldAt, INDEFINITE_ARTICLES_DE, isHyphen, isHyphenJoin, isInitial, isLetter, isWordAfter, MONTHS_EN, nounBefore, opensClause, opensSentence, smallWordAfter, WEEKDAYS_EN, wordBefore, wordBeforeQuotes, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart, wordStartBefore } from './text-around';
import { COMMA, foldKey, isApostrophe, isDigit, isSoftSeparator, isUpperCase, JOIN } from './fold';
import { WordSet } from './word-set';
import { COUNTRY_NAMES, placeKey } from './places';
import { FIRST_NAMES, GERMAN_FIRST_NAMES, GIVEN_SURNAMES, TITLE_ENDINGS } from './first-names';
import { type AliasRecord, GENERATION_WORDS, type MatcherIndex, PLAIN_WORD } from './alias-index';
import { withinEdits } from './edit-distance';
import { describedWords, entryNames } from './descriptions';
import { describedSex } from './sex';
import { DESCRIPTION_LANGUAGES } from '../glossary/types';
import type { Mention } from './scan';

/**
 * True if the word before `start` (across spaces, and a middle initial: `Robert F. Kennedy`) is a
 * given name (`FIRST_NAMES`) that is not the person's own (`nameWords`, also spelled a letter
 * apart: `Vladimir` for `Wladimir`): `Melania Trump` is not Donald Trump — unless the person's own
 * given name comes just before, joined by `und`/`and` (`Donald und Melania Trump`).
 */
export function afterOtherFirstName(text: string, start: number, nameWords: ReadonlySet<string>, surname: string, english: boolean): boolean {
  if (afterOtherInitial(text, start, nameWords)) return true;
  const word = givenNameBefore(text, start) ?? (english ? null : germanGivenNameBefore(text, start));
  if (word === null) return false;
  const given = foldKey(text.slice(word.from, word.to));
  if (isOwnName(given, nameWords)) return false;
  const joiner = wordBefore(text, word.from);
  // `Eleanor Mary Marsh` of Eleanor Marsh: a middle name after the person's own given name (not
  // where the person's names hold a middle name of their own: `Johann Christoph Bach` is not
  // Johann Sebastian, but a relative).
  if (joiner && joiner.to + 1 === word.from && text.charCodeAt(joiner.to) === 0x20 && isUpperCase(text.charCodeAt(joiner.from))) {
    const first = foldKey(text.slice(joiner.from, joiner.to));
    if (first !== surname && isOwnName(first, nameWords) && givenNamesIn(nameWords, surname) < 2) return false;
  }
  if (joiner && CONJUNCTIONS.hasIn(text, joiner.from, joiner.to)) {
    const before = wordBefore(text, joiner.from);
    const own = before && foldKey(text.slice(before.from, before.to));
    // The person's given name, not their surname (`Donald Trump und Melania Trump`).
    if (own && own !== surname && isOwnName(own, nameWords)) return false;
  }
  return true;
}

/** How many of a person's name words other than the surname are given names. */
function givenNamesIn(nameWords: ReadonlySet<string>, surname: string): number {
  let count = 0;
  for (const word of nameWords) if (word !== surname && FIRST_NAMES.has(word)) count++;
  return count;
}

/**
 * True if a capitalised word that is none of the person's names stands before `start`, after an
 * article and a person's noun: another's given name, one the list does not know (`der Bergführer
 * Gion Caduff` beside Marcus Caduff). Not a second role (`der Zürcher Regierungsrat Caduff`).
 */
export function afterRoleAndOtherName(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  const given = otherGivenNameBefore(text, start, nameWords);
  if (given === null) return false;
  // (Nor a genitive, `Der Präsident Russlands Putin`, or a role, `Der Revolutionsführer Ajatollah Chamenei`.)
  if (genitiveOfPlace(given.name) || personNoun(given.name, 0x72) || COUNCIL_MEMBER.test(given.name) || ROLES_BEFORE_NAMES.has(given.name)) return false;
  const role = wordBefore(text, given.from);
  if (role === null || !isUpperCase(text.charCodeAt(role.from))) return false;
  const article = wordBefore(text, role.from);
  if (article === null || (!DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to) && !INDEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to))) return false;
  // (A role's noun: in `-er` one of an agent, not a town's adjective: `Der Dortmunder Coach Kovač`.)
  const noun = foldKey(text.slice(role.from, role.to));
  return personNoun(noun, text.charCodeAt(article.to - 1)) && (!noun.endsWith('er') || AGENT_ENDS.test(noun));
}
/**
 * True if a capitalised word that is none of the person's names stands before `start`, after a
 * title on an English page: another's given name, one the list does not know (`His brother,
 * Senator Win Gatchalian` beside Rex Gatchalian; not `Senator Bernie Sanders` of Bernard).
 */
export function afterTitleAndOtherName(text: string, start: number, end: number, nameWords: ReadonlySet<string>): boolean {
  const given = otherGivenNameBefore(text, start, nameWords);
  if (given === null || given.to !== start - 1 || ENGLISH_TITLES.has(given.name)) return false;
  // (Nor a pet form that shares the name's first letters: `Bernie` of Bernard, `Rob` of Robert.)
  const name = given.name;
  for (const own of nameWords) if (own.length >= 3 && !name.startsWith(own) && own.startsWith(name.slice(0, Math.min(4, name.length)))) return false;
  // (Also abbreviated with a stop: `Rep. Hank Johnson`.)
  const stop = text.charCodeAt(given.from - 2) === 0x2e;
  const title = stop ? { from: wordStart(text, given.from - 2), to: given.from - 2 } : wordBefore(text, given.from);
  if (title === null || title.to <= title.from || (!stop && title.to !== given.from - 1) || !isUpperCase(text.charCodeAt(title.from)) || !ENGLISH_TITLES.hasIn(text, title.from, title.to)) return false;
  // (Not a headline in title case, whose verb follows the title: `Judge Blocks Trump Tariffs`,
  // `Judge Orders Trump to Pay`.)
  return !(text.charCodeAt(given.to - 1) === 0x73 && opensSentence(text, title.from)) && capitalisedWordAfter(text, end) === null;
}
/**
 * The capitalised word before `start` (folded as `name`) where it may be another's given name
 * before the person's surname: short (a noun of a role may be long, or a council's member:
 * `Regierungsrat`), not in capitals, and none of the person's names nor a pet name or a longer form
 * of one (`Der Trainer Hansi Flick` of Hans-Dieter Flick); else null.
 */
function otherGivenNameBefore(text: string, start: number, nameWords: ReadonlySet<string>): { from: number; to: number; name: string } | null {
  const given = wordBefore(text, start);
  if (given === null || given.to - given.from < 3 || given.to - given.from > 9 || !isUpperCase(text.charCodeAt(given.from)) || isUpperCase(text.charCodeAt(given.from + 1))) return null;
  const name = foldKey(text.slice(given.from, given.to));
  if (isOwnName(name, nameWords)) return null;
  for (const own of nameWords) if (own.length >= 3 && name.startsWith(own) && name.length <= own.length + 2) return null;
  return { from: given.from, to: given.to, name };
}
/** True if a folded word is a place's genitive (`russlands`, `kiews`, `chinas`), not a given name in `-s` (`linus`, `mathias`). */
function genitiveOfPlace(word: string): boolean {
  return word.endsWith('s') && (!/(?:us|as|is|os)$/.test(word) || COUNTRY_NAMES.has(word.slice(0, -1)));
}
/** Roles that stand before a name like a given name (folded). */
const ROLES_BEFORE_NAMES = new Set(
  'coach torwart keeper kardinal ajatollah imam rabbi virologe okonom soziologe historiker bischof kapitan profi general oberst major papst pater bruder schwester doktor graf furst konig prinz scheich emir'.split(' '),
);
/**
 * Ends of German nouns of an agent in `-er` (`Bergführer`, `Revierförster`), and of the nouns in
 * `-er` of a relation (`Vorgänger`, `Herausforderer`), folded. (Not a relative's: `sein Bruder
 * Söder` is another Söder.)
 */
export const AGENT_ENDS = /(?:vorganger|nachfolger|forderer|gegner|partner|anhanger|unterstutzer|wahler|gonner|verteidiger|bewerber|sieger|gewinner|verlierer|streiter|iker|apotheker|fuhrer|leiter|sprecher|trainer|fahrer|lehrer|arbeiter|berater|forscher|forster|bauer|macher|handler|inhaber|halter|besitzer|vertreter|vorsteher|planer|entwickler|hersteller|kritiker|politiker|musiker|kunstler|maler|spieler|sanger|pfarrer|richter|manager|wirter|hirter|winzer|schreiber|grunder|betreiber|veranstalter|unternehmer|eigentumer|kletterer|bergsteiger|jager|fischer|landwirter)$/;

/** A council's member (`Regierungsrat`, `Nationalrätin`), folded: a role, no given name. */
const COUNCIL_MEMBER = /rat(?:in)?$/;

/** True if a given name stands right before `start` (`Heinz Barmer`; in German also `Martin Fürst`). */
export function givenNameJustBefore(text: string, start: number, english: boolean): boolean {
  return givenNameBefore(text, start) !== null || (!english && germanGivenNameBefore(text, start) !== null);
}

/** The word just before `start` if it is one of `GERMAN_FIRST_NAMES`, capitalised. */
function germanGivenNameBefore(text: string, start: number): { from: number; to: number } | null {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from)) || !GERMAN_FIRST_NAMES.hasIn(text, word.from, word.to) || wordOfBeforeAnyCase(text, word.from, PLACE_LEADS)) return null;
  // (`Martin` not as a surname itself, after a given name or an initial: `Sänger Chris Martin`, `R. R.
  // Martin`; `Hans Christian Zachert` has two given names.)
  if (foldKey(text.slice(word.from, word.to)) !== 'martin') return word;
  const before = wordBefore(text, word.from);
  return before !== null && (FIRST_NAMES.hasIn(text, before.from, before.to) || isInitial(text, before)) ? null : word;
}

/**
 * True if a relative's noun and a capitalised word that is none of the person's names stand before
 * the surname: that word is a given name the list may not know (`Sein älterer Bruder Curdin
 * Orlik`, `his wife Grace Mugabe`), someone else's.
 */
export function afterKinAndName(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  // (Read without building a word: most surnames have no capitalised word before them, or no relative.)
  const givenFrom = wordStartBefore(text, start);
  if (givenFrom < 0 || !isUpperCase(text.charCodeAt(givenFrom))) return false;
  let kinTo = givenFrom - 1;
  // (Also in a name set apart by commas: `His wife, Kamna Shukla, a dentist`; not `Like his father, Speaker Johnson is …`.)
  if (givenFrom >= 3 && text.charCodeAt(kinTo) === 0x20 && text.charCodeAt(kinTo - 1) === COMMA && text.charCodeAt(wordEnd(text, start)) === COMMA) kinTo--;
  const kinFrom = kinTo < givenFrom - 1 ? wordStart(text, kinTo) : wordStartBefore(text, givenFrom);
  if (kinFrom < 0 || kinFrom === kinTo || !KIN.hasIn(text, kinFrom, kinTo)) return false;
  // (Not a title: `die Tochter Präsident Trumps`, `her husband President Biden`.)
  const given = foldKey(text.slice(givenFrom, start - 1));
  return !isOwnName(given, nameWords) && !TITLE_ENDINGS.test(given) && !KIN_TITLES.has(given) && !HONORIFICS.has(given) && !ENGLISH_TITLES.hasIn(text, givenFrom, start - 1);
}
/** English titles before a person's name. */
export const ENGLISH_TITLES = new WordSet(
  `secretary minister premier speaker president chancellor senator governor mayor judge justice general admiral commander captain emir sultan
  chairman chairwoman director professor prof dr mr mrs ms sir dame king queen prince princess pope bishop ambassador commissioner
  sheriff inspector sergeant detective envoy councillor councilor alderman constable superintendent lord lady baroness baron duke
  reverend archbishop cardinal congressman congresswoman representative rep assemblyman assemblywoman lieutenant colonel marshal
  magistrate`.split(/\s+/),
);
/** German titles before a name (and `Prime`), besides `ENGLISH_TITLES` and `TITLE_ENDINGS`. */
const KIN_TITLES = new Set(['prime', 'konig', 'konigin', 'prinz', 'prinzessin', 'papst', 'bischof']);
/** Nouns of kin, German and English (folded). */
export const KIN = new WordSet(
  `bruder schwester sohn tochter vater mutter onkel tante neffe nichte cousin cousine enkel enkelin ehefrau ehemann gattin gatte witwe witwer
  brother sister son daughter father mother uncle aunt nephew niece grandson granddaughter wife husband widow widower`.split(/\s+/),
);
/** German nouns of a companion before a person's name, besides kin (folded). */
export const COMPANIONS_DE = new WordSet('kollege kollegin teamkollege teamkollegin mitspieler mitspielerin freund freundin partner partnerin nachbar nachbarin landsmann landsfrau'.split(' '));

/**
 * True if half of the person's double given name stands alone right before the surname at `start`:
 * another of the family (`founded by his father, François Pinault` beside François-Henri Pinault).
 */
export function halfOfDoubleGivenName(text: string, start: number, names: readonly string[]): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || !isUpperCase(text.charCodeAt(word.from)) || isHyphen(text.charCodeAt(word.from - 1))) return false;
  const given = foldKey(text.slice(word.from, word.to));
  for (const name of names) {
    const first = name.split(' ', 1)[0]!;
    if (first.length < name.length && first.includes('-') && first.split('-').some((half) => foldKey(half) === given)) return true;
  }
  return false;
}

/**
 * True if a given name that is none of the person's is joined to the name by a hyphen, as a
 * compound names someone (`Karl-Marx-Stadt` beside Steffen Marx, `Willy-Brandt-Platz`).
 */
export function afterOtherJoinedGivenName(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  const from = joinedGivenNameBefore(text, start);
  return from >= 0 && !isOwnName(foldKey(text.slice(from, start - 1)), nameWords);
}

/** Where a capitalised given name joined by a hyphen to the word at `start` starts (`Karl-` of `Karl-Marx`), or -1. */
export function joinedGivenNameBefore(text: string, start: number): number {
  if (start < 3 || !isHyphen(text.charCodeAt(start - 1))) return -1;
  const from = wordStart(text, start - 1);
  return from < start - 1 && isUpperCase(text.charCodeAt(from)) && FIRST_NAMES.hasIn(text, from, start - 1) ? from : -1;
}

/**
 * True if someone else's given name and, in brackets, their other names stand before `start`:
 * `Kauri (Te Kaurinui Robert) Parata` is not Hori Parata.
 */
export function afterBracketedNames(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x29) return false;
  const open = text.lastIndexOf('(', start - 3);
  if (open < 2 || start - open > 60) return false;
  const inside = text.slice(open + 1, start - 2).split(' ');
  if (inside.length > 4 || !inside.every((word) => PLAIN_WORD.test(word) && !nameWords.has(foldKey(word)))) return false;
  const given = wordBefore(text, open);
  if (given === null || !isUpperCase(text.charCodeAt(given.from)) || nameWords.has(foldKey(text.slice(given.from, given.to)))) return false;
  // (One word in brackets after a capitalised one is as often a note: `Kanzler (Archiv) Merz`, `Berlin (Reuters) Merkel`.)
  return inside.length >= 2 || FIRST_NAMES.hasIn(text, given.from, given.to);
}

/**
 * One syllable of a romanised Korean name (`Jong`, `Un`, `Il`, `Song`, `Ryong`, `Hae`, `Hui`, `Yo`):
 * an onset, a vowel, and at most -ng, -n, -l, -m, -k or -p. German words a name may meet rarely
 * take this shape (`Geld`, `Land`, `Hilfe`, `Zeit` do not).
 */
const KOREAN_SYLLABLE = '(?:ch|kk|tt|pp|ss|jj|[gkndtrlmbpsjh])?[yw]?(?:ae|eo|oe|ui|eu|ou|oo|ee|a|e|i|o|u)(?:ng|n|l|m|k|p)?';
/** A capitalised Korean given name: a syllable, or two joined by a hyphen (`Yo-jong`, `Jong-il`). */
const KOREAN_GIVEN_NAME = new RegExp(`^${KOREAN_SYLLABLE}(?:-${KOREAN_SYLLABLE})?$`, 'i');

/**
 * True if a family name that starts its person's full name (`Kim` of `Kim Jong Un`) stands with
 * another given name: after it, where the full name did not match (`Kim Jong Il`, `UN-Botschafter
 * Kim Song`, `Choe Ryong Hae`), or before it in Western order (`Sung Kim`), not opening a sentence.
 */
export function besideOtherKoreanName(text: string, start: number, end: number, nameWords: ReadonlySet<string>): boolean {
  const after = capitalisedWordAfter(text, end);
  if (after && isKoreanGivenName(text, after)) return true;
  const before = wordBefore(text, start);
  if (!before || isInitial(text, before) || !isUpperCase(text.charCodeAt(before.from)) || !isKoreanGivenName(text, before)) return false;
  return !nameWords.has(foldKey(text.slice(before.from, before.to))) && !opensSentence(text, before.from);
}

/** Words of a title-case headline or of German that look like a Korean syllable (`Meet Kim In Singapore`, `Kim Am Montag`). */
const NOT_KOREAN = new WordSet(['in', 'on', 'an', 'am', 'um', 'im', 'up', 'den', 'dem', 'man', 'so', 'no', 'go', 'be', 'he', 'we', 'me', 'do', 'to', 'ja', 'da', 'de', 'du', 'la', 'le']);

function isKoreanGivenName(text: string, word: { from: number; to: number }): boolean {
  if (NOT_KOREAN.hasIn(text, word.from, word.to)) return false;
  let to = word.to;
  // `Yo-jong`: the hyphen and the syllable after it, which the word's end may leave out.
  if (isHyphen(text.charCodeAt(to)) && !isUpperCase(text.charCodeAt(to + 1))) to = wordEnd(text, to + 1);
  return to - word.from <= 9 && KOREAN_GIVEN_NAME.test(text.slice(word.from, to));
}

/**
 * One syllable of a Chinese name in pinyin (`Wen`, `tao`, `Chuan`, `fu`, `Jin`, `ping`): an onset
 * and a final. A given name is one or two of them (`Wentao`, `Qiang`); German nouns rarely take that
 * shape after a name (`Auto`, `Geld` do not).
 */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u)';
const CHINESE_GIVEN_NAME = new RegExp(`^${PINYIN_SYLLABLE}(?:-?${PINYIN_SYLLABLE})?$`, 'i');

/**
 * True if a Chinese given name of two syllables, none of the person's names nor a place's, follows
 * the family name at text[start, end) (`Handelsminister Wang Wentao` beside Wang Chuanfu): in German
 * only after a title, a role, or a relative's or a companion's noun (`Seine Landsfrau Ding Yixin`;
 * German puts an object after a subject: `drohte Xi Taiwan`, `warum Xi Putin …`), in English not
 * in a headline in title case (`Xi Taiwan Warning Rattles Markets`).
 */
export function beforeChineseGivenName(text: string, start: number, end: number, nameWords: ReadonlySet<string>, english: boolean): boolean {
  const after = capitalisedWordAfter(text, end);
  if (after === null || text.charCodeAt(end) !== 0x20) return false;
  const name = text.slice(after.from, after.to);
  const folded = foldKey(name);
  if (name.length < 4 || name.length > 8 || !CHINESE_GIVEN_NAME.test(name) || ONE_SYLLABLE.test(name) || GERMAN_E.test(name) || nameWords.has(folded) || placeKey(folded) !== undefined || COUNTRY_NAMES.has(folded)) return false;
  if (english) return capitalisedWordAfter(text, after.to) === null;
  return afterTitle(text, start) || wordOfBefore(text, start, ENGLISH_TITLES, true) || wordOfBefore(text, start, KIN, true) || wordOfBefore(text, start, COMPANIONS_DE, true);
}
/** A German noun's final `e` after a consonant (`Woche`, `Sache`, `Rede`), which few given names take. */
const GERMAN_E = /[^aeiou]e$/i;
/** One syllable alone (`Wang`, `Qiang`) is too like a word to tell. */
const ONE_SYLLABLE = new RegExp(`^${PINYIN_SYLLABLE}$`, 'i');

/**
 * True if the name at text[start, aliasEnd), a given name itself, follows a given name and a hyphen:
 * half of a double given name (`Jean-Claude Van Damme` is not Claude, `Hans-Peter`).
 */
export function secondGivenName(text: string, start: number, aliasEnd: number): boolean {
  return joinedGivenNameBefore(text, start) >= 0 && FIRST_NAMES.hasIn(text, start, aliasEnd);
}

/** Small words between a given name and a surname (`von`, `van der`, `de la`). */
const PARTICLES = new WordSet(['von', 'vom', 'zu', 'van', 'der', 'den', 'de', 'la', 'le', 'da', 'di', 'du', 'del', 'dos']);

/**
 * True if a middle initial that starts none of the person's names stands before `start`, after a
 * capitalised word that is none of them, or after another such initial: `Lyndon B. Johnson` is not
 * Mike Johnson, `C. G. Jung` not Burkhard Jung (`Donald J. Trump` is Donald Trump, whose glossary
 * entry may not name the J). Where the entry names its person's initials, another initial is
 * another person's anyway: `George H. W. Bush` (or `H.W.`) is not George W. Bush.
 */
function afterOtherInitial(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  let initials = 0;
  let foreign = false;
  let word = initialsBefore(text, start);
  let first = start;
  for (; word !== null && isInitial(text, word); word = initialsBefore(text, word.from)) {
    first = word.from;
    for (let i = word.from; i < word.to; i += 2) {
      if (!isOwnInitial(foldAt(text, i), nameWords)) foreign = true;
      initials++;
    }
  }
  if (!foreign) return false;
  // (`George H. W. Bush`: the person's given name before; `The U.S. Bush administration` is his.)
  const given = word !== null && isUpperCase(text.charCodeAt(word.from)) && isOwnName(foldKey(text.slice(word.from, word.to)), nameWords);
  if (given) for (const own of nameWords) if (own.length === 1) return true;
  // Two initials or more, none the person's; or one after a capitalised word that is none of its names.
  if (initials >= 2) return !ownInitialBefore(text, start, nameWords);
  // One set apart by a comma or a bracket, where no sentence ends (`whose director, S. Narayanan,`),
  // unless a transliteration's (`V. Putin` for Wladimir Putin).
  if (word === null)
    return (
      initials === 1 &&
      (text.charCodeAt(first - 1) === 0x28 || (text.charCodeAt(first - 1) === 0x20 && text.charCodeAt(first - 2) === COMMA)) &&
      !isOwnInitial(TRANSLITERATED_INITIALS[foldAt(text, first)] ?? 0, nameWords)
    );
  return isUpperCase(text.charCodeAt(word.from)) && !isOwnName(foldKey(text.slice(word.from, word.to)), nameWords);
}

/** Initials that transliterations of one name trade (`W`, `V`; `J`, `Y`; `K`, `C`; `S`, `Z`), folded. */
const TRANSLITERATED_INITIALS: Record<number, number> = { 0x77: 0x76, 0x76: 0x77, 0x6a: 0x79, 0x79: 0x6a, 0x6b: 0x63, 0x63: 0x6b, 0x73: 0x7a, 0x7a: 0x73 };

function isOwnInitial(letter: number, nameWords: ReadonlySet<string>): boolean {
  for (const own of nameWords) if (own.charCodeAt(0) === letter) return true;
  return false;
}

/** True if one of the initials just before `start` starts one of the person's names. */
function ownInitialBefore(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  for (let word = initialsBefore(text, start); word !== null && isInitial(text, word); word = initialsBefore(text, word.from))
    for (let i = word.from; i < word.to; i += 2) if (isOwnInitial(foldAt(text, i), nameWords)) return true;
  return false;
}

/**
 * `wordBefore`, with initials joined by their stops taken as one word (`H.W.`) after a given name
 * (`George H.W. Bush`; `the U.S. Bush administration` names a country).
 */
function initialsBefore(text: string, at: number): { from: number; to: number } | null {
  const word = wordBefore(text, at);
  if (word === null || !isInitial(text, word) || word.to - word.from !== 2) return word;
  let from = word.from;
  while (from >= 2 && text.charCodeAt(from - 1) === 0x2e && isUpperCase(text.charCodeAt(from - 2)) && (from === 2 || foldAt(text, from - 3) <= JOIN)) from -= 2;
  if (from === word.from) return word;
  const given = wordBefore(text, from);
  return given !== null && !isInitial(text, given) && FIRST_NAMES.hasIn(text, given.from, given.to) ? { from, to: word.to } : word;
}

/** Forms of address and titles that are abbreviated with a stop (`Mr. Gupta`, `Dr. Levin`), folded. */
const ABBREVIATED_TITLES = new WordSet(['mr', 'mrs', 'ms', 'dr', 'prof']);
/** Forms of address, titles and ranks that stand before a person's surname (folded). */
const HONORIFICS = new WordSet(
  [
    'herr', 'herrn', 'frau', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'detektiv', 'detektivin', 'kommissar', 'kommissarin', 'inspektor', 'inspektorin',
    'dr', 'doktor', 'prof', 'professor', 'professorin',
    'detective', 'inspector', 'sergeant', 'constable', 'pfarrer', 'pastor',
    // A peer is called by the place of the title (`Lord Salisbury`, `Lady Avebury`).
    'lord', 'lady', 'baron', 'baroness', 'viscount', 'viscountess',
  ],
);

/**
 * True if an ordinal or `other` (after `the` or `a`), or `another`, stands before a surname that
 * `to` follows: `not the first Hutton to face questions`, `another Kennedy to run`. (Not without
 * `to`: `the other Trump, the dealmaker`, `the second Trump is more disciplined`, `one backs
 * Harris, the other Trump` may be the person himself.)
 */
export function anotherBearer(text: string, start: number, end: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || isUpperCase(text.charCodeAt(word.from)) || !text.startsWith(' to ', end)) return false;
  return ANOTHER.hasIn(text, word.from, word.to) || (OTHER_BEARERS.hasIn(text, word.from, word.to) && wordOfBeforeAnyCase(text, word.from, ENGLISH_ARTICLES));
}
const ANOTHER = new WordSet(['another']);
const OTHER_BEARERS = new WordSet(['other', 'first', 'second', 'third', 'last', 'next']);

/**
 * The capitalised given name (`FIRST_NAMES`) just before `start`, across spaces and a middle
 * initial (`Robert F. Kennedy`), or null. Before a company's one-word name it makes the name a
 * person's: `Enzo Ferrari`, `Sir Frank Williams`, `Ferdinand Porsche` founded what bears it.
 */
export function givenNameBefore(text: string, start: number): { from: number; to: number } | null {
  let word = wordBefore(text, start);
  if (word && isInitial(text, word)) word = wordBefore(text, word.from);
  // A particle between: `Carl von Linde`, `Werner von Siemens`, `Carl Friedrich von der Leyen`.
  let particles = 0;
  for (; word && particles < 2 && PARTICLES.hasIn(text, word.from, word.to) && !isUpperCase(text.charCodeAt(word.from)); particles++)
    word = wordBefore(text, word.from);
  // Before a particle, the second of two given names may be one the list leaves out for being a word
  // too (`Friedrich August von Hayek`); not a surname (`Oliver Blume von Porsche`).
  if (word && particles > 0 && isUpperCase(text.charCodeAt(word.from)) && UNLISTED_GIVEN_NAMES.hasIn(text, word.from, word.to)) {
    const first = wordBefore(text, word.from);
    if (first && isUpperCase(text.charCodeAt(first.from)) && FIRST_NAMES.hasIn(text, first.from, first.to)) word = first;
  }
  if (!word || !isUpperCase(text.charCodeAt(word.from)) || !FIRST_NAMES.hasIn(text, word.from, word.to)) return null;
  // (After `in` or `aus`, German puts a place before the subject: `als in Heide Habeck auftrat`,
  // `Am Samstag sprach in Lotte Merz`; not before a genitive: `in Gerhard Schröders Kabinett`, `in
  // John Major’s charter`.)
  if (wordOfBeforeAnyCase(text, word.from, PLACE_LEADS) && !genitiveAt(text, start)) return null;
  // A saint's name is a place's (`Sankt Leonhard`, `St. Martin`, `San José`).
  const saint = wordBefore(text, word.from);
  return saint !== null && SAINTS.hasIn(text, saint.from, saint.to) ? null : word;
}
const SAINTS = new WordSet(['sankt', 'st', 'san', 'santa', 'saint', 'sainte', 'sao']);
/** True if the word at `start` is a genitive before a noun (`Schröders Kabinett`, `Major’s charter`). */
function genitiveAt(text: string, start: number): boolean {
  const end = wordEnd(text, start);
  return isApostrophe(text.charCodeAt(end)) || (text.charCodeAt(end - 1) === 0x73 && capitalisedWordAfter(text, end) !== null);
}

/**
 * True if text[start, aliasEnd) opens a sentence right after one that ended with a given name and the
 * same word, where no mention of `entry` ended (`… Hildegard Blume. Blume sitzt …`).
 */
export function namesakeJustNamed(text: string, start: number, aliasEnd: number, mentions: readonly Mention[], entry: number, nameWords: ReadonlySet<string>): boolean {
  // (Not before an apposition that says who it is: `… Peter Blume. Blume, der Oberbürgermeister, …`.)
  if (text.charCodeAt(aliasEnd) === COMMA) return false;
  let stop = start - 1;
  while (stop > 0 && isSoftSeparator(text.charCodeAt(stop))) stop--;
  const from = stop - (aliasEnd - start);
  if (stop === start - 1 || text.charCodeAt(stop) !== 0x2e || from < 2 || text.charCodeAt(from - 1) !== 0x20) return false;
  for (let i = 0; i < aliasEnd - start; i++) if (text.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
  const given = wordStart(text, from - 1);
  // (Not the entry's own given name in another form, also before a middle name: `Dan Price.` of Daniel
  // Price, `Joseph Biden.` of Joe Biden, `Julia Maria Klein.`, `Sarah Wagenknecht.` of Sahra.)
  if (!FIRST_NAMES.hasIn(text, given, from - 1) || ownGivenName(foldKey(text.slice(given, from - 1)), nameWords)) return false;
  const first = wordStartBefore(text, given);
  if (first >= 0 && ownGivenName(foldKey(text.slice(first, given - 1)), nameWords)) return false;
  for (let k = mentions.length - 1; k >= 0 && mentions[k]!.end >= from; k--) if (mentions[k]!.entry === entry && mentions[k]!.end === stop) return false;
  return true;
}

/** True if `given` is one of the person's own given names, in any form: `isOwnName` either way, or two letters apart. */
function ownGivenName(given: string, nameWords: ReadonlySet<string>): boolean {
  if (isOwnName(given, nameWords)) return true;
  for (const own of nameWords) {
    if (PET_NAMES.get(own)?.includes(given) || (SHORT_FORMS.has(own) && given.startsWith(own)) || (own.length >= 5 && given.length >= 5 && withinEdits(given, own, 2))) return true;
  }
  return false;
}

/** True if a noun of a role (`ROLES_EN`, `ROLES_DE`) stands right before `start` that no word of the entry's descriptions ends or is ended by. */
export function otherRoleBefore(text: string, start: number, alias: AliasRecord, english: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || isUpperCase(text.charCodeAt(word.from)) === english) return false;
  const noun = foldKey(text.slice(word.from, word.to));
  if (!(english ? ROLES_EN : ROLES_DE).has(noun)) return false;
  for (const described of describedWords(alias)) if (described.length >= 4 && (noun.endsWith(described) || described.endsWith(noun))) return false;
  return true;
}
/**
 * Nouns of a role in the arts, in sport or on screen before a person's name (folded): a famous
 * namesake's, or the person's a thing is named after (not offices, whose nouns descriptions vary too
 * much to compare: `Gesamtbetriebsratschefin`).
 */
const ROLES_EN = new Set('writer author novelist poet playwright actor actress singer artist painter composer director filmmaker footballer striker broadcaster presenter naturalist explorer'.split(' '));
const ROLES_DE = new Set('schriftsteller schriftstellerin autor autorin dichter dichterin schauspieler schauspielerin sanger sangerin kunstler kunstlerin maler malerin komponist komponistin regisseur regisseurin filmemacher filmemacherin fussballer fussballerin sturmer moderator moderatorin tierfilmer tierfilmerin naturforscher naturforscherin'.split(' '));

/** True if a capitalised noun of a person stands right before `start` (`Revierförster Daun`), not a town's (`Kreisstadt Daun`). */
export function roleBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) && !isUpperCase(text.charCodeAt(word.from + 1)) && personNoun(foldKey(text.slice(word.from, word.to)), 0x72);
}

/**
 * True if an age follows the name at `end`, and what follows it speaks of a person (`Jackson, 58,
 * who …`, `Jackson, 58, said`): not a count (`Texas, 45, and Florida, 32`), a date (`Berlin, 12.
 * März`), or a table's place in brackets (`Kiel (18)`).
 */
export function ageAfter(text: string, end: number, german = false): boolean {
  return text.charCodeAt(end) === COMMA && (german ? AGE_AFTER_DE : AGE_AFTER).test(text.slice(end, end + 24));
}
const AGE_AFTER = /^, \d{1,3}, (?:who|a|an|said|says|told|was|is|has|had|lost|lives|lived|from|of|and (?:his|her))\b/;
/** (In German, where a count's list reads alike, `aus Bayern, 120, aus Hessen`: only for a name the page used for a person.) */
const AGE_AFTER_DE = /^, \d{1,3}, (?:der|die|sagt|sagte|ist|war|hat|hatte|steht|stand|lebt|lebte|stammt|kam|kommt|führt|leitet|arbeitet|wohnt|aus)(?!\p{L})/u;

/**
 * True if a verb of speech and a personal pronoun follow the name at `end` (`Jackson said he had
 * begged …`): a person speaks, not a government, which speaks of itself as `it` or `we`.
 */
export function speaksOfHimself(text: string, end: number): boolean {
  return SPEAKS_OF_HIMSELF.test(text.slice(end, end + 20));
}
const SPEAKS_OF_HIMSELF = /^ (?:said|says|told|added) (?:he|she)\b|^ (?:sagte|sagt), (?:er|sie)\b/;

/**
 * True if what stands before `start` makes the name after it a surname: a given name (in English
 * also one that is as often a surname: `Lewis Hamilton`), a form of address, a title or a rank
 * (`Mrs Kelowna`, `der Detektiv Brenner`, `Dr Levin`, also abbreviated: `Dr. Levin`, `Mr. Hamilton`).
 */
export function addressedBefore(text: string, start: number, english: boolean): boolean {
  if (givenNameBefore(text, start) !== null) return true;
  const word = wordBefore(text, start);
  if (word !== null) return isUpperCase(text.charCodeAt(word.from)) && (HONORIFICS.hasIn(text, word.from, word.to) || (english && GIVEN_SURNAMES.hasIn(text, word.from, word.to)));
  // (`wordBefore` reads no word before a stop but an initial's; only an abbreviation's stop, not a
  // sentence's: `Er lobte seine Frau. Levin …`.)
  const stop = start - 2;
  if (stop < 2 || text.charCodeAt(stop) !== 0x2e || !isSoftSeparator(text.charCodeAt(start - 1))) return false;
  const from = wordStart(text, stop);
  return from < stop - 1 && isUpperCase(text.charCodeAt(from)) && !isUpperCase(text.charCodeAt(from + 1)) && ABBREVIATED_TITLES.hasIn(text, from, stop);
}
/**
 * True if a possessive and a noun of kin stand right before the name at text[start, end) (`whose
 * daughter Skye`, `seine Tochter Georgia`): the name is a person's. Not a mother or a father, which
 * a land or a river has (`Mother Russia`, `Vater Rhein`); not where the kin are told or shown the
 * place (`He told his wife Ukraine would win`), nor before a hyphen or a role (`her brother
 * Texas-born …`, `her husband London mayor Sadiq Khan`).
 */
export function kinBefore(text: string, start: number, end: number): boolean {
  const kin = wordBefore(text, start);
  if (kin === null || !KIN_BEFORE.hasIn(text, kin.from, kin.to) || isHyphen(text.charCodeAt(end))) return false;
  const possessive = wordBefore(text, kin.from);
  if (possessive === null || !KIN_POSSESSIVES.hasIn(text, possessive.from, possessive.to)) return false;
  // (Across a subject pronoun: `zeigte er seinem Sohn Berlin`.)
  let verb = wordBefore(text, possessive.from);
  if (verb !== null && SUBJECT_PRONOUNS.hasIn(text, verb.from, verb.to)) verb = wordBefore(text, verb.from);
  if (verb !== null && KIN_TOLD.hasIn(text, verb.from, verb.to)) return false;
  // (In either case: `London mayor`, `London Mayor`.)
  return !smallWordAfter(text, end, ROLES_AFTER_PLACE) && !isWordAfter(text, end, ROLES_AFTER_PLACE);
}
const KIN_BEFORE = new WordSet(
  'daughter son wife husband sister brother granddaughter grandson niece nephew tochter sohn ehefrau ehemann schwester bruder enkelin enkel nichte neffe'.split(' '),
);
/** Possessives before a noun of kin (folded; `his` of `his wife`, `seiner` of `seiner Tochter`). */
const KIN_POSSESSIVES = new WordSet(
  'his her their our my your whose seine seiner seinem seinen ihre ihrer ihrem ihren unsere unserer meine meiner deren dessen'.split(' '),
);
/** Verbs whose object the kin are, the place what they are told or shown (`told his wife Ukraine would win`). */
const KIN_TOLD = new WordSet(
  'told tells tell showed shows show shown asked asks promised promises gave gives wrote sent texted reminded assured explained taught to sagte sagt erzählte erzählt zeigte zeigt versprach verspricht schrieb erklärte erklärt'.split(' '),
);
const SUBJECT_PRONOUNS = new WordSet('er sie wir ihr ich he she they we i'.split(' '));
/** Roles after a place's name that make it the role's place (`her husband London mayor Sadiq Khan`). */
const ROLES_AFTER_PLACE = new WordSet('mayor midfielder defender striker forward goalkeeper captain player manager coach minister mp councillor senator governor based born'.split(' '));
/**
 * Prepositions after which a given name is a place's (`als in Heide Habeck auftrat`, `in Paris
 * Hilton’s shadow`; not `nach`, which names whom a thing is named after: `benannt nach Pontius Pilatus`).
 */
export const PLACE_LEADS = new WordSet(['in', 'aus']);
/** Given names `FIRST_NAMES` leaves out for being words or surnames too (see there). */
const UNLISTED_GIVEN_NAMES = new WordSet(['august', 'christian', 'martin', 'james', 'scott', 'mark', 'will', 'bill', 'may', 'charlotte', 'sofia']);

/**
 * True if one of the given names the list leaves out (`APPOSED_GIVEN_NAMES`), none of the person's,
 * stands before the surname in a name set apart by commas: `Der Feuerwehrkommandant von Mallnitz,
 * Martin Hanke, sprach` is not Peter Hanke (a comma does not part a surname from the word before).
 */
export function apposedGivenName(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  const from = wordStartBefore(text, start);
  if (from < 2 || !isUpperCase(text.charCodeAt(from)) || text.charCodeAt(from - 1) !== 0x20 || text.charCodeAt(from - 2) !== COMMA) return false;
  return APPOSED_GIVEN_NAMES.hasIn(text, from, start - 1) && !nameWords.has(foldKey(text.slice(from, start - 1)));
}
/**
 * Of those, the ones that are no other form of a given name (not `Bill`, `Will`, `James`: `The CIA
 * director, Bill Burns,` is William Burns; `Mark` and `May` stand for others as often).
 */
const APPOSED_GIVEN_NAMES = new WordSet(['martin', 'christian', 'august', 'scott', 'charlotte', 'sofia']);

/**
 * True if a capitalised middle name, and a given name that is not the person's before it, stand
 * before `start`: `Sandra Day O’Connor` is not Reed O’Connor. (English only: German puts subject
 * and object side by side, `hat Annalena Baerbock Trump kritisiert`.)
 */
export function afterOtherMiddleName(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  const middle = wordBefore(text, start);
  if (!middle || isInitial(text, middle) || !isUpperCase(text.charCodeAt(middle.from)) || nameWords.has(foldKey(text.slice(middle.from, middle.to)))) return false;
  const given = givenNameBefore(text, middle.from);
  return given !== null && !isOwnName(foldKey(text.slice(given.from, given.to)), nameWords);
}
/**
 * True if the folded noun after an article may be said of a person: a role, a relative, an opinion
 * one is of, a person's noun, an adjective made a noun, and by the article's last letter (`article`,
 * a character code), a feminine agent after `e` (`die Autorin`, `eine Sprecherin`), nothing else
 * after `s` (`das`, `des`, `eines`), and else a noun of a person's shape (`der Nachfolger`, `ein
 * Favorit`; but for common things so shaped: `der Winter`).
 */
export function personNoun(noun: string, article: number): boolean {
  if (TITLE_ENDINGS.test(noun) || KIN.has(noun) || OPINIONS.has(noun) || PERSON_NOUNS.has(noun) || NOMINAL_ADJECTIVES.has(noun) || PERSON_NOUN_ENDS.test(noun)) return true;
  if (article === 0x73) return false;
  if (article === 0x65) return AGENT_FEMININE.test(noun);
  return PERSON_SHAPE.test(noun) && !THINGS_OF_PERSONS_SHAPE.has(noun);
}
/** Nouns of an opinion, which a person is of (`Jung ist der Meinung, dass …`). */
const OPINIONS = new Set(['meinung', 'ansicht', 'auffassung', 'uberzeugung']);
/** Masculine nouns shaped like a person's (`Nachfolger`, `Favorit`, `Liebling`, `Architekt`, `Autor`), folded. */
const PERSON_SHAPE = /(?:er|ist|ling|eur|ent|ant|or|tekt|it)$/;
/** …and common things so shaped (`Hart war der Winter`, `Groß ist der Ärger`), folded. */
const THINGS_OF_PERSONS_SHAPE = new Set(
  'winter sommer arger hunger humor kader fehler moment appetit eifer jammer kummer zauber schauder charakter sektor faktor terror horror motor akzent profit kredit'.split(' '),
);
/** Feminine agents (`Autorin`, `Sprecherin`, `Landrätin`), but for things in -in (`Disziplin`), folded. */
const AGENT_FEMININE = /(?<!diszipl|mediz|routi|doktr)in$/;
/** Ends of compounds said of a person (`Stargast`, `Rechtsanwalt`, `Teil des Systems`), folded. */
const PERSON_NOUN_ENDS = /(?:gast|mann|frau|kopf|anwalt|anwaltin|teil)$/;
/** Adjectives made nouns, said of a person (`Jung war der Einzige, der …`), folded. */
const NOMINAL_ADJECTIVES = new Set('einzige erste zweite dritte letzte neue beste alte junge altere jungere grosste starkste'.split(' '));
/** Other nouns said of a person (`Kurz ist der Star`, `Kurz ist der Grund, warum …`; `Mann` ends `PERSON_NOUN_ENDS`), folded. */
const PERSON_NOUNS = new Set(['star', 'held', 'chef', 'boss', 'grund', 'sieger', 'gesicht', 'liebling']);

/**
 * True if the person's given name and surname stand without the son's or the father's mark that
 * the glossary gives the person (`Robert F. Kennedy, was attorney general` for Robert F. Kennedy
 * Jr.): the other of the two.
 */
export function otherGeneration(text: string, start: number, end: number, nameWords: ReadonlySet<string> | null): boolean {
  if (nameWords === null || !GENERATION_WORDS.some((word) => nameWords.has(word))) return false;
  const given = givenNameBefore(text, start);
  if (given === null || !nameWords.has(foldKey(text.slice(given.from, given.to)))) return false;
  let at = end;
  if (text.charCodeAt(at) === COMMA) at++;
  const gap = text.charCodeAt(at);
  return !((gap === 0x20 || gap === 0xa0) && generationAt(text, at + 1, at > end));
}

/** Words after a name that make it a father's or a son's of the same name (`Carlos Sainz Sr`, `Donald Trump Jr.`). */
const GENERATIONS = new WordSet(GENERATION_WORDS);
/** True if a word of `GENERATIONS` starts at `from`, and not, after a comma, one that opens a title. */
function generationAt(text: string, from: number, afterComma: boolean): boolean {
  const to = wordEnd(text, from);
  if (!GENERATIONS.hasIn(text, from, to)) return false;
  return !(afterComma && TITLE_WORDS.hasIn(text, from, to) && opensTitle(text, from, to));
}
/** Words of `GENERATIONS` that open titles too (`senior economist`, `Junior Minister`). */
const TITLE_WORDS = new WordSet(['senior', 'junior']);
/**
 * True if the word at [from, to) opens a title: in small letters before a word in small letters
 * (`Kenji Ota, senior economist at …`), or capitalised before a capitalised word (`, Junior
 * Minister for …`); not capitalised before a word in small letters (`Dale Earnhardt, Junior won`),
 * nor in capitals (`JUNIOR WINS`).
 */
function opensTitle(text: string, from: number, to: number): boolean {
  const gap = text.charCodeAt(to);
  if ((gap !== 0x20 && gap !== 0xa0) || !isLetter(text.charCodeAt(to + 1))) return false;
  const capital = isUpperCase(text.charCodeAt(from));
  if (capital && isUpperCase(text.charCodeAt(from + 1))) return false;
  return capital === isUpperCase(text.charCodeAt(to + 1));
}
/** A Roman numeral from II to XX, which numbers the bearers of a name in a family (`Georg Schneider VI.`). */
const ORDINAL_NUMERAL = /^(?:II|III|IV|VI{1,3}|IX|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)\.?$/;

/**
 * True if a word of `GENERATIONS` or a Roman numeral follows the name ending at `end`, after a
 * space or `, `: but the person's own numeral (`King Charles III` of Charles III, whose names
 * `nameWords` hold it), and not one that starts a compound (`V-shaped`).
 */
export function beforeGeneration(text: string, end: number, nameWords: ReadonlySet<string> | null): boolean {
  let at = end;
  if (text.charCodeAt(at) === COMMA) at++;
  const gap = text.charCodeAt(at);
  if (gap !== 0x20 && gap !== 0xa0) return false;
  const to = wordEnd(text, at + 1);
  // (The person's own mark is theirs: `Kennedy Jr.` of Robert F. Kennedy Jr.)
  if (generationAt(text, at + 1, at > end)) return !nameWords?.has(foldKey(text.slice(at + 1, to)));
  // (`I`, `V` or `X` first: the numeral's letters.)
  const first = text.charCodeAt(at + 1);
  if (first !== 0x49 && first !== 0x56 && first !== 0x58) return false;
  const numeral = text.slice(at + 1, text.charCodeAt(to) === 0x2e ? to + 1 : to);
  return ORDINAL_NUMERAL.test(numeral) && !isHyphen(text.charCodeAt(to)) && !nameWords?.has(foldKey(numeral));
}

/** True if a given name that is none of the person's names follows `end` after one space. */
export function beforeGivenName(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== null && text.charCodeAt(end) === 0x20 && FIRST_NAMES.hasIn(text, next.from, next.to) && !nameWords.has(foldKey(text.slice(next.from, next.to)));
}

/**
 * True if a capitalised word that is none of the person's names follows one space after `end`:
 * in English, a given name there starts someone else's name (`Gabriel Jesus`, `Frank Lampard`).
 * (Not in German, which capitalises nouns: `als Gabriel Tore schoss`.)
 */
export function beforeOtherSurname(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  const next = capitalisedWordAfter(text, end);
  // (Nor a date or a colour: `Deputy Mayor Sima Friday defended …`.)
  if (next === null || nameWords.has(foldKey(text.slice(next.from, next.to))) || NOT_SURNAMES.hasIn(text, next.from, next.to)) return false;
  // A headline in title case capitalises every word (`Frank Says Spurs Deserved More`).
  return capitalisedWordAfter(text, wordEnd(text, end + 1)) === null;
}

/**
 * True if a capitalised word follows one space after `end` that is none of the entry's names' and
 * descriptions' words (`entryNames`' stems), outside a headline in title case (see `beforeOtherSurname`).
 */
export function beforeOthersWord(index: MatcherIndex, text: string, end: number, record: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || next.to - next.from < 3 || isUpperCase(text.charCodeAt(next.from + 1)) || entryNames(index, record).stems.has(foldKey(text.slice(next.from, next.from + 4)))) return false;
  // (Nor a date, a country, a colour or a model's number: `won an Oscar Sunday`, `Douglas Germany`,
  // `Tiffany Blue`, `took Kelvin Unit 3 offline`.)
  if (NOT_SURNAMES.hasIn(text, next.from, next.to) || COUNTRY_NAMES.has(foldKey(text.slice(next.from, next.to))) || isDigit(text.charCodeAt(next.to + 1))) return false;
  return capitalisedWordAfter(text, next.to) === null;
}
/** Capitalised English words after a name that are no surname: days, months, colours. */
const NOT_SURNAMES = new WordSet([...WEEKDAYS_EN, ...MONTHS_EN, 'blue', 'red', 'green', 'black', 'white', 'gold', 'silver']);

/** True if the given name at `start` opens a sentence or a quotation, or follows a word that is no verb (`Wie`, `mit`, `und`). */
function noVerbBefore(text: string, start: number): boolean {
  const word = wordBeforeQuotes(text, start);
  return word === null || NAME_LEADS.hasIn(text, word.from, word.to);
}
const NAME_LEADS = new WordSet(['wie', 'mit', 'gegen', 'von', 'und', 'oder', 'neben', 'als', 'fur', 'bei', 'laut', 'zwischen', 'ob']);

/** True if text[from, to) has a letter beyond German's alphabet (`ć`, `ø`, `ł`; not `ä`, `ß`, nor `é` of `Café`). */
function foreignLetterIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && !GERMAN_LETTERS.has(code) && isLetter(code)) return true;
  }
  return false;
}
const GERMAN_LETTERS = new Set([...'äöüÄÖÜßéèÉ'].map((c) => c.charCodeAt(0)));

/**
 * In German, where a surname starts after the given name ending at `end`, or -1: a capitalised
 * word that is none of the person's names, one space after it, itself followed by a comma, a
 * colon, a bracket or `aus` (`Hermann Schützenhöfer (ÖVP)`, `Wolf Biermann: „…“`, `Ronja
 * Petersen aus Hamburg`), or after a title (`titled`: `Bundeskanzler Friedrich Merz bei …`).
 * German capitalises nouns, so the word alone says nothing (`als Günther Kritik übte`), and one
 * with a noun's ending is none.
 */
export function surnameAfter(text: string, start: number, end: number, nameWords: ReadonlySet<string>, titled: boolean): number {
  const next = capitalisedWordAfter(text, end);
  if (next === null || next.to - next.from < 3 || isUpperCase(text.charCodeAt(next.from + 1))) return -1;
  // (Not a noun that follows as the object: `erntete Sima Applaus, doch …`.)
  if (COMMON_NOUNS.hasIn(text, next.from, next.to)) return -1;
  const code = text.charCodeAt(next.to);
  // (A word with a letter German does not write is a name, where no verb before the given name may
  // take it for its object: `Wie Novak Djoković im fünften Satz`, not `empfing Ludwig Babiš`.)
  if (!(code === COMMA || code === 0x3a || (code === 0x20 && (text.charCodeAt(next.to + 1) === 0x28 || text.startsWith('aus ', next.to + 1))) || (foreignLetterIn(text, next.from, next.to) && noVerbBefore(text, start)))) {
    // After a title, a surname ends the sentence or goes on with a word in small letters
    // (`Bundeskanzler Friedrich Merz bei …`, `Bürgermeister Günther Mayer.`), but for a few nouns
    // (`bekam Ministerpräsident Günther Applaus.`); a noun may go on with a capital (`Günther Ende Mai`).
    const ends = code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f || Number.isNaN(code);
    if (!titled || !(ends || (code === 0x20 && !isUpperCase(text.charCodeAt(next.to + 1))))) return -1;
  }
  const word = foldKey(text.slice(next.from, next.to));
  return nameWords.has(word) || NOUN_SUFFIX.test(word) ? -1 : next.from;
}
/** (`-nis` after a consonant: `Ergebnis`, `Bündnis`; not `Heide Simonis`.) */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tat|ik|ismus|[^aeiouy]nis|tum|chen|lein|ment|enz|anz)(?:en|e|s)?$/;
/** Nouns that follow a name as its sentence's object without a noun's ending (`Zeit geben`), folded. */
const COMMON_NOUNS = new WordSet(['zeit', 'ende', 'anfang', 'applaus', 'beifall', 'recht', 'angst', 'mut', 'geld', 'hilfe', 'rat', 'ruhe', 'schuld', 'dank', 'vorrang', 'zugang', 'druck', 'grund', 'platz', 'wort', 'lob']);

/**
 * True if a title stands before `start` that the entry's descriptions give it (`Landeshauptmann
 * Ludwig Montag an` for the `Landeshauptmann von Wien`): the name after it is the entry's, and what
 * follows is the sentence's.
 */
export function ownTitleBefore(text: string, start: number, alias: AliasRecord): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  const title = TITLE_ENDINGS.exec(foldKey(text.slice(word.from, word.to)));
  if (title === null) return false;
  const root = title[0].replace(/(?:in|r)$/, '');
  for (const described of describedWords(alias)) if (described.includes(root)) return true;
  return false;
}

/** True if a capitalised title or role stands before `start` (`Bundeskanzler`, `Landeschefin`). */
export function afterTitle(text: string, start: number): boolean {
  return nounBefore(text, start, TITLE_ENDINGS);
}

/**
 * True if a Romance name's particle and a capitalised word that is none of the person's names
 * follow: the surname is part of a longer name (`Ribera del Duero`, the wine), unless the
 * person's own (`Lula da Silva`, whose names hold `Silva`).
 */
export function beforeRomanceParticle(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  if (!smallWordAfter(text, end, ROMANCE_PARTICLES)) return false;
  const next = capitalisedWordAfter(text, wordEnd(text, end + 1));
  return next !== null && !nameWords.has(foldKey(text.slice(next.from, next.to)));
}
/**
 * Particles inside Spanish, Portuguese and Italian names, read in German and English text only (in
 * those languages they are everyday words: `Messi del Inter Miami`); not the ones that are English
 * or German words too (`do`, `da`, `das`: `Will Trump do …`, `Merz das Wort erteilen`).
 */
export const ROMANCE_PARTICLES = new WordSet(['de', 'del', 'della']);

/** Surnames that are titles too (folded): before a given name they are the title (`Kaiser Franz`). */
const TITLES = new Set([
  'kaiser', 'konig', 'graf', 'herzog', 'furst', 'prinz', 'bischof', 'papst', 'ritter', 'baron', 'king', 'prince', 'pope', 'duke',
  'earl', 'lord', 'bishop', 'sultan', 'emir', 'zar', 'tsar', 'czar',
  // A storm is named so too (`Storm Ronja` is no Theodor Storm).
  'storm', 'hurricane', 'typhoon', 'cyclone',
]);
/** True if a given name that is none of the person's and a capitalised word follow `end` (` Jens Walter`), not before a `zu` infinitive. */
export function beforeOthersFullName(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  const given = capitalisedWordAfter(text, end);
  if (given === null || !FIRST_NAMES.hasIn(text, given.from, given.to) || isOwnName(foldKey(text.slice(given.from, given.to)), nameWords)) return false;
  const surname = capitalisedWordAfter(text, given.to);
  // (Not compared with the other, before a `zu` infinitive: `Schneider Olaf Scholz vorzuziehen`.)
  return surname !== null && !(text.charCodeAt(surname.to) === 0x20 && ZU_INFINITIVE.test(text.slice(surname.to + 1, wordEnd(text, surname.to + 1))));
}
const ZU_INFINITIVE = /^(?:zu|\p{Ll}+zu\p{Ll}+en)$/u;

/**
 * True if a surname that is also a title stands right before a given name that is not the
 * person's: `Kaiser Franz Joseph` is not Peter Kaiser, `King Charles` not Martin Luther King
 * (`Kaiser Peter`, surname first, is). Other surnames before a given name are the person's: German
 * puts the subject before the object (`Am Montag traf Merz Emmanuel Macron`).
 */
export function titleBeforeName(text: string, end: number, surname: string, nameWords: ReadonlySet<string>): boolean {
  if (!TITLES.has(surname)) return false;
  const next = capitalisedWordAfter(text, end);
  return next !== null && (FIRST_NAMES.hasIn(text, next.from, next.to) || RULERS_NAMES.hasIn(text, next.from, next.to)) && !isOwnName(foldKey(text.slice(next.from, next.to)), nameWords);
}
/**
 * Rulers' given names after a title (`King Hussein`, `König Salman`), read only there: elsewhere
 * they are as often surnames (`Saddam Hussein`), and a given name before a German object makes it
 * a surname (`Als Hussein Kuwait besetzen ließ`).
 */
const RULERS_NAMES = new WordSet(['hussein', 'abdullah', 'salman', 'fahd', 'faisal', 'hassan', 'tamim', 'harald', 'felipe', 'carl', 'juan', 'bhumibol', 'akihito', 'naruhito']);

/**
 * True if the text calls the person by a surname after a form of address of the other sex than the
 * entry's German description gives (`Mr Gupta` beside a BJP-Politikerin, `Frau Müller` beside an
 * SPD-Politiker): a namesake. (German's genitive is left alone: `die Frau Söders` is his wife.)
 */
export function otherSex(text: string, start: number, end: number, aliasEnd: number, alias: AliasRecord, english: boolean): boolean {
  if (end !== aliasEnd && !english) return false;
  // (In German also the pronoun of a relative clause on the name: `sagte Müller, die seit 1994 im Rathaus arbeitet`.)
  const said = (end === aliasEnd && !english ? relativePronounAfter(text, end) : '') || addressedSex(text, start);
  if (said === '') return false;
  alias.sex ??= describedSex(alias.descriptions[GERMAN]!);
  return alias.sex !== '' && alias.sex !== said;
}

/** The sex (`m`, `f`) of a form of address just before `start` (`Mr Gupta`, `Frau Merz`), else ''. */
function addressedSex(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 0x20) return '';
  let at = start - 1;
  // (A stop only after an abbreviation, `Mr.`: else it may end a sentence, `eine ältere Dame. Merz …`.)
  const stop = text.charCodeAt(at - 1) === 0x2e;
  if (stop) at--;
  const from = wordStart(text, at);
  // (Written as a word, not in capitals: `MS Dhoni` holds initials.)
  if (from >= at - 1 || !isUpperCase(text.charCodeAt(from)) || isUpperCase(text.charCodeAt(from + 1))) return '';
  if (stop && !ABBREVIATED_TITLES.hasIn(text, from, at)) return '';
  return MALE_ADDRESS.hasIn(text, from, at) ? 'm' : FEMALE_ADDRESS.hasIn(text, from, at) ? 'f' : '';
}

/**
 * The sex (`m`, `f`) of a relative clause's pronoun after a name and a comma (`sagte Müller, die seit
 * 1994 im Rathaus arbeitet`), read only before a word that opens such clauses; else ''.
 */
function relativePronounAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== COMMA) return '';
  const sex = text.startsWith(' die ', end + 1) ? 'f' : text.startsWith(' der ', end + 1) ? 'm' : '';
  return sex !== '' && CLAUSE_STARTS.hasIn(text, end + 6, wordEnd(text, end + 6)) ? sex : '';
}
const CLAUSE_STARTS = new WordSet(
  'seit sich schon selbst als in im auf an mit fur bei nach vor von zu zum zur noch nicht ihr ihre ihren sein seine seinen das den dem ebenfalls auch gestern heute bisher lange jahrelang'.split(' '),
);
const GERMAN = DESCRIPTION_LANGUAGES.indexOf('de');
const MALE_ADDRESS = new WordSet(['mr', 'mister', 'herr', 'herrn', 'sir', 'lord']);
const FEMALE_ADDRESS = new WordSet(['mrs', 'ms', 'miss', 'frau', 'dame', 'lady']);

/** Capitalised prefixes joined to a name by a hyphen (`Anti-Trump`, `Ex-Merkel-Berater`). */
const NAME_PREFIXES = new Set(['anti', 'contra', 'co', 'ex', 'kontra', 'mega', 'neo', 'nicht', 'post', 'pro', 'pseudo', 'super', 'vize']);

/**
 * True if a surname is the second half of someone's double name (`Mikl-Leitner`, `Strack-Zimmermann`):
 * it follows a hyphen and a capitalised word that is no acronym (`US-`), no prefix (`Anti-`) and
 * no name found just before (`Biden-Harris-Regierung` names two people), and no hyphen follows (a
 * compound of names: `Putin-Selenskyj-Treffen`).
 */
export function secondOfDoubleName(text: string, start: number, end: number, mentions: readonly Mention[]): boolean {
  if (start < 3 || !isHyphen(text.charCodeAt(start - 1)) || isHyphenJoin(text, end)) return false;
  const from = wordStart(text, start - 1);
  if (from === start - 1 || !isUpperCase(text.charCodeAt(from)) || isUpperCase(text.charCodeAt(from + 1))) return false;
  if (NAME_PREFIXES.has(foldKey(text.slice(from, start - 1)))) return false;
  return mentions.at(-1)?.end !== start - 1;
}

/**
 * Short forms of given names that stand for the longer ones they start (`Rob` of Robert); not the
 * listed names that start others' (`Sven` of Svenja, `Daniel` of Danielle, `Jan` of Janet).
 */
const SHORT_FORMS = new Set(['rob', 'chris', 'alex', 'max', 'ben', 'tim', 'sam', 'matt', 'pat', 'phil', 'greg', 'steve', 'fred', 'nick', 'wes']);
/**
 * Pet names and short forms, with the given names they stand for (`Bill` of William, `Jay` of
 * Jerome Powell; `Dan` of Daniel, not of Danielle, as `SHORT_FORMS` would have it).
 */
const PET_NAMES = new Map<string, readonly string[]>([
  ['bill', ['william']],
  ['billy', ['william']],
  ['bobby', ['robert']],
  ['jim', ['james']],
  ['jimmy', ['james']],
  ['jay', ['james', 'jerome']],
  ['jack', ['john']],
  ['johnny', ['john', 'jonathan']],
  ['ted', ['edward', 'theodore']],
  ['tony', ['anthony', 'antonio', 'anton']],
  ['liz', ['elizabeth', 'elisabeth']],
  ['chuck', ['charles']],
  ['mike', ['michael']],
  ['dan', ['daniel']],
  ['dave', ['david']],
  ['ed', ['edward', 'edmund']],
  ['ken', ['kenneth']],
  ['ron', ['ronald']],
  ['don', ['donald']],
  ['jon', ['jonathan']],
  ['pete', ['peter']],
  ['jeff', ['jeffrey']],
  ['joe', ['joseph']],
  ['sepp', ['josef', 'joseph']],
  ['andy', ['andrew', 'andreas']],
  ['kate', ['katherine', 'catherine', 'kathryn']],
  ['peggy', ['margaret']],
  ['larry', ['lawrence', 'laurence']],
  ['harry', ['henry', 'harold']],
]);
function isOwnName(given: string, nameWords: ReadonlySet<string>): boolean {
  if (nameWords.has(given)) return true;
  // `Vladimir`, `Mohammed`, `Sergey`; not `Marie` for `Marine`: short names a letter apart are others.
  if (given.length >= 6) for (const own of nameWords) if (own.length >= 6 && withinEdits(given, own, 1)) return true;
  // A short form of the name (`Rob` of Robert, `Alex` of Alexander).
  if (SHORT_FORMS.has(given)) for (const own of nameWords) if (own.length >= given.length + 2 && own.startsWith(given)) return true;
  return PET_NAMES.get(given)?.some((name) => nameWords.has(name)) ?? false;
}

/**
 * Places that are also given names (folded): in English, before a surname they are a person's
 * (`Jordan Bardella`, `Paris Hilton`, `Victoria Beckham`, `Adelaide Brennan`). Not those that stand
 * before nouns as often (`Israel Hamas talks`, `Georgia Republicans`); and German capitalises nouns
 * (`Paris Hilfe schicken`), so there they are left alone.
 */
export const PLACE_GIVEN_NAMES = new Set(
  'adelaide austin brooklyn chelsea dallas eugene florence jordan lewis lorraine madison margaux orlando paris savannah sydney victoria'.split(' '),
);

/**
 * True if the name at text[start, end) speaks: before a verb of speech (`Levin said`, `Levin sagte`,
 * `Levin, who …`) or after one (`said Levin`, `so Levin`, `according to Levin`).
 */
export function speakerAt(text: string, start: number, end: number, english: boolean): boolean {
  const verbs = english ? SPEECH_VERBS_EN : SPEECH_VERBS_DE;
  if (text.charCodeAt(end) === 0x20) {
    const to = wordEnd(text, end + 1);
    // (Opening a clause, not after a preposition: `In Levin sagt man …`.)
    if (verbs.hasIn(text, end + 1, to)) return opensClause(text, start);
  } else if (english && text.startsWith(', who ', end)) return true;
  // (`Maitland, a former deckhand, said …`.)
  else if (text.charCodeAt(end) === COMMA && opensClause(text, start)) {
    const apposed = (english ? APPOSED_SPEAKER_EN : APPOSED_SPEAKER_DE).exec(text.slice(end, end + 90));
    // (Not one that calls it a town: `Hagen, eine Großstadt am Rand des Sauerlands, erklärte …`.)
    if (apposed !== null) return !TOWN_APPOSED.test(apposed[0]);
  }
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (english && text.startsWith('to', word.from) && word.to === word.from + 2) return wordOfBeforeAnyCase(text, word.from, ACCORDING);
  // (`Laut Levin …` may open a sentence. After a verb, the name closes the clause: not `told Levin
  // households`, `kritisierte Washington scharf`.)
  return (!isUpperCase(text.charCodeAt(word.from)) && verbs.hasIn(text, word.from, word.to) && closesClause(text, end, true)) || (!english && QUOTING_DE.hasIn(text, word.from, word.to));
}
/** An apposition and a verb of speech after a name (`, a former deckhand, said`, `, eine Lehrerin, sagte`). */
const APPOSED_SPEAKER_EN = /^, (?:a|an) [^,.;:!?]{1,70}, (?:said|says|told|added)\b/;
const APPOSED_SPEAKER_DE = /^, (?:ein|eine) [^,.;:!?]{1,70}, (?:sagte|sagt|betonte|betont|meinte|meint)\b/;
const TOWN_APPOSED = /(?:stadt|gemeinde|dorf|ort|town|city|village|suburb)\b/i;

/** Verbs of speech after or before a speaker's name (folded): a person's, not an institution's (`warnte`, `fordert`). */
export const SPEECH_VERBS_EN = new WordSet(
  'said says told tells added adds explained explains admitted admits recalled recalls replied replies warned warns argued argues wrote writes noted notes insisted insists'.split(' '),
);
export const SPEECH_VERBS_DE = new WordSet('sagte sagt erklarte erklart betonte betont meinte meint erganzte erganzt antwortete antwortet erzahlte erzahlt'.split(' '));
/** German words that quote a speaker (`so Levin`, `laut Levin`). */
const QUOTING_DE = new WordSet(['so', 'laut']);
const ACCORDING = new WordSet(['according']);

/**
 * Surnames that are German nouns (trades, titles, animals, things), folded: after an indefinite
 * article they are the noun (`wie ein alter Herzog`, `sein Richter`), and so is a surname listed
 * as case-sensitive. Other surnames stay the person there, as German describes people (`ein
 * zufriedener Merz`, `dieser Trump`). The fuzzy stage takes none of them for a slip in another
 * name (`Leiter` is no Leitner).
 */
export const NOUN_SURNAMES = new Set(
  `abt adler bach backer bader bar baum bauer becker berg bergmann binder bischof blume bock bote brand brauer burger
  busch decker dreher engel falke feld fink fischer fleischer forster freund fuchs fuhrmann furst gartner gast gerber
  glaser graf hahn hammer hase hebel held pein herbst herzog kammerer hinterhauser hirsch hirte hof jager kaiser kaufmann keller kellner koch
  konig kramer kranich kreis lamm lehrer leiter lowe maler mann maurer meister metzger mond muller nagel papst pfarrer prinz rabe
  reiter richter riese ritter rose sanger schafer scherer schmied schnabel schneider schreiber schreiner schuster schwan
  schiffer seiler sommer specht speicher kraft stahl stein stern storch strauss sturm teufel tischler vogel vogt wagner wald weber winter wirt
  wolf zimmermann`.split(/\s+/),
);

export const NO_WORDS: ReadonlySet<string> = new Set();
