/**
 * Places' names among others of the same words: a town's, a river's or a region's name is told
 * from a namesake by what stands around it — a noun of a place before it (`die Gemeinde Gösgen`,
 * `der Skiort Vail`), the river or district after it (`Ybbs an der Donau`, `Glarus Nord`), a route
 * (`von Kiel nach Bonn`), a river's verb (`in den Rhein mündet`) — and from a longer name it is
 * part of: a club's (`Manchester United`), a paper's, a firm's, a region's (`Salisbury Plain`).
 */
import { WordSet } from './word-set';
import { afterDefinite, afterPreposition, afterRelativePronoun, APPOSED_ARTICLES, capitalisedWordAfter, COMPASS_EN, CONJUNCTIONS, DEFINITE_ARTICLES_DE, DEFINITE_DE, ENGLISH_ARTICLE, foldAt, IN, INDEFINITE, INDEFINITE_EN, isHyphen, isHyphenJoin, isInitial, isLetter, isWord, MONTHS_EN, NOT_NEUTER, NOT_NOUNS, opensSentence, PREPOSITIONS_DE, RELATIVE_PREPOSITIONS, smallWordAfter, smallWordNext, TOWN_PREPOSITIONS, WEEKDAYS_EN, wordBefore, wordBeforeIn, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart, wordStartBefore } from './text-around';
import { COMMA, foldCode, foldKey, isApostrophe, isDigit, isSoftSeparator, isUpperCase, JOIN, SEP } from './fold';
import { ROMANCE_PARTICLES } from './person-names';
import { AliasFlag, type AliasRecord, DISTRICT_NAME, factsOf, HAS_SMALL_LETTER, type MatcherIndex, originKey } from './alias-index';
import { describedWords, describes, describesArea, describesCity, describesCitySpot, describesTown, entryNames, headWords, isHeadNoun, namesBigCity, RIVERS } from './descriptions';
import { beforeNewspaper, MORE_NEWSPAPERS, NEWSPAPERS, PAPER_NOUNS, PAPER_PREFIXES, publishedInOtherCity } from './media-and-works';
import { cityRegion, cityWords, COUNTRY_NAMES, germanAdjectiveKey, LANDSCAPES, placeKey, US_STATES } from './places';
import { regionAfter, STATES_WITH_HOUSES } from './homes';
import { FIRST_NAMES, TITLE_ENDINGS } from './first-names';
/** True if `Linie`, a compound of it (`Nord-Süd-Linie`), `line` or `route` ends one space before `start`. */
export function afterLine(text: string, start: number): boolean {
  // (All three end in `e`.)
  if (start < 5 || text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x65) return false;
  const from = wordStart(text, start - 1);
  const word = foldKey(text.slice(from, start - 1));
  return word.endsWith('linie') || word === 'line' || word === 'route';
}
/** English words that start a place's name before a surname, capitalised (`the Old Bailey`, `Fort Worth`, `Port Talbot`). */
export const PLACE_PREFIXES = new WordSet(['old', 'fort', 'port', 'mount', 'cape']);
/**
 * Those of them that make a place's name another place's (`PORT GLASGOW`, `Fort William`), and
 * German spas' `Bad` (`Bad Ems` is not on the Ems); a mountain or a cape keeps it (`Mount Everest`).
 */
const OTHER_PLACE_PREFIXES = new WordSet(['old', 'fort', 'port', 'bad']);
/**
 * True if the word before a place's name makes it another place's (`OTHER_PLACE_PREFIXES`: `Old
 * Trafford`), or in German its people's: a word of quantity or a plural's article before a place named like them
 * (`Viele Sachsen fragen sich`, `Die Sachsen seien bereit`; not `Hunderte Sylt-Urlauber`, nor `Sie
 * haben alle Deutschland verlassen`). One look back for both: most places' names are tested so.
 */
export function otherPlaceByWordBefore(text: string, start: number, end: number, key: string, english: boolean, riverOrMountain: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (isUpperCase(text.charCodeAt(word.from)) && OTHER_PLACE_PREFIXES.hasIn(text, word.from, word.to)) return true;
  // (One word: `der Freistaat Sachsen` is the land. Not a river's or a mountain's, which no people
  // is named after: `auf den Brocken`; a landscape's is, `Die Schwaben gelten als sparsam`.)
  if (english || riverOrMountain || !PEOPLE_NAMED.test(key) || isHyphen(text.charCodeAt(end)) || !isWord(text, start, end)) return false;
  // (Not a relative pronoun: `die Milliarden, die Bayern zahlt`; nor the object of a participle
  // the article's noun follows: `die Polen zustehenden Mittel`.)
  return QUANTIFIERS.hasIn(text, word.from, word.to) || (PLURAL_ARTICLES.hasIn(text, word.from, word.to) && LAND_OF_PEOPLE.test(key) && !afterRelativePronoun(text, start) && !participleBeforeNoun(text, end));
}

/**
 * True if a participle in small letters and a capitalised noun follow `end` (`zustehenden Mittel`,
 * `zugesagten Panzer`): the article before the name is the noun's. Present participles, and past
 * ones made with `ge` (`verhängte` reads as a verb as often).
 */
function participleBeforeNoun(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isLetter(text.charCodeAt(end + 1)) || isUpperCase(text.charCodeAt(end + 1))) return false;
  const to = wordEnd(text, end + 1);
  return PARTICIPLES.test(foldKey(text.slice(end + 1, to))) && capitalisedWordAfter(text, to) !== null;
}
const PARTICIPLES = /(?:nde|nden|ndes|nder|ndem)$|^(?:zu|an|auf|aus|bei|ein|mit|nach|vor|ab|zuruck)?ge[a-z]+(?:te|ten|tes|ter|tem|ene|enen|enes|ener)$/;

/**
 * True if the word before a place's name is a Romance particle (see `ROMANCE_PARTICLES`) after a
 * word that makes the name a namesake's: a paper, a race, a station, a street, a lake (`der
 * Corriere del Ticino`, `die Tour de France`, `die Gare de Lyon`, `der Lac de Neuchâtel`). Not an
 * institution of the place (`die Université de Genève`, `die Banque de France`), as in English.
 */
export function romanceNameBefore(text: string, start: number): boolean {
  // (Most places fail here, before a word is read: `de`, `del` and `della` end in `e`, `l` or `a`.)
  const last = text.charCodeAt(start - 2);
  if (last !== 0x65 && last !== 0x6c && last !== 0x61) return false;
  const word = wordBefore(text, start);
  if (word === null || isUpperCase(text.charCodeAt(word.from)) || !ROMANCE_PARTICLES.hasIn(text, word.from, word.to)) return false;
  const head = wordBefore(text, word.from);
  return head !== null && isUpperCase(text.charCodeAt(head.from)) && NAMESAKES.hasIn(text, head.from, head.to);
}
const NAMESAKES = new WordSet(
  `corriere giornale gazzetta messaggero tribune journal courrier nouvelliste diario tour giro vuelta gare stazione estacion rue
  avenue avenida place plaza piazza calle quai lac lago`.split(/\s+/),
);

/** Places named like their people in the plural (`Sachsen`, `Bayern`, `Hessen`, `Polen`), folded. */
const PEOPLE_NAMED = /(?:en|ern)$/;

/**
 * Of those, lands that take no article, named like their people (`Sachsen`, `Hessen`, `Bayern`,
 * `Schwaben`, `Franken`, `Polen`, `Schweden`, `Westfalen`): after a plural's article they are the
 * people (`Die Sachsen seien bereit`, `Aber die Polen haben uns nicht gewählt`). Not islands and
 * other places named in the plural, which take it (`die Philippinen`, `die Seychellen`, `die Hebriden`).
 */
const LAND_OF_PEOPLE = /(?:sen|ern|ben|ken)$|^(?:polen|schweden|westfalen)$/;
/** German articles of a plural (also a genitive's and a dative's): not `des`, `dem`, `das`. */
const PLURAL_ARTICLES = new WordSet(['die', 'der', 'den']);
/** German words of quantity before a plural: a place's name after one is its people (`viele Sachsen`). */
const QUANTIFIERS = new WordSet(
  ['viele', 'vielen', 'alle', 'allen', 'einige', 'einigen', 'manche', 'manchen', 'wenige', 'wenigen', 'mehrere', 'mehreren', 'zahlreiche', 'zahlreichen', 'meisten', 'tausende', 'hunderte'],
);
/**
 * True if a word that ends as the first words of `REGION_NAMES` do (`…h`, `…t`, `…n`, `…w`, `…r`, `…l`)
 * stands one space before `start`: a test of two characters before the words are looked up.
 */
export function mayFollowPrefix(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  const last = text.charCodeAt(start - 2) | 0x20;
  return last === 0x68 || last === 0x74 || last === 0x6e || last === 0x77 || last === 0x72 || last === 0x6c;
}

/**
 * Regions and states named after another place by a point of the compass or `New` (folded, words
 * joined): another place than the one their last word names (`South Australia`, `Northern
 * Ireland`, `New South Wales`), also a team's (`for South Australia`). Not a part of the place:
 * `North London`, `East Jerusalem`, `in Eastern Ukraine` are the city and the country.
 */
