/**
 * What an entry's descriptions say it is: a town, a river, a club, a party, a facility, a work,
 * a seat of government. Many rules need to know what kind of thing a name stands for beyond its
 * type (`place` covers towns and rivers alike), and the description's head — its words before the
 * first punctuation, preposition or article (`Längster Fluss Deutschlands`, `Swiss party`) — says
 * it. The words are read once per alias and kept on its record; an entry's names, and the stems of
 * their words and its descriptions', once per entry (`entryNames`).
 */
import { type AliasRecord, type MatcherIndex, type NamesAndStems } from './alias-index';
import { foldKey, isUpperCase } from './fold';
import { capitalisedWordAfter, wordBefore, wordOfBefore } from './text-around';
import { cityWords, COUNTRY_NAMES } from './places';
import { WordSet } from './word-set';

/**
 * True if a person's descriptions name a place by the surname alias: after a place's noun or
 * preposition, ending the name (`früher Chef des Rheinhafens Kehl`, `head of the port of Kehl`).
 * Not a firm or a ruling named after the person (`Gründer der Arora Group`, `die Urteile Schrems I
 * und II`), nor another person of the name (`Sohn von Tony Benn`).
 */
export function describesNamesake(alias: AliasRecord): boolean {
  if (alias.namesake !== undefined) return alias.namesake;
  alias.namesake = false;
  for (const description of alias.descriptions) {
    for (const word of description.matchAll(/\p{L}+/gu)) {
      const end = word.index + word[0].length;
      if (foldKey(word[0]) !== alias.key || !isUpperCase(word[0].charCodeAt(0)) || capitalisedWordAfter(description, end) !== null) continue;
      const before = wordBefore(description, word.index);
      if (before !== null && (PLACE_NOUN_ENDS.test(foldKey(description.slice(before.from, before.to))) || wordOfBefore(description, word.index, NAMESAKE_PREPOSITIONS, false))) return (alias.namesake = true);
    }
  }
  return false;
}
/** Ends of German and English nouns of a place before its name (`Rheinhafens Kehl`, `port of` is read by `of`). */
const PLACE_NOUN_ENDS = /(?:hafen|hafens|stadt|gemeinde|dorf|dorfs|ort|orts|kreis|kreises|town|city|village)$/;
const NAMESAKE_PREPOSITIONS = new WordSet(['in', 'aus', 'bei', 'von', 'near', 'of', 'from']);
/** True if the place's descriptions say first that it is a plant, a mine, an airport or a base (`Kernkraftwerk in Däniken`). */
export function describesFacility(alias: AliasRecord): boolean {
  return (alias.facility ??= headWords(alias).some((word) => FACILITIES.test(word)));
}
const FACILITIES = /(?:kraftwerk|flughafen|stutzpunkt|fliegerhorst|kaserne|raffinerie|bergwerk|zeche|werk|anlage)$|^(?:plant|airport|airbase|base|refinery|mine)$/;
/** True if a description of the entry calls it a sports club (`CLUB_WORDS`). */
export function describesClub(alias: AliasRecord): boolean {
  return alias.descriptions.some((description) => CLUB_WORDS.test(description));
}
/** What a description calls a sports club. */
const CLUB_WORDS = /(?:verein|klub|club|fußball|fussball|football|soccer|ligist|mannschaft|(?<!\p{L})(?:team|side)(?!\p{L}))/iu;

/** True if the place's descriptions call it a river (`Längster Fluss Deutschlands`, `Rechter Nebenfluss der Donau`). */
export function describesRiver(alias: AliasRecord): boolean {
  return RIVERS.some((word) => describes(alias, word));
}
export const RIVERS = ['fluss', 'flusse', 'flussen', 'nebenfluss', 'grenzfluss', 'strom', 'strome', 'river', 'rivers', 'tributary'];

