/**
 * Where a text puts a name, against where its entry is at home. An organisation's or a place's
 * homes are the countries and regions its names and descriptions name (`AliasFacts.homes`); a
 * country, a region or a US state the text names beside the name (`die britische Labour-Partei`,
 * `die CSU in Hessen`, `im Bundesstaat Kerala`, `Dublin, Texas`) says whether it is that entry or a
 * namesake elsewhere. Places are compared as far as both name them: a region of the entry's
 * country is a branch of it (`Scottish Labour`, `die SPD Bayern`), another country is not.
 */
import { capitalisedWordAfter, CONJUNCTIONS, DEFINITE_ARTICLES_DE, ENGLISH_ARTICLE, foldAt, isHyphen, wordBefore, wordEnd, wordOfBeforeAnyCase, wordStart } from './text-around';
import { COMMA, foldKey, isApostrophe, isUpperCase, JOIN } from './fold';
import { type AliasRecord, factsOf, HAS_SMALL_LETTER, originKey } from './alias-index';
import { countryOf, EUROPE, EUROPEAN_COUNTRIES, germanAdjectiveKey, germanPlaceKey, namesCountryOrRegion, placeKey, US_STATES } from './places';
import { describes, describesTown } from './descriptions';
import { WordSet } from './word-set';
import { LANGUAGES, LANGUAGE_PREPOSITIONS } from './common-words';

/**
 * Where a US state's abbreviation at `at` ends (`N.Y.`, `Calif.`, `Wash.`; AP's, with their stops), or
 * -1; `named.region` is then the state, folded.
 */
export function usStateAbbreviation(text: string, at: number, named?: { region: string }): number {
  if (!isUpperCase(text.charCodeAt(at))) return -1;
  // Initials: `N.Y.`, `W.Va.`.
  let to = at;
  while (isUpperCase(text.charCodeAt(to)) && text.charCodeAt(to + 1) === 0x2e) to += 2;
  if (to === at) to = wordEnd(text, at);
  if (text.charCodeAt(to) === 0x2e) to++;
  // (Not a title before a name: `Washington, Del. Eleanor Holmes Norton`.)
  if (text.charCodeAt(to - 1) !== 0x2e || foldAt(text, to) > JOIN || (text.charCodeAt(to) === 0x20 && isUpperCase(text.charCodeAt(to + 1)))) return -1;
  const state = US_STATE_ABBREVIATIONS.get(foldKey(text.slice(at, to).replace(/\./g, '')));
  if (state === undefined) return -1;
  if (named) named.region = state;
  return to;
}
/** AP's abbreviations of US states (folded, without stops), and the states (folded, as `US_STATES` and `newyork`). */
const US_STATE_ABBREVIATIONS = new Map(
  Object.entries({
    ala: 'alabama', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut', del: 'delaware',
    fla: 'florida', ga: 'georgia', ill: 'illinois', ind: 'indiana', kan: 'kansas', ky: 'kentucky', la: 'louisiana', md: 'maryland',
    mass: 'massachusetts', mich: 'michigan', minn: 'minnesota', miss: 'mississippi', mo: 'missouri', mont: 'montana', neb: 'nebraska',
    nev: 'nevada', nh: 'newhampshire', nj: 'newjersey', nm: 'newmexico', ny: 'newyork', nc: 'northcarolina', nd: 'northdakota',
    okla: 'oklahoma', ore: 'oregon', pa: 'pennsylvania', ri: 'rhodeisland', sc: 'southcarolina', sd: 'southdakota', tenn: 'tennessee',
    vt: 'vermont', va: 'virginia', wash: 'washington', wva: 'westvirginia', wis: 'wisconsin', wyo: 'wyoming',
  }),
);
/** US states, with those `US_STATES` leaves out (as a country's or a city's name too): each has a House. */
export const STATES_WITH_HOUSES = new Set([...US_STATES, 'georgia', 'washington', 'newyork']);

