/**
 * Firms' names: a town's, a person's or a thing's name is often a firm's too, or part of one
 * (`Nord Stream 2 AG`, `Salzgitter AG`, `der Zulieferer Mahle`, `eine Stube von Möbel Pfister`,
 * `im Trump Hotel`), told by a legal form after it, a firm's or a trade's noun before it, or a word
 * of the firm's own trade after it that its descriptions hold.
 */
import { afterDefinite, APPOSED_ARTICLES, capitalisedWordAfter, CONJUNCTIONS, DEFINITE_ARTICLES_DE, DEFINITE_DE, foldAt, INDEFINITE, isHyphen, nounBefore, opensSentence, TIME_WORDS, wordBefore, wordBeforeIn, wordEnd, wordOfBeforeAnyCase, wordStart, wordStartBefore } from './text-around';
import { COMMA, foldKey, isUpperCase, JOIN } from './fold';
import { AliasFlag, type AliasRecord, isAcronym, type MatcherIndex, TOWN_ADJECTIVE } from './alias-index';
import { AGENT_ENDS, givenNameBefore } from './person-names';
import { describedWords, entryNames } from './descriptions';
import { WordSet } from './word-set';
import { TITLE_ENDINGS } from './first-names';

/**
 * True if what one has or puts in a firm comes shortly before the `in` before `start` (`a stake in`,
 * `invested $45 million in`, `Vertrauen der Anleger in`).
 */
export function heldIn(text: string, start: number): boolean {
  return HELD_IN.test(text.slice(Math.max(0, start - 48), start));
}
const HELD_IN =
  /(?<!\p{L})(?:invest\p{L}*|stakes?|shares?|confiden\p{L}*|belief|trust|faith|interest|optimis\p{L}*|pessimis\p{L}*|volatility|positions?|exposure|holdings?|trading|gains?|loss(?:es)?|savings|morale|money|dollars|euros?|(?:m|b)illions?|turnaround|overweight|underweight|weakness|strength|selling|buying|value|short|upside|downside|options|activity|einstieg|engagement|ausstieg|rises?|falls?|drops?|rally|jump|surge|decline|investier\p{L}*|vertrauen|hoffnung\p{L}*|anteile|beteiligung\p{L}*|glauben|geld|erspartes|milliarden|millionen)(?!\p{L})[^.;:!?]{0,32}(?<!\p{L})i[nm] $/iu;
/**
 * True if the place's name at text[start, end), after an article, goes on across one or two
 * capitalised words to a company's legal form: it is part of the firm's name (`die Andermatt-Sedrun
 * Sport AG`, `der Wien Energie GmbH`). At least one word between: a Swiss town before its canton's
 * letters is the town (`Baden AG`, `Wil SG`); nor a firm's part named after the land (`die
 * Deutschland-Tochter Vodafone GmbH`), nor a firm after a place (`in Frankfurt Deutsche Bank AG`).
 */
export function inFirmName(text: string, start: number, end: number): boolean {
  // (The article stands before the name's first part: `die Andermatt-Sedrun Sport AG`.)
  let from = start;
  while (from > 1 && isHyphen(text.charCodeAt(from - 1)) && foldAt(text, from - 2) > JOIN) from = wordStart(text, from - 1);
  if (!wordBeforeIn(text, from, DEFINITE_ARTICLES_DE)) return false;
  let at = end;
  for (let words = 0; words < 3; words++) {
    const gap = text.charCodeAt(at);
    if ((gap !== 0x20 && !isHyphen(gap)) || !isUpperCase(text.charCodeAt(at + 1))) return false;
    const to = wordEnd(text, at + 1);
    if (words > 0 && COMPANY_FORMS.has(text.slice(at + 1, to))) return true;
    if (FIRM_PARTS.hasIn(text, at + 1, to)) return false;
    at = to;
  }
  return false;
}
const COMPANY_FORMS = new Set(['AG', 'GmbH', 'KG', 'KGaA', 'SE', 'Ltd', 'Inc', 'PLC', 'LLC', 'SpA']);

/**
 * True if a legal form follows the name that ends at `end` (`Nord Stream 2 AG`). Not English `AG`,
 * the attorney general (`Trump AG pick Pam Bondi`), nor `SE` but after a person's name (`die
 * Porsche SE`, `Axel Springer SE`; the `iPhone SE` is a model).
 */