/**
 * True if the place's descriptions say first that it is a town, in the words before their first
 * preposition or article (`Hauptstadt Österreichs`, `Vorarlberger Wintersportort am Arlberg`, `City
 * in Texas`; not `Staat in Osteuropa mit der Hauptstadt Kyjiw`).
 */
export function describesTown(alias: AliasRecord): boolean {
  alias.town ??= alias.descriptions.some(headCallsTown);
  return alias.town;
}
/** True if a town's noun is a word of the description's head, not one before a building or a square (`Frankfurt's town hall`). */
function headCallsTown(description: string): boolean {
  const words = headOf(description);
  return words.some((word, i) => (TOWN_ENDS.test(word) || TOWNS.has(word)) && !TOWN_BUILDINGS.has(words[i + 1] ?? ''));
}
/**
 * English nouns after a town's noun that make the head no town's: a building's, a square's or a
 * park's (`town hall`, `city gate`: a thing in the town), an airport's, and `state` and `region`
 * (`City state in Rome`: the Vatican is a state, `der Vatikan`; `The capital region's international
 * airport`). (Not a district, a centre or a council area, which are read as towns.)
 */
const TOWN_BUILDINGS = new Set(['hall', 'halls', 'square', 'wall', 'walls', 'gate', 'gates', 'park', 'boulevard', 'tower', 'church', 'museum', 'library', 'airport', 'airports', 'state', 'region', 'regions']);
/** True if the descriptions' heads call the entry a party (`Rechtskonservative Partei der Schweiz`, `Swiss party`). */
export function describesParty(alias: AliasRecord): boolean {
  alias.party ??= headWords(alias).some((word) => word.endsWith('partei') || word === 'party');
  return alias.party;
}
/**
 * True if the descriptions' heads call the entry a family, a dynasty or a royal house (`Schwedisches
 * Königshaus`, `German industrial dynasty`, `Unternehmerfamilie`, `British royal house`) — not a
 * fashion's or a bank's house (`Italian fashion house`, `Bankhaus`), which a family founded.
 */
