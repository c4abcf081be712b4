/**
 * Names of papers, broadcasters, bands, works, ships and inns: a place's or a person's name is
 * often part of one (`the Harare Herald`, `die Ruhr Nachrichten`, `die Fähren „Romanshorn“ und
 * „Friedrichshafen“`, `das Gasthaus „Zur Krone“`), told by the noun before it, the quotation marks
 * around it, or the paper's word after it.
 */
import { afterPreposition, capitalisedWordAfter, CONJUNCTIONS, DEFINITE_ARTICLES_DE, ENGLISH_ARTICLES, foldAt, IN, isHyphen, isWordAfter, NOT_NEUTER, opensSentence, QUOTES, WEEKDAYS_EN, wordBefore, wordBeforeQuotes, wordEnd, wordOfBeforeAnyCase, wordStart } from './text-around';
import { foldKey, isDigit, isSoftSeparator, isUpperCase, JOIN } from './fold';
import { type AliasRecord, ENGLISH_ADJECTIVE_OF_ORIGIN, HAS_SMALL_LETTER, type MatcherIndex } from './alias-index';
import { cityRegion, cityWords, germanPlaceKey } from './places';
import { describedAsWork, describedWords, describesCity, entryNames, WORKS } from './descriptions';
import { WordSet } from './word-set';

/**
 * True if a paper's or a broadcaster's noun stands before the place's name, which is then the
 * paper's: in German after an article of the dative or genitive, or one that opens the sentence or
 * follows a preposition (`sagte der Zeitung Alto Adige`, `Die Zeitung Österreich berichtete`; not
 * the verb's object: `warf die Zeitung Israel vor`); in English where the name goes on (`the
 * newspaper China Daily`, `the broadcaster France 24`; not `the paper Britain submitted`).
 */
export function paperNounBefore(text: string, start: number, end: number, english: boolean): boolean {
  const noun = wordBefore(text, start);
  if (noun === null) return false;
  if (english) {
    if (!PAPER_NOUNS_BEFORE_EN.hasIn(text, noun.from, noun.to) || isUpperCase(text.charCodeAt(noun.from))) return false;
    return text.charCodeAt(end) === 0x20 && (isUpperCase(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1)));
  }
  if (!isUpperCase(text.charCodeAt(noun.from)) || !PAPER_NOUNS_BEFORE_DE.hasIn(text, noun.from, noun.to)) return false;
  let article = wordBefore(text, noun.from);
  // (An adjective between: `der italienischsprachigen Zeitung`.)
  if (article !== null && !isUpperCase(text.charCodeAt(article.from)) && !DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to)) article = wordBefore(text, article.from);
  if (article === null || !DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to)) return false;
  // (`der` is the dative of a feminine noun, `Zeitung`, the nominative of a masculine one: `der Sender Russland`.)
  const oblique = text.charCodeAt(noun.to - 1) === 0x67 ? OBLIQUE_ARTICLES : OBLIQUE_ARTICLES_NOT_FEMININE;
  return oblique.hasIn(text, article.from, article.to) || opensSentence(text, article.from) || wordOfBeforeAnyCase(text, article.from, PAPER_PREPOSITIONS);
}
const PAPER_NOUNS_BEFORE_DE = new WordSet(['zeitung', 'tageszeitung', 'wochenzeitung', 'tagblatt', 'lokalzeitung', 'regionalzeitung', 'sender', 'radiosender', 'fernsehsender']);
const PAPER_NOUNS_BEFORE_EN = new WordSet(['newspaper', 'broadcaster']);
const OBLIQUE_ARTICLES = new WordSet(['der', 'dem', 'des']);
const OBLIQUE_ARTICLES_NOT_FEMININE = new WordSet(['dem', 'des']);
const PAPER_PREPOSITIONS = new WordSet(['laut', 'von', 'in', 'bei', 'mit', 'gegenuber', 'aus']);

/**
 * True if `am Sonntag` or `on Sunday` follows the name of a paper that has a Sunday sister
 * of that name (`NZZ am Sonntag`, `Mail on Sunday`); after another paper it is the day (`told the
 * BBC on Sunday`, `wie der Spiegel am Sonntag meldete`).
 */