const REGION_NAMES = new Set(
  `southaustralia westernaustralia northernireland newsouthwales northkorea southkorea newengland upperaustria
  loweraustria southafrica northmacedonia easttimor newmexico newhampshire newjersey newyork southsudan northcarolina
  southcarolina northdakota southdakota westvirginia lowersaxony newbrunswick westernsahara newcaledonia eastgermany
  westgermany newguinea papuanewguinea equatorialguinea southgeorgia neworleans westbengal northlincolnshire
  northeastlincolnshire eastsussex westsussex northsomerset southgloucestershire
  northayrshire southayrshire eastlothian westlothian southlanarkshire northlanarkshire newdelhi`.split(/\s+/),
);

/** True if a capitalised point of the compass stands before the name at `start`, whose entry's longer name ends with it after another word (`South Hedland`, `Port Hedland`). */
export function compassBeforeTail(index: MatcherIndex, text: string, start: number, record: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from)) || !COMPASS_WORDS.hasIn(text, word.from, word.to)) return false;
  const key = index.aliases[record]!.key;
  const compass = foldKey(text.slice(word.from, word.to));
  return entryNames(index, record).names.some((name) => {
    const words = name.split(' ');
    // (Not after a county's or a city's noun: `North Kerry` is in County Kerry, `North London` in Greater London.)
    return words.length > 1 && foldKey(words[words.length - 1]!) === key && foldKey(words[0]!) !== compass && !ADMINISTRATIVE_NOUNS.has(foldKey(words[0]!));
  });
}
const ADMINISTRATIVE_NOUNS = new Set('county co greater borough city town district region state province metropolitan stadt landkreis kreis kanton bezirk gemeinde freistaat bundesland'.split(' '));

/** True if `key`, a place's name, ends a region's of `REGION_NAMES` with the one or two capitalised words before `start`. */
export function inRegionName(text: string, start: number, key: string): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  const one = foldKey(text.slice(word.from, word.to));
  if (REGION_NAMES.has(one + key)) return true;
  const before = wordBefore(text, word.from);
  return before !== null && isUpperCase(text.charCodeAt(before.from)) && REGION_NAMES.has(foldKey(text.slice(before.from, before.to)) + one + key);
}

/** True if `Gemeinde`, `Ortschaft`, `Dorf` or `Stadt` stands before `start` (`die Gemeinde Gösgen`). */
export function townNounBefore(text: string, start: number): boolean {
  return wordOfBefore(text, start, TOWN_NOUNS_BEFORE, true) || placeNounBefore(text, start);
}
const TOWN_NOUNS_BEFORE = new WordSet(['gemeinde', 'ortschaft', 'dorf', 'stadt']);
/**
 * True if a noun of a place opens or ends the name of several words (`Flughafen Klagenfurt`, `Hafen
 * Hamburg`, `Bad Ischl`, `Lutherstadt Wittenberg`, `Klagenfurt Airport`), or ends a one-word name
 * (`Hauptstadtflughafen`, `Olympiastadion`): the name takes the noun's article.
 */
export function nounOpens(alias: AliasRecord): boolean {
  if (alias.placeNoun === undefined) {
    const space = alias.alias.indexOf(' ');
    alias.placeNoun =
      space > 0
        ? PLACE_NOUNS_FIRST.has(foldKey(alias.alias.slice(0, space))) || PLACE_NOUNS_LAST.has(foldKey(alias.alias.slice(alias.alias.lastIndexOf(' ') + 1)))
        : space < 0 && COMPOUND_PLACE_NOUN.test(alias.key);
  }
  return alias.placeNoun;
}
/** A German compound whose last part is a building's or a site's noun (folded; not `hafen`: `Ludwigshafen` is a town). */
const COMPOUND_PLACE_NOUN = /^\p{L}{3,}(?:flughafen|bahnhof|stadion|klinikum|friedhof)$/u;
const PLACE_NOUNS_FIRST = new Set(
  `flughafen hafen bahnhof hauptbahnhof messe bad kraftwerk schloss kloster burg zoo tiergarten stadion klinikum kanton landkreis kreis bezirk stadt hansestadt kreisstadt freistadt landeshauptstadt gemeinde marktgemeinde stadtgemeinde markt dorf insel region provinz freistaat bundesland
  lutherstadt messestadt universitatsstadt domstadt residenzstadt kurstadt bundesstadt reichsstadt festspielstadt mozartstadt hafenstadt welterbestadt barockstadt kaiserstadt hochschulstadt
  fliegerhorst flugplatz militarflugplatz kaserne stutzpunkt marinestutzpunkt truppenubungsplatz`.split(/\s+/),
);
const PLACE_NOUNS_LAST = new Set('airport flughafen hauptbahnhof bahnhof station'.split(' '));

/**
 * True if a German compound noun of a place stands before `start` (`der Skiort Vail`, `die
 * Hafenstadt Rostock`, `das Nachbardorf`; not `Export`, `Sport`, `Transport`, nor a town: `in
 * Ingolstadt Audi`).
 */
export function placeNounBefore(text: string, start: number): boolean {
  const from = wordStartBefore(text, start);
  if (from < 0 || !isUpperCase(text.charCodeAt(from))) return false;
  return PLACE_NOUN.test(foldKey(text.slice(from, start - 1)));
}
const PLACE_NOUN =
  /^(?:(?:ski|kur|bade|ferien|urlaubs|wintersport|nachbar|heimat|geburts|wohn|grenz)ort|(?:hafen|nachbar|heimat|geburts|partner|messe|universitats|kreis|haupt|landeshaupt|bundes|hanse|residenz|kur|garnisons|industrie|auto|mozart)stadt|(?:nachbar|berg|fischer|heimat|geburts|winzer)dorf)$/u;

/**
 * True if a clause's mark or a preposition of place follows the name at `end` (`der Skiort Vail in den
 * Rocky Mountains`, `die Hafenstadt Rostock,`): a name after a place's noun in German may also be
 * the verb's subject or object (`dass die Hansestadt Airbus weitere Flächen verpachtet`).
 */
export function placeGoesOn(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === COMMA || next === 0x2e || next === 0x3b || next === 0x3a || next === 0x29 || end === text.length) return true;
  // (Or a conjunction: `in der Gemeinde Gösgen und nicht in Niedergösgen`.)
  return next === 0x20 && (wordBeforeIn(text, wordEnd(text, end + 1) + 1, PLACE_PREPOSITIONS) || CONJUNCTIONS.hasIn(text, end + 1, wordEnd(text, end + 1)));
}
const PLACE_PREPOSITIONS = new WordSet(['in', 'im', 'am', 'an', 'bei', 'nahe']);

/** True if the name at text[start, end) is doubled with a hyphen, either half: `Baden-Baden` is another town than Baden. */
export function doubledName(text: string, start: number, end: number): boolean {
  const length = end - start;
  const after = end + 1 + length;
  if (isHyphen(text.charCodeAt(end)) && text.startsWith(text.slice(start, end), end + 1) && (foldAt(text, after) <= JOIN || isApostrophe(text.charCodeAt(after)) || (text.charCodeAt(after) === 0x73 && foldAt(text, after + 1) <= JOIN))) return true;
  return start > length && isHyphen(text.charCodeAt(start - 1)) && text.startsWith(text.slice(start, end), start - 1 - length) && (start - 1 - length === 0 || foldAt(text, start - 2 - length) <= JOIN);
}

/**
 * True if a district's name follows the town's name with one of the prepositions of its entry's
 * longer names, and is neither that name's (nor of its stem) nor a word of its descriptions (see
 * `AliasFacts.townTails`): `Ried im Traunkreis` beside Ried im Innkreis, but not `Ried im
 * Innviertel`, `Freiburg im Schwarzwald` (a landscape: the same town, named loosely), nor `Ried
 * im Sommer`. Where the entry's tails take another preposition, so does a district after `im` or a
 * river after `am` (`Fladnitz im Raabtal` beside Fladnitz an der Teichalm).
 */