export function legalFormAfter(text: string, end: number, english: boolean, person: boolean): boolean {
  const to = wordEnd(text, end + 1);
  if (to - end > 5) return false;
  const form = text.slice(end + 1, to);
  return COMPANY_FORMS.has(form) && !(english && form === 'AG') && (form !== 'SE' || person);
}
const FIRM_PARTS = new WordSet(['tochter', 'sparte', 'ableger', 'filiale', 'niederlassung', 'chef', 'chefin', 'werk']);
/** True if a capitalised word that is no legal form, nor a time (`Anfang Mai`), follows `end`. */
export function sisterNameGoesOn(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== null && !COMPANY_FORMS.has(text.slice(next.from, next.to)) && !TIME_WORDS.hasIn(text, next.from, next.to);
}

/** True if one of the entry's names ends in a company's legal form (`Salzgitter AG`): a firm named after its town. */
export function namedWithForm(index: MatcherIndex, record: number): boolean {
  return entryNames(index, record).names.some((name) => COMPANY_FORMS.has(name.slice(name.lastIndexOf(' ') + 1).replace(/\.$/, '')));
}

/**
 * True if the name at text[start, end), before a word of `VENUES`, names the venue: after an article
 * (in German; a word may stand between, `das Hamburger Thalia Theater`) or opening a headline, and the venue's word not the first of a list of nouns (`fördert die Allianz Museum und Oper`).
 */
export function beforeVenue(text: string, start: number, end: number, english: boolean): boolean {
  if (!english && !afterDefinite(text, start) && !afterDefinite(text, wordBefore(text, start)?.from ?? 0) && !opensSentence(text, start)) return false;
  // A list of nouns after it, closed by a conjunction: `fördert Siemens Theater und Museen`,
  // `Theater, Museen und Oper` (not an apposition: `in der Allianz Arena, Heimstätte des …`).
  let at = wordEnd(text, end + 1);
  if (text.charCodeAt(at) === COMMA && text.charCodeAt(at + 1) === 0x20 && isUpperCase(text.charCodeAt(at + 2))) at = wordEnd(text, at + 2);
  // (An apposition after an article is none: `the Emera Oval, the downtown skating rink`; a list is,
  // `die Allianz Theater, die Oper und Museen`.)
  if (text.charCodeAt(at) === COMMA) return text.charCodeAt(at + 1) === 0x20 && APPOSED_ARTICLES.hasIn(text, at + 2, wordEnd(text, at + 2)) && !listGoesOn(text, wordEnd(text, at + 2));
  return !(text.charCodeAt(at) === 0x20 && CONJUNCTIONS.hasIn(text, at + 1, wordEnd(text, at + 1)) && capitalisedWordAfter(text, wordEnd(text, at + 1)) !== null);
}
/** True if a word and a conjunction follow one space after `at` (` Oper und`). */
function listGoesOn(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x20) return false;
  const to = wordEnd(text, at + 1);
  return text.charCodeAt(to) === 0x20 && CONJUNCTIONS.hasIn(text, to + 1, wordEnd(text, to + 1));
}
/** True if a carmaker's name, not a person's (`Doug Ford`), stands before `start`. */
export function carMakerBefore(text: string, start: number): boolean {
  const maker = wordBefore(text, start);
  return maker !== null && isUpperCase(text.charCodeAt(maker.from)) && CAR_MAKERS.hasIn(text, maker.from, maker.to) && givenNameBefore(text, maker.from) === null;
}
/** Carmakers, before a model's name (`Opel Astra`, `Seat Ibiza`, `Hyundai Santa Fe`), folded. */
export const CAR_MAKERS = new WordSet('opel vw volkswagen ford toyota renault peugeot fiat skoda seat nissan honda mazda hyundai kia citroen volvo dacia suzuki mitsubishi subaru chevrolet'.split(' '));

/**
 * True if the trade's word after a firm's name (`SISTER_FIRMS`) is the firm's own, as its
 * descriptions say (`Tesla Motors` of the carmaker, `Dow Chemicals` of the chemicals group).
 */
export function ownTrade(text: string, end: number, alias: AliasRecord): boolean {
  const trade = TRADES.get(foldKey(text.slice(end + 1, wordEnd(text, end + 1))));
  return trade !== undefined && alias.descriptions.some((description) => trade.test(description));
}
const TRADES = new Map([
  ['steel', /stahl|steel/i],
  ['motors', /auto|car\b|carmaker|vehicle|fahrzeug/i],
  ['chemicals', /chemi/i],
]);
/**
 * True if the firm's acronym and its division's word (`DIVISIONS`) name the division: after `die`
 * or `der` or opening a sentence, and not as a noun of the sentence (`Im ÖBB Fernverkehr`, `das
 * BVG Netz`, `die ÖBB Netz und Betrieb trennen`, `Netz-Ausbau`).
 */