export function describesFamily(alias: AliasRecord): boolean {
  const words = headWords(alias);
  return words.some((word) => FAMILY_HEADS.test(word) || (word === 'house' && words.some((other) => RULING.has(other))));
}
const FAMILY_HEADS = /^(?:family|dynasty|clan|geschlecht)$|(?:familie|dynastie|clan|geschlecht)$|(?:konigs|fursten|herrscher|adels)haus$/;
const RULING = new Set(['royal', 'noble', 'ruling', 'imperial', 'princely']);
/** The folded words of the descriptions' heads (see `describesTown`), once per alias. */
export function headWords(alias: AliasRecord): readonly string[] {
  alias.headWords ??= alias.descriptions.flatMap(headOf);
  return alias.headWords;
}
/** The folded words of one description's head, before its first small word or punctuation. */
function headOf(description: string): string[] {
  return (
    description
      .split(/[,.;:(]/u, 1)[0]!
      .split(DESCRIPTION_LINKS, 1)[0]!
      // (A compound is one word: `inner-city market` is no city.)
      .split(/\s+/u)
      .map(foldKey)
  );
}
/** True if the descriptions' heads call the entry a ship (`Fregatte der Sachsen-Klasse`, `U-Boot`, `Kriegsschiff`; not `Luftschiff`). */
export function describesShip(alias: AliasRecord): boolean {
  return headWords(alias).some((word) => SHIP_HEADS.test(word));
}
const SHIP_HEADS = /(?:fregatte|korvette|(?<!luft)schiff|zerstorer|kreuzer|uboot|flugzeugtrager|frigate|corvette|(?<!air)ship|destroyer|cruiser|submarine|vessel)$/;
/**
 * True if the descriptions' heads call the entry a sea, a lake, a river or a range of mountains,
 * which a country's adjective divides rather than names another of (`die deutsche Nordsee`).
 */
export function describesWaterOrRange(alias: AliasRecord): boolean {
  return headWords(alias).some((word) => WATERS_AND_RANGES.test(word));
}
const WATERS_AND_RANGES = /(?:meer|ozean|bucht|golf|meerenge|fluss|strom|gebirge|see|sea|ocean|bay|gulf|strait|channel|river|mountains|range|lake)$/;
/** True if the descriptions' heads call the entry a mountain (`Höchster Berg des Harzes`, `Peak in the Alps`). */
export function describesMountain(alias: AliasRecord): boolean {
  return headWords(alias).some((word) => MOUNTAINS.test(word));
}
const MOUNTAINS = /(?:berg|gipfel|mountain|peak)$/;
/** True if the descriptions' heads call the entry a club or a team (`Radrennstall`, `Fußballverein`; not a firm that owns one). */
export function headIsClub(alias: AliasRecord): boolean {
  alias.club ??= headWords(alias).some((word) => CLUB_HEADS.test(word));
  return alias.club;
}
const CLUB_HEADS = /(?:verein|klub|club|team|mannschaft|rennstall|ligist)$/;
/** True if a description's head ends in an island (`Insel`, `The second-largest island …`; not `Island country`). */
export function describesIsland(alias: AliasRecord): boolean {
  alias.island ??= alias.descriptions.some((description) => ISLANDS.has(headOf(description).at(-1) ?? ''));
  return alias.island;
}
const ISLANDS = new Set(['insel', 'island']);
/** True if a description's head ends in `word` (folded): the noun that says what the entry is (`Gesetzliche Krankenkasse aus Bremen`). */
export function isHeadNoun(alias: AliasRecord, word: string): boolean {
  return alias.descriptions.some((description) => headOf(description).at(-1) === word);
}
/** True if the place's descriptions say first that it is a town or an area (`Ballungsraum`, `Bundesland`, `region`). */
export function describesArea(alias: AliasRecord): boolean {
  return describesTown(alias) || headWords(alias).some((word) => AREA_ENDS.test(word));
}
export const AREA_ENDS = /(?:raum|region|gebiet|revier|land|kanton|provinz|staat|bezirk|kreis|area|state|province|county)$/;
/**
 * Where the head of a description ends: an article or a preposition (not German `über`, `rund`,
 * `um`, `nach`, …, which stand before numbers too: `Die über tausend Jahre alte Stadt`).
 */
const DESCRIPTION_LINKS =
  /\s(?:in|im|an|am|auf|bei|mit|von|vom|der|des|die|das|und|zu|zur|aus|für|hinter|neben|zwischen|entlang|nahe|durch|of|on|with|near|and|the|around|across|along|between|at|by|from|to|for|off|over|under|beside|outside|inside|within)\s/iu;
// (Not `port`, `airport`, `Sport`, `Export`: a port is no town, `Germany's largest seaport`.)
const TOWN_ENDS = /(?:stadt|(?<!p)ort|dorf|gemeinde|metropole)$/;
const TOWNS = new Set(['city', 'town', 'capital', 'village', 'municipality', 'resort']);

/** True if `word` (folded) is a word of the entry's descriptions. */
export function describes(alias: AliasRecord, word: string): boolean {
  return describedWords(alias).has(word);
}

/** The words of the entry's descriptions, folded. */
export function describedWords(alias: AliasRecord): ReadonlySet<string> {
  return (alias.describedWords ??= new Set(alias.descriptions.flatMap((d) => d.split(/[^\p{L}]+/u)).map(foldKey)));
}
/** True if the place's descriptions call it a country or a capital (`Capital of the United States`, `Kingdom in the Middle East`). */
export function describesGovernment(alias: AliasRecord): boolean {
  return COUNTRY_NAMES.has(alias.key) || headWords(alias).some((word) => GOVERNMENT_SEATS.test(word));
}
const GOVERNMENT_SEATS = /^(?:capital|hauptstadt|bundeshauptstadt|kingdom|konigreich|country|land|staat|stadtstaat|state|republic|republik|nation|furstentum|principality)$/;

/**
 * True if the place's descriptions say first that it is a spot in a town (`Platz im 4. Wiener
 * Bezirk`, `Square in Vienna`): not a country, a region or a river, which reach into many towns
 * (`Die Donau in Linz`, `Scotland in Munich`).
 */
export function describesCitySpot(alias: AliasRecord): boolean {
  return headWords(alias).some((word) => CITY_SPOTS.test(word));
}
const CITY_SPOTS =
  /(?:platz|strasse|gasse|markt|bahnhof|viertel|bezirk|park|garten|brucke|tor|kirche|dom|museum|halle|turm|schloss|palais|gebaude)$|^(?:square|street|road|avenue|market|station|district|quarter|neighbourhood|neighborhood|park|gardens?|bridge|gate|church|cathedral|museum|hall|tower|palace|building)$/;

/** True if the entry's descriptions name `city` (any of its words), or any big city if none is given. */
export function describesCity(alias: AliasRecord, city?: readonly string[]): boolean {
  for (const word of describedWords(alias)) {
    if (word.length < 4) continue;
    if (city ? city.some((form) => word.startsWith(form)) : namesBigCity(word)) return true;
  }
  return false;
}

/** True if the folded `word` names a big city (`cityWords`), also in the genitive (`wiens`). */
export function namesBigCity(word: string): boolean {
  return cityWords(word) !== undefined || (word.endsWith('s') && cityWords(word.slice(0, -1)) !== undefined);
}
/** True if the entry's descriptions call it a work (`WORKS`): then a work's noun before its name is its own. */
export function describedWorks(alias: AliasRecord): boolean {
  return headWords(alias).some((word) => WORKS.has(word));
}
/**
 * True if the entry is a work its descriptions call by the folded noun `noun` (`die Serie
 * „Schwarzwasser“` of a `Krimiserie`, `the film “Casablanca”` of a `Film`): then its title in quotes
 * after that noun is its own (not so a magazine's after `der Film`, nor a film's after `das Lied`).
 */
export function describedAsWork(alias: AliasRecord, noun: string): boolean {
  return (alias.type === 'media' || alias.type === 'other') && headWords(alias).some((word) => word.endsWith(noun));
}
/** Works that bear a title (folded, German and English). */
export const WORKS = new WordSet(
  [
    'gedicht', 'roman', 'film', 'kinofilm', 'spielfilm', 'oper', 'lied', 'song', 'album', 'buch', 'stuck', 'theaterstuck', 'serie', 'sinfonie',
    'symphonie', 'gemalde', 'ballade', 'musical', 'komodie', 'drama', 'dokumentation', 'doku', 'horspiel', 'erzahlung', 'novelle',
    'poem', 'novel', 'movie', 'book', 'play', 'opera', 'series', 'painting', 'documentary', 'show', 'comedy', 'single', 'ballad', 'story',
    'klassiker', 'kultfilm', 'anime', 'manga', 'comic', 'bestseller', 'classic',
  ],
);

/**
 * The names of `record`'s entry (not its excluded phrases), and the first four letters (folded) of
 * every word of them and of its descriptions (a glossary in English still describes the `Deutscher
 * Gewerkschaftsbund` it names `German Trade Union Confederation`), made once per entry.
 */
export function entryNames(index: MatcherIndex, record: number): NamesAndStems {
  const alias = index.aliases[record]!;
  return (alias.shared.namesAndStems ??= namesAndStems(alias));
}

function namesAndStems(alias: AliasRecord): NamesAndStems {
  const stems = new Set<string>();
  const add = (text: string) => {
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) stems.add(foldKey(word.slice(0, 4)));
  };
  // (Those the index holds: a name with no letter or digit has no record.)
  const names = alias.names.filter((name) => foldKey(name).length > 0);
  for (const name of names) add(name);
  if (names.length > 0) for (const description of alias.descriptions) add(description);
  return { names, stems };
}