/**
 * German and Austrian states whose hyphenated names hold another place's (folded): `Sachsen-Anhalt`
 * is not Saxony, `Baden-Württemberg` not Baden.
 */
const HYPHENATED_STATES = new Set(['sachsenanhalt', 'badenwurttemberg', 'nordrheinwestfalen', 'mecklenburgvorpommern', 'schleswigholstein', 'rheinlandpfalz']);

/** True if the place's name at text[start, end) is part of a hyphenated state's name (`HYPHENATED_STATES`), declined too. */
export function inStateName(text: string, start: number, end: number): boolean {
  if (!isHyphen(text.charCodeAt(end)) && !(start > 0 && isHyphen(text.charCodeAt(start - 1)))) return false;
  let from = start;
  while (from > 0 && (isHyphen(text.charCodeAt(from - 1)) || foldAt(text, from - 1) > JOIN)) from--;
  let to = end;
  while (to < text.length && (isHyphen(text.charCodeAt(to)) || foldAt(text, to) > JOIN)) to++;
  const name = foldKey(text.slice(from, to));
  return HYPHENATED_STATES.has(name) || (name.endsWith('s') && HYPHENATED_STATES.has(name.slice(0, -1)));
}

/** First words of the two-word states and countries. */
const STATE_FIRST_WORDS = new Set(['new', 'north', 'northern', 'south', 'rhode', 'west', 'united']);

/**
 * Where `, ` and a region of `regions` (`US_STATES`, `TOWN_REGIONS`) that follow the name at
 * text[start, end) end, or -1. Not in a dateline, which writes the place in capitals (`FORT WORTH,
 * Texas –` is the place itself), and not after a region itself.
 */
export function regionAfter(text: string, start: number, end: number, regions: ReadonlySet<string>, named?: { region: string }): number {
  if (text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== 0x20 || !isUpperCase(text.charCodeAt(end + 2))) return -1;
  if (!HAS_SMALL_LETTER.test(text.slice(start, end)) || regions.has(foldKey(text.slice(start, end)))) return -1;
  let to = wordEnd(text, end + 2);
  let region = foldKey(text.slice(end + 2, to));
  if (STATE_FIRST_WORDS.has(region) && text.charCodeAt(to) === 0x20) {
    const second = wordEnd(text, to + 1);
    region += foldKey(text.slice(to + 1, second));
    to = second;
  }
  if (named) named.region = region;
  return regions.has(region) ? to : -1;
}

/** True if a US state's name, or one and `State`, stands before `start` (`Texas House`, `Georgia State Senate`). */
export function afterUsState(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  if (foldKey(text.slice(word.from, word.to)) === 'state') word = wordBefore(text, word.from);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  const state = foldKey(text.slice(word.from, word.to));
  // (One word: `the New York Senate race` and `the New York House delegation` are Congress's.)
  return STATES_WITH_HOUSES.has(state);
}

/** True if a place's homes or descriptions put it outside the US state `state` (folded): in another state or country. */
function placedElsewhere(homes: ReadonlySet<string> | null, descriptions: readonly string[], state: string): boolean {
  if (ownState(homes, descriptions, state)) return false;
  if (outsideUs(homes, state)) return true;
  // (Another state only after a comma, as descriptions give it: `City in Steuben County, New York`;
  // not a river's or a city's name, `Stadt am Mississippi`, `Vorort von Washington`.)
  // (And only where the words before say the place is in it: not `City across the Mississippi from
  // St. Louis, Missouri`.)
  for (const description of descriptions) {
    const [head, ...parts] = description.split(',');
    if (!/\bin\b/.test(head!) || /\b(?:from|near|across|opposite|outside)\b/.test(head!)) continue;
    for (const part of parts) {
      const named = foldKey(part.replace(/[^\p{L}]+/gu, ''));
      if (named !== state && STATES_WITH_HOUSES.has(named)) return true;
    }
  }
  return false;
}