export function divisionNamed(text: string, start: number, end: number): boolean {
  const to = wordEnd(text, end + 1);
  if (isHyphen(text.charCodeAt(to)) || (text.charCodeAt(to) === 0x20 && CONJUNCTIONS.hasIn(text, to + 1, wordEnd(text, to + 1)))) return false;
  return wordOfBeforeAnyCase(text, start, FEMININE_ARTICLES) || opensSentence(text, start);
}
const FEMININE_ARTICLES = new WordSet(['die', 'der']);
/** True if the firm's descriptions hold a longer word of the landform after `end` (`Holmen Forest` of a forestry group). */
export function worksLandform(text: string, end: number, alias: AliasRecord): boolean {
  const landform = foldKey(text.slice(end + 1, wordEnd(text, end + 1)));
  for (const word of describedWords(alias)) if (word.length > landform.length && word.startsWith(landform)) return true;
  return false;
}
/**
 * True if the venue's noun after `end` names a venue of its own: after a firm's one-word name, one
 * of `VENUES` but a tower; after a tower's noun or an acronym, one that no capitalised word follows
 * (`NHS Tower Hamlets`, `Intel Tower Semiconductor`, `the NHL Stadium Series`, a headline's `NHL
 * Arena Deal Approved`).
 */
export function venueAfter(text: string, end: number, hot: number): boolean {
  const to = wordEnd(text, end + 1);
  return ((hot & AliasFlag.Thing) !== 0 && !TOWERS.hasIn(text, end + 1, to)) || capitalisedWordAfter(text, to) === null;
}
const TOWERS = new WordSet(['tower', 'turm']);
/** True if the alias is a firm's or a body's acronym (`CN` of Canadian National: `the CN Tower` is a venue). */
export function firmAcronym(alias: AliasRecord, hot: number): boolean {
  return alias.type === 'organisation' && (hot & AliasFlag.CaseSensitive) !== 0 && (alias.acronym ??= isAcronym(alias.alias));
}
/**
 * True if one of `TITLE_FIRM_WORDS` follows `end` and then a hyphen or a capitalised word: a
 * compound or a headline in title case (`Dort traf Wissing Rail-Manager`, `Haigh Rail Reforms Face
 * Delay`), not the firm (`Stadler Rail in Bussnang`, `Tata Motors Ltd`).
 */
export function headlineFirmWord(text: string, end: number): boolean {
  const to = wordEnd(text, end + 1);
  if (!TITLE_FIRM_WORDS.hasIn(text, end + 1, to)) return false;
  if (isHyphen(text.charCodeAt(to))) return true;
  const next = capitalisedWordAfter(text, to);
  return next !== null && !FIRM_SUFFIXES.hasIn(text, next.from, next.to);
}
/** Words of `NAMED_FIRMS` that are words of a headline too (`Rail Reforms`). */
const TITLE_FIRM_WORDS = new WordSet(['rail', 'logistics', 'motors']);
const FIRM_SUFFIXES = new WordSet(['ag', 'se', 'ltd', 'plc', 'inc', 'group', 'gmbh', 'limited', 'corp']);
const TRADE_NOUNS = /(?:unternehmen|spedition|veranstalter|makler|reederei|betrieb)$/;
/** True if an article, a possessive or a firm's noun stands before `start` (`im Trump Hotel`, `seine Holding Pierer Industrie`). */
export function afterFirmWord(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  return DEFINITE_DE.hasIn(text, word.from, word.to) || INDEFINITE.hasIn(text, word.from, word.to) || (isUpperCase(text.charCodeAt(word.from)) && FIRM_NOUNS.test(foldKey(text.slice(word.from, word.to))));
}
const FIRM_NOUNS = /(?:holding|konzern|firma|unternehmen|gruppe|marke|tochter)$/;
/** True if a capitalised noun of a trade's firm stands before `start` (`Das Busunternehmen`, see `FAMILY_TRADES`). */
export function tradeNounBefore(text: string, start: number): boolean {
  return nounBefore(text, start, TRADE_NOUNS);
}

/**
 * True if an indefinite article and a town's adjective stand before `start` (`ein Berliner`, `einen
 * Kölner`; not an agent's noun in -er, whose genitive follows it: `Ein Sprecher Weimers`). A name in
 * the genitive (`genitive`) is the brand's only after an article in the genitive (`eines Berliner
 * Kindls`); after another the word in -er is a noun whose genitive it is: `ein Schwager Haidingers`.
 */