export function sundaySister(text: string, end: number, alias: AliasRecord): boolean {
  // (Any paper's name before a Sunday paper's noun is that paper's: `Frankfurter Allgemeine Sonntagszeitung`.)
  if (text.startsWith(' Sonntags', end) && SUNDAY_PAPERS.hasIn(text, end + 1, wordEnd(text, end + 1))) return true;
  for (const sister of SUNDAY_SISTERS) if (text.startsWith(sister, end) && foldAt(text, end + sister.length) <= JOIN) return SUNDAY_SISTER_PAPERS.has(alias.key);
  return false;
}
const SUNDAY_SISTERS = [' am Sonntag', ' on Sunday'];
const SUNDAY_PAPERS = new WordSet(['sonntagszeitung', 'sonntagsblatt']);
const SUNDAY_SISTER_PAPERS = new Set(['nzz', 'neuezurcherzeitung', 'bild', 'welt', 'diewelt', 'mail', 'dailymail', 'independent', 'theindependent']);
/**
 * True if a preposition of `NOUN_PREPOSITIONS` and a definite article stand before `start` (`vor der`,
 * `aus der`). (Not an article and an adjective: `dem liberalen Standard` is the paper.)
 */
export function paperNounPhrase(text: string, start: number): boolean {
  const article = wordBefore(text, start);
  if (article === null || !DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to)) return false;
  const preposition = wordBefore(text, article.from);
  return preposition !== null && NOUN_PREPOSITIONS.hasIn(text, preposition.from, preposition.to);
}
/**
 * Prepositions that place things rather than take a paper for their object: not `in`, `mit`, `für`,
 * `gegen`, `zwischen` (`Kommentar in der Welt`, `Interview mit dem Spiegel`, `Klage gegen die Bild`).
 */
const NOUN_PREPOSITIONS = new WordSet(['vor', 'aus', 'auf', 'unter', 'durch', 'hinter', 'neben']);

/** True if a name of `record`'s entry is its alias `key` after a German article (`Der Standard`, `Die Zeit`). */
export function namedWithArticle(index: MatcherIndex, record: number, key: string): boolean {
  return entryNames(index, record).names.some((name) => /^(?:Der|Die|Das) /.test(name) && foldKey(name.slice(4)) === key);
}

/** True if `die` or `eine` and a band's noun stand before `start` (`die Band`, `eine Rockband`; not `der Band`, a volume). */
export function bandBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) && BANDS.hasIn(text, word.from, word.to) && wordOfBeforeAnyCase(text, word.from, BAND_ARTICLES);
}
const BANDS = new WordSet(['band', 'rockband', 'popband', 'punkband']);
const BAND_ARTICLES = new WordSet(['die', 'eine']);

/** The last part of a German newspaper's name after a place and a hyphen (`Main-Post`, `Rhein-Zeitung`, `Weser-Kurier`). */
const PAPERS_DE = new WordSet(
  'post zeitung kurier echo bote anzeiger rundschau tagblatt blatt merkur volksblatt allgemeine'.split(' '),
);