/**
 * True if `, ` and a US state follow the place's name at text[start, end) (see `regionAfter`),
 * and not in a list of places (`Dublin, Texas and Ohio`).
 */
export function beforeUsState(text: string, start: number, end: number, homes: ReadonlySet<string> | null, descriptions: readonly string[]): boolean {
  const named = { region: '' };
  let to = regionAfter(text, start, end, US_STATES, named);
  // A state that shares its name with a country or a city (`Athens, Georgia, is …`, `Vancouver,
  // Washington, which …`): only after a place its description puts elsewhere, set apart by commas
  // before a small word, and not in a list (`Seen from Berlin, Washington has …`, `London, Paris,
  // Washington.`, `Kyiv, Georgia, and Moldova`).
  // (Also as AP abbreviates it, `Corning, Calif.`: only where the description puts the place in another
  // state or country; `Boulder, Colo.` of a city `at the foot of the Rocky Mountains` is that one.)
  if (to < 0 && text.startsWith(', ', end) && HAS_SMALL_LETTER.test(text.slice(start, end))) {
    to = usStateAbbreviation(text, end + 2, named);
    if (to >= 0) return placedElsewhere(homes, descriptions, named.region);
  }
  if (to < 0) {
    to = regionAfter(text, start, end, SHARED_STATE_NAMES, named);
    if (to >= 0 && !(outsideUs(homes, named.region) && setApart(text, start, to))) return false;
  }
  if (to < 0 || (text.charCodeAt(to) === 0x20 && (text.startsWith('and ', to + 1) || text.startsWith('or ', to + 1)))) return false;
  return !ownState(homes, descriptions, named.region);
}

/**
 * True if the place's homes or descriptions name the US state `state` (folded) as its own (`Lea
 * County, New Mexico`; `New York`, which names a city too, in its descriptions' words).
 */
function ownState(homes: ReadonlySet<string> | null, descriptions: readonly string[], state: string): boolean {
  const key = placeKey(state);
  if (key !== undefined && homes?.has(key)) return true;
  return descriptions.some((description) => foldKey(description.replace(/\s+/g, '')).includes(state));
}

/** US states whose names are a country's or a city's too (folded), which `US_STATES` leaves out. */
const SHARED_STATE_NAMES = new Set(['georgia', 'washington', 'newyork']);

/**
 * True if a comma and a small word other than `and`, `or` follow the state's name ending at `to`, and
 * no comma stands before the town's name at `start`: the state is set apart, not one of a list.
 */
function setApart(text: string, start: number, to: number): boolean {
  const next = text.charCodeAt(to + 2);
  if (text.charCodeAt(to) !== COMMA || text.charCodeAt(to + 1) !== 0x20 || next < 0x61 || next > 0x7a) return false;
  return !text.startsWith('and ', to + 2) && !text.startsWith('or ', to + 2) && !(start >= 2 && text.charCodeAt(start - 2) === COMMA);
}

/** True if `homes` (a place's) name where it is, and that is not the United States, nor the country Georgia of `georgia`. */
function outsideUs(homes: ReadonlySet<string> | null, state: string): boolean {
  if (homes === null || homes.size === 0 || (state === 'georgia' && homes.has('n:ge'))) return false;
  for (const home of homes) if (home === 'n:us' || home.startsWith('r:us:')) return false;
  return true;
}
/**
 * True if a region's adjective stands right before `start` (`das bayerische Digitalministerium`)
 * that names none of the body's homes: the region's own body of the name.
 */
export function otherStateBefore(text: string, start: number, alias: AliasRecord): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  const key = germanAdjectiveKey(foldKey(text.slice(word.from, word.to)));
  return key !== undefined && key.startsWith('r:') && !(factsOf(alias).homes?.has(key) ?? false) && !describes(alias, key.slice(key.lastIndexOf(':') + 1));
}

