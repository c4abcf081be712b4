/**
 * Countries and regions by the words that name them, for telling an organisation from its
 * namesakes elsewhere: `Britain’s Labour` and `the Australian Greens` on a page about New
 * Zealand's parties, `the Alberta NDP` beside the BC NDP. Keys are `n:` and a country's code, or
 * `r:`, its country's code and the region's name (`r:ca:alberta`); words are folded (`foldKey`), a
 * name's words joined (`newzealand`), a German adjective without its ending (`osterreichisch`).
 */
import { foldKey } from './fold';

/**
 * The US states' names, folded, words joined. Not Georgia, which is also a country (`Tbilisi,
 * Georgia`), nor Washington and New York, which are also cities (homes.ts's `STATES_WITH_HOUSES` has them).
 */
export const US_STATES: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada newhampshire
  newjersey newmexico northcarolina northdakota ohio oklahoma oregon pennsylvania rhodeisland southcarolina
  southdakota tennessee texas utah vermont virginia westvirginia wisconsin wyoming`.split(/\s+/),
);

/** Per country: its names in English and German, then (after `|`) its adjectives and acronyms. */
const COUNTRY_WORDS: Record<string, string> = {
  uk: 'britain greatbritain unitedkingdom grossbritannien | uk gb hm british britisch',
  us: 'america unitedstates vereinigtestaaten vereinigtenstaaten | us usa american amerikanisch',
  eu: '| eu european europaisch',
  // (A continent: its bodies are other than a country's: `Africa CDC` is not the US CDC.)
  africa: 'africa afrika | african afrikanisch',
  nz: 'newzealand aotearoa neuseeland | nz neuseelandisch',
  au: 'australia australien | australian australisch',
  ca: 'canada kanada | canadian kanadisch',
  ie: 'ireland irland | irish irisch',
  de: 'germany deutschland | german deutsch',
  at: 'austria osterreich | austrian osterreichisch',
  ch: 'switzerland schweiz | swiss schweizer schweizerisch westschweizer deutschschweizer',
  fr: 'france frankreich | french franzosisch',
  it: 'italy italien | italian italienisch',
  es: 'spain spanien | spanish spanisch',
  nl: 'netherlands niederlande holland | dutch niederlandisch',
  be: 'belgium belgien | belgian belgisch',
  dk: 'denmark danemark | danish danisch',
  se: 'sweden schweden | swedish schwedisch',
  no: 'norway norwegen | norwegian norwegisch',
  fi: 'finland finnland | finnish finnisch',
  pl: 'poland polen | polish polnisch',
  cz: 'czechia tschechien | czech tschechisch',
  gr: 'greece griechenland | greek griechisch',
  pt: 'portugal | portuguese portugiesisch',
  ru: 'russia russland | russian russisch',
  ua: 'ukraine | ukrainian ukrainisch',
  il: 'israel | israeli israelisch',
  in: 'india indien | indian indisch',
  cn: 'china | chinese chinesisch',
  jp: 'japan | japanese japanisch',
  kr: 'southkorea sudkorea | southkorean sudkoreanisch',
  kp: 'northkorea nordkorea | northkorean nordkoreanisch',
  za: 'southafrica sudafrika | southafrican sudafrikanisch',
  br: 'brazil brasilien | brazilian brasilianisch',
  mx: 'mexico mexiko | mexican mexikanisch',
  tr: 'turkey turkei | turkish turkisch',
  ar: 'argentina argentinien | argentinian argentine argentinisch',
  cl: 'chile | chilean chilenisch',
  co: 'colombia kolumbien | colombian kolumbianisch',
  pe: 'peru | peruvian peruanisch',
  ng: 'nigeria | nigerian nigerianisch',
  ke: 'kenya kenia | kenyan kenianisch',
  eg: 'egypt agypten | egyptian agyptisch',
  lb: 'lebanon libanon | lebanese libanesisch',
  ir: 'iran | iranian iranisch',
  iq: 'iraq irak | iraqi irakisch',
  pk: 'pakistan | pakistani pakistanisch',
  id: 'indonesia indonesien | indonesian indonesisch',
  ph: 'philippines philippinen | filipino philippinisch',
  vn: 'vietnam | vietnamese vietnamesisch',
  th: 'thailand | thai thailandisch',
  my: 'malaysia | malaysian malaysisch',
  sg: 'singapore singapur | singaporean singapurisch',
};

/**
 * Per country: regions with parties and bodies of their own, by their names, then (after `|`)
 * their adjectives; the first word names the region. Britain's nations are regions: `Scottish
 * Labour` is Labour's.
 */
const REGION_WORDS: Record<string, readonly string[]> = {
  ca: [
    'alberta',
    'britishcolumbia | bc',
    'ontario',
    'quebec',
    'manitoba',
    'saskatchewan',
    'novascotia',
    'newbrunswick',
    'newfoundland newfoundlandandlabrador',
    'princeedwardisland | pei',
    'yukon',
  ],
  // Not `ACT`, `SA`, `WA`: those are other names too.
  au: ['newsouthwales | nsw', 'victoria | victorian', 'queensland', 'westernaustralia', 'southaustralia', 'tasmania | tasmanian', 'northernterritory'],
  uk: ['scotland schottland | scottish schottisch', 'wales | welsh walisisch', 'england | english englisch', 'northernireland nordirland'],
  de: [
    'bayern bavaria | bavarian bayerisch',
    'badenwurttemberg | badenwurttembergisch badisch wurttembergisch',
    'niedersachsen lowersaxony | niedersachsisch',
    'nordrheinwestfalen | nrw',
    'rheinlandpfalz | rheinlandpfalzisch pfalzisch',
    'sachsen saxony | sachsisch',
    'sachsenanhalt',
    'thuringen thuringia | thuringisch',
    'hessen hesse | hessisch',
    'schleswigholstein | schleswigholsteinisch',
    'mecklenburgvorpommern',
    'brandenburg | brandenburgisch',
    'saarland | saarlandisch',
  ],
  at: ['tirol tyrol nordtirol northtyrol | nordtiroler', 'vorarlberg', 'karnten carinthia', 'steiermark styria | steirisch', 'oberosterreich | oberosterreichisch', 'niederosterreich | niederosterreichisch', 'burgenland'],
  it: ['sudtirol southtyrol', 'trentino'],
  us: [...US_STATES, 'newengland'],
};

/** `words` (`names | adjectives`) as [word, key, is a name] triples. */
function keyed(words: string, key: string): [string, string, boolean][] {
  const [names = '', adjectives = ''] = words.split('|');
  const split = (list: string) => list.split(' ').filter(Boolean);
  return [...split(names).map((word) => [word, key, true] as [string, string, boolean]), ...split(adjectives).map((word) => [word, key, false] as [string, string, boolean])];
}

const PLACE_WORDS = [
  ...Object.entries(COUNTRY_WORDS).flatMap(([code, words]) => keyed(words, 'n:' + code)),
  ...Object.entries(REGION_WORDS).flatMap(([code, regions]) => regions.flatMap((words) => keyed(words, `r:${code}:${words.split(' ')[0]}`))),
];
const PLACE_KEYS = new Map(PLACE_WORDS.map(([word, key]) => [word, key]));
/** The words that name a place (not its adjectives): only these take a genitive `s` (`Österreichs`). */
const PLACE_NAMES = new Set(PLACE_WORDS.filter(([, , name]) => name).map(([word]) => word));

/**
 * Big cities by the folded words that name them, in German and English, and their adjectives
 * (`munchner`), then (after `@`) the region of `REGION_WORDS` they are in; `|` or a line break
 * ends a city. A place that its description puts in another is a namesake there (`der Karlsplatz
 * in München` beside Vienna's).
 */
const CITY_WORDS = `
  wien vienna wiener viennese | graz grazer @steiermark | linz linzer @oberosterreich | salzburg salzburger | innsbruck innsbrucker @tirol
  klagenfurt klagenfurter @karnten | berlin berliner | hamburg hamburger | munchen munich munchner munchener @bayern
  koln cologne kolner @nordrheinwestfalen | frankfurt frankfurter @hessen | stuttgart stuttgarter @badenwurttemberg
  dusseldorf dusseldorfer @nordrheinwestfalen | leipzig leipziger @sachsen | dresden dresdner @sachsen
  hannover hanover hannoveraner @niedersachsen | nurnberg nuremberg nurnberger @bayern | bremen bremer
  dortmund dortmunder @nordrheinwestfalen | bonn bonner @nordrheinwestfalen | mainz mainzer @rheinlandpfalz
  essen essener @nordrheinwestfalen | duisburg duisburger @nordrheinwestfalen | bochum bochumer @nordrheinwestfalen
  wuppertal wuppertaler @nordrheinwestfalen | bielefeld bielefelder @nordrheinwestfalen | aachen aachener @nordrheinwestfalen
  gelsenkirchen gelsenkirchener @nordrheinwestfalen | monchengladbach monchengladbacher @nordrheinwestfalen
  karlsruhe karlsruher @badenwurttemberg | mannheim mannheimer @badenwurttemberg | augsburg augsburger @bayern
  wiesbaden wiesbadener @hessen | braunschweig braunschweiger @niedersachsen | chemnitz chemnitzer @sachsen
  zurich zurcher | basel basler | bern berner | genf geneva genfer | luzern lucerne luzerner | lausanne
  london londoner @england | paris pariser | rom rome | mailand milan milano mailander | prag prague prager | budapest budapester
  warschau warsaw warschauer | brussel brussels bruxelles brusseler | amsterdam amsterdamer | madrid | barcelona
  moskau moscow moskauer | manchester @england | liverpool @england | birmingham @england | edinburgh @scotland | glasgow @scotland
  strassburg strasbourg strassburger
  dublin | sydney @newsouthwales | melbourne @victoria | toronto @ontario | chicago @illinois | boston @massachusetts`;
const CITIES = new Map<string, readonly string[]>();
const CITY_REGIONS = new Map<readonly string[], string>();
for (const line of CITY_WORDS.split(/[|\n]/)) {
  if (!line.trim()) continue;
  const [names = '', region] = line.split('@');
  const words = names.trim().split(/\s+/);
  for (const word of words) CITIES.set(word, words);
  if (region) CITY_REGIONS.set(words, PLACE_KEYS.get(region.trim())!);
}

/** All the words of the big city (`CITY_WORDS`) that the folded `word` names or describes, or undefined. */
export function cityWords(word: string): readonly string[] | undefined {
  return CITIES.get(word);
}

/** The key of the region a big city is in (`r:de:bayern` of München's words), or undefined. */
export function cityRegion(city: readonly string[]): string | undefined {
  return CITY_REGIONS.get(city);
}

/** True if the folded `words` name a country or a region (not its adjective or acronym: `Bavaria`, not `Bavarian`, `EU`). */
export function namesCountryOrRegion(words: string): boolean {
  return PLACE_NAMES.has(words);
}

/**
 * Countries' names (folded, words joined), in English and German, with Britain's nations: what may
 * follow a town's name after a comma (`Lyon, France`, `Dublin, Ohio` being a state).
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  PLACE_WORDS.filter(([, key, name]) => name && (key.startsWith('n:') || key.startsWith('r:uk:'))).map(([word]) => word),
);

/** The first four letters of every word of a place: most words of an organisation's names start none. */
const STARTS = new Set([...PLACE_KEYS.keys()].map((word) => word.slice(0, 4)));
/** True if a place's key may start with the folded `key` (its first four letters open one: `united` of `unitedstates`). */
export function opensPlaceKey(key: string): boolean {
  return STARTS.has(key.slice(0, 4));
}

/** The longest key, in folded letters (`newfoundlandandlabrador`). */
const LONGEST = Math.max(...[...PLACE_KEYS.keys()].map((key) => key.length));

/** The key (`n:nz`, `r:ca:alberta`) of a folded word or words of a place, or undefined. */
export function placeKey(folded: string): string | undefined {
  return folded.length > LONGEST ? undefined : PLACE_KEYS.get(folded);
}

/**
 * The key of a folded German word of a place, also in the genitive (`osterreichs`, `saarlandes`)
 * or as a declined adjective (`britischen`, `australische`); undefined for none.
 */
export function germanPlaceKey(folded: string): string | undefined {
  const key = placeKey(folded) ?? germanAdjectiveKey(folded);
  if (key !== undefined || !folded.endsWith('s')) return key;
  // The genitive in `-s` or `-es`: `Österreichs`, `des Saarlandes`.
  const name = PLACE_NAMES.has(folded.slice(0, -1)) ? folded.slice(0, -1) : folded.endsWith('es') && PLACE_NAMES.has(folded.slice(0, -2)) ? folded.slice(0, -2) : '';
  return name ? placeKey(name) : undefined;
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
 * `Sozialdemokratische Partei Österreichs`, `BC NDP`), and in the first sentence of each of its
 * descriptions where that says it is a public body (`British centre-left party`, `Südafrikanische
 * Gewerkschaft`; see `PUBLIC_BODY`), as keys; null for none. Runs of three and two words are read
 * first (`New South Wales` is no Wales, `British Columbia` no Britain). Not from a school's or a
 * university's name or a sentence that names one (`Victoria University of Wellington` is in New
 * Zealand), nor a title's place.
 */
export function homesOf(names: readonly string[], descriptions: readonly string[]): Set<string> | null {
  const homes = new Set<string>();
  // (Not an acronym alone, the body's own: `PEI` of the Paul-Ehrlich-Institut is no Prince Edward Island.)
  for (const name of names) if (!SCHOOLS.test(name) && !ACRONYM_ALONE.test(name)) placesIn(name, false, homes);
  const described = new Set<string>();
  for (const description of descriptions) {
    const sentence = firstSentence(description);
    if (SCHOOLS.test(sentence)) continue;
    // The words that say whose body it is: before its noun, and a genitive right after it
    // (`Britische sozialdemokratische Partei`, `Partei Österreichs`); not where it sits or
    // works (`mit Sitz in Nyon`, `that fought in Ukraine`).
    const words = sentence.split(/[\s\-/(),;:]+/);
    const body = words.findIndex((word) => PUBLIC_BODY.test(foldKey(word)));
    if (body >= 0) placesIn(words.slice(0, body + 2).join(' '), true, described);
  }
  // A body of Europe's (`Europäischer Fußballverband`) names no country of its own.
  described.delete(EUROPE);
  for (const key of described) homes.add(key);
  return homes.size > 0 ? homes : null;
}
/**
 * The countries and regions a place's descriptions name in their first sentence (`County in
 * south-east New Mexico`), as keys; null for none. They tell the place from its namesakes elsewhere
 * (`Lea County, New Mexico` is the entry's, `Paris, Texas` is not Paris).
 */
export function placeHomesOf(descriptions: readonly string[]): Set<string> | null {
  const homes = new Set<string>();
  for (const description of descriptions) {
    const sentence = firstSentence(description);
    placesIn(sentence, true, homes);
    // A canton is Swiss (`Gemeinde im Kanton Luzern`, whose cantons the table leaves out).
    if (SWISS_CANTON.test(sentence)) homes.add('n:ch');
  }
  homes.delete(EUROPE);
  return homes.size > 0 ? homes : null;
}

const ACRONYM_ALONE = /^\p{Lu}{2,}$/u;
const SWISS_CANTON = /(?<!\p{L})Kantons?(?!\p{L})/u;

/** The key of the European Union's and Europe's adjective. */
export const EUROPE = 'n:eu';
/** The keys of Europe's countries: a body of Europe's (`n:eu`) is theirs too (`the German ESA astronaut`). */
export const EUROPEAN_COUNTRIES: ReadonlySet<string> = new Set('uk ie de at ch fr it es nl be dk se no fi pl cz gr pt'.split(' ').map((code) => `n:${code}`));

/** Adds the keys of the countries and regions `text` names to `keys`; `prose` reads small adjectives too. */
function placesIn(text: string, prose: boolean, keys: Set<string>): void {
  const words = text.split(prose ? /[\s\-/(),;:.]+/ : /[\s\-/(),]+/);
  for (let i = 0; i < words.length; i++) {
    // Not a title's place: `Prince of Wales Hospital` is in Sydney.
    if (words[i - 1] === 'of' && TITLES.test(words[i - 2] ?? '')) continue;
    const first = foldKey(words[i]!);
    // Prose writes a German adjective in small letters (`die britische Partei`).
    if (!/^\p{Lu}/u.test(words[i]!)) {
      const key = prose ? germanAdjectiveKey(first) : undefined;
      if (key !== undefined) keys.add(key);
      continue;
    }
    if (!STARTS.has(first.slice(0, 4)) && (first.length >= 4 || !STARTS.has((first + foldKey(words[i + 1] ?? '')).slice(0, 4)))) continue;
    for (let run = Math.min(3, words.length - i); run >= 1; run--) {
      const part = words.slice(i + 1, i + run);
      if (!part.every((word) => /^\p{Lu}/u.test(word))) continue;
      const key = germanPlaceKey(first + foldKey(part.join('')));
      if (key === undefined) continue;
      keys.add(key);
      i += run - 1;
      break;
    }
  }
}

/**
 * What a country's or a region's party, union, ministry or authority calls itself, also as the end
 * of a German compound (`Verkehrsbehörde`): another country's is another one. A firm's branch
 * abroad is the firm's (`im britischen Apple Online Store`), so a firm's description gives no homes.
 */
const PUBLIC_BODY =
  /(?:partei|party|gewerkschaft|union|ministerium|ministry|department|behorde|authority|regierung|government|parlament|parliament|bundesrat|nationalrat|landtag|bundestag|council|kammer|chamber|senat|senate|kongress|congress|assembly|versammlung|armee|army|streitkrafte|polizei|police|verband|federation|association)$/;

/**
 * True if a description says the place is a river, a lake, a mountain or another landscape that
 * German names with an article (`am Inn`, `der Brenner`, `im Schwarzwald`): its first sentence's
 * first words, before a small word or a comma, end in such a noun (`Rechter Nebenfluss der Donau`,
 * `Europe's second-longest river`; not `Stadt am Bodensee`, `River city in Lower Bavaria`, `Fluss-
 * und Hafenstadt`, where the landscape only qualifies the head).
 */
export function landscapeDescribed(descriptions: readonly string[]): boolean {
  for (const description of descriptions) {
    const words = firstSentence(description).split(/\s+/);
    let head = '';
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const key = foldKey(word);
      // (A bracket ends the head before it: `Alpenpass (1.370 m) an der Grenze …`.)
      if (!key || word.startsWith('(')) break;
      // (`Fluss- und Hafenstadt`: the head comes after the joined part and its `und`.)
      if (word.endsWith('-')) continue;
      if (DESCRIPTION_LINKS.has(key)) {
        // (Nor a first word: `Mit 1141 Metern höchster Berg des Harzes`.)
        if (i === 0 || words[i - 1]!.endsWith('-')) continue;
        break;
      }
      head = key;
      if (/[,;:(]/.test(word)) break;
    }
    if (LANDSCAPES.test(head)) return true;
  }
  return false;
}
/** Nouns of landscapes (folded), also as the end of a German compound (`Nebenfluss`, `Stausee`, `Hochgebirge`). */
export const LANDSCAPES =
  /(?:fluss|strom|bach|see|meer|gebirge|berg|gletscher|wald|(?<!sc)heide|landschaft|kanal|bucht|pass)$|^(?:river|tributary|stream|creek|lake|loch|sea|mountain|mountains|range|massif|peak|volcano|glacier|forest|canal|bay|strait|valley)$/;
/** Small words that end the words of a description's kind (`Stadt am See`, `City in Lower Bavaria`). */
const DESCRIPTION_LINKS = new Set(
  'am an im in der des die das von vom bei auf aus zwischen mit zum zur nahe und of in on at from near between with and that which where the a an'.split(' '),
);

/** The first sentence of a description: what the entity is, before what it did. */
function firstSentence(text: string): string {
  const stop = /[.!?](?:\s|$)/.exec(text);
  return stop ? text.slice(0, stop.index) : text;
}
const TITLES = /^(?:Prince|Princess|Duke|Duchess|Earl|King|Queen)$/;
const SCHOOLS = /(?<!\p{L})(?:University|Universität|College|School|Schule|Hochschule|Institute|Institut|Academy|Akademie)(?!\p{L})/u;