/** True if a hyphen and a word of `PAPERS_DE` follow the place's name ending at `end`. */
export function beforePaperInCompound(text: string, end: number): boolean {
  if (!isHyphen(text.charCodeAt(end)) || !isUpperCase(text.charCodeAt(end + 1))) return false;
  return PAPERS_DE.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/**
 * True if a ship's prefix stands before `start` (`HMS`, `USS`, `RMS`: in capitals). Only those that
 * mean nothing else: `MS`, `SMS` and `INS` are a man's initials, a text message and German's `in das`
 * as often (`per SMS Merz mitteilen`, `RÜCKKEHR INS TESSIN`).
 */
export function shipPrefixBefore(text: string, start: number): boolean {
  if (start < 3 || !isUpperCase(text.charCodeAt(start - 2)) || !isSoftSeparator(text.charCodeAt(start - 1))) return false;
  const word = wordBefore(text, start);
  if (word === null || !SHIP_PREFIXES.hasIn(text, word.from, word.to)) return false;
  for (let i = word.from; i < word.to; i++) if (!isUpperCase(text.charCodeAt(i))) return false;
  return true;
}
const SHIP_PREFIXES = new WordSet(['hms', 'hmas', 'hmcs', 'hmnzs', 'hnlms', 'uss', 'usns', 'rms']);

/**
 * True if one or two capitalised words after `end` go on to a work's word (`the Tay Road Bridge`,
 * `At Fraser Surrey Docks`): the name of a work named after the place, or a place. Not in a headline
 * in title case, where a verb has a capital too (`Starmer Visits Dover Docks`, `Biden Visits Key
 * Bridge Collapse Site`). (A place in an institution's name is the place: `Louisiana State
 * University`.)
 */
export function beforeWork(text: string, start: number, end: number): boolean {
  if (!wordOfBeforeAnyCase(text, start, WORK_LEADS)) return false;
  let at = end;
  for (let words = 0; words < 2; words++) {
    if (text.charCodeAt(at) !== 0x20 || !isUpperCase(text.charCodeAt(at + 1))) return false;
    const to = wordEnd(text, at + 1);
    if ((words === 0 && text.charCodeAt(to - 1) === 0x73) || PORTS.hasIn(text, at + 1, to)) return false;
    at = to;
    if (isWordAfter(text, at, BUILT_WORKS)) return capitalisedWordAfter(text, wordEnd(text, at + 1)) === null;
  }
  return false;
}
/** Words before a work's name (`by the Tay Road Bridge`, `At Fraser Surrey Docks`; not a headline's `Biden Key Bridge pledge`). */
const WORK_LEADS = new WordSet(['the', 'at', 'on', 'from', 'to', 'by', 'near', 'off', 'under', 'over', 'across']);
/** A port's words, which a town's name keeps before its terminal (`Dublin Airport Terminal 2`). */
const PORTS = new WordSet(['airport', 'port']);
const BUILT_WORKS = new WordSet('docks dock terminal terminals wharf quay pier bridge tunnel'.split(' '));

/**
 * Words after a place's name that make it a newspaper's (`The Seattle Times`, `Harare Herald`). A
 * hospital or an airport in a place is still in it: the place's card fits (`Kyiv Hospital`).
 */
export const NEWSPAPERS = new WordSet([
  'times', 'herald', 'post', 'tribune', 'journal', 'gazette', 'chronicle', 'courier', 'examiner', 'observer', 'inquirer', 'dispatch',
  'sentinel', 'telegraph',
  // (And the trains called so: `the Heathrow Express`.)
  'express',
  // German papers' own words (`die Ruhr Nachrichten`).
  'nachrichten', 'rundschau', 'anzeiger', 'tagblatt',
]);

export const MORE_NEWSPAPERS = new WordSet(['sun', 'star', 'echo', 'mail', 'mirror', 'picayune']);
/** True if the word at `at` is a paper's (`NEWSPAPERS`, `MORE_NEWSPAPERS`). */
export function paperWordAt(text: string, at: number): boolean {
  const to = wordEnd(text, at);
  return NEWSPAPERS.hasIn(text, at, to) || MORE_NEWSPAPERS.hasIn(text, at, to);
}
/** Definite articles before a newspaper's name (`the Harare Herald`, `die Washington Post`). */
const DEFINITE = new Set(['the', 'die', 'der', 'des', 'dem', 'la', 'le', 'il', 'el', 'o', 'a', 'het', 'de']);

/**
 * True if the place's name at text[start, end), which a word of `NEWSPAPERS` follows one space
 * after it, stands in a newspaper's: a definite article before it, and that word a word of its own
 * — not the first part of a compound (`the Ukraine Post-War Plan`), nor in a headline in title
 * case, where the next word has a capital too (`The China Post Record`). Without the article,
 * `Post` is post: `nach Russland Post schicken`.
 */
export function beforeNewspaper(text: string, start: number, end: number, english: boolean): boolean {
  const after = wordEnd(text, end + 1);
  if (isHyphen(text.charCodeAt(after)) || capitalisedWordAfter(text, after) !== null) return false;
  // English gives the word a capital only as a name (`Romano, Seattle Times business reporter`);
  // so does a line in capitals (`Credit: HARARE HERALD`).
  if (english || isUpperCase(text.charCodeAt(end + 2))) return true;
  // (Across a quotation mark: `die „New York Times“`; not after a preposition: `Wer in der Ukraine Nachrichten liest`.)
  const article = wordBeforeQuotes(text, start);
  return article !== null && DEFINITE.has(foldKey(text.slice(article.from, article.to))) && !afterPreposition(text, article.from);
}

/**
 * True if `in`, a big city and `erscheinende` stand before a paper's name whose descriptions place
 * it elsewhere, in another big city or another region than the city's (`der in München
 * erscheinenden SZ` beside the `Regionale Tageszeitung des Saarlandes`).
 */
export function publishedInOtherCity(text: string, start: number, alias: AliasRecord): boolean {
  const verb = wordBefore(text, start);
  if (verb === null || !PUBLISHED.hasIn(text, verb.from, verb.to)) return false;
  const place = wordBefore(text, verb.from);
  if (place === null || !wordOfBeforeAnyCase(text, place.from, IN)) return false;
  const city = cityWords(foldKey(text.slice(place.from, place.to)));
  if (city === undefined || describesCity(alias, city)) return false;
  if (describesCity(alias)) return true;
  // (A region only where the city is known to lie in another: `der in München erscheinende Merkur`
  // is the `Tageszeitung aus Bayern`.)
  const region = cityRegion(city);
  const regions = [...describedWords(alias)].map(germanPlaceKey).filter((key) => key?.startsWith('r:'));
  return region !== undefined && regions.length > 0 && !regions.includes(region);
}
const PUBLISHED = new WordSet(['erscheinende', 'erscheinenden', 'erscheinendes']);

/**
 * True if an inn's noun, an opening quotation mark and `Zum` or `Zur` stand just before `start`:
 * an inn's name (`das Gasthaus „Zur Krone“`, `im Hotel „Zum Adler“`; not an essay's title, `„Zum Iran“`).
 */
export function innNameBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || !(text.startsWith('Zur', start - 4) || text.startsWith('Zum', start - 4)) || !QUOTES.has(text.charCodeAt(start - 5))) return false;
  const noun = wordBefore(text, start - 5);
  return noun !== null && INNS.test(foldKey(text.slice(noun.from, noun.to)));
}
/** Nouns of inns, also as the end of a compound (`Traditionsgasthaus`, `Landhotel`), folded. */
const INNS = /(?:gasthaus|gasthof|wirtshaus|hotel|restaurant|lokal|gaststatte|kneipe|stube|schanke|pension|herberge|brauhaus|weinhaus|beisl|beisel)$/;