/**
 * True if a comma and the name of a country or a region follow the place's name, closing the
 * phrase, and it is none of the place's homes nor theirs (`north of Sydney, Australia.` beside
 * Sydney, Nova Scotia; not `Vancouver, Canada` for a city in British Columbia, `London, England`,
 * `In Paris, British ministers …`, `Unlike Berlin, Bavaria has …`, nor a list: `Dublin, Scotland, and Wales`).
 */
export function countryElsewhere(text: string, end: number, alias: AliasRecord): boolean {
  const from = end + 2;
  if (text.charCodeAt(end + 1) !== 0x20 || !isUpperCase(text.charCodeAt(from))) return false;
  const { words, to } = placeWordsAt(text, from, namesCountryOrRegion);
  if (!namesCountryOrRegion(words) || describes(alias, words)) return false;
  const next = to < text.length ? text.charCodeAt(to) : 0x2e;
  const closes = next === 0x2e || next === 0x3b || next === 0x29 || (next === COMMA && !isUpperCase(text.charCodeAt(to + 2)) && !text.startsWith(', and ', to) && !text.startsWith(', or ', to)) || (isApostrophe(next) && text.charCodeAt(to + 1) === 0x73);
  const key = placeKey(words)!;
  const { homes } = factsOf(alias);
  return closes && !homes!.has(key) && otherPlace(key, homes!);
}

/**
 * The folded words of one capitalised word from `from`, or of two where `names` takes both
 * (`British Columbia`, `New Zealand`), and where they end.
 */
function placeWordsAt(text: string, from: number, names: (words: string) => boolean): { words: string; to: number } {
  const to = wordEnd(text, from);
  if (text.charCodeAt(to) === 0x20 && isUpperCase(text.charCodeAt(to + 1))) {
    const second = wordEnd(text, to + 1);
    const both = foldKey(text.slice(from, second));
    if (names(both)) return { words: both, to: second };
  }
  return { words: foldKey(text.slice(from, to)), to };
}
const namesPlace = (words: string): boolean => placeKey(words) !== undefined;

/** True if a capitalised German adjective of a region stands before `start` (`der Sächsischen`). */
export function regionAdjectiveBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && isUpperCase(text.charCodeAt(word.from)) && germanAdjectiveKey(foldKey(text.slice(word.from, word.to)))?.startsWith('r:') === true;
}
/** Countries with states that German calls `Bundesstaaten` (`im Bundesstaat Kerala`). */
const FEDERAL = new Set(['n:us', 'n:in', 'n:au', 'n:br', 'n:mx', 'n:ng', 'n:my']);

/**
 * True if `im Bundesstaat` or `im US-Bundesstaat` and a name its descriptions do not give follow
 * the place's name, where they put it in a country without such states (`Potsdam im Bundesstaat
 * New York` beside Brandenburg's; not `Sacramento im Bundesstaat Kalifornien`).
 */
export function stateElsewhereAfter(text: string, end: number, alias: AliasRecord): boolean {
  const from = text.startsWith(' im Bundesstaat ', end) ? end + 16 : text.startsWith(' im US-Bundesstaat ', end) ? end + 19 : -1;
  if (from < 0 || !isUpperCase(text.charCodeAt(from)) || describes(alias, foldKey(text.slice(from, wordEnd(text, from))))) return false;
  // Only where the description puts the place in a country without Bundesstaaten, and not in that one.
  const { homes } = factsOf(alias);
  if (!homes) return false;
  for (const home of homes) if (FEDERAL.has(countryOf(home))) return false;
  const key = placeKey(foldKey(text.slice(from, wordEnd(text, from))));
  return !(key !== undefined && homes.has(key));
}
/**
 * True if `in` or a comma and a country or region that is none of the place's homes follow `end`
 * (`in Ontario`, `, Ontario`; not `a Boston, Massachusetts, native` for a Boston in Massachusetts,
 * `a Paris in April`, nor a list or a compound: `an Ireland, Scotland and Wales tour`, `a Berlin,
 * Germany-based start-up`).
 */