export function otherTownTail(text: string, start: number, end: number, alias: AliasRecord): boolean {
  // (The text first: a place's record is read only where a preposition follows it.)
  if (text.charCodeAt(end) !== 0x20 || !TAIL_PREPOSITIONS.mayStartWith(text.charCodeAt(end + 1)) || isUpperCase(text.charCodeAt(end + 1))) return false;
  if (!TAIL_PREPOSITIONS.hasIn(text, end + 1, wordEnd(text, end + 1))) return false;
  const { townTails } = factsOf(alias);
  if (townTails === null) {
    // A river's name (its descriptions' heads say so) before `an der` and another river is the town
    // there (`Ybbs an der Donau`; not `Passau`, a `city of three rivers`). (Not
    // a town with no longer name: descriptions leave out the river as often, `Linz an der Donau`.)
    if (!text.startsWith('an der ', end + 1) || !isUpperCase(text.charCodeAt(end + 8)) || !headWords(alias).some((word) => RIVERS.includes(word))) return false;
    // (After a place's preposition: not `die Mündung der Traun an der Donau`, `am Inn an der Salzach-Mündung`.)
    const to = wordEnd(text, end + 8);
    return TAIL_RIVERS.has(foldKey(text.slice(end + 8, to))) && !isHyphen(text.charCodeAt(to)) && wordOfBeforeAnyCase(text, start, TOWN_LEADS);
  }
  for (const [preposition, tail] of townTails) {
    const from = end + 2 + preposition.length;
    if (!text.startsWith(preposition, end + 1) || text.charCodeAt(from - 1) !== 0x20 || !isUpperCase(text.charCodeAt(from))) continue;
    const word = foldKey(text.slice(from, wordEnd(text, from)));
    return !word.startsWith(tail.slice(0, 3)) && otherTail(preposition, word, alias, TAIL_RIVERS);
  }
  // A tail with another preposition than the entry's (`Fladnitz im Raabtal` beside Fladnitz an der Teichalm).
  for (const preposition of OTHER_TAILS) {
    const from = end + 2 + preposition.length;
    if (text.startsWith(preposition, end + 1) && text.charCodeAt(from - 1) === 0x20 && isUpperCase(text.charCodeAt(from))) return otherTail(preposition, foldKey(text.slice(from, wordEnd(text, from))), alias, NAMED_RIVERS);
  }
  return false;
}
/** The prepositions of `otherTownTail`'s tails that it reads when the entry's own are others. */
const OTHER_TAILS = ['im', 'an der', 'am'];
/**
 * True if `word` after `preposition` names a district or one of `rivers` that the entry's descriptions
 * do not name, nor begin a word with (`Mülheim an der Ruhr` of a city `im Ruhrgebiet`).
 */
function otherTail(preposition: string, word: string, alias: AliasRecord, rivers: ReadonlySet<string>): boolean {
  // (A river's tail is told from another river only: `Frankfurt am Montag` is the town. A small
  // river only where the entry's own tail is a river: `Oberndorf bei Salzburg` is on the Salzach.)
  const other = preposition === 'am' || preposition === 'an der' ? rivers.has(word) : DISTRICT_NAME.test(word);
  if (!other || describes(alias, word)) return false;
  for (const described of describedWords(alias)) if (described.startsWith(word)) return false;
  return true;
}

/**
 * True if an article that no town's name takes stands before `start` (`der Lech`, `die Gera`; not
 * `das`, `dem`, `des`), its own: not a longer name's (`der Chengdu Research Base`), a compound's
 * (`der Wien-Besuch`) or a relative pronoun (`, zu der Mollis gehört`).
 */
export function articleNotNeuter(text: string, start: number, end: number): boolean {
  if (isHyphenJoin(text, end) || capitalisedWordAfter(text, end) !== null || !wordOfBeforeAnyCase(text, start, NOT_NEUTER)) return false;
  const article = wordStart(text, start - 1);
  if (afterRelativePronoun(text, start)) return false;
  const word = wordBefore(text, article);
  return word === null || !RELATIVE_PREPOSITIONS.hasIn(text, word.from, word.to) || !afterRelativePronoun(text, article);
}

/** True if a bare `der`, `die` or `das`, with no preposition before it, stands before `start`: the name is a subject. */
export function subjectArticle(text: string, start: number): boolean {
  const article = wordBefore(text, start);
  if (article === null || !SUBJECT_ARTICLES.hasIn(text, article.from, article.to)) return false;
  return !afterPreposition(text, article.from);
}

/** True if a town's adjective (`TOWN_ADJECTIVE`: `Lüneburger`) stands right before `start`. */
export function townAdjectiveBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from)) || originKey(text.slice(word.from, word.to))?.startsWith('t:') !== true) return false;
  // (After an article, and not a noun of who does something: `Der Aufsteiger Heide empfängt …`.)
  return wordOfBeforeAnyCase(text, word.from, DEFINITE_DE) && !AGENT_NOUNS.test(foldKey(text.slice(word.from, word.to)));
}
const AGENT_NOUNS = /(?:steiger|fuhrer|reiter|laufer|spieler|sieger|meister|trainer|leiter|macher|sprecher|halter|arbeiter|besitzer|inhaber|vertreter|verteidiger|sturmer|bewerber|gegner|partner)$/;
const SUBJECT_ARTICLES = new WordSet(['der', 'die', 'das']);

/** True if a river's verb ends the clause within six words (`in den Rhein mündet,`, `entspringt.`). */
export function riverVerbAfter(text: string, end: number): boolean {
  let at = end;
  for (let words = 0; words < 6; words++) {
    if (text.charCodeAt(at) !== 0x20) return false;
    const to = wordEnd(text, at + 1);
    if (to === at + 1) return false;
    if (RIVER_VERBS.hasIn(text, at + 1, to)) return foldAt(text, to) === SEP && !isSoftSeparator(text.charCodeAt(to));
    at = to;
  }
  return false;
}
const RIVER_VERBS = new WordSet(['mundet', 'fliesst', 'entspringt', 'stromt']);

/** True if `an der` stands right before `start`. */
export function afterAnDer(text: string, start: number): boolean {
  return start >= 7 && text.charCodeAt(start - 1) === 0x20 && text.startsWith('der', start - 4) && (text.startsWith(' an ', start - 8) || text.startsWith('An ', start - 7));
}

/** True if `im` or `in` and a region's (not a country's) declined adjective stand before `start` (`im niedersächsischen`). */
export function townAfterRegion(text: string, start: number): boolean {
  const adjective = wordBefore(text, start);
  if (adjective === null || isUpperCase(text.charCodeAt(adjective.from)) || !germanAdjectiveKey(foldKey(text.slice(adjective.from, adjective.to)))?.startsWith('r:')) return false;
  const word = wordBefore(text, adjective.from);
  return word !== null && IN.hasIn(text, word.from, word.to);
}
/** True if `Klein` stands before `start`, after an article or a preposition (`am Klein Matterhorn`, `auf das Klein Matterhorn`). */
export function kleinBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to - word.from !== 5 || !text.startsWith('Klein', word.from)) return false;
  const before = wordBefore(text, word.from);
  return before !== null && (DEFINITE_DE.hasIn(text, before.from, before.to) || PREPOSITIONS_DE.hasIn(text, before.from, before.to));
}

/** True if `Nord`, `Süd`, `Ost` or `West` follows `end` as a word of its own (`Glarus Nord`, `Hamburg Nord`). */
export function compassAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isUpperCase(text.charCodeAt(end + 1))) return false;
  const to = wordEnd(text, end + 1);
  if (to - end > 5 || isHyphen(text.charCodeAt(to)) || !COMPASS.hasIn(text, end + 1, to)) return false;
  // (Not a pair of them, the whole town: `Berlin Ost und West`.)
  const link = wordEnd(text, to + 1);
  return !(text.charCodeAt(to) === 0x20 && PAIR_LINKS.hasIn(text, to + 1, link) && COMPASS.hasIn(text, link + 1, wordEnd(text, link + 1)));
}
const PAIR_LINKS = new WordSet(['und', 'wie', 'oder']);
const COMPASS_POINTS = ['nord', 'sud', 'ost', 'west'];
const COMPASS = new WordSet(COMPASS_POINTS);
/** Points of the compass, German and English, and upper and lower, before a place's name (`South Hedland`: see `compassBeforeTail`). */
const COMPASS_WORDS = new WordSet([...COMPASS_POINTS, 'north', 'south', 'east', 'upper', 'lower', 'ober', 'unter']);

/** The first words of `TOWN_TAIL`'s prepositions (alias-index.ts). */
const TAIL_PREPOSITIONS = new WordSet(['im', 'am', 'an', 'in', 'ob', 'vor', 'auf', 'bei', 'upon', 'under']);
/** Rivers that towns are named by (folded). */
export const NAMED_RIVERS = new Set('donau oder saar elbe spree ruhr lahn mosel weser havel ilm saale fulda werra lippe ems isar inn main rhein neckar lech tauber kinzig sieg erft iller'.split(' '));
/** Prepositions before a town's name, not a river's (folded: not `im Inn an der Salzach`). */
const TOWN_LEADS = new WordSet(['in', 'aus', 'nach', 'bei']);
/** Rivers that towns are named by, also smaller ones, in Austria, Bavaria and Switzerland (folded): a town's tail (`Garching an der Alz`). */
const TAIL_RIVERS = new Set([
  ...NAMED_RIVERS,
  ...'alz thaya ybbs enns traun mur drau salzach mangfall vils rott amper glan nahe wupper mulde elster unstrut leine aller oker ilz naab regen altmuhl jagst kocher murg enz nagold wertach lauter raab leitha aare limmat reuss thur emme linth erlauf pielach traisen krems kamp'.split(' '),
  ...'pegnitz regnitz wiesent aisch fils rems murr brenz kyll nidda eder schwalm zschopau neisse pleisse ilmenau hunte oste trave peene warnow elde dahme nuthe schwarza gera wutach kander sihl'.split(' '),
]);
/** True if another river is joined by a hyphen to the river's name at text[start, end) (`Rhein-Main`, `Main-Donau-Kanal`). */
export function riverJoined(text: string, start: number, end: number): boolean {
  if (isHyphen(text.charCodeAt(end)) && NAMED_RIVERS.has(foldKey(text.slice(end + 1, wordEnd(text, end + 1))))) return true;
  return start > 1 && isHyphen(text.charCodeAt(start - 1)) && NAMED_RIVERS.has(foldKey(text.slice(wordStart(text, start - 1), start - 1)));
}