/** True if a part of a ship or an airship and an article stand before the quotation mark at `quote` (`an Bord der`). */
export function aboardBefore(text: string, quote: number): boolean {
  const article = wordBefore(text, quote);
  if (article === null || !NOT_NEUTER.hasIn(text, article.from, article.to)) return false;
  const part = wordBefore(text, article.from);
  return part !== null && VESSEL_PARTS.hasIn(text, part.from, part.to);
}
const VESSEL_PARTS = new WordSet('kabine bord besatzung taufe stapellauf kapitan crew deck jungfernfahrt gondel rumpf passagiere brucke'.split(' '));

/**
 * True if capitalised words go on from `end` to a closing quotation mark (`„Hamburg Express“`,
 * `“Chicago PD”`, `“LONDON CALLING”`). Not a slogan in capitals, the name's too, of three words or
 * more (`“TASSAL OUT OF MACQUARIE HARBOUR”`, `„BERLIN BLEIBT BUNT“`).
 */
export function quotedLongerName(text: string, start: number, end: number): boolean {
  let at = end;
  let words = 0;
  let capitals = !HAS_SMALL_LETTER.test(text.slice(start, end));
  while (words < 4 && text.charCodeAt(at) === 0x20 && isUpperCase(text.charCodeAt(at + 1))) {
    const to = wordEnd(text, at + 1);
    capitals &&= !HAS_SMALL_LETTER.test(text.slice(at + 1, to));
    at = to;
    words++;
  }
  return words > 0 && QUOTES.has(text.charCodeAt(at)) && !(capitals && words >= 2);
}

/**
 * True if a noun of a name stands before the quotation mark before `start` (`dem Taufnamen „…“`),
 * or, for a town, a capitalised genitive (`Grönemeyers „Bochum“`; a region in quotes after a
 * genitive is one claimed or renamed: `Putins „Neurussland“`).
 */