export function regionElsewhere(text: string, end: number, alias: AliasRecord): boolean {
  const within = text.startsWith(' in ', end);
  const from = within ? end + 4 : text.charCodeAt(end) === COMMA && text.charCodeAt(end + 1) === 0x20 ? end + 2 : -1;
  if (from < 0 || !isUpperCase(text.charCodeAt(from))) return false;
  // (Two words where they name a region: `a Vancouver, British Columbia firm`, not Britain.)
  const { words, to } = placeWordsAt(text, from, namesPlace);
  const key = placeKey(words);
  if (key === undefined || factsOf(alias).homes?.has(key) || describes(alias, words) || isHyphen(text.charCodeAt(to))) return false;
  // (After a comma, a list: `an Ireland, Scotland and Wales tour`; after `in`, its country may follow: `in Ontario, Canada`.)
  return within || (!(text.charCodeAt(to) === COMMA && isUpperCase(text.charCodeAt(to + 2))) && !text.startsWith(' and ', to));
}
/**
 * True if ` in ` and a region's or a country's name follow the town's name that is neither one of
 * its homes nor, for a country, theirs (`in Emerald in Victoria` of a town in Queensland; not
 * `Linz in Oberösterreich` of a town in Austria, `Salzburg in Österreich`, nor an adjective:
 * `Berlin in European politics`). The town follows a place's preposition (not `the actions of
 * Moscow in Ukraine`).
 */
export function townInOtherRegion(text: string, end: number, alias: AliasRecord): boolean {
  const from = end + 4;
  if (!isUpperCase(text.charCodeAt(from)) || !describesTown(alias)) return false;
  const { words, to } = placeWordsAt(text, from, namesCountryOrRegion);
  // (A region's genitive only before the name of a place in it: `in Victoria’s Dandenong Ranges`, not
  // `in Australia's absence`.)
  const genitive = !namesCountryOrRegion(words) && words.endsWith('s') && capitalisedWordAfter(text, to) !== null;
  const region = genitive ? words.slice(0, -1) : words;
  if (!namesCountryOrRegion(region) || describes(alias, region) || isHyphen(text.charCodeAt(to))) return false;
  const key = placeKey(region)!;
  for (const home of factsOf(alias).homes!) if (home === key || countryOf(home) === key || home === countryOf(key)) return false;
  return true;
}

/**
 * True if ` in ` and a country or a region follow a party's name that is in another nation than
 * its homes', one where its language is spoken (`die SVP in Südtirol` of the Swiss party, `Labour
 * in Australia` of Britain's): parties of the same name are found there. Not a region of its own
 * nation (`die CSU in Hessen`), nor a nation of another language, where a party campaigns among its
 * emigrants (`die AKP in Deutschland`). South Tyrol is a nation of its own here, and Northern Ireland
 * Ireland's as well as Britain's (`Sinn Féin in Northern Ireland`).
 */
export function partyElsewhere(text: string, end: number, alias: AliasRecord): boolean {
  const from = end + 4;
  if (!isUpperCase(text.charCodeAt(from))) return false;
  const key = placeKey(placeWordsAt(text, from, namesCountryOrRegion).words);
  if (key === undefined) return false;
  const there = nationsOf(key);
  const area = PARTY_AREAS.get(there[0]!);
  let sameArea = false;
  for (const home of factsOf(alias).homes!) {
    for (const nation of nationsOf(home)) {
      if (there.includes(nation)) return false;
      sameArea ||= area !== undefined && PARTY_AREAS.get(nation) === area;
    }
  }
  return sameArea;
}
/** The nations of a place's key, for parties (see `partyElsewhere`). */
function nationsOf(key: string): readonly string[] {
  return key === SOUTH_TYROL ? [key] : key === NORTHERN_IRELAND ? ['n:uk', 'n:ie'] : [countryOf(key)];
}
const SOUTH_TYROL = placeKey('sudtirol')!;
const NORTHERN_IRELAND = placeKey('northernireland')!;
/** Nations by the language their parties share names in. */
const PARTY_AREAS: ReadonlyMap<string, string> = new Map([
  ...['n:de', 'n:at', 'n:ch', SOUTH_TYROL].map((nation): [string, string] => [nation, 'de']),
  ...['n:uk', 'n:ie', 'n:us', 'n:ca', 'n:au', 'n:nz'].map((nation): [string, string] => [nation, 'en']),
]);