export function afterTownBrand(text: string, start: number, genitive: boolean): boolean {
  const town = wordBefore(text, start);
  // (Not a title: `unter einem Kanzler Kickl`.)
  if (town === null || !TOWN_ADJECTIVE.test(text.slice(town.from, town.to)) || AGENT_ENDS.test(foldKey(text.slice(town.from, town.to))) || TITLE_ENDINGS.test(foldKey(text.slice(town.from, town.to)))) return false;
  const article = wordBefore(text, town.from);
  if (article === null || !INDEFINITE.hasIn(text, article.from, article.to)) return false;
  return !genitive || text.endsWith('es', article.to);
}

/** True if a capitalised German noun that ends as a firm's kind does stands before `start` (`Fischrestaurantkette`, `Modemarke`). */
export function afterFirmCompound(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) && FIRM_COMPOUND.test(text.slice(word.from, word.to));
}
const FIRM_COMPOUND = /\p{Ll}(?:kette|konzern|marke|hersteller|firma|gruppe|zulieferer|lieferant|versorger|produzent|anbieter)$/u;
/** Kinds of firm named after the family that owns it, which German puts before the name (folded). */
export const FIRMS = new WordSet(
  [
    'bankhaus', 'privatbank', 'bank', 'verlag', 'verlagshaus', 'brauerei', 'autohaus', 'modehaus', 'kaufhaus', 'mobelhaus', 'weingut',
    'kanzlei', 'reederei', 'spedition', 'druckerei', 'baufirma', 'bauunternehmen', 'firma', 'familienunternehmen', 'juwelier', 'unternehmen', 'konzern',
    'backerei', 'metzgerei', 'konditorei', 'gartnerei', 'brennerei', 'manufaktur', 'sagerei', 'schreinerei', 'tischlerei', 'zimmerei',
    'schlosserei', 'molkerei', 'kaserei', 'muhle',
    // and in the genitive (`des Weinguts Fuchs`, `des Verlags Kiepenheuer`)
  ].flatMap((firm) => [firm, firm + 's', firm + 'es']),
);
/**
 * The same, written alike in the plural (`die Autobauer Habeck treffen`: their guest): only after
 * an article of the singular (`beim Logistiker Schenker`, `der Zulieferer Mahle`).
 */
const FIRMS_ER = new WordSet(['logistiker', 'logistikers', 'versicherer', 'versicherers', 'autobauer', 'autobauers', 'discounter', 'discounters', 'diskonter', 'diskonters', 'zulieferer', 'zulieferers', 'hersteller', 'herstellers']);
/** The ends of compounds of `FIRMS_ER` (`Spanplattenhersteller`, `Lebensmitteldiskonter`), folded. */
const FIRM_ENDS = /.(?:hersteller|zulieferer|versicherer|logistiker|diskonter|discounter)s?$/;
const SINGULAR_ARTICLES = new WordSet(['der', 'des', 'dem', 'beim', 'vom', 'zum']);

/**
 * True if `Möbel` stands before `start` after a preposition: a furniture store named after its
 * family (`eine Stube von Möbel Pfister`; not `Welche Möbel Habeck mitbrachte`).
 */
export function afterFurnitureStore(text: string, start: number): boolean {
  const store = wordStartBefore(text, start);
  return store >= 0 && FURNITURE.hasIn(text, store, start - 1) && wordBeforeIn(text, store, STORE_PREPOSITIONS);
}
const FURNITURE = new WordSet(['mobel']);
const STORE_PREPOSITIONS = new WordSet(['von', 'bei', 'beim', 'vom', 'zu', 'zum', 'nach', 'aus', 'mit']);

/** True if a firm's kind of `FIRMS_ER` stands before `start` after an article of the singular. */
export function afterFirmKind(text: string, start: number): boolean {
  // (Each kind ends in -r or -s: most words before a surname fail here, unread.)
  const last = text.charCodeAt(start - 2);
  if (last !== 0x72 && last !== 0x73) return false;
  const kind = wordBefore(text, start);
  if (kind === null || !isUpperCase(text.charCodeAt(kind.from))) return false;
  // (Also in a compound: `der Spanplattenhersteller Egger`.)
  if (!FIRMS_ER.hasIn(text, kind.from, kind.to) && !FIRM_ENDS.test(foldKey(text.slice(kind.from, kind.to)))) return false;
  const article = wordBefore(text, kind.from);
  return article !== null && SINGULAR_ARTICLES.hasIn(text, article.from, article.to);
}