export function namedBefore(text: string, start: number, town: boolean): boolean {
  const word = wordBeforeQuotes(text, start);
  if (word === null) return false;
  if (NAME_NOUNS.hasIn(text, word.from, word.to)) return true;
  return town && isUpperCase(text.charCodeAt(word.from)) && text.charCodeAt(word.to - 1) === 0x73 && word.to - word.from > 4 && !isUpperCase(text.charCodeAt(word.from + 1));
}
const NAME_NOUNS = new WordSet(['name', 'namen', 'taufname', 'taufnamen', 'titel', 'named', 'christened', 'title']);
/**
 * True if a ship's noun stands before the quotation mark before `start` (`die Fähre
 * „Friedrichshafen“`, `the ferry “Dover”`), or before the name in quotes that this one follows in
 * a pair (`die Fähren „Romanshorn“ und „Friedrichshafen“`). A German noun is capitalised (not `Die
 * Busse fahren „Konstanz“ an`); an English one follows an article or a number (not `The retailer
 * ships "Berlin" editions`).
 */
export function shipBefore(text: string, start: number): boolean {
  let word = wordBeforeQuotes(text, start);
  if (word === null) return false;
  if (CONJUNCTIONS.hasIn(text, word.from, word.to) && QUOTES.has(text.charCodeAt(word.from - 2))) {
    const open = text.lastIndexOf(' ', word.from - 3) + 1;
    if (open === 0 || !QUOTES.has(text.charCodeAt(open))) return false;
    word = wordBeforeQuotes(text, open + 1);
    if (word === null) return false;
  }
  if (isUpperCase(text.charCodeAt(word.from))) return SHIPS_DE.hasIn(text, word.from, word.to);
  if (!SHIPS_EN.hasIn(text, word.from, word.to)) return false;
  const before = wordBefore(text, word.from);
  return before !== null && (ENGLISH_ARTICLES.hasIn(text, before.from, before.to) || isDigit(text.charCodeAt(before.from)));
}
const SHIPS_DE = new WordSet('fahre fahren schiff schiffe motorschiff dampfer raddampfer katamaran frachter'.split(' '));
const SHIPS_EN = new WordSet('ferry ferries ship ships vessel vessels liner'.split(' '));
/**
 * True if a noun of a work (`WORKS`) stands before the quotation mark before `start`, and it is not
 * the kind of work the entry is (`describedAsWork`).
 */
export function afterWorkNoun(text: string, start: number, alias: AliasRecord): boolean {
  const word = wordBeforeQuotes(text, start);
  return word !== null && WORKS.hasIn(text, word.from, word.to) && !describedAsWork(alias, foldKey(text.slice(word.from, word.to)));
}

/**
 * Words before a paper's name that make it another paper's (`The Sunday Herald`, `Daily Mail`),
 * where the name is a paper's noun (`PAPER_NOUNS`): `in a Sunday CNN interview` is CNN's.
 */
export const PAPER_PREFIXES = new WordSet([...WEEKDAYS_EN, 'daily', 'evening', 'morning', 'weekly', 'weekend']);
export const PAPER_NOUNS = new WordSet(
  'times herald post telegraph mail star standard express mirror sun observer independent guardian tribune journal chronicle gazette record echo news'.split(' '),
);

/**
 * True if the name at text[start, end) ends in a people's or a faith's adjective (`The Hindu`, `The
 * Australian`) and a noun it describes follows in small letters (`The Hindu shrine`, `the Hindu
 * festivals`, `The Australian dollar`).
 */
export function adjectiveBeforeNoun(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !DESCRIBED_NOUNS.hasIn(text, end + 1, wordEnd(text, end + 1)) || isUpperCase(text.charCodeAt(end + 1))) return false;
  const word = text.slice(wordStart(text, end), end);
  return ENGLISH_ADJECTIVE_OF_ORIGIN.test(word) || FAITHS.has(word.toLowerCase());
}
const FAITHS = new Set(['hindu', 'muslim', 'jewish', 'christian', 'sikh', 'catholic', 'buddhist']);
/** Nouns a people's or a faith's adjective describes in news. */
const DESCRIBED_NOUNS = new WordSet(
  `shrine shrines temple temples festival festivals community communities faith religion tradition traditions pilgrims pilgrimage god gods
  goddess deity deities calendar epic epics mythology caste castes wedding weddings nationalist nationalists nationalism majority minority
  population people dollar dollars government outback economy market markets state firm firms company companies bank banks
  side army navy military troops officials authorities workers households voters businesses industry sector`.split(/\s+/),
);