/**
 * True if the word before `start` says the name is another one than its entry's: a word of origin
 * in the slot its longer names fill with another (`AliasFacts.origins`): `Frankfurter Buchmesse`
 * for `Buchmesse` of `Leipziger Buchmesse`, `Europäischen Volkspartei` for
 * `Volkspartei` of `Österreichische Volkspartei`, `US Treasury` for `HM Treasury`.
 */
export function otherOrigin(text: string, start: number, origins: ReadonlySet<string>): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  const origin = originKey(text.slice(word.from, word.to));
  if (origin === null || origins.has(origin)) return false;
  // Places are compared as places: `Die Steirische Volkspartei` is the Austrian one's.
  if (isPlaceKey(origin)) {
    const places = new Set([...origins].filter(isPlaceKey));
    if (places.size > 0) return otherPlace(origin, places);
  }
  for (const own of origins) if (originKind(own) === originKind(origin)) return true;
  return false;
}

/** True for the key of a country or a region (`places.ts`). */
function isPlaceKey(key: string): boolean {
  return key.startsWith('n:') || key.startsWith('r:');
}

/** The kinds of words of origin as compared in a name's slot: adjectives of countries, regions and other kinds are one. */
function originKind(origin: string): number {
  const kind = origin.charCodeAt(0);
  return kind === 0x6e || kind === 0x72 ? 0x61 : kind;
}

/**
 * True if a country or region named before the name (`Britain’s Labour`, `the Australian Greens`,
 * `the Alberta NDP`, `the federal NDP`), or a region named right after it (`der Alpenverein
 * Südtirol`), is none of the organisation's `homes`. Places are compared as far as both name them:
 * a region of the entry's country is a branch of it (`Scottish Labour`, `die SPD Bayern`), another
 * region of an entry's region is not, nor is the country's own level. `acronym`: the name is an
 * acronym, which a country's body does not share with a European one.
 */
export function otherHome(text: string, start: number, end: number, homes: ReadonlySet<string>, english: boolean, acronym = false): boolean {
  const before = placeBefore(text, start, english);
  // (A European country's part in a body of Europe's, by its acronym: `the German ESA astronaut`,
  // `der deutsche EU-Botschafter`; not a name that a country's body shares, `the German Greens`.)
  if (before !== undefined && !homes.has(before) && otherPlace(before, homes) && !(acronym && homes.has(EUROPE) && EUROPEAN_COUNTRIES.has(countryOf(before)))) return true;
  if (otherCountryOf(text, end, homes, english)) return true;
  // Only a region after it, and only where the name is the subject: a place there is often the
  // sentence's object (`fordert die SPD Frankreich auf`, `Nun fordert die ÖVP Bayern auf`).
  const next = capitalisedWordAfter(text, end);
  if (next === null || isHyphen(text.charCodeAt(next.to)) || !inSubjectPosition(text, start)) return false;
  const after = placeKey(foldKey(text.slice(next.from, next.to)));
  return after !== undefined && after.startsWith('r:') && !homes.has(after) && otherPlace(after, homes);
}

/**
 * True if an English adjective or name of a region of one of `homes` stands before `start`, the
 * region itself none of them: `the Scottish Parliament`, `the Welsh Government` beside the UK's.
 */
export function regionOfHomeBefore(text: string, start: number, homes: ReadonlySet<string>): boolean {
  const before = placeBefore(text, start, true);
  return before !== undefined && before.startsWith('r:') && !homes.has(before) && homes.has(countryOf(before));
}

