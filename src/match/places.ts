/**
 * Countries and regions by the words that name them, for telling an organisation from its
 * namesakes elsewhere: `Britain’s Labour` and `the Australian Greens` on a page about New
 * Zealand's parties, `the Alberta NDP` beside the BC NDP. Keys are `n:` and a country's code, or
 * `r:`, its country's code and the region's name (`r:ca:alberta`); words are folded (`foldKey`), a
 * name's words joined (`newzealand`), a German adjective without its ending (`osterreichisch`).
 */
import { foldKey } from './fold';

/** The US states' names, folded, words joined (Georgia is also a country's, and left out). */
export const US_STATES: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada newhampshire
  newjersey newmexico northcarolina northdakota ohio oklahoma oregon pennsylvania rhodeisland southcarolina
  southdakota tennessee texas utah vermont virginia westvirginia wisconsin wyoming`.split(/\s+/),
);

/** Per country: its names, adjectives and acronyms in English and German. */
const COUNTRY_WORDS: Record<string, string> = {
  uk: 'uk gb hm britain greatbritain unitedkingdom british britisch grossbritannien',
  us: 'us usa america unitedstates american amerikanisch',
  eu: 'eu european europaisch',
  nz: 'nz newzealand aotearoa neuseeland neuseelandisch',
  au: 'australia australian australien australisch',
  ca: 'canada canadian kanada kanadisch',
  ie: 'ireland irish irland irisch',
  de: 'germany german deutschland deutsch',
  at: 'austria austrian osterreich osterreichisch',
  ch: 'switzerland swiss schweiz schweizer schweizerisch',
  fr: 'france french frankreich franzosisch',
  it: 'italy italian italien italienisch',
  es: 'spain spanish spanien spanisch',
  nl: 'netherlands dutch niederlande niederlandisch',
  be: 'belgium belgian belgien belgisch',
  dk: 'denmark danish danemark danisch',
  se: 'sweden swedish schweden schwedisch',
  no: 'norway norwegian norwegen norwegisch',
  fi: 'finland finnish finnland finnisch',
  pl: 'poland polish polen polnisch',
  cz: 'czechia czech tschechien tschechisch',
  gr: 'greece greek griechenland griechisch',
  pt: 'portugal portuguese portugiesisch',
  ru: 'russia russian russland russisch',
  ua: 'ukraine ukrainian ukrainisch',
  il: 'israel israeli israelisch',
  in: 'india indian indien indisch',
  cn: 'china chinese chinesisch',
  jp: 'japan japanese japanisch',
  kr: 'southkorea southkorean sudkorea sudkoreanisch',
  kp: 'northkorea northkorean nordkorea nordkoreanisch',
  za: 'southafrica southafrican sudafrika sudafrikanisch',
  br: 'brazil brazilian brasilien brasilianisch',
  mx: 'mexico mexican mexiko mexikanisch',
};

/**
 * Per country: regions with parties and bodies of their own, by their names and adjectives (the
 * first word names the region). Britain's nations are regions: `Scottish Labour` is Labour's.
 */
const REGION_WORDS: Record<string, readonly string[]> = {
  ca: [
  'alberta',
  'britishcolumbia bc',
  'ontario',
  'quebec',
  'manitoba',
  'saskatchewan',
  'novascotia',
  'newbrunswick',
  'newfoundland newfoundlandandlabrador',
  'princeedwardisland pei',
  'yukon',
  ],
  // Not `ACT`, `SA`, `WA`: those are other names too.
  au: [
  'newsouthwales nsw',
  'victoria victorian',
  'queensland',
  'westernaustralia',
  'southaustralia',
  'tasmania tasmanian',
  'northernterritory',
  ],
  uk: [
  'scotland scottish schottland schottisch',
  'wales welsh walisisch',
  'england english englisch',
  'northernireland nordirland',
  ],
  de: [
  'bayern bavaria bavarian bayerisch',
  'badenwurttemberg',
  'niedersachsen lowersaxony niedersachsisch',
  'nordrheinwestfalen nrw',
  'rheinlandpfalz',
  'sachsen saxony sachsisch',
  'sachsenanhalt',
  'thuringen thuringia thuringisch',
  'hessen hesse hessisch',
  'schleswigholstein',
  'mecklenburgvorpommern',
  'brandenburg brandenburgisch',
  'saarland saarlandisch',
  ],
  at: [
  'tirol tyrol',
  'vorarlberg',
  'karnten carinthia',
  'steiermark styria steirisch',
  'oberosterreich',
  'niederosterreich',
  'burgenland',
  ],
  it: ['sudtirol southtyrol', 'trentino'],
  us: [...US_STATES],
};

const PLACE_KEYS = new Map<string, string>([
  ...Object.entries(COUNTRY_WORDS).flatMap(([code, words]) => words.split(' ').map((word) => [word, 'n:' + code] as const)),
  ...Object.entries(REGION_WORDS).flatMap(([code, regions]) =>
    regions.flatMap((words) => {
      const all = words.split(' ');
      return all.map((word) => [word, `r:${code}:${all[0]}`] as const);
    }),
  ),
]);

/** The longest key, in folded letters (`newfoundlandandlabrador`). */
const LONGEST = Math.max(...[...PLACE_KEYS.keys()].map((key) => key.length));

/** The key (`n:nz`, `r:alberta`) of a folded word or words of a place, or undefined. */
export function placeKey(folded: string): string | undefined {
  return folded.length > LONGEST ? undefined : PLACE_KEYS.get(folded);
}

/**
 * The key of a folded German word of a place, also in the genitive (`osterreichs`) or as a
 * declined adjective (`britischen`, `australische`); undefined for none.
 */
export function germanPlaceKey(folded: string): string | undefined {
  return placeKey(folded) ?? germanAdjectiveKey(folded) ?? (folded.endsWith('s') ? placeKey(folded.slice(0, -1)) : undefined);
}

/** The key of a folded, declined German adjective of a place (`britischen`); undefined for none. */
export function germanAdjectiveKey(folded: string): string | undefined {
  const adjective = /^(.+sch)(?:e|en|em|er|es)$/.exec(folded);
  return adjective ? placeKey(adjective[1]!) : undefined;
}

/** The country's key of a place's key (`n:ca` of `r:ca:alberta`). */
export function countryOf(key: string): string {
  return key.startsWith('r:') ? 'n:' + key.slice(2, key.indexOf(':', 2)) : key;
}

/**
 * The countries and regions named in an organisation's names (`New Zealand Labour Party`,
 * `Sozialdemokratische Partei Österreichs`, `BC NDP`), as keys; null for none. Two words are
 * read together first (`British Columbia` is no `British`).
 */
export function homesOf(names: readonly string[]): Set<string> | null {
  let homes: Set<string> | null = null;
  for (const name of names) {
    const words = name.split(/[\s\-/(),]+/).filter((word) => /^\p{Lu}/u.test(word));
    for (let i = 0; i < words.length; i++) {
      const two = i + 1 < words.length ? germanPlaceKey(foldKey(words[i]! + words[i + 1]!)) : undefined;
      const key = two ?? germanPlaceKey(foldKey(words[i]!));
      if (two !== undefined) i++;
      if (key !== undefined) (homes ??= new Set()).add(key);
    }
  }
  return homes;
}