/**
 * True if `and`, a capitalised word and a plural noun of places' bodies follow `end` (`Nelson and
 * Tasman councils`); not a party's or an origin's word (`Starmer and Labour councils`, `Swinney and
 * Scottish councils`).
 */
export function pairOfPlaces(text: string, end: number): boolean {
  if (!text.startsWith(' and ', end)) return false;
  const other = capitalisedWordAfter(text, end + 4);
  if (other === null || !smallWordAfter(text, other.to, PLACE_PLURALS) || PARTY_WORDS.hasIn(text, other.from, other.to)) return false;
  return originKey(text.slice(other.from, other.to)) === null;
}
const PLACE_PLURALS = new WordSet(['councils', 'districts', 'regions']);
/** English parties' words before their councils (`Labour councils`), folded. */
const PARTY_WORDS = new WordSet('labour labor tory tories conservative reform liberal green greens republican democratic democrat maori'.split(' '));

/** True if `from` and a place, then `to`, stand before `start` (`from Dunblane to Bolton`, `von Kiel nach Bonn`). */
export function endOfRoute(text: string, start: number): boolean {
  const to = wordBefore(text, start);
  if (to === null || !ROUTE_TO.hasIn(text, to.from, to.to)) return false;
  const place = wordBefore(text, to.from);
  if (place === null || !isUpperCase(text.charCodeAt(place.from))) return false;
  const from = wordBefore(text, place.from);
  return from !== null && ROUTE_FROM.hasIn(text, from.from, from.to);
}
export const ROUTE_TO = new WordSet(['to', 'nach']);
export const ROUTE_FROM = new WordSet(['from', 'von']);

/** True if `end` is followed by where a town lies (`im Waldviertel`, `bei Graz`) or the sentence's end. */
export function beforePlacePhrase(text: string, end: number): boolean {
  const code = end < text.length ? text.charCodeAt(end) : 0x2e;
  if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a) return true;
  return code === 0x20 && TOWN_PLACES_DE.hasIn(text, end + 1, wordEnd(text, end + 1));
}
const TOWN_PLACES_DE = new WordSet(['im', 'in', 'bei', 'am', 'an', 'nahe', 'nördlich', 'südlich', 'östlich', 'westlich']);

/** True if a district's noun follows `end`, and a place's possessive or `the` stands before `start` (`Haryana’s Sirsa district`). */
export function districtOf(text: string, start: number, end: number): boolean {
  if (!smallWordAfter(text, end, DISTRICT_NOUNS)) return false;
  const word = wordBefore(text, start);
  if (word === null) return false;
  return isApostrophe(text.charCodeAt(word.to - 2)) || (word.to - word.from === 3 && foldKey(text.slice(word.from, word.to)) === 'the');
}
/** English nouns after a place's name that make it a district (`Sirsa district`). */
const DISTRICT_NOUNS = new WordSet(['district', 'province', 'county', 'village', 'tehsil', 'constituency']);

/**
 * Words that start a football club's name before its town (`1. FC Köln`, `SSV Jahn Regensburg`,
 * `AFC Wimbledon`, `Fortuna Düsseldorf`, `Rapid Wien`, `Red Bull Salzburg`, `Real Madrid`; in
 * basketball and handball `Alba Berlin`, `TBV Lemgo`; not `THW` and `MT`, the relief agency's and
 * the mountain's: `das THW Dresden`, `Mt Etna`), folded,
 * and words that end one after it
 * (`Manchester United`, `Bolton Wanderers`). Not those that are everyday German words (`Energie
 * Cottbus`, `Sturm Graz`: `mehr Energie Deutschland`).
 */
const CLUBS_BEFORE = new WordSet(
  `fc sc sv ssv tsv msv ksv vfb vfl vfr tsg fsv rb ac afc fk sg sgs tus ssc sk lask spvgg fortuna borussia eintracht union hertha werder bayer bayern dynamo
  dinamo rapid austria wsg hansa arminia holstein kickers alemannia preussen viktoria wacker admira olympique sporting
  real atletico inter bull ajax psv stade racing feyenoord celtic galatasaray fenerbahce besiktas legia slavia sparta partizan zenit spartak
  ehc hc erc evz zsc eulen fuchse eisbaren lowen alba hsv tbv hsg skyliners`.split(/\s+/),
);
/**
 * Of `CLUBS_BEFORE`, those that are a state, a party, a country, a given name or an ordinary word
 * as well, and stand before a person's surname so (`in Bayern Söder`, `der Union Merz`, `in
 * Austria Kurz`, `Hertha Däubler-Gmelin`), folded.
 */
const NOT_CLUBS_BEFORE_SURNAME = new WordSet('union bayern bayer austria real inter bull racing sporting celtic stade olympique hertha eulen fuchse eisbaren lowen alba'.split(' '));

/**
 * True if a club's word (`CLUBS_BEFORE`) stands just before a person's surname at `start`, after a
 * preposition or a club's noun: the club of a town of that name (`vom Zweitligisten Eintracht
 * Hagen`, `beim FC Winter`). Not after an article or a verb: a club's short name is often the
 * subject before a player (`Im Sommer hatte die Eintracht Götze ein Angebot gemacht`, `brachte
 * Werder Ducksch für Njinmah`, `HC Strache`).
 */
export function clubBeforeSurname(text: string, start: number): boolean {
  const club = wordBefore(text, start);
  if (
    club === null ||
    !isUpperCase(text.charCodeAt(club.from)) ||
    isInitial(text, club) ||
    !CLUBS_BEFORE.hasIn(text, club.from, club.to) ||
    NOT_CLUBS_BEFORE_SURNAME.hasIn(text, club.from, club.to) ||
    FIRST_NAMES.has(foldKey(text.slice(club.from, club.to)))
  )
    return false;
  const lead = wordBefore(text, club.from);
  return lead !== null && (CLUB_LEADS.hasIn(text, lead.from, lead.to) || CLUB_NOUN.test(foldKey(text.slice(lead.from, lead.to))));
}
/** Prepositions before a club's name (folded). */
const CLUB_LEADS = new WordSet('vom von beim bei gegen zum from against'.split(' '));
/** A club's noun before its name (`Zweitligisten`, `Traditionsverein`, `Tabellenführer`), folded. */
const CLUB_NOUN = /(?:ligist|ligisten|klubs?|clubs?|vereins?|aufsteigers?|absteigers?|tabellenfuhrers?|rivalen|gegners?)$/;

/**
 * Words that end a club's name after its town: football's (`Manchester United`, `Bolton
 * Wanderers`) and the American leagues' (`New Orleans Saints`, `Chicago Bulls`), folded. Not the
 * nicknames that are ordinary words in a headline (`Heat`, `Magic`, `Giants`, `Senators`, `Bills`, `Wall
 * Street Titans`, `Beijing Hawks`, `Sydney Sharks`).
 */
const CLUBS_AFTER = new WordSet(
  `united rovers wanderers athletic albion hotspur fc saints jets patriots cowboys eagles packers bears lions vikings rams
  chargers raiders broncos colts texans jaguars dolphins ravens steelers browns bengals falcons buccaneers seahawks 49ers
  lakers clippers warriors suns celtics knicks 76ers bulls cavaliers pistons pacers bucks hornets raptors nuggets timberwolves
  mavericks rockets grizzlies pelicans spurs yankees mets dodgers cubs astros braves phillies padres mariners orioles marlins
  brewers rockies diamondbacks bruins canadiens sabres penguins flyers islanders blackhawks predators oilers canucks
  phoenix victory roar mariners glory storm roosters crusaders chiefs highlanders hurricanes waratahs brumbies capitals royals maple
  devils tigers magpies dragons panthers bulldogs demons crows redbacks wizards blazers sounders timbers knights sharks rabbitohs`.split(/\s+/),
);
const HOUSE = new WordSet(['house']);
/** Particles between a club's word and its town (`Olympique de Marseille`, `Atlético de Madrid`). */
const CLUB_PARTICLES = new WordSet(['de', 'di', 'del', 'do', 'da']);
/**
 * Words after a place's name that make it another place, an institution elsewhere or a treaty
 * (`the Mississippi River`, `Scotland Yard`, `the Hague Convention`, `Kyoto Protocol`), and a
 * house named after it (`Somerset House` in London), but not a US state's (`the Texas House`).
 */
const BAYS = new WordSet(['bay', 'harbour', 'harbor']);
const OTHER_PLACES = new WordSet([
  ...'river group parkway expressway freeway turnpike highway yard convention conventions accord accords agreement treaty protocol derby ruck'.split(' '),
  // The land around a town that bears its name (`Salisbury Plain`, `Dartmoor`'s `Ilkley Moor`), and
  // its bay and harbour, another district (`Cardiff Bay`, `Darling Harbour`).
  ...'plain plains downs moor moors forest heath vale fells dales bay harbour harbor'.split(' '),
]);
/** English words after a town's name that make it a firm's (`Wellington Management`); German ones are its objects (`in Wien Management studieren`). */
const FIRMS_AFTER_PLACE = new WordSet('management partners capital securities holdings investments airlines airways'.split(' '));