/**
 * True if a country named in the genitive right after the name (`countryOfAfter`) is none of
 * `homes`; if `alone`, not one of several parties (`das Atomabkommen der USA mit dem Iran`, `der
 * Vereinigten Staaten, Chinas und Russlands`).
 */
export function otherCountryOf(text: string, end: number, homes: ReadonlySet<string>, english: boolean, alone = false): boolean {
  const country = alone ? { to: 0 } : undefined;
  const whose = countryOfAfter(text, end, english, country);
  if (whose === undefined || homes.has(whose) || !otherPlace(whose, homes)) return false;
  if (!country) return true;
  const to = country.to;
  const next = to < text.length ? text.charCodeAt(to) : 0x2e;
  // (A comma before a capital lists another party; before a small word it opens a clause: `der
  // Vereinigten Staaten, mit dem Washington …`.)
  if (next === COMMA) return !isUpperCase(text.charCodeAt(to + 2));
  return !(next === 0x20 && PARTY_LINKS.hasIn(text, to + 1, wordEnd(text, to + 1)));
}
const PARTY_LINKS = new WordSet(['und', 'mit', 'sowie', 'and', 'with']);

/**
 * The key of a country named in the genitive right after a name, or undefined: `die Demokraten der
 * USA`, `die Armee des Iran`, `the Labour Party of Ireland`. German `der` before
 * a feminine country is the dative as well (`die EU der Ukraine Geld zusagt`): only a plural one
 * counts after it; English `of` not before a possessive (`by the EU of Ukraine's talks`). Where the
 * country's name ends goes into `country`.
 */
function countryOfAfter(text: string, end: number, english: boolean, country?: { to: number }): string | undefined {
  const link = english ? (text.startsWith(' of the ', end) ? 8 : text.startsWith(' of ', end) ? 4 : 0) : text.startsWith(' des ', end) || text.startsWith(' der ', end) ? 5 : 0;
  const from = end + link;
  if (link === 0 || !isUpperCase(text.charCodeAt(from))) return undefined;
  // Two words (`Vereinigten Staaten`, `United States`).
  const { words, to } = placeWordsAt(text, from, namesPlace);
  if (english ? isApostrophe(text.charCodeAt(to)) : text.charCodeAt(end + 3) === 0x72 && !PLURAL_COUNTRIES.has(words)) return undefined;
  const key = english ? placeKey(words) : germanPlaceKey(words);
  if (country) country.to = to;
  return key !== undefined && key.startsWith('n:') ? key : undefined;
}
/** Countries whose German name is a plural: `der` before them is only the genitive. */
const PLURAL_COUNTRIES = new Set(['usa', 'vereinigtenstaaten', 'niederlande', 'philippinen']);

/**
 * True if another country or region than the place's own (`homes`, as its description names them)
 * stands before it, in the possessive or as an adjective: `America’s Stonehenge`, `Pakistan’s
 * Punjab`, `das badische Neuenburg` (beside the Swiss one) are namesakes there.
 */
export function otherCountryBefore(text: string, start: number, end: number, homes: ReadonlySet<string>, english: boolean): boolean {
  // (Not where the place names what the country does there: `Russlands Kiew-Offensive`, `Russia's
  // Kyiv offensive`, `The US Kyiv embassy`, `A Ukrainian Moscow drone strike`.)
  if ((isHyphen(text.charCodeAt(end)) || (english && text.charCodeAt(end) === 0x20)) && ACTS_ON_PLACE.hasIn(text, end + 1, wordEnd(text, end + 1))) return false;
  const before = placeBefore(text, start, english);
  return before !== undefined && before !== NATIONAL && !homes.has(before) && otherPlace(before, homes);
}