/**
 * Towns that carry a river's or a region's name (folded): `Frankfurt am Main`, `Weil am Rhein`,
 * `Mülheim an der Ruhr`, `Rothenburg ob der Tauber`, `Freiburg im Breisgau`.
 */
const RIVER_TOWNS = new WordSet(
  `frankfurt offenbach weil ludwigshafen mulheim brandenburg freiburg rothenburg landsberg neustadt halle stein linz rudesheim
  breisach bingen lauf neumarkt muhldorf wasserburg lindau kempten weiden`.split(/\s+/),
);

/**
 * True if the place at text[start, end) ends the name of one of `RIVER_TOWNS`: after `am`, `im`,
 * `an der`, `ob der`, or in brackets (`Frankfurt (Oder)`, `Lindau (Bodensee)`). `Hochwasser am
 * Main` is the river, and so is `der DAX (Frankfurt)` the place.
 */
export function inTownName(text: string, start: number, end: number): boolean {
  // Where the town's own name ends: before the bracket, or before `am`, `im`, `an der` …
  let townEnd = start - 1;
  if (!(start >= 2 && text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x29)) {
    let link = wordBefore(text, start);
    if (link === null) return false;
    const word = foldKey(text.slice(link.from, link.to));
    if (word === 'der') {
      link = wordBefore(text, link.from);
      if (link === null || !['an', 'ob', 'in'].includes(foldKey(text.slice(link.from, link.to)))) return false;
    } else if (word !== 'am' && word !== 'im') return false;
    townEnd = link.from;
  }
  const town = wordBefore(text, townEnd);
  // (A town is neuter: `aus der Halle am Bodensee-Airport` is a hangar, `das Frankfurt am Main der
  // Nachkriegszeit` the town.)
  return town !== null && isUpperCase(text.charCodeAt(town.from)) && RIVER_TOWNS.hasIn(text, town.from, town.to) && !wordBeforeIn(text, town.from, NOT_NEUTER);
}
/**
 * Where a town's region may follow it: a US state (after a town's name, `Dublin, Ohio`, `Paris,
 * Texas`: a town of the same name there) or a country.
 */
const TOWN_REGIONS = new Set([...US_STATES, ...COUNTRY_NAMES]);
/** English nouns of settlements, before `of` and a town's name (`the town of Bowen`). */
const SETTLEMENTS_EN = new WordSet(['town', 'city', 'village', 'suburb', 'hamlet', 'borough', 'municipality', 'port']);

/**
 * True if `the town of`, `the city of` … before `start` names the place there (`from the town of
 * Bowen`, `the Queensland town of Bowen`): after a region's word, or after `the` and a preposition;
 * not a town known for someone (`Salzburg, the city of Mozart`, `is the home town of Springsteen`).
 */
export function namedSettlementBefore(text: string, start: number, names: readonly string[] = []): boolean {
  if (start < 4 || !text.startsWith('of ', start - 3)) return false;
  const noun = wordBefore(text, start - 3);
  if (noun === null || isUpperCase(text.charCodeAt(noun.from)) || !SETTLEMENTS_EN.hasIn(text, noun.from, noun.to)) return false;
  // (Not a noun of the name's own: `the port of Antwerp-Bruges` beside the Port of Antwerp-Bruges.)
  if (namesHoldWord(names, text.slice(noun.from, noun.to))) return false;
  let before = wordBefore(text, noun.from);
  // (Small words between the article and the noun: `in the northern port city of Santander`.)
  // (Not a person's: `the home town of Elvis Presley`, `the birth city of Mozart`.)
  let skipped = 0;
  for (; skipped < 2 && before !== null && !isUpperCase(text.charCodeAt(before.from)) && !ENGLISH_ARTICLE.hasIn(text, before.from, before.to); skipped++) {
    if (BELONGING.hasIn(text, before.from, before.to)) return false;
    before = wordBefore(text, before.from);
  }
  // (Only between `the` and the noun: not `Wolfsburg is a city of Volkswagen workers`.)
  if (before === null || (skipped > 0 && !ENGLISH_ARTICLE.hasIn(text, before.from, before.to))) return false;
  if (isUpperCase(text.charCodeAt(before.from)) && !ENGLISH_ARTICLE.hasIn(text, before.from, before.to)) return true;
  if (!ENGLISH_ARTICLE.hasIn(text, before.from, before.to)) return false;
  // (`The town of Burnley has …` opens a sentence.)
  if (isUpperCase(text.charCodeAt(before.from)) && opensSentence(text, before.from)) return true;
  const preposition = wordBefore(text, before.from);
  return preposition !== null && SETTLEMENT_PREPOSITIONS.hasIn(text, preposition.from, preposition.to);
}
/** True if one of `names` holds `word` (small letters) as a word of its own. */
export function namesHoldWord(names: readonly string[], word: string): boolean {
  return names.some((name) => name.toLowerCase().split(/[\s-]+/).includes(word));
}
/** Words before a town's noun that make it someone's (`home town`, `birth city`). */
const BELONGING = new WordSet(['home', 'birth', 'native', 'adopted']);
const SETTLEMENT_PREPOSITIONS = new WordSet(['of', 'in', 'from', 'to', 'at', 'near', 'outside', 'around', 'into', 'for']);

/**
 * True if a place's name after `a` or `an` names a thing: one of a breed with `dog` after it (`a
 * Newfoundland dog`; not `Texas cattle ranchers`, `the Chernobyl dogs`), or, where the name also
 * names a breed, a drink or a garment (`THING_PLACES`), the thing (`a Chihuahua asleep on her lap`,
 * `a Labrador called Max`) but for a clause or a preposition after it (`a Chihuahua that …`, rare).
 * Other places after `a` are the place (`a London cab`).
 */
export function thingNamedAfterPlace(text: string, start: number, end: number, key: string): boolean {
  const dog = text.startsWith(' dog', end) && wordEnd(text, end + 1) === end + 4;
  if ((!dog && !THING_PLACES.has(key)) || !wordOfBeforeAnyCase(text, start, INDEFINITE_EN)) return false;
  return dog || text.charCodeAt(end) !== 0x20 || !PLACE_CLAUSE_WORDS.hasIn(text, end + 1, wordEnd(text, end + 1));
}
/**
 * True if a dish in small letters follows the place's name, as a noun of its own (`making Dundee
 * cake on weekdays`, `Bakewell tarts`; not `a Dundee pie shop`, in a Dundee shop).
 */
export function dishAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || isUpperCase(text.charCodeAt(end + 1)) || !DISHES.hasIn(text, end + 1, wordEnd(text, end + 1))) return false;
  const to = wordEnd(text, end + 1);
  return text.charCodeAt(to) !== 0x20 || !isLetter(text.charCodeAt(to + 1)) || NOT_NOUNS.hasIn(text, to + 1, wordEnd(text, to + 1));
}
const DISHES = new WordSet('cake cakes pudding puddings tart tarts bun buns pie pies pasty pasties marmalade sausage sausages cheese ham sauce biscuits'.split(' '));
/** Places that name a breed, a drink or a garment, folded. */
const THING_PLACES = new Set(['chihuahua', 'labrador', 'newfoundland', 'pomerania', 'jersey', 'guernsey', 'panama', 'havana', 'champagne', 'bordeaux', 'burgundy', 'cognac', 'madeira']);
const PLACE_CLAUSE_WORDS = new WordSet(['that', 'which', 'where', 'who', 'whose', 'of', 'in', 'with', 'without', 'for', 'to', 'at', 'is', 'was']);

/**
 * True if a person's name at text[start, end) is a town's, closed by its region: `from Lyon,
 * France, with a banner`, `in Jackson, Mississippi.` (Not `Ken Paxton, Texas attorney general`.)
 */
export function townBeforeRegion(text: string, start: number, end: number): boolean {
  // (After a place's preposition: `1. Scheffler, United States, -12` is a results list's line.)
  if (text.charCodeAt(end) !== COMMA || !wordOfBeforeAnyCase(text, start, TOWN_PREPOSITIONS)) return false;
  const to = regionAfter(text, start, end, TOWN_REGIONS);
  if (to < 0) return false;
  const code = to < text.length ? text.charCodeAt(to) : 0x2e;
  // Not in a list of names (`von Selenskyj, Frankreich, Polen und der EU`, `from Trump, Britain, and the EU`).
  if (code === COMMA && text.charCodeAt(to + 1) === 0x20 && (isUpperCase(text.charCodeAt(to + 2)) || CONJUNCTIONS.hasIn(text, to + 2, wordEnd(text, to + 2))))
    return false;
  return code === COMMA || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x29 || code === 0x0a;
}

/** True if a capitalised English point of the compass (or `Central`) follows `end` after a space (`Bay South`). */
function englishCompassAfter(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== null && (COMPASS_EN.hasIn(text, next.from, next.to) || text.startsWith('Central', next.from));
}

/**
 * True if the place's name at text[start, end) is part of another name: a newspaper's (see
 * `beforeNewspaper`), a club's (`CLUBS_BEFORE`, capitalised, or `CLUBS_AFTER`), a river's or another (`OTHER_PLACES`).
 */
export function inOtherName(text: string, start: number, end: number, english: boolean): boolean {
  const next = capitalisedWordAfter(text, end);
  if (
    next !== null &&
    ((CLUBS_AFTER.hasIn(text, next.from, next.to) && !text.startsWith(' Council', next.to)) ||
      // (Not a constituency named after the bay, in the town: `Dublin Bay South`; a treaty's name
      // goes on to a place of its own, `the Oslo Accords West Bank`.)
      (OTHER_PLACES.hasIn(text, next.from, next.to) && !(english && BAYS.hasIn(text, next.from, next.to) && englishCompassAfter(text, next.to))) ||
      (english && (FIRMS_AFTER_PLACE.hasIn(text, next.from, next.to) || text.startsWith(' Air Lines', end))) ||
      (HOUSE.hasIn(text, next.from, next.to) && !STATES_WITH_HOUSES.has(foldKey(text.slice(start, end)))) ||
      (NEWSPAPERS.hasIn(text, next.from, next.to) && beforeNewspaper(text, start, end, english)) ||
      // (Papers' words that are English words too, only after `the` or before a small word: `The
      // Vancouver Sun`, `Vancouver Sun columnist`, not `the last great Hollywood Star`.)
      (english && MORE_NEWSPAPERS.hasIn(text, next.from, next.to) && (wordOfBeforeAnyCase(text, start, ENGLISH_ARTICLE) || smallWordNext(text, next.to)) && beforeNewspaper(text, start, end, english)) ||
      // (With a paper's word between: `the Edinburgh Evening News`.)
      (english && PAPER_PREFIXES.hasIn(text, next.from, next.to) && text.charCodeAt(next.to) === 0x20 && PAPER_NOUNS.hasIn(text, next.to + 1, wordEnd(text, next.to + 1)) && wordOfBefore(text, start, ENGLISH_ARTICLE, false)))
  )
    return true;
  let before = wordBefore(text, start);
  if (before !== null && CLUB_PARTICLES.hasIn(text, before.from, before.to) && !isUpperCase(text.charCodeAt(before.from))) before = wordBefore(text, before.from);
  if (before === null || !isUpperCase(text.charCodeAt(before.from)) || isInitial(text, before)) return false;
  // (`EV` is an English word too: `the EV Norway market`; a German ice-hockey club's on a German page.)
  if (CLUBS_BEFORE.hasIn(text, before.from, before.to) || (!english && text.slice(before.from, before.to) === 'EV')) return true;
  if (clubColoursAt(text, before)) return true;
  // (`die Fans von Sturm Graz`, but a noun after an article: `als der Sturm Hamburg erreichte`.)
  if (!english && NOUN_CLUBS.hasIn(text, before.from, before.to) && !wordOfBeforeAnyCase(text, before.from, DEFINITE_DE) && !wordOfBeforeAnyCase(text, before.from, INDEFINITE)) return true;
  // A club's initials two or three capitalised words before (`FC Carl Zeiss Jena`).
  for (let words = 0; words < 2; words++) {
    before = wordBefore(text, before.from);
    if (before === null || !isUpperCase(text.charCodeAt(before.from)) || isInitial(text, before)) return false;
    if (CLUB_INITIALS.hasIn(text, before.from, before.to)) return true;
  }
  return false;
}
/**
 * True if `word` is `Weiß` after another club colour and a hyphen, capitalised (`Rot-Weiss Essen`,
 * `Blau-Weiß Linz`). (Not a coalition's colours, which are never white: `regiert Schwarz-Rot Berlin`.)
 */
function clubColoursAt(text: string, word: { from: number; to: number }): boolean {
  if (!WHITE.hasIn(text, word.from, word.to) || !isHyphen(text.charCodeAt(word.from - 1))) return false;
  const first = wordStart(text, word.from - 1);
  return isUpperCase(text.charCodeAt(first)) && CLUB_COLOURS.hasIn(text, first, word.from - 1);
}
const CLUB_COLOURS = new WordSet(['rot', 'schwarz', 'blau', 'gelb', 'grun']);
const WHITE = new WordSet(['weiss']);
/** Clubs' first words that are German nouns too (`Sturm Graz`): a club's only without an article. */
const NOUN_CLUBS = new WordSet(['sturm', 'adler']);
/** The clubs' initials of `CLUBS_BEFORE`, which may stand further before the town (`FC Carl Zeiss Jena`). */
export const CLUB_INITIALS = new WordSet('fc sc sv ssv tsv ksv vfb vfl vfr tsg fsv rb ac afc fk sg sgs tus ssc sk spvgg wsg ehc hc erc evz zsc'.split(' '));
/**
 * True if `namens`, or a settlement's noun and `called`/`named`, stand before a place's name at
 * `start`: a namesake (`ein Dorf namens Hamburg`, `a town called Paris`; not the verb, `called Gull
 * Island the most important project`).
 */
export function namesakeCalled(text: string, start: number, english: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null || isUpperCase(text.charCodeAt(word.from))) return false;
  if (!english) return text.startsWith('namens', word.from) && word.to - word.from === 6;
  if (!ENGLISH_CALLED.hasIn(text, word.from, word.to)) return false;
  // (`a town called Paris`; `Kabwe was itself called Broken Hill`; not `formerly called`, which gives
  // the place's own old name: `Mumbai, formerly called Bombay`.)
  const noun = wordBefore(text, word.from);
  return noun !== null && (SETTLEMENTS_EN.hasIn(text, noun.from, noun.to) || ITSELF_CALLED.hasIn(text, noun.from, noun.to));
}
const ENGLISH_CALLED = new WordSet(['called', 'named']);

/**
 * True if the town's adjective at text[start, end) stands where a town's would: after an article,
 * `laut` or opening a headline, and before its noun alone (`die Erdinger Feuerwehr-Fest` is the
 * brewery's fair).
 */
export function beforeTownNoun(text: string, start: number, end: number): boolean {
  if (isHyphenJoin(text, wordEnd(text, end + 1))) return false;
  return afterDefinite(text, start) || opensSentence(text, start) || wordOfBeforeAnyCase(text, start, LAUT);
}
const LAUT = new WordSet(['laut']);

/**
 * True if the body is named after its place (`Arbeiterkammer Wien`, `Tiergarten Schönbrunn`: see
 * `AliasFacts.placeWords`) and another big city or region follows its short name, as a name's word
 * (`die Arbeiterkammer Oberösterreich`, `Der Tiergarten Nürnberg`): a body of its kind elsewhere.
 * (Not a body that has branches, named without a place: `Das AMS Tirol`, `Die SPD Bayern`; nor the
 * object of a sentence, which follows a name without a place: `dass die Lufthansa Frankfurt …`.)
 */
export function otherBranchAfter(text: string, end: number, alias: AliasRecord): boolean {
  const { placeWords } = factsOf(alias);
  if (placeWords === null) return false;
  const next = capitalisedWordAfter(text, end);
  // (A name's word, not an adjective before a noun or an acronym: `Wiener Würstel`, `NRW`.)
  if (next === null || isHyphen(text.charCodeAt(next.to)) || isUpperCase(text.charCodeAt(next.from + 1)) || capitalisedWordAfter(text, next.to) !== null) return false;
  const place = foldKey(text.slice(next.from, next.to));
  // (A compass point only after a name without a place of its own: `die AOK Nordwest`, not `Klinikum Nürnberg Süd`.)
  if (!namesLocalPlace(place) && !(COMPASS_REGIONS.has(place) && !namesLocalPlace(foldKey(alias.alias.slice(alias.alias.lastIndexOf(' ') + 1))))) return false;
  const own = placeWords.some((word) => namesLocalPlace(word) || describedWords(alias).has(word));
  if (!own || placeWords.includes(place) || [...describedWords(alias)].some((word) => word.length >= 4 && word.startsWith(place.slice(0, Math.max(4, place.length - 1))))) return false;
  // (A town in the body's region is its branch's: `Die CSU Nürnberg` of the Christlich-Soziale Union in Bayern.)
  const city = cityWords(place);
  const region = city && cityRegion(city);
  return !region || !placeWords.some((word) => placeKey(word) === region);
}
/** A body's region named by its compass point (`die AOK Nordwest`; not `Mitte`, a time too: `die AOK Mitte der Woche`), folded. */
const COMPASS_REGIONS = new Set([...COMPASS_POINTS, 'nordwest', 'nordost', 'sudwest', 'sudost']);
/** True if the folded `word` names a big city or a region (`wien`, `oberosterreich`). */
function namesLocalPlace(word: string): boolean {
  return namesBigCity(word) || placeKey(word)?.startsWith('r:') === true;
}
/**
 * True if `National Park` follows `end` and ends the name (`Glenveagh National Park`; not
 * `Xanterra National Park Lodges`, nor `National Parks`), where the firm's descriptions speak of no park.
 */