/** What a country does at a place, after its name (`Kyiv offensive`, `Kiew-Botschaft`), folded. */
const ACTS_ON_PLACE = new WordSet(
  `offensive offensiven attack attacks assault strike strikes invasion advance push campaign embassy consulate drone drones missile
  missiles bombing raid raids angriff angriffe angriffs vorstoss feldzug botschaft`.split(/\s+/),
);

/**
 * True if the name at `start` (after its article) opens a sentence or a clause, or follows a noun,
 * a conjunction or a preposition: where German has the subject (not after a verb, where the object
 * may follow it: `lobte die SPÖ Südtirol`).
 */
function inSubjectPosition(text: string, start: number): boolean {
  let at = start;
  const article = wordBefore(text, at);
  if (article !== null && (DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to) || ENGLISH_ARTICLE.hasIn(text, article.from, article.to))) at = article.from;
  const word = wordBefore(text, at);
  return word === null || isUpperCase(text.charCodeAt(word.from)) || CONJUNCTIONS.hasIn(text, word.from, word.to) || SUBJECT_LEADS.hasIn(text, word.from, word.to);
}
/** Prepositions and subordinating words a subject may follow. */
const SUBJECT_LEADS = new WordSet(['von', 'mit', 'fur', 'bei', 'gegen', 'uber', 'laut', 'neben', 'dass', 'weil', 'wie', 'als', 'wenn', 'ob', 'nachdem']);

/** True if `place` (not one of `homes`) is another place than those (see `otherHome`). */
function otherPlace(place: string, homes: ReadonlySet<string>): boolean {
  let countries = false;
  let regions = false;
  for (const own of homes) {
    if (own.startsWith('r:')) regions = true;
    else countries = true;
  }
  if (place === NATIONAL) return regions && !countries;
  if (place.startsWith('r:')) return regions || !homes.has(countryOf(place));
  // A country: another than the entry's, and than its regions'.
  for (const own of homes) if (countryOf(own) === place) return false;
  return true;
}

/** The word of a country's own level (`federal`), of no country in particular. */
const NATIONAL = 'n:';

/**
 * The country or region (`places.ts`) named right before `start`, or undefined: an adjective or
 * acronym (`British`, `BC`), a name, also in the possessive or genitive (`Britain’s`, `Australiens`)
 * and of up to three words (`New Zealand’s`, `the British Columbia NDP`, `the New South Wales
 * Labor government`); in German also a declined adjective (`die britische Labour-Partei`); and
 * `federal` (`NATIONAL`).
 */
function placeBefore(text: string, start: number, english: boolean): string | undefined {
  let end = start - 1;
  if (end < 1 || text.charCodeAt(end) !== 0x20) return undefined;
  if (isApostrophe(text.charCodeAt(end - 1))) end--;
  else if (text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
  const from = wordStart(text, end);
  if (from === end) return undefined;
  const folded = foldKey(text.slice(from, end));
  if (folded === 'federal') return NATIONAL;
  if (!isUpperCase(text.charCodeAt(from))) return english ? undefined : germanAdjectiveKey(folded);
  // `auf Französisch Fédération …`: the language the name is given in, not where the body is.
  if (!english && LANGUAGES.has(folded) && wordOfBeforeAnyCase(text, from, LANGUAGE_PREPOSITIONS)) return undefined;
  // Three words, then two, then one.
  let words = folded;
  let at = from;
  const runs: string[] = [];
  for (let n = 1; n < 3 && at >= 2 && text.charCodeAt(at - 1) === 0x20; n++) {
    const before = wordStart(text, at - 1);
    if (before === at - 1 || !isUpperCase(text.charCodeAt(before))) break;
    words = foldKey(text.slice(before, at - 1)) + words;
    runs.unshift(words);
    at = before;
  }
  for (const run of runs) {
    const key = placeKey(run);
    if (key !== undefined) return key;
  }
  const origin = originKey(text.slice(from, end));
  if (origin !== null) return isPlaceKey(origin) ? origin : undefined;
  return english ? placeKey(folded) : germanPlaceKey(folded);
}