export function nationalParkAfter(text: string, end: number, alias: AliasRecord): boolean {
  const to = end + NATIONAL_PARK.length;
  return text.startsWith(NATIONAL_PARK, end) && foldAt(text, to) <= JOIN && capitalisedWordAfter(text, to) === null && !describes(alias, 'park') && !describes(alias, 'parks');
}
const NATIONAL_PARK = ' National Park';
/** True if a railway line's name ends at `to`: a mark, or a word in small letters that is no `of` or `up`. */
export function lineEnds(text: string, to: number): boolean {
  if (to >= text.length) return true;
  const next = text.charCodeAt(to);
  if (next !== 0x20) return !isHyphen(next) && foldCode(next) === SEP;
  return foldAt(text, to + 1) > JOIN && !isUpperCase(text.charCodeAt(to + 1)) && !isDigit(text.charCodeAt(to + 1)) && !LINE_GOES_ON.hasIn(text, to + 1, wordEnd(text, to + 1));
}
const LINE_GOES_ON = new WordSet(['of', 'up']);

/**
 * True if `in` and a big city (`cityWords`) follow the name of a spot in a town
 * (`describesCitySpot`), and its descriptions name none of that city's words (`der Karlsplatz in
 * München` for a square in Vienna; not `der Karlsplatz in Wien` where they say `Wiener`).
 */
export function otherCityAfter(text: string, end: number, alias: AliasRecord): boolean {
  if (!(alias.flags & AliasFlag.Place) || !text.startsWith(' in ', end) || !isUpperCase(text.charCodeAt(end + 4)) || !describesCitySpot(alias)) return false;
  const to = wordEnd(text, end + 4);
  const city = cityWords(foldKey(text.slice(end + 4, to)));
  return city !== undefined && !isHyphen(text.charCodeAt(to)) && !describesCity(alias, city) && describesCity(alias);
}

/**
 * True if another big city's adjective stands before a name whose descriptions put it in a big
 * city (`im Grazer Marktamt` beside Vienna's, `die Münchner SZ` beside Dresden's; a body only where
 * they call it a city's: a firm has sites everywhere).
 */
export function otherCityBefore(text: string, start: number, alias: AliasRecord): boolean {
  if (alias.flags & AliasFlag.Medium && publishedInOtherCity(text, start, alias)) return true;
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from)) || !text.startsWith('er', word.to - 2)) return false;
  const city = cityWords(foldKey(text.slice(word.from, word.to)));
  if (city === undefined || describesCity(alias, city)) return false;
  // (A paper's local edition in a city of its own region: `die Bochumer WAZ` of Essen's.)
  if (alias.flags & AliasFlag.Medium && sameRegionAsDescribed(alias, city)) return false;
  const kind = alias.flags & AliasFlag.Place ? describesCitySpot(alias) : (alias.flags & AliasFlag.Medium) !== 0 || alias.descriptions.some((description) => MUNICIPAL.test(description));
  return kind && describesCity(alias);
}
/** True if `city` lies in the region of a big city the entry's descriptions name. */
function sameRegionAsDescribed(alias: AliasRecord, city: readonly string[]): boolean {
  const region = cityRegion(city);
  if (region === undefined) return false;
  for (const word of describedWords(alias)) {
    const own = cityWords(word);
    if (own !== undefined && cityRegion(own) === region) return true;
  }
  return false;
}
/**
 * True if `in` and a big city follow a government body's name (`GOVERNMENT_BODY`) that opens its
 * clause with an article, where its descriptions put it in a big city of another state or country
 * (`das Verkehrsministerium in Wien` for Baden-Württemberg's in Stuttgart; not `das
 * Innenministerium in Köln` for the one in Düsseldorf, nor `vertrat das Verkehrsministerium in
 * Berlin`, where the city is the verb's). A firm has sites in many towns: not for one.
 */
export function bodyInOtherCity(text: string, start: number, end: number, alias: AliasRecord): boolean {
  if (!text.startsWith(' in ', end) || !isUpperCase(text.charCodeAt(end + 4)) || !GOVERNMENT_BODY.test(alias.key)) return false;
  const to = wordEnd(text, end + 4);
  const city = cityWords(foldKey(text.slice(end + 4, to)));
  if (city === undefined || isHyphen(text.charCodeAt(to)) || !opensClauseWithArticle(text, start)) return false;
  const seat = seatOf(city);
  let described = false;
  for (const word of describedWords(alias)) {
    const other = cityWords(word) ?? (word.endsWith('s') ? cityWords(word.slice(0, -1)) : undefined);
    if (other === undefined) continue;
    if (seatOf(other) === seat) return false;
    described = true;
  }
  return described;
}
/** A big city's state: its region, or itself for a city-state; Bonn shares Berlin's (the federal ministries' two seats). */
function seatOf(city: readonly string[]): string {
  return city[0] === 'bonn' ? 'berlin' : (cityRegion(city) ?? city[0]!);
}
/** True if an article stands before `start` and opens a sentence or a clause (after a comma, a semicolon, a colon or a conjunction). */
function opensClauseWithArticle(text: string, start: number): boolean {
  const article = wordBefore(text, start);
  if (article === null || !(DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to) || ENGLISH_ARTICLE.hasIn(text, article.from, article.to))) return false;
  if (opensSentence(text, article.from)) return true;
  let before = article.from - 1;
  while (before > 0 && isSoftSeparator(text.charCodeAt(before))) before--;
  const code = text.charCodeAt(before);
  return code === COMMA || code === 0x3b || code === 0x3a || wordOfBeforeAnyCase(text, article.from, CONJUNCTIONS);
}
/** A government's body by its name's end (`Verkehrsministerium`, `Landesamt`, `ministry`), folded. */
export const GOVERNMENT_BODY = /(?:ministerium|ministry|landesamt|bundesamt|behorde|senatsverwaltung|staatskanzlei)$/;
const MUNICIPAL = /(?<!\p{L})(?:Stadt|städtische\p{L}*|Magistrat\p{L}*|municipal|city council)(?!\p{L})/u;

/** True if a word that makes the name before it a place follows its hyphen at `at` (`-born`; `-based` before a firm's noun). */
export function locatedAfter(text: string, at: number): boolean {
  const to = wordEnd(text, at);
  if (BORN.hasIn(text, at, to)) return true;
  if (to - at !== 5 || !text.startsWith('based', at) || text.charCodeAt(to) !== 0x20) return false;
  // (The firm's noun next, or after a word of its trade: `a Darwin-based mining company`, `think tank`;
  // or a body's name: `the Kent-based English Whisky Guild`.)
  const next = wordEnd(text, to + 1);
  return FIRM_NOUNS_EN.hasIn(text, to + 1, next) || isUpperCase(text.charCodeAt(to + 1)) || (text.charCodeAt(next) === 0x20 && FIRM_NOUNS_EN.hasIn(text, next + 1, wordEnd(text, next + 1)));
}
const BORN = new WordSet(['born', 'bred', 'headquartered']);
const FIRM_NOUNS_EN = new WordSet(
  'firm firms company companies consortium group startup start-up bank fund team club charity developer operator investor insurer airline manufacturer retailer publisher tank'.split(' '),
);

/**
 * True if `an der` or `am` and a river of `NAMED_RIVERS` that its descriptions do not name follow
 * an area's name, which is then a town's: a state's of a known pair, or a district's named after
 * its seat (not `Hochwasser in Sachsen an der Elbe`).
 */
export function riverTownAfter(text: string, end: number, alias: AliasRecord): boolean {
  const from = text.startsWith(' an der ', end) ? end + 8 : text.startsWith(' am ', end) ? end + 4 : -1;
  if (from < 0 || !isUpperCase(text.charCodeAt(from)) || !describesArea(alias) || describesTown(alias)) return false;
  const river = foldKey(text.slice(from, wordEnd(text, from)));
  if (!NAMED_RIVERS.has(river) || describes(alias, river)) return false;
  // (A state with a town of its name on a river: `Brandenburg an der Havel`, not `an der Oder`.)
  if (AREA_RIVER_TOWNS.get(alias.key) === river) return true;
  // Else only a district or a canton named after its seat (`Bezirk Braunau`: `Braunau am Inn`), not
  // a city's borough (`Spandau an der Havel`), nor one the river names (`im Emsland an der Ems`).
  if (!headWords(alias).some((word) => ADMINISTRATIVE.test(word)) || alias.key.includes(river)) return false;
  for (const word of describedWords(alias)) if (namesBigCity(word)) return false;
  return true;
}
/** Areas (folded) that share their name with a town on a river (`Brandenburg an der Havel`). */
const AREA_RIVER_TOWNS = new Map([['brandenburg', 'havel']]);
const ADMINISTRATIVE = /(?:bezirk|kreis|kanton|district|county)$/;

/** Words before `called` that make a name another place's too (folded; not `also`: `Willyama, also called Broken Hill`). */
const ITSELF_CALLED = new WordSet(['itself']);
/** True if a compass word and a mine's noun follow `end` (`the Moranbah North mine`). */
export function beforeCompassMine(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== null && COMPASS_EN.hasIn(text, next.from, next.to) && smallWordAfter(text, next.to, MINES);
}
const MINES = new WordSet(['mine', 'mines', 'colliery', 'pit', 'project', 'field', 'oilfield', 'gasfield', 'deposit']);

/** True if an article and a landscape's noun (`LANDSCAPES`) follow from `at`, one space apart (`, den Hausberg`, `, the river`). */
export function landscapeApposed(text: string, at: number, english: boolean): boolean {
  if (text.charCodeAt(at) !== 0x20) return false;
  const articleEnd = wordEnd(text, at + 1);
  if (!APPOSED_ARTICLES.hasIn(text, at + 1, articleEnd) || text.charCodeAt(articleEnd) !== 0x20) return false;
  // (The noun alone, not a compound's or a name's part: `der Zuckerberg-Konzern`, `the Bay Area Democrat`.)
  const from = articleEnd + 1;
  const to = wordEnd(text, from);
  if (english && isUpperCase(text.charCodeAt(from))) return false;
  const next = text.charCodeAt(to);
  if (next !== COMMA && next !== 0x2e && next !== 0x3b && !(next === 0x20 && to + 1 < text.length && !isUpperCase(text.charCodeAt(to + 1)))) return false;
  if (!LANDSCAPES.test(foldKey(text.slice(from, to)))) return false;
  // (In German not before an infinitive or a verb's plural, which opens a clause: `Qair, den Strom
  // abnehmen wollen die Stadtwerke`; an apposition goes on otherwise, `den Hausberg aller Luzerner`.)
  if (english || next !== 0x20) return true;
  const after = wordEnd(text, to + 1);
  return !(text.charCodeAt(after - 1) === 0x6e && text.charCodeAt(after - 2) === 0x65 && !isUpperCase(text.charCodeAt(to + 1)) && !APPOSITION_GOES_ON.hasIn(text, to + 1, after));
}
/** Words in -en that go on with a German apposition after its noun (`den Fluss zwischen …`, `den Berg unweit von …`). */
const APPOSITION_GOES_ON = new WordSet('zwischen unweit binnen neben gegen mitten oben unten hinten einen seinen ihren unseren'.split(' '));

/**
 * True if another town's adjective stands before a name whose entry's longer names go on with a
 * town (`die Berliner S-Bahn` beside the S-Bahn Stuttgart; not `die Stuttgarter S-Bahn`). The
 * adjective and the town are compared by their first three letters (`Münchner`, `München`).
 */
export function otherTownBefore(index: MatcherIndex, text: string, start: number, record: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  const origin = originKey(text.slice(word.from, word.to));
  // (A town's adjective after an article, `der Berliner S-Bahn`; not a noun in apposition: `Minister Aquasolar`.)
  if (origin === null || !origin.startsWith('t:') || TITLE_ENDINGS.test(origin) || !wordOfBeforeAnyCase(text, word.from, DEFINITE_DE)) return false;
  // (Its own first letters: the key makes `Wiener` of `Wien` `winer`, as `Münchener` `münchner`.)
  const first = foldKey(text.slice(word.from, word.from + 3));
  const aliasRecord = index.aliases[record]!;
  const alias = aliasRecord.alias;
  let other = false;
  for (const full of entryNames(index, record).names) {
    if (full.length <= alias.length + 1 || !full.startsWith(alias + ' ')) continue;
    // (A town named by its river is named by its first word: `Waldstadion Frankfurt am Main`.)
    const name = full.replace(TOWN_BY_RIVER, '');
    // (The last word, or its first part, that the descriptions name too: a town, not a firm's form
    // or its group: `Grosser Rat des Kantons Basel-Stadt`, not `Fraport AG`, `BMW Group`, also where
    // the description calls it one: `TUI Group`, a `Tourism group`; nor the noun a description's head
    // ends in, what the entry is: `hkk Krankenkasse`, a `Gesetzliche Krankenkasse aus Bremen`, is
    // `die Bremer hkk`.)
    const town = foldKey(name.slice(name.lastIndexOf(' ') + 1).split(/[\u2010-\u2015-]/u, 1)[0]!);
    if (town.length < 4 || GROUPS.has(town) || !describes(aliasRecord, town) || isHeadNoun(aliasRecord, town)) continue;
    if (town.startsWith(first)) return false;
    other = true;
  }
  return other;
}

const TOWN_BY_RIVER = / (?:am|an der|im|in der|ob der) \p{Lu}\S*$/u;
/** A firm's group or its form, which ends its name as a town may (`TUI Group`, `Eli Lilly and Company`, `Trade Republic Bank`), folded. */
const GROUPS = new Set(['group', 'gruppe', 'holding', 'holdings', 'company', 'corporation', 'incorporated', 'limited', 'partners', 'gesellschaft', 'bank']);

export const STADIUMS = new WordSet(['stadion', 'arena']);

/**
 * Words after a place's name that make it a feature or a building of the place, not a surname
 * (`Jordan Valley`, `Sydney Harbour`, `Victoria Station`), and the dates that follow a name (but
 * `May`, a surname too).
 */
export const PLACE_FEATURES = new WordSet([
  ...`river valley street road avenue harbour harbor hills airport station oval city county state bay lake island islands park
  square bridge cathedral castle university college zoo beach port gate basin falls opera olympics games open club police
  republicans democrats republican democratic gop voters officials government army forces troops council mayor`.split(/\s+/),
  ...WEEKDAYS_EN,
  ...MONTHS_EN.filter((month) => month !== 'may'),
]);

/** German nouns of a town's that its adjective stands before (`Erdinger Stadtrat`, `des Erdinger Mooses`). */
export const TOWN_NOUNS = new WordSet(
  `stadtrat stadtrats gemeinderat gemeinderats burgermeister oberburgermeister landrat landrats landkreis landkreises rathaus
  innenstadt altstadt moos mooses land landes bahnhof polizei feuerwehr stadtwerke klinikum lokalpolitiker kommunalpolitiker einwohner
  anwohner burger`.split(/\s+/),
);

/**
 * True if the name at text[start, end) opens a paragraph as a dateline: before a full stop and a
 * sentence (`Freiburg. Als …`), before an agency's credit in brackets (`Freiburg (dpa) – …`), before
 * a slash and a second place (`Leverkusen/Sinsheim – …`), or in capitals before a dash (`DENVER —
 * Nikola Jokić …`, `DENVER, Colo. — …`).
 */
export function datelineAt(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) return false;
  if (text.charCodeAt(end) === 0x2e) return text.charCodeAt(end + 1) === 0x20 && isUpperCase(text.charCodeAt(end + 2));
  if (text.startsWith(' (', end)) return /^ \([^()\n]{2,20}\) [–—-] \p{Lu}/u.test(text.slice(end, end + 30));
  if (text.charCodeAt(end) === 0x2f) return /^\/\p{Lu}[\p{L}-]{1,30} [–—] \p{Lu}/u.test(text.slice(end, end + 36));
  // In capitals before a dash, or its state and a dash (`DENVER —`, `DENVER, Colo. —`).
  return !HAS_SMALL_LETTER.test(text.slice(start, end)) && /^(?:, [\p{L}. ]{2,16})? [–—] \p{Lu}/u.test(text.slice(end, end + 24));
}

/**
 * True if the clause after a town's name at `end` speaks of its football club, as German reports
 * name a club by its town: `man` right after the verb where the town opens the sentence (`fronted`:
 * `In Bayern ist man nervös`, `In Hoffenheim bleibt man gelassen`), or a word of football before the
 * sentence's or the quotation's end (`In Dortmund herrscht nach dem Aus in der Champions League
 * Ernüchterung`; not `„In Werder kennen sie ihn alle“, sagte Union-Trainer Steffen Baumgart`).
 */
export function clubTalkAfter(text: string, end: number, fronted: boolean): boolean {
  // (`man` only where the town opens the sentence: `In der Zentrale in Leverkusen wollte man …` is the town.)
  if (fronted && text.charCodeAt(end) === 0x20 && smallWordAfter(text, wordEnd(text, end + 1), IMPERSONAL)) return true;
  let to = end;
  while (to < text.length && to - end < 300 && !CLAUSE_STOPS.has(text.charCodeAt(to))) to++;
  return CLUB_TALK.test(text.slice(end, to));
}
const IMPERSONAL = new WordSet(['man']);
/** A sentence's end or a closing quotation mark. */
const CLAUSE_STOPS = new Set([0x2e, 0x21, 0x3f, 0x0a, 0x201c, 0x201d, 0xab, 0xbb, 0x22]);
const CLUB_TALK =
  /(?<!\p{L})(?:Trainers?|Niederlagen?|Siege?s?|Spielers?|Mannschaft|Champions League|Bundesliga\p{L}*|Tabelle|Abstieg\p{L}*|Aufstieg\p{L}*|Pokals?|Fans|Kaders?|Sportdirektors?|Saison|Stürmers?|Torwarts?|Fußball\p{L}*|Pleite|Derby|Vertrag\p{L}*|Umbruch|Abgang|Transfer\p{L}*|Kapitäns?)(?!\p{L})/u;
