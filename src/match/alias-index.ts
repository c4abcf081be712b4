/**
 * The alias index: every alias of every entry, folded to its key (see `fold.ts`), in one trie
 * stored in flat typed arrays. The scanner walks it from each word start, so a page costs time
 * in proportion to its text, whatever the size of the glossary.
 *
 * Layout: nodes are numbered in insertion order; node n's children are the edges
 * `edgeStart[n] … edgeStart[n] + edgeCount[n]`, sorted by folded code. Nodes with many children
 * also get a dense row (`dense[row * alphabet + symbol]`) over the compact alphabet of characters
 * that occur in aliases, so that busy nodes near the root cost one read instead of a search. The
 * root's children are in a table indexed by folded code, since every word start looks there.
 *
 * Keys have no separators (`Kim Jong-un` → `kimjongun`), so the index also records where the
 * text may break a name: where the name has a gap of its own (`Kim Jong Un`, `U.S. Army`,
 * `O’Brien`), between letters and digits (`KN 23`, `Hwasong 11 A`), or before a capital inside a
 * word (`Open AI`). That keeps `as sad` from being `Assad` and `in der` from being `Inder`. Each
 * terminal node has the gaps of its own key (`gapMasks`); each node, those of every key through it
 * (`gapAfter`), so that a walk stops early where no name goes on.
 */
import { DESCRIPTION_LANGUAGES, entryNames, type Entry } from '../glossary/types';
import { FIRST_NAMES } from './first-names';
import { cityWords, homesOf, landscapeDescribed, namesCountryOrRegion, placeHomesOf, placeKey } from './places';
import { COMMA, endsInSigns, fillLatin, finalSigns, foldCode, foldKey, hasUmlaut, isBracket, isDigit, isNamePunctuation, isSharpS, isUmlaut, isUpperCase, JOIN, SEP, transliterateUmlauts } from './fold';

/** How an alias may match. */
export const enum AliasFlag {
  /**
   * Exact case, whole word, and no endings but those its entry lists (`Linken` of `Linke` with
   * `endings: ['n']`); an acronym's are its own (`CNNs`). A person's surname listed so (`Jung`,
   * that `jung` is not the name) keeps the genitive `s` before a noun (`Jungs Amtszeit`, see `take`).
   */
  CaseSensitive = 1,
  /** A phrase that is not this entity (`match.exclude`): it wins its span and yields nothing. */
  Excluded = 2,
  /** Counts only after another alias of the same entry appeared earlier (`match.afterFullName`). */
  AfterFullName = 4,
  /** A word of its own: no endings, not part of a hyphenated compound (`match.wholeWord`). */
  WholeWord = 8,
  /** Written with a final full stop (`U.S.`): a stop after it belongs to the mention. */
  FinalStop = 16,
  /** A person's surname alone (`Trump` of `Donald Trump`): not after another given name (`AliasRecord.nameWords`). */
  Surname = 32,
  /**
   * A person's one-word name that is also a common given name (`Gabriel` of Gabriel Magalhães,
   * `Frank` of Thomas Frank): in English, not before another surname (`Gabriel Jesus`).
   */
  GivenName = 64,
  /**
   * One word naming an organisation or a medium (`Post`, `Allianz`, `Signal`, `Spiegel`): German
   * gives it an indefinite article or a possessive only where it is the ordinary noun (`einem
   * Post`). A concept's name (`Wärmepumpe`) is a noun anyway, and takes them.
   */
  Thing = 128,
  /** Any name of a person: not when it names a prize, a university or a street (`Booker Prize`). */
  Person = 256,
  /** Starts with an article (`the Emirates`): a name that starts after it and reaches further wins. */
  LeadingArticle = 512,
  /** A place's name: not when it names a newspaper (`The Seattle Times`). */
  Place = 1024,
  /** Ends in a closing bracket (`Halle (Saale)`): a `)` after it belongs to the mention. */
  FinalBracket = 2048,
  /**
   * A person's family name that starts their full name (`Kim` of `Kim Jong Un`, `Choe` of `Choe
   * Son Hui`): Korean, Chinese and Hungarian order. Not beside another given name (`Kim Jong Il`,
   * `Sung Kim`).
   */
  FamilyFirst = 4096,
  /** A newspaper's, a broadcaster's or a magazine's name (`The Australian`): not the start of a longer name. */
  Medium = 8192,
  /** Ends in an exclamation mark (`Yahoo!`, `BastA!`): a `!` after it belongs to the mention. */
  FinalBang = 16384,
  /** Starts with a sign that folds away (`§ 211 StGB`, `#MeToo`): the sign before it in the text belongs to the mention. */
  LeadingSign = 32768,
  /**
   * Ends in signs that fold away (`C++`, `C#`, `Disney+`; `FINAL_SIGNS`): a mention only where the
   * text writes them after its letters, and they belong to it (`Vitamin C` is no `C++`). (The
   * highest bit: the `HotBit`s take those between.)
   */
  FinalSign = 1 << 31,
}

export interface AliasRecord {
  entry: number;
  /** The alias as written in the glossary. */
  alias: string;
  flags: number;
  /**
   * Letters and digits of the alias as written, for the case checks of a case-sensitive alias (else
   * empty): one per spelling of its key the entry lists in a case of its own (`Nato` and `NATO`).
   */
  letters: string[];
  /**
   * In an alias that is not case-sensitive as a whole, the letters that must still be capitals:
   * those of its acronyms (`US` in `US Army`, `U.S.` in `U.S. Army`, so `us army` is none). One
   * mask per spelling of its key (`Börse`, `Boerse`: they differ in length), a byte per letter of
   * the key. Null when there are none.
   */
  capitals: Uint8Array[] | null;
  /**
   * The first letter of the alias's first capitalised word, articles aside (`L` of `Die Linke`,
   * `K` of `Kalter Krieg`), aligned like `capitals`: a mention must keep it a capital. In German
   * the case tells a name from an ordinary word: `die Linke`, not `die linke Hand`; the city
   * `Essen`, not `essen`; the Cold War, not `ein kalter Krieg` (nouns keep their capital anyway, so
   * the first word decides). Null when the alias capitalises no such word (`iPhone`, `von der
   * Leyen`) or is written all in capitals.
   */
  initials: Uint8Array[] | null;
  /** The alias's folded key (see `foldKey`). */
  key: string;
  /** For a person's name: the folded words of all the person's names (`donald`, `john`, `trump`; `iii` of Charles III). */
  nameWords: ReadonlySet<string> | null;
  /** A longer name of the entry goes on from this one after a space (`Wendelstein` of `Wendelstein 7-X`). */
  startsLonger: boolean;
  /**
   * A name of the entry is a compound that this one begins (`Rosengarten` of `Rosengartentunnel`):
   * this one is a noun on its own as well (`einen Rosengarten versprechen`).
   */
  startsCompound: boolean;
  /** Its entry is a weapon system (a ship may bear a title with its name: `the General Belgrano`). */
  weapon: boolean;
  /**
   * Its entry is an organisation or a medium, or another whose description calls it a firm (`Staatliches
   * Eisenbahnunternehmen`): a legal form after its name is its own (`Deutsche Bahn AG`).
   */
  firm: boolean;
  /** Its entry's type: of two entries that write one name, only those of the first's kind are tried after it (scan.ts's `takeShared`). */
  type: Entry['type'];
  /**
   * For a club's prefix that starts the entry's longer names (`SG` of `SG Flensburg-Handewitt`, `FC`
   * of `FC Bayern`): the words (folded) that follow it there (`1899` and `hoffenheim` of `TSG 1899
   * Hoffenheim`); null for others. Another capitalised word after it makes it another club of the
   * kind (`ein früherer SG Wallau-Massenheim-Spieler`, `den VfL Wolfsburg`). (Not a firm's or a
   * broadcaster's acronym: `BMW Chief Executive Oliver Zipse`, `BBC Radio 4` are theirs.)
   */
  longerWords: ReadonlySet<string> | null;
  /** Its entry's names (`entryNames`): what they say of this one is worked out when first asked (`factsOf`). */
  names: readonly string[];
  /** What its entry's names and descriptions say, shared by the entry's records (`factsOf`). */
  shared: EntryFacts;
  /** `factsOf`, once asked for. */
  facts?: AliasFacts;
  /** Its entry's descriptions, in the order of `DESCRIPTION_LANGUAGES`, and their folded words, once asked for (see descriptions.ts's `describes`, `entryNames`). */
  descriptions: readonly string[];
  describedWords?: ReadonlySet<string>;
  /** A person's sex as the German description gives it, or '', once asked for (see person-names.ts's `otherSex`). */
  sex?: string;
  /** Whether its descriptions name something else by the surname, once asked for (see descriptions.ts's `describesNamesake`). */
  namesake?: boolean;
  /** The sports its names and descriptions name, once asked for (see scan.ts's `otherSport`). */
  sports?: ReadonlySet<string>;
  /** The folded head words of its descriptions, and whether they call it a town, a party, a club or an island, once asked for (see descriptions.ts's `describesTown`). */
  headWords?: readonly string[];
  town?: boolean;
  party?: boolean;
  club?: boolean;
  island?: boolean;
  /** A surname that is also the adjective of a town of the glossary (`Bregenzer` beside Bregenz). */
  townsAdjective?: boolean;
  /** `CodeShape` bits: how the text must write it as a code, once asked for (see spelling.ts's `codeKept`). */
  code?: number;
  /** Whether a noun of a place opens or ends it, once asked for (see place-names.ts's `nounOpens`). */
  placeNoun?: boolean;
  /** Whether its descriptions call it a plant, a mine, an airport or a base, once asked for (see descriptions.ts's `describesFacility`). */
  facility?: boolean;
  /** Whether it is written as an acronym (`isAcronym`), once asked for. */
  acronym?: boolean;
  /** Whether a place's name may start with it (`opensPlaceKey`: `United` of `United States`), once asked for. */
  opensPlace?: boolean;
  /** Whether it has several words and ends in a country's or a region's name, once asked for (see scan.ts's `placeGenitive`). */
  endsInPlace?: boolean;
  /** The gender of the noun that heads its entry's names, or '', once asked for (see acronyms.ts's `articleDisagrees`). */
  gender?: string;
  /**
   * A byte per letter of the key of a one-word alias, 1 where it writes `ä`, `ö` or `ü`; null for
   * none. German writes them: a plain vowel there is another word (`den Schutz` is no `Schütz`, `die
   * Hocke` no `Höcke`, `Zurich` the insurer), while the text's umlaut for the alias's plain vowel
   * still counts (`Hamhüng`). A name of several words is no word (`Markus Hinterhauser`, a
   * caption's slip, is still Markus Hinterhäuser).
   */
  umlauts: Uint8Array | null;
  /** Index into `MatcherIndex.endings`: the word endings this alias may take. */
  endings: number;
  /**
   * The same without the bare genitive (`-s`, `-es`), for pages in languages that write the genitive
   * otherwise: in English, `Foxes` and `Court of Appeals` are other names (see `MatchSession.language`).
   */
  ownEndings: number;
}

/**
 * What an alias's longer names and its entry's descriptions say of it, worked out the first time it
 * is a candidate in a text (`factsOf`), not when the index is built: a page meets few of a big
 * glossary's names, and reading every entry's names and descriptions for these took a seventh of
 * the build.
 */
export interface AliasFacts {
  /**
   * The words of origin (`originKey`) that stand before this name in a longer name of its entry
   * (`leipziger` for `Buchmesse` of `Leipziger Buchmesse`, `osterreich` for `Volkspartei` of
   * `Österreichische Volkspartei`, `hm` for `Treasury` of `HM Treasury`); null for none, and for
   * people. Another such word before the name makes it another one (`Frankfurter Buchmesse`,
   * `Europäischen Volkspartei`).
   */
  readonly origins: ReadonlySet<string> | null;
  /**
   * For an organisation or an agreement, the countries and regions its names name (`places.ts`: `n:nz` for
   * `Labour` of `New Zealand Labour Party`); null for none. Another country or region named
   * before the name makes it another one (`Britain’s Labour`, `the Alberta NDP`). For a place, those
   * its description names (`placeHomesOf`), which only say which namesake a region after its name
   * means (`Lea County, New Mexico`).
   */
  readonly homes: ReadonlySet<string> | null;
  /**
   * The first words (folded) after `of` or `für` in the entry's longer names that go on from this
   * one so (`new` for `Port Authority` of `Port Authority of New York and New Jersey`, `migration`
   * for `Bundesamt` of `Bundesamt für Migration und Flüchtlinge`); null for none. Another word there
   * is another one (`the Port Authority of Allegheny County`, `das Bundesamt für Justiz`).
   */
  readonly ofWords: ReadonlySet<string> | null;
  /**
   * For a place whose longer name goes on from this one with a preposition (`Ried` of `Ried im
   * Innkreis`, `Neumarkt` of `Neumarkt in der Oberpfalz`): per preposition, the folded word after
   * it; null for none. A district's name there that is neither of its stem nor a word of the
   * entry's descriptions makes it another town (`Ried im Traunkreis`).
   */
  readonly townTails: ReadonlyMap<string, string> | null;
  /**
   * For an organisation, the place its names end with: the one capitalised word by which a longer
   * name goes on from this one (`schonbrunn` of `Tiergarten Schönbrunn`), or a big city or a region
   * that ends one (`wien` of `Oberlandesgericht Wien`); null for none. A body named after its place
   * is one of its kind (see place-names.ts's `otherBranchAfter`).
   */
  readonly placeWords: readonly string[] | null;
  /**
   * A river's, a lake's, a mountain's or another landscape's name (by its entry's description,
   * `landscapeDescribed`): German names it with an article (`am Inn`, `der Brenner`), which a
   * town's name does not take.
   */
  readonly landscape: boolean;
}

/** Per entry, what is the entry's, for all its records, once asked for. */
export interface EntryFacts {
  /** The facts of `AliasFacts` that are the entry's. */
  homes?: ReadonlySet<string> | null;
  landscape?: boolean;
  /** Its names and their words' stems (see descriptions.ts's `entryNames`). */
  namesAndStems?: NamesAndStems;
}

export interface NamesAndStems {
  names: string[];
  stems: ReadonlySet<string>;
}

export interface MatcherIndex {
  rootNext: Int32Array;
  /** Compact symbol (1 … alphabet−1) per folded code; 0 for characters in no alias. */
  symbol: Uint16Array;
  alphabet: number;
  /** Dense row per node, or -1. */
  denseRow: Int32Array;
  dense: Int32Array;
  edgeStart: Int32Array;
  edgeCount: Uint16Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
  /** Alias record per node, or -1. */
  terminal: Int32Array;
  /** Per node: which gaps the text may have after it, for some key through it (`Gap` bits). */
  gapAfter: Uint8Array;
  /** Per node: how many folded letters lead to it. */
  depth: Uint16Array;
  /** Per terminal node: where its key's gaps start in `gapMasks` (one per position), else -1. */
  gapMaskStart: Int32Array;
  gapMasks: Uint8Array;
  /** Filter symbol (see `prefixFilter`) per folded code. */
  filterSymbol: Uint8Array;
  /**
   * One bit per sequence of three filter symbols: set if a word that starts with those letters
   * may begin a mention. Most words of a text fail here, with one look-up.
   */
  prefixFilter: Int32Array;
  aliases: AliasRecord[];
  /** Distinct sets of folded endings (`['s', 'es']`, …). */
  endings: string[][];
  /**
   * Keys that two entries both write (`Müller` of two people, `Champions League` of football and
   * handball): the first entry's record is the trie's, the others follow it in `sameKey`.
   */
  conflicts: { key: string; entries: [number, number] }[];
  /**
   * Per alias record: the next record of another entry with the same key, or -1. The scanner tries
   * those of the first's kind where the context refuses it (see scan.ts's `takeShared`).
   */
  sameKey: Int32Array;
  /** Approximate bytes held by the typed arrays and records. */
  bytes: number;
  /** Per alias record: its `flags` plus the `HotBit`s, in one array the scanner reads per candidate. */
  hot: Int32Array;
  /** Per alias record: its `entry`. */
  entryOf: Int32Array;
}

/** What the scanner asks of most candidates, beside `AliasFlag`s, kept in `MatcherIndex.hot`. */
export const enum HotBit {
  /** `capitals` is null. */
  NoCapitals = 1 << 16,
  /** `initials` is null. */
  NoInitials = 1 << 17,
  /** The first spelling's initial is its first letter. */
  InitialFirst = 1 << 18,
  /** `endings` is empty. */
  NoEndings = 1 << 19,
  /** `ownEndings` is empty. */
  NoOwnEndings = 1 << 20,
  /** `AliasFacts.origins` is not null. */
  HasOrigins = 1 << 21,
  /**
   * The alias has several words, and its last one starts with a capital and a small letter
   * (`Deutsche Wohnen`; not one with a particle, `Baschar Al-Assad`, written `al-Assad` too).
   */
  CapitalLastWord = 1 << 22,
  /** `umlauts` is not null. */
  HasUmlauts = 1 << 23,
  /** One word, a capital and small letters (`Aventinus`, `Erdinger`): what a given name or a town's adjective looks like. */
  PlainWord = 1 << 24,
  /** A `PlainWord` that is a common given name (`FIRST_NAMES`: `Günther`, `Ronja`). */
  FirstName = 1 << 25,
  /** A `PlainWord` shaped like a town's adjective (`TOWN_ADJECTIVE`: `Erdinger`). */
  TownAdjective = 1 << 26,
  /** `AliasFacts.homes` is not null. */
  HasHomes = 1 << 27,
  /** `AliasFacts.landscape` is true. */
  Landscape = 1 << 28,
  /**
   * A longer name of the entry goes on from this one with `of` or `für` (`Port Authority` of `Port
   * Authority of New York and New Jersey`): another word after it is another one's (`ofWords`).
   */
  OfLonger = 1 << 29,
  /** The bits of the record's `AliasFacts` (`HasOrigins`, `HasHomes`, `Landscape`, `OfLonger`) are not known yet: see `hotOf`. */
  Unasked = 1 << 30,
}

/** The signs a name may start with that fold away, as the scanner reads from its first letter or digit (`§ 211 StGB`, `#MeToo`, `@dpa`, `$TSLA`). */
export const LEADING_SIGN = /^[§#@$]+/;

/** One word, a capital and small letters (`Aventinus`, `Robert`). */
export const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A last word after a space that starts with a capital and a small letter. */
const CAPITAL_LAST_WORD = / \p{Lu}\p{Ll}[^ -]*$/u;

/** Where a name may be broken in the text (bits of `MatcherIndex.gapAfter`). */
export const enum Gap {
  /** By spaces or dashes (`Kim Jong-un`, `KN 23`). */
  Soft = 1,
  /** Also by the punctuation names carry (`U.S. Army`, `O’Brien`, `AT&T`). */
  Punctuation = 2,
  /**
   * Also by a comma, where the name has one of its own (`Bundesministerium für Familie, Senioren,
   * Frauen und Jugend`): a comma is no `&` (`Johnson, Johnson`), and a stop is no comma.
   */
  Comma = 4,
  /** Also by brackets, where the name has them (`Frankfurt (Oder)`, `Halle (Saale)`). */
  Bracket = 8,
  /**
   * By spaces or dashes before a capital: a name's own gaps allow it, and so does a capital inside a
   * word (`OpenAI` as `Open AI`, but not `#MeToo` as `Me too`).
   */
  Camel = 16,
  /**
   * Also by spaces and an opening quotation mark, where the name has a space or a sign: the text
   * quotes the name's last words (`Operation „Barbarossa“`, `Panzerbrigade 45 „Litauen“`), and the
   * walk takes the name only where the quotation closes with it (see `longestAt`).
   */
  Quote = 32,
}

/** Genitive endings every name may take in German: `Nordkoreas`, `Russlandes` (see `AliasRecord.ownEndings`). */
const GENITIVE = ['s', 'es'];
const NONE: readonly string[] = [];
/** Nodes with at least this many children get a dense transition row. */
const DENSE_MIN_CHILDREN = 4;
const ACRONYM = /^[\p{Lu}\d]{2,5}$/u;
/** Prefixes of sports clubs' names (folded): `SG Flensburg-Handewitt`, `FC Bayern`, `VfB Stuttgart`. */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['sg', 'fc', 'sc', 'sv', 'tsv', 'tsg', 'vfb', 'vfl', 'tus', 'hsg', 'spvgg', 'fsv', 'ssc', 'bsc', 'ac', 'as', 'afc', 'cf', 'cd', 'ec', 'ehc', 'hc']);

/**
 * True for aliases written as acronyms: capitals (and digits), 2–5 of them, also with stops or an
 * ampersand (`CNS`, `U.S.`, `AT&T`) — so that `us` is not `U.S.`.
 */
export function isAcronym(alias: string): boolean {
  const letters = alias.includes('.') || alias.includes('&') ? alias.replace(/[.&]/g, '') : alias;
  return ACRONYM.test(letters) && /\p{Lu}/u.test(letters);
}

export function buildAliasIndex(entries: readonly Entry[]): MatcherIndex {
  // The scanner's and the fuzzy stage's loops read `FOLD` directly.
  fillLatin();
  const trie = new TrieBuilder();
  const aliases: AliasRecord[] = [];
  /** Records of spellings with small letters and no capital initial (`adidas`, `iPhone`; see `initials`). */
  const smallSpellings = new Set<number>();
  const endings: string[][] = [];
  const endingIds = new Map<string, number>();
  const conflicts: MatcherIndex['conflicts'] = [];
  /** Record → the next record of another entry with its key (see `MatcherIndex.sameKey`). */
  const sameKey = new Map<number, number>();

  const endingSet = (list: string[]): number => {
    const sorted = [...new Set(list.map(foldKey).filter((e) => e.length > 0))].sort();
    const id = sorted.join('|');
    let index = endingIds.get(id);
    if (index === undefined) {
      index = endings.length;
      endings.push(sorted);
      endingIds.set(id, index);
    }
    return index;
  };
  const noEndings = endingSet([]);
  const genitiveOnly = endingSet(GENITIVE);
  const acronymEndings = endingSet(['s']);

  /** Trie nodes whose key is a declined form the index made (`declinedForms`), not a name as written. */
  const declined = new Set<number>();
  const insert = (key: string, gaps: Uint8Array, record: number, generated: boolean): void => {
    const node = trie.insert(key, gaps);
    const current = trie.terminal[node]!;
    const take = () => {
      trie.terminal[node] = record;
      if (generated) declined.add(node);
      else declined.delete(node);
    };
    if (current === -1) return take();
    const existing = aliases[current]!;
    const incoming = aliases[record]!;
    const existingExcluded = (existing.flags & AliasFlag.Excluded) !== 0;
    const incomingExcluded = (incoming.flags & AliasFlag.Excluded) !== 0;
    // A name as written beats a declined form, its entry's own or another's; a phrase another
    // entry excludes does not (see below).
    if (declined.has(node) && !generated && !(incomingExcluded && existing.entry !== incoming.entry)) return take();
    // Names that end in other signs or none (`C#`, `C++`, `C`; `Disney+`, `Disney`) share a key but
    // no mention: those with signs come first, and where the text lacks their signs, the next is
    // tried (see `longestAt`). One record per entry and signs.
    if (!existingExcluded && !incomingExcluded && !generated && (existing.flags | incoming.flags) & AliasFlag.FinalSign) {
      const chain: number[] = [];
      for (let r: number | undefined = current; r !== undefined; r = sameKey.get(r)) chain.push(r);
      const signs = finalSigns(incoming.alias);
      const twin = chain.find((r) => finalSigns(aliases[r]!.alias) === signs);
      if (twin !== undefined && aliases[twin]!.entry === incoming.entry) return;
      if (twin !== undefined) conflicts.push({ key, entries: [aliases[twin]!.entry, incoming.entry] });
      const plain = signs === '' ? -1 : chain.findIndex((r) => !(aliases[r]!.flags & AliasFlag.FinalSign));
      chain.splice(plain < 0 ? chain.length : plain, 0, record);
      trie.terminal[node] = chain[0]!;
      chain.forEach((r, i) => (i + 1 < chain.length ? sameKey.set(r, chain[i + 1]!) : sameKey.delete(r)));
      return;
    }
    if (existing.entry === incoming.entry) {
      // An excluded phrase overrides a plain alias of its own entry.
      if (incomingExcluded) take();
    } else if (existingExcluded !== incomingExcluded) {
      // Another entry's name beats a phrase excluded from this one (`South Sudan` is not `Sudan`,
      // but it is South Sudan; `der Europäischen Union` is the EU, where `Union` excludes it),
      // whatever the order of the entries; a declined form too.
      if (existingExcluded) take();
    } else if (!existingExcluded && !generated) {
      conflicts.push({ key, entries: [existing.entry, incoming.entry] });
      let last = current;
      for (let next = sameKey.get(last); next !== undefined; next = sameKey.get(last)) {
        if (aliases[next]!.entry === incoming.entry) return;
        last = next;
      }
      sameKey.set(last, record);
    }
  };

  /** The current entry's keys (one set for all entries, cleared for each). */
  const seenKeys = new Set<string>();
  /** Keys of the entry's declined forms: a name written later with one of them is placed anew. */
  const declinedKeys = new Set<string>();
  entries.forEach((entry, entryIndex) => {
    const rules = entry.match ?? {};
    const caseSensitive = rules.caseSensitive ?? NONE;
    const afterFullName = rules.afterFullName ?? NONE;
    const wholeWord = rules.wholeWord ?? NONE;
    const nameEndings = rules.endings?.length ? endingSet([...GENITIVE, ...rules.endings]) : genitiveOnly;
    const ownNameEndings = rules.endings?.length ? endingSet(rules.endings) : noEndings;
    seenKeys.clear();
    declinedKeys.clear();
    /** Puts one spelling's key (its gaps in `gapScratch`) into the trie for alias `record`. */
    const place = (variant: string, flags: number, record: number, generated = false): void => {
      const gaps = gapScratch.gaps;
      if (generated) {
        declinedKeys.add(variant);
        return insert(variant, gaps, record, true);
      }
      // An excluded phrase blocks however it is broken (`Südsudan`, `Süd-Sudan`, `Süd Sudan`).
      if (flags & AliasFlag.Excluded) for (let k = 1; k < variant.length; k++) gaps[k]! |= Gap.Soft | Gap.Camel;
      if (seenKeys.has(variant) && !(flags & AliasFlag.Excluded)) {
        // Another spelling of a key already in (`Nordkorea`, `Nord Korea`): only its gaps are new.
        const node = trie.insert(variant, gaps);
        const current = trie.terminal[node]!;
        const kept = current >= 0 ? aliases[current]! : null;
        // (Spellings that end in other signs are other names: `Disney+` and `Disney`, `C++` and `C#`.)
        if (kept && (kept.flags | flags) & AliasFlag.FinalSign && finalSigns(kept.alias) !== finalSigns(aliases[record]!.alias)) return insert(variant, gaps, record, false);
        if (kept && kept.entry === entryIndex && kept.flags & AliasFlag.CaseSensitive) {
          // An acronym the entry also lists as a word (`NATO`, `Nato`): the word's record takes the
          // key, so either is the name (and `nato` is not, by the word's capital), with the
          // acronym's own rules (whole word, after the full name); in a case of its own too, each
          // listed case counts.
          if (flags & AliasFlag.CaseSensitive) kept.letters.push(...aliases[record]!.letters);
          else {
            takeRules(aliases[record]!, kept.flags);
            trie.terminal[node] = record;
          }
        } else if (kept && kept.entry === entryIndex && !(kept.flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded))) {
          // The word first, then the acronym: the word keeps the key, with the acronym's rules.
          if (flags & AliasFlag.CaseSensitive) takeRules(kept, flags);
          // Written also in small letters (`Linke`, `linke`): either case is this entry's name.
          if (smallSpellings.has(record)) kept.initials = null;
          // Written first all in capitals (`DIE LINKE`, then `Die Linke`): the capitals are kept.
          else if (kept.initials === null && !smallSpellings.has(current)) kept.initials = aliases[record]!.initials;
        }
        return;
      }
      seenKeys.add(variant);
      insert(variant, gaps, record, false);
    };
    /**
     * Gives the record of a word the rules of the acronym written with its letters (see `place`);
     * not "after the full name" to the entry's own name, which would then never count.
     */
    const takeRules = (word: AliasRecord, acronymFlags: number): void => {
      word.flags |= acronymFlags & (word.alias === entry.name ? AliasFlag.WholeWord : AliasFlag.AfterFullName | AliasFlag.WholeWord);
      if (acronymFlags & AliasFlag.WholeWord) word.endings = word.ownEndings = noEndings;
    };
    /** Another spelling of alias `record` (its transliteration, a declined form): same record, own key. */
    const spellAlso = (spelling: string, record: number, generated: boolean): void => {
      const aliasRecord = aliases[record]!;
      if (spelling === aliasRecord.alias) return;
      const key = keyWithGaps(spelling, gapScratch);
      if (key === aliasRecord.key || (generated && (seenKeys.has(key) || declinedKeys.has(key)))) return;
      if (aliasRecord.initials) aliasRecord.initials.push(initialMask(key, gapScratch)!);
      if (aliasRecord.capitals) aliasRecord.capitals.push(capitalMask(spelling));
      place(key, aliasRecord.flags, record, generated);
    };
    /**
     * `acronym`: written in capitals without a rule (`CNN`). One of three or more letters takes a
     * small `s` (`CNNs`, `NGOs`); two capitals and an `s` are often another word (`CDs`, `PCs`).
     */
    const add = (alias: string, flags: number, acronym = false): void => {
      const key = keyWithGaps(alias, gapScratch);
      if (key.length === 0) return;
      // A name written all in capitals (`AL QAIDA`) says nothing by its case.
      const caseFree = flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded) || !HAS_SMALL_LETTER.test(alias);
      // A name of a numbered clause is written in small letters as well (`a section 114 notice`; not
      // `the number 10 shirt` of Number 10), and so is a drug's generic name in English (`approved
      // semaglutide`, `orforglipron` of the glossary's `Semaglutide`, `Orforglipron`).
      const initial = caseFree || NUMBERED.test(alias) || GENERIC_DRUG.test(alias) ? null : initialMask(key, gapScratch);
      const record = aliases.length;
      if (!caseFree && !initial) smallSpellings.add(record);
      const letters = flags & AliasFlag.CaseSensitive ? alias.replace(/[^\p{L}\p{N}]/gu, '') : '';
      // The entry's longer names that go on from this one after a space (`Ried im Innkreis` of `Ried`).
      const spaced = alias + ' ';
      const longer = names.length > 1 ? names.filter((name) => name.length > spaced.length && name.startsWith(spaced)) : NO_NAMES;
      const spelled = letters ? [letters] : [];
      const aliasRecord: AliasRecord = {
        entry: entryIndex,
        alias,
        flags,
        key,
        letters: spelled,
        capitals: flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded) ? null : capitalMasks(alias),
        initials: initial ? [initial] : null,
        nameWords: surnames ? surnames.words : null,
        startsLonger: longer.length > 0,
        startsCompound: !alias.includes(' ') && names.some((name) => name.length > alias.length && name.startsWith(alias) && !name.includes(' ') && HAS_SMALL_LETTER.test(name[alias.length]!)),
        weapon: entry.type === 'weapon',
        firm: entry.type === 'organisation' || entry.type === 'media' || (entry.type === 'other' && descriptions.some((d) => FIRM_WORDS.test(d))),
        type: entry.type,
        longerWords: longer.length > 0 && CLUB_PREFIXES.has(foldKey(alias)) ? new Set(longer.flatMap((name) => name.slice(spaced.length).split(/[\s\u2010-\u2015-]+/u).map(foldKey))) : null,
        names,
        shared,
        descriptions,
        umlauts: flags & AliasFlag.Excluded || alias.includes(' ') ? null : umlautMask(alias),
        // (An excluded phrase takes the genitive, as the name it holds does: `Giuseppe Verdis`; so
        // does a case-sensitive name of several words that ends in a capitalised one, which no
        // ordinary word shares: `des Neuen Museums`.)
        endings:
          flags & AliasFlag.WholeWord
            ? noEndings
            : flags & AliasFlag.Excluded
              ? genitiveOnly
              : (acronym && letters.length >= 3) || (flags & AliasFlag.CaseSensitive && flags & (AliasFlag.Surname | AliasFlag.FamilyFirst) && !acronym)
                ? acronymEndings
                : flags & AliasFlag.CaseSensitive && !CAPITAL_LAST_WORD.test(alias)
                  ? ownNameEndings
                  : nameEndings,
        ownEndings: 0,
        // (The fields worked out when first asked for, here from the start: records that gained them
        // in the order the rules asked made some sixty shapes, and the rules' reads of any field slow.)
        facts: undefined,
        describedWords: undefined,
        sex: undefined,
        namesake: undefined,
        sports: undefined,
        headWords: undefined,
        town: undefined,
        party: undefined,
        club: undefined,
        island: undefined,
        townsAdjective: undefined,
        code: undefined,
        placeNoun: undefined,
        facility: undefined,
        acronym: undefined,
        opensPlace: undefined,
        endsInPlace: undefined,
        gender: undefined,
      };
      // A type designation takes the plural `s` as an acronym does (`F-35s`, `KN-23s`), where the
      // entry lists no endings of its own.
      // (A surname listed as case-sensitive takes the German genitive's `s` as an acronym does,
      // `Jungs Amtszeit`, but no `s` in English, where it makes a plural or another word: `Prices for
      // the token fell` beside Evan Price.)
      const caseSensitiveSurname = flags & AliasFlag.CaseSensitive && flags & (AliasFlag.Surname | AliasFlag.FamilyFirst) && !acronym;
      aliasRecord.ownEndings = caseSensitiveSurname
        ? ownNameEndings
        : aliasRecord.endings !== nameEndings
          ? aliasRecord.endings
          : ownNameEndings === noEndings && DESIGNATION.test(alias)
            ? acronymEndings
            : ownNameEndings;
      aliases.push(aliasRecord);
      place(key, flags, record);
      // `Pjöngjang` is also spelled `Pjoengjang`.
      spellAlso(transliterateUmlauts(alias), record, false);
      const un = otherUnSpelling(alias);
      if (un) spellAlso(un, record, false);
      // (An excluded phrase is declined too: `der Bayerischen Staatsoper` is not the Wiener Staatsoper.)
      if (flags & AliasFlag.CaseSensitive || entry.type === 'person') return;
      for (const form of declinedForms(alias)) {
        spellAlso(form, record, true);
        const transliteratedForm = transliterateUmlauts(form);
        if (transliteratedForm !== form) spellAlso(transliteratedForm, record, true);
      }
    };
    const names = entryNames(entry);
    const surnames = entry.type === 'person' ? surnamesOf(names) : null;
    const descriptions = DESCRIPTION_LANGUAGES.map((language) => entry.description[language] ?? '');
    const shared: EntryFacts = { homes: undefined, landscape: undefined, namesAndStems: undefined };
    for (const alias of names) {
      let flags = 0;
      if (surnames?.last.has(alias)) flags |= AliasFlag.Surname;
      else if (surnames?.first.has(alias)) flags |= AliasFlag.FamilyFirst;
      if (surnames && !NAME_WORDS.test(alias) && FIRST_NAMES.has(foldKey(alias))) flags |= AliasFlag.GivenName;
      if ((entry.type === 'organisation' || entry.type === 'media') && ONE_WORD.test(alias)) flags |= AliasFlag.Thing;
      if (surnames) flags |= AliasFlag.Person;
      if (entry.type === 'place') flags |= AliasFlag.Place;
      if (entry.type === 'media') flags |= AliasFlag.Medium;
      const space = alias.indexOf(' ');
      if (space > 0 && space <= MAX_ARTICLE && ARTICLES.has(alias.slice(0, space).toLowerCase())) flags |= AliasFlag.LeadingArticle;
      const listed = caseSensitive.includes(alias);
      const acronym = !listed && isAcronym(alias);
      if (acronym || listed) flags |= AliasFlag.CaseSensitive;
      // One letter (`X`, `A`) is a name only as written, and as a word of its own: `a` is an article.
      if (isOneLetter(alias)) flags |= AliasFlag.CaseSensitive | AliasFlag.WholeWord;
      if (afterFullName.includes(alias)) flags |= AliasFlag.AfterFullName;
      if (wholeWord.includes(alias)) flags |= AliasFlag.WholeWord;
      if (alias.endsWith('.')) flags |= AliasFlag.FinalStop;
      if (alias.endsWith(')')) flags |= AliasFlag.FinalBracket;
      if (alias.endsWith('!')) flags |= AliasFlag.FinalBang;
      if (LEADING_SIGN.test(alias)) flags |= AliasFlag.LeadingSign;
      if (endsInSigns(alias)) flags |= AliasFlag.FinalSign;
      add(alias, flags, acronym);
    }
    for (const phrase of rules.exclude ?? []) add(phrase, AliasFlag.Excluded);
  });

  // A surname that is the adjective of a town of the glossary (`Bregenzer` beside Bregenz).
  const towns = new Set<string>();
  for (const a of aliases) if (a.flags & AliasFlag.Place) towns.add(a.key);
  for (const a of aliases) if (a.flags & AliasFlag.Surname && a.key.endsWith('er') && towns.has(a.key.slice(0, -2))) a.townsAdjective = true;
  return freeze(trie, aliases, endings, conflicts, sameKey);
}

/**
 * The `AliasFacts` of `alias`, worked out on the first ask. Where an organisation is from, by the
 * places its names name (`New Zealand Labour Party`) and its descriptions (`British centre-left
 * party`); a law's or a treaty's too (`der Chips Act der Vereinigten Staaten` beside the European
 * one).
 */
export function factsOf(alias: AliasRecord): AliasFacts {
  if (alias.facts) return alias.facts;
  const { alias: name, names, descriptions, type, shared } = alias;
  if (shared.landscape === undefined) {
    shared.homes = type === 'organisation' || type === 'agreement' ? homesOf(names, descriptions) : type === 'place' ? placeHomesOf(descriptions) : null;
    shared.landscape = type === 'place' && landscapeDescribed(descriptions);
  }
  const excluded = (alias.flags & AliasFlag.Excluded) !== 0;
  return (alias.facts = {
    origins: type === 'person' || excluded ? null : originsOf(name, names),
    homes: excluded ? null : shared.homes!,
    ofWords: names.length > 1 ? ofWordsOf(name, names) : null,
    townTails: type === 'place' && names.length > 1 ? townTailsOf(name, names) : null,
    placeWords: type === 'organisation' ? placeWordsOf(names, name) : null,
    landscape: shared.landscape,
  });
}

/** Record `record`'s `hot` bits, those of its `AliasFacts` included (worked out now if not yet asked). */
export function hotOf(index: MatcherIndex, record: number): number {
  const hot = index.hot[record]!;
  if (!(hot & HotBit.Unasked)) return hot;
  const facts = factsOf(index.aliases[record]!);
  return (index.hot[record] =
    (hot & ~HotBit.Unasked) |
    (facts.origins !== null ? HotBit.HasOrigins : 0) |
    (facts.homes !== null ? HotBit.HasHomes : 0) |
    (facts.landscape ? HotBit.Landscape : 0) |
    (facts.ofWords !== null ? HotBit.OfLonger : 0));
}

/** True if `alias` has one letter or digit (`X`, `A.`): `foldKey(alias).length === 1`, without the string. */
function isOneLetter(alias: string): boolean {
  let letters = 0;
  for (let i = 0; i < alias.length && letters < 2; i++) {
    const code = alias.charCodeAt(i);
    if (isSharpS(code)) letters += 2;
    else if (foldCode(code) > JOIN) letters++;
  }
  return letters === 1;
}

/**
 * The places a body's names end with (see `AliasFacts.placeWords`): the one capitalised word after
 * `alias` in a longer name (`Tiergarten Schönbrunn`), and a big city or a region that ends a name
 * (`Oberlandesgericht Wien` of `OLG`), folded; null for none.
 */
function placeWordsOf(names: readonly string[], alias: string): string[] | null {
  const words: string[] = [];
  for (const name of names) {
    const space = name.lastIndexOf(' ');
    if (space < 0) continue;
    const tail = name.slice(space + 1);
    const afterAlias = name === `${alias} ${tail}`;
    // (Two places joined by a slash: `AOK Rheinland/Hamburg`.)
    for (const part of tail.split('/')) {
      if (!ONE_WORD.test(part)) continue;
      const key = foldKey(part);
      if (afterAlias || cityWords(key) !== undefined || placeKey(key)?.startsWith('r:') === true) words.push(key);
    }
  }
  return words.length > 0 ? words : null;
}

/** A name compounded with the United Nations' short name (`UN-Sicherheitsrat`, `UNO-Sicherheitsrat`). */
const UN_COMPOUND = /^(?:UN|UNO|Uno)(?=-\p{Lu})/u;

/**
 * German writes the United Nations `UN`, `UNO` or `Uno`: a name compounded with one is also
 * spelled with the other (`Uno-…` for `UN-…`, whose capital mask lets `UNO-…` through as well).
 */
function otherUnSpelling(alias: string): string | null {
  const short = UN_COMPOUND.exec(alias)?.[0];
  if (!short) return null;
  return (short === 'UN' ? 'Uno' : 'UN') + alias.slice(short.length);
}

/**
 * A word that tells where or what kind a thing is from, or null: its kind and key. Kinds: `t` a
 * town's adjective (`t:leipziger`, `t:wiener`); `n` a country's and `r` a region's adjective or
 * acronym, keyed as in `places.ts` (`British`, `UK` and `HM` are `n:uk`, `Österreichische` is
 * `n:at`, `Bayerischer` `r:de:bayern`); `a` another adjective of that shape (`a:katholisch`,
 * `a:republican`); `c` another acronym (`c:fc`). A German adjective is keyed without its ending. A
 * capital is required; words that end like a town's but are no origin (`Dieser`, `Wieder`) are not.
 * Words are compared within a kind (see `otherOrigin` in homes.ts): a noun before a name also ends
 * in -er (`der Bestseller Golf` of `VW Golf`).
 */
export function originKey(word: string): string | null {
  const adjective = GERMAN_ADJECTIVE_OF_ORIGIN.exec(word);
  if (adjective) return country('a', foldKey(adjective[1]!));
  if (ENGLISH_ADJECTIVE_OF_ORIGIN.test(word)) return NOT_ORIGINS.has(foldKey(word)) ? null : country('a', foldKey(word));
  if (isAcronym(word) && !/[.&]/.test(word)) return country('c', foldKey(word));
  if (!TOWN_ADJECTIVE.test(word)) return null;
  const key = foldKey(word);
  // `Münchener` is `Münchner`; `Schweizer` is a country's.
  return NOT_ORIGINS.has(key) ? null : (placeKey(key) ?? 't:' + key.replace(/ener$/, 'ner'));
}

/**
 * The key of a word of origin of `kind`: a country's or a region's adjectives and acronyms have
 * the place's (`places.ts`), so that they are compared as places (`HM Treasury` is the UK's,
 * `British Army` not the `US Army`, `EU Commission` the European one); other acronyms and
 * adjectives are compared within their kind.
 */
const country = (kind: string, key: string): string => placeKey(key) ?? `${kind}:${key}`;

const GERMAN_ADJECTIVE_OF_ORIGIN = /^(\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?sch)(?:e|en|em|er|es)$/u;
/** A town's adjective, or a word shaped like one (`Leipziger`, `Berliner`). */
export const TOWN_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}er$/u;
export const ENGLISH_ADJECTIVE_OF_ORIGIN = /^\p{Lu}\p{Ll}+(?:ish|ian|ean|can|ese)$/u;
/** Words that end like a town's (or an English) adjective of origin, and are none: `Dieser`, `Oktober`, `These`. */
const NOT_ORIGINS = new Set(
  (
    'dieser jener jeder keiner meiner deiner seiner unserer eurer mancher welcher solcher beider anderer mehrerer ' +
    'weniger einiger samtlicher wieder weiter spater hinter nieder leider sicher lieber fruher bisher daher vorher nachher seither ' +
    'spaeter frueher september oktober november dezember diese these'
  ).split(' '),
);

/** `AliasFacts.ofWords` of `alias`: the first words after ` of ` or ` für ` in the names that go on from it so. */
function ofWordsOf(alias: string, names: readonly string[]): Set<string> | null {
  let words: Set<string> | null = null;
  for (const name of names) {
    const next = name.startsWith(alias) ? CONTINUED.exec(name.slice(alias.length)) : null;
    if (next) (words ??= new Set()).add(foldKey(next[1]!));
  }
  return words;
}
const CONTINUED = /^ (?:of|für) (\S+)/;

/** `AliasFacts.townTails` of `alias`, from the entry's longer names that go on from it (`Ried im Innkreis`, `Dillingen/Saar`). */
function townTailsOf(alias: string, names: readonly string[]): Map<string, string> | null {
  let tails: Map<string, string> | null = null;
  for (const name of names) {
    if (name.length <= alias.length + 1 || !name.startsWith(alias) || (name[alias.length] !== ' ' && name[alias.length] !== '/')) continue;
    const rest = name.slice(alias.length);
    const tail = TOWN_TAIL.exec(rest);
    // A river's, however written (`Frankfurt am Main`, `Dillingen/Saar`, `Frankfurt (Oder)`), is
    // told from another river after either preposition (`Dillingen an der Donau`); a valley's or a
    // district's in brackets (`Mittelberg (Pitztal)`; not a state's, `Sölden (Tirol)`) from another
    // after `im` (`Mittelberg im Kleinwalsertal`).
    const bracketed = tail ? undefined : RIVER_TAIL.exec(rest)?.[1];
    const river = tail && (tail[1] === 'am' || tail[1] === 'an der') ? tail[2]! : bracketed;
    if (river !== undefined) {
      (tails ??= new Map()).set('am', foldKey(river));
      tails.set('an der', foldKey(river));
      const district = bracketed === undefined ? undefined : foldKey(bracketed);
      if (district !== undefined && DISTRICT_NAME.test(district) && !namesCountryOrRegion(district)) tails.set('im', district);
    } else if (tail) (tails ??= new Map()).set(tail[1]!, foldKey(tail[2]!));
  }
  return tails;
}
const RIVER_TAIL = /^(?:\/| \()(\p{Lu}\p{L}+)\)?$/u;
/**
 * A district's or a valley's name, in a compound (`Traunkreis`, `Pongau`, `Oberpfalz`, `Steiermark`,
 * `Pitztal`; not `Gau`, `Spital`, `Portal`), folded.
 */
export const DISTRICT_NAME = /^\p{L}{3,}(?:kreis|gau|pfalz|mark|(?<!spi|por|to|kapi|digi|vi)tal)$/u;
const NO_NAMES: readonly string[] = [];
const TOWN_TAIL = /^ (im|am|an der|in der|ob der|vor der|auf der|bei|in|an|upon|under) (\p{Lu}\p{L}+)/u;

/** `AliasFacts.origins` of `alias`: the words of origin just before it in the entry's longer `names`. */
function originsOf(alias: string, names: readonly string[]): Set<string> | null {
  let origins: Set<string> | null = null;
  for (const name of names) {
    // Written the same at the end of the longer name, after a space (most names fail at once).
    const at = name.length - alias.length - 1;
    if (at < 1 || name.charCodeAt(at) !== 0x20 || !name.endsWith(alias)) continue;
    const origin = originKey(name.slice(name.lastIndexOf(' ', at - 1) + 1, at));
    if (origin !== null) (origins ??= new Set()).add(origin);
  }
  return origins;
}

export const HAS_SMALL_LETTER = /\p{Ll}/u;
/** A word, a number and more words (`Section 114 notice`, `Paragraf 218 Strafgesetzbuch`). */
const NUMBERED = /^\p{Lu}\p{Ll}+ \d+\p{L}* \p{L}/u;
/**
 * A generic drug's name, by the stems the WHO gives international nonproprietary names (`-glutide`,
 * `-mab`, `-tinib`, `-vir`, `-statin`, the steroids' `-olone` …): one word of at least eight letters.
 */
const GENERIC_DRUG =
  /^\p{Lu}?\p{Ll}{4,}(?:glutide|tide|glipron|mab|tinib|nib|ciclib|vir|cillin|mycin|floxacin|oxacin|cycline|pril|sartan|olol|prazole|azole|statin|parin|dronate|lukast|setron|triptan|afil|platin|taxel|rubicin|coxib|gliflozin|gliptin|glinide|lutamide|profen|semide|thiazide|dipine|tidine|zepam|zolam|terol|trexate|vastatin|umab|ximab|zumab|olone|sterone)$/u;
/** One capitalised word of letters (`Post`, not `iPhone`, `KN-23` or `Die Linke`). */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Words of a description that call its entry a firm (`Eisenbahnunternehmen`, `Autokonzern`, `a US company`). */
export const FIRM_WORDS = /unternehmen|konzern|firma|gesellschaft|hersteller|betreiberin|\bcompany\b|\bfirm\b|corporation/i;

/**
 * The names of a person that end one of its longer names (`Trump` of `Donald Trump`, `Le Pen` of
 * `Marine Le Pen`), those that start one and are no given name (`Kim` of `Kim Jong Un`, not
 * `Donald`), and the folded words of all its names.
 */
function surnamesOf(names: string[]): { last: Set<string>; first: Set<string>; words: Set<string> } {
  const words = new Set<string>();
  const endings = new Set<string>();
  const starts = new Set<string>();
  // Each name's folded words joined by spaces; its first and last words are cut from that.
  const keys = names.map((name) => name.split(NAME_WORDS).filter(Boolean).map(foldKey).join(' '));
  for (const key of keys) {
    const parts = key.split(' ');
    for (const part of parts) words.add(part);
    // (A son's or a father's mark is no part of the surname: `Kennedy` of `Robert F. Kennedy Jr.`.)
    const marked = parts.length > 2 && GENERATION_MARKS.has(parts[parts.length - 1]!);
    const lastEnd = marked ? key.length - parts[parts.length - 1]!.length - 1 : key.length;
    let at = 0;
    for (let i = 1; i < parts.length; i++) {
      at += parts[i - 1]!.length + 1;
      endings.add(key.slice(at));
      if (marked && i < parts.length - 1) endings.add(key.slice(at, lastEnd));
      starts.add(key.slice(0, at - 1));
    }
  }
  const named = (set: Set<string>) => new Set(names.filter((_, n) => set.has(keys[n]!)));
  const first = named(starts);
  for (const name of first) if (FIRST_NAMES.has(foldKey(name))) first.delete(name);
  return { last: named(endings), first, words };
}

/** Words that mark a son or a father after a name (folded): `Jr.`, `Sr.`. */
export const GENERATION_WORDS = ['jr', 'sr', 'junior', 'senior'];
/** The same and the numerals of a name's bearers (`III`). */
const GENERATION_MARKS = new Set([...GENERATION_WORDS, 'ii', 'iii', 'iv']);

/** What separates the words of a name: spaces and dashes, not `.` or `&` (`U.S.`, `AT&T` are words). */
export const NAME_WORDS = /[\s\u00a0\u2000-\u200a\u202f\u2010-\u2015-]+/u;

const MAY_HOLD_ACRONYM = /[\p{Lu}\d][.&]?[\p{Lu}\d]/u;

/** A type designation: a capital's word and a number (`F-35`, `KN-23`, `MiG-29`, `A400M`, `Su 57`). */
const DESIGNATION = /^\p{Lu}\p{L}{0,3}[- ]?\d+\p{Lu}?$/u;

/** `AliasRecord.capitals` of an alias (its other spellings add theirs, see `spellAlso`). */
function capitalMasks(alias: string): Uint8Array[] | null {
  // An acronym has two capitals or a capital and a digit, at most a stop or `&` apart (`U.S.`).
  if (!MAY_HOLD_ACRONYM.test(alias)) return null;
  const words = alias.split(NAME_WORDS);
  // A name written all in capitals (`AL QAIDA`) says nothing by its case.
  if (words.length < 2 || !words.some(isAcronym) || !HAS_SMALL_LETTER.test(alias)) return null;
  return [capitalMask(alias)];
}

/** An acronym of this many letters or more is spoken as a word, and German prose writes it as one (`Nato`). */
export const SPOKEN_ACRONYM = 4;

/**
 * One mask of `AliasRecord.capitals`: a byte per letter of the spelling's key, 1 in its acronyms —
 * only at the first letter of one spoken as a word (`Warn-App Nina` of `Warn-App NINA`).
 */
function capitalMask(spelling: string): Uint8Array {
  const bytes: number[] = [];
  for (const word of spelling.split(NAME_WORDS)) {
    const length = foldKey(word).length;
    const acronym = isAcronym(word);
    const spoken = acronym && length >= SPOKEN_ACRONYM && /^\p{Lu}+$/u.test(word);
    for (let k = 0; k < length; k++) bytes.push(acronym && (!spoken || k === 0) ? 1 : 0);
  }
  return Uint8Array.from(bytes);
}

/** `AliasRecord.umlauts` of `alias`. */
function umlautMask(alias: string): Uint8Array | null {
  if (!hasUmlaut(alias)) return null;
  const chars = [...alias];
  const bytes: number[] = [];
  for (const ch of chars) {
    const umlaut = isUmlaut(ch) ? 1 : 0;
    for (let k = foldKey(ch).length; k > 0; k--) bytes.push(umlaut);
  }
  return Uint8Array.from(bytes);
}

/** A word that may be a declined adjective in a name: `Europäische`, `Kalter`, `Weißes` (not `Armee`). */
const ADJECTIVE = /^(?=.{4})\p{Lu}\p{Ll}*(?:(?!e)\p{Ll}e|er|es)$/u;
/** An adjective in -isch in small letters, most often a country's (`ukrainische`, `russisches`, `deutscher`). */
const SMALL_ADJECTIVE = /^(?:\p{Ll}{2,}i|deut)sch(?:e|er|es)$/u;

/**
 * The forms a German name takes in a sentence. Its leading adjectives are declined: `-e` after
 * the definite article in the nominative (`der Kalte Krieg`, `das Weiße Haus` of `Kalter Krieg`,
 * `Weißes Haus`), `-en` in the other cases (`der Europäischen Union`, `im Kalten Krieg`). And its
 * head noun takes the genitive where more words follow (`des Bundesamts für Verfassungsschutz`,
 * `des Europäischen Gerichtshofs für Menschenrechte`), also a place's name (`des
 * Universitätsklinikums Hamburg-Eppendorf`, `des Flughafens Wien`); at the end of a name the
 * genitive is an ending every name takes (`des Weißen Hauses`).
 *
 * Whether a word is an adjective is guessed from its ending, so where several words may be, the
 * forms are made with all of them declined (`Vereinigten Arabischen Emirate`) and with the first
 * alone (`Neuen Zürcher Zeitung`, `Roten Armee Fraktion`). A form that is no German never occurs
 * in a text, and costs only its place in the index.
 */
export function declinedForms(alias: string): string[] {
  // (After a name's particle: `v. Bodelschwinghsche Stiftungen Bethel`, `der v. Bodelschwinghschen …`.)
  const particle = PARTICLE_FIRST.exec(alias);
  if (particle) return declinedForms(alias.slice(particle[0].length)).map((form) => particle[0] + form);
  const space = alias.indexOf(' ');
  if (space < 0) return [];
  // Most names fail here: their first word (an adjective, or an article: `Die`, `Der`, `The`)
  // does not end in `e`, `r` or `s`, and no small word follows it (`Bundesamt für …`).
  const ending = alias.charCodeAt(space - 1);
  const unit = unitBeforeNumber(alias);
  if (ending !== 0x65 && ending !== 0x72 && ending !== 0x73 && !isSmallLetter(alias.charCodeAt(space + 1)) && !nounBeforeName(alias.slice(0, space), alias.charCodeAt(space + 1)) && !unit) return [];
  const words = alias.split(' ');
  let first = 0;
  while (first < words.length - 1 && ARTICLES.has(words[first]!.toLowerCase())) first++;
  let last = first;
  // (The first in small letters too where it is one in -isch, most often a country's, as a
  // glossary may write a body's name: `ukrainische Luftwaffe`; not a word of rank or order, which
  // other countries' bodies share: `oberste Gericht`, `nationale Sicherheitsrat`.)
  while (last < words.length - 1 && (ADJECTIVE.test(words[last]!) || (last === first && SMALL_ADJECTIVE.test(words[last]!)))) last++;
  // An adjective stands before a noun: `Alternative für Deutschland` has none.
  const capitalised = (i: number) => i < words.length && isUpperCase(words[i]!.charCodeAt(0));
  const runs = [last, first + 1].filter((end, n) => end > first && capitalised(end) && (n === 0 || last - first > 1));
  // A town's adjective is not declined (`der Passauer Neuen Presse`): an `-er` before an adjective in
  // `-e` is one (a declined one would be `Kalter Neuer …`).
  const declines = (i: number, upTo: number) => !(i + 1 < upTo && words[i]!.endsWith('er') && words[i + 1]!.endsWith('e'));
  const form = (upTo: number, declension: 'e' | 'en', genitive = '') =>
    words.map((word, i) => (i >= first && i < upTo && declines(i, upTo) ? decline(word, declension) : i === upTo ? word + genitive : word)).join(' ');
  const forms = new Set<string>();
  for (const upTo of runs) {
    forms.add(form(upTo, 'en'));
    forms.add(form(upTo, 'e'));
  }
  let head = runs.length > 0 ? last : first;
  // (Or the noun before the number that ends the name: `des Taktischen Luftwaffengeschwaders 71`.)
  if (unit) head = words.length - 2;
  else if (!(head < words.length - 1 && capitalised(head) && (GENITIVE_LINKS.has(words[head + 1]!) || nounBeforeName(words[head]!, words[head + 1]!.charCodeAt(0))))) head = -1;
  if (head >= 0) {
    const noun = words[head]!;
    for (const genitive of /[sßxz]$/.test(noun) ? ['es'] : /[aeiouy]$/.test(noun) ? ['s'] : ['s', 'es']) forms.add(form(head, 'en', genitive));
  }
  forms.delete(alias);
  return [...forms];
}

/** A particle before an adjective made from a name (`v. Bodelschwinghsche`, `von Haunersches`; not `von Linde Stiftung`). */
const PARTICLE_FIRST = /^(?:v\.|von) (?=\p{Lu}\p{Ll}*sche[rs]? )/u;

/**
 * True if `word` is an institution's noun that takes the genitive before the place's name after
 * it, whose first letter is `next` (`Universitätsklinikum Hamburg-Eppendorf`, `Flughafen Wien`,
 * `Landgericht Berlin`, `Kanton Zürich`): capitalised, with an ending of `INSTITUTION_NOUN`, and a
 * capital after it. (Not a company's name before its `Gruppe` or `Holding`.)
 */
function nounBeforeName(word: string, next: number): boolean {
  return isUpperCase(next) && isUpperCase(word.charCodeAt(0)) && INSTITUTION_NOUN.test(word.toLowerCase());
}
/**
 * Endings of masculine and neuter German nouns of institutions, buildings and states, which take
 * `-s` or `-es` (also as a word of their own: `des Kantons Tessin`, `des Freistaats Sachsen`, `des Ostseebads Binz`).
 */
const INSTITUTION_NOUN = /^\p{Ll}*(?:um|amt|hof|haus|gebiet|gericht|hafen|werk|institut|theater|archiv|spital|stift|parlament|kommando|büro|stadion|labor|kloster|schloss|tribunal|komitee|verband|verein|bündnis|betrieb|bund|rat|senat|konzern|palast|dom|kreis|bezirk|kanton|staat|land|gut|bad|verlag|hotel|restaurant|orchester|festival|plan|programm|pakt|vertrag|fonds|gesetz|abkommen)$/u;

/**
 * True if the name ends in a unit's noun and a number (`Taktisches Luftwaffengeschwader 71`,
 * `Infanterieregiment 12`): the noun takes the genitive before the number (`des Taktischen
 * Luftwaffengeschwaders 71`). (Read without splitting: half the names of a glossary of codes end in
 * a digit.)
 */
function unitBeforeNumber(alias: string): boolean {
  const space = alias.lastIndexOf(' ');
  if (space <= 0 || space === alias.length - 1) return false;
  for (let i = space + 1; i < alias.length; i++) if (!isDigit(alias.charCodeAt(i))) return false;
  const from = alias.lastIndexOf(' ', space - 1) + 1;
  return isUpperCase(alias.charCodeAt(from)) && UNIT_NOUN.test(alias.slice(from, space).toLowerCase());
}
/**
 * Nouns of a military unit, small or folded (`Panzerbrigade`, `Jagdgeschwader`, `Jägerbataillon`).
 * (A feminine one takes no genitive `-s`: its forms made so never occur, and cost only their place.)
 */
export const UNIT_NOUN = /(?:brigade|division|staffel|geschwader|regiment|bataillon|korps)$/;

/** An adjective of a name in the declension `-e` or `-en` (`Kalter` → `Kalte`, `Kalten`). */
function decline(word: string, declension: 'e' | 'en'): string {
  const stem = word.slice(0, word.endsWith('e') ? -1 : -2);
  return stem + declension;
}

/**
 * Small words after an institution's head noun, which takes the genitive before them (`des
 * Bundesamts für …`, `des Gerichtshofs der …`). Not those of places (`Frankfurt am Main`,
 * `Altheim im Tal`), whose genitive is rare.
 */
const GENITIVE_LINKS = new Set(['für', 'der', 'des', 'von', 'vom', 'zur', 'zum', 'gegen', 'über']);

function isSmallLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Words that are capitalised in a name without being what tells it apart (`Die Linke`, `Bank of England`). */
const ARTICLES = new Set([
  'a', 'al', 'an', 'and', 'bin', 'da', 'das', 'de', 'dem', 'den', 'der', 'des', 'di', 'die', 'du', 'el', 'et', 'for', 'l',
  'la', 'las', 'le', 'les', 'los', 'of', 'the', 'und', 'van', 'vom', 'von', 'y', 'zu', 'zum', 'zur',
]);
const MAX_ARTICLE = 3;

/**
 * One mask of `AliasRecord.initials`: the capital that starts the first capitalised word of the key
 * `keyWithGaps` just made (in `scratch`), articles aside; null if there is none.
 */
function initialMask(key: string, scratch: { gaps: Uint8Array; initials: Uint8Array }): Uint8Array | null {
  const { gaps, initials } = scratch;
  let first = -1;
  for (let k = 0; k < key.length; k++) {
    if (initials[k] !== 1) continue;
    initials[k] = 0;
    if (first >= 0) continue;
    let end = k + 1;
    while (end < key.length && gaps[end] === 0) end++;
    // (`A1 Telekom`: a letter before a digit is no article.)
    if (end - k > MAX_ARTICLE || isDigit(key.charCodeAt(end)) || !ARTICLES.has(key.slice(k, end))) first = k;
  }
  if (first < 0) return null;
  initials[first] = 1;
  return initials.slice(0, key.length);
}

/**
 * The folded key of a name and, per position in it (after 0 … n letters), where the text may break
 * the name: at the name's own gaps, between a letter and a digit, and before a capital inside a
 * word (`OpenAI` as `Open AI`).
 */
function keyWithGaps(name: string, scratch: { gaps: Uint8Array; initials: Uint8Array }): string {
  // A key has at most two letters per character (`ß`).
  if (scratch.gaps.length < 2 * name.length + 1) {
    scratch.gaps = new Uint8Array(4 * name.length + 2);
    scratch.initials = new Uint8Array(4 * name.length + 2);
  }
  const gaps = scratch.gaps;
  const initials = scratch.initials;
  gaps.fill(0, 0, 2 * name.length + 1);
  initials.fill(0, 0, 2 * name.length + 1);
  if (keyScratch.length < 2 * name.length) keyScratch = new Uint16Array(4 * name.length);
  const key = keyScratch;
  let k = 0;
  let pending = 0;
  let lastWasDigit = false;
  let lastWasLower = false;
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 0x7f) ascii = false;
    const folded = foldCode(code);
    if (folded === JOIN) continue;
    if (folded === SEP) {
      pending |= Gap.Soft | Gap.Camel | Gap.Quote | (isNamePunctuation(code) ? Gap.Punctuation : code === COMMA ? Gap.Comma : isBracket(code) ? Gap.Bracket : 0);
      continue;
    }
    const digit = isDigit(folded);
    const upper = isUpperCase(code);
    if (upper && (k === 0 || pending !== 0)) initials[k] = 1;
    if (k > 0) gaps[k]! |= pending | (digit !== lastWasDigit ? Gap.Soft | Gap.Camel : upper && lastWasLower ? Gap.Camel : 0);
    pending = 0;
    lastWasDigit = digit;
    lastWasLower = !upper && !digit;
    if (isSharpS(code)) {
      key[k++] = 0x73;
      key[k++] = 0x73;
    } else {
      key[k++] = folded;
    }
  }
  // One string per key, not one per letter; an ASCII name's key is its small letters and digits,
  // cut from one native `toLowerCase`.
  return ascii ? lettersAndDigits(name.toLowerCase()) : (Reflect.apply(String.fromCharCode, null, key.subarray(0, k)) as string);
}

/** `lower` (ASCII, small letters) without what is not a letter or a digit. */
function lettersAndDigits(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (i > from) out += lower.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}
let keyScratch = new Uint16Array(64);
const gapScratch = { gaps: new Uint8Array(64), initials: new Uint8Array(64) };

/** Nodes the trie builder makes room for at first (a glossary of a few hundred names fits). */
const INITIAL_NODES = 4096;

/**
 * Builds the trie with one hash table from (node, code) to child for all nodes, instead of a map
 * per node: a glossary of thousands of aliases then costs a few typed arrays, not tens of thousands
 * of maps. Every node but the root is made by exactly one edge, so node n's edge is described by
 * `parentOf[n]` and `codeOf[n]`.
 */
class TrieBuilder {
  /** Nodes so far; node 0 is the root. */
  size = 1;
  /** Alias record per node, or -1. */
  terminal = new Int32Array(INITIAL_NODES).fill(-1);
  gapAfter = new Uint8Array(INITIAL_NODES);
  parentOf = new Int32Array(INITIAL_NODES);
  codeOf = new Uint16Array(INITIAL_NODES);
  /**
   * Per node: where the gaps of the key that ends there (several spellings of one key: all their
   * gaps) start in `gapPool`, one byte per position of the key; -1 for none.
   */
  keyGapsAt = new Int32Array(INITIAL_NODES).fill(-1);
  gapPool = new Uint8Array(4096);
  gapPoolLength = 0;
  /** Open-addressing hash table from (parent, code) to the child node (0: empty slot). */
  private slots = new Int32Array(2 * INITIAL_NODES);

  /** The node of `key` (made if needed), with the key's gaps recorded along its path and at its end. */
  insert(key: string, gaps: Uint8Array): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      node = this.step(node, key.charCodeAt(i));
      this.gapAfter[node]! |= gaps[i + 1]!;
    }
    this.addKeyGaps(node, gaps, key.length);
    return node;
  }

  private addKeyGaps(node: number, gaps: Uint8Array, keyLength: number): void {
    const at = this.keyGapsAt[node]!;
    if (at >= 0) {
      for (let k = 0; k <= keyLength; k++) this.gapPool[at + k]! |= gaps[k]!;
      return;
    }
    if (this.gapPoolLength + keyLength + 1 > this.gapPool.length) {
      const pool = new Uint8Array(2 * (this.gapPoolLength + keyLength + 1));
      pool.set(this.gapPool);
      this.gapPool = pool;
    }
    for (let k = 0; k <= keyLength; k++) this.gapPool[this.gapPoolLength + k] = gaps[k]!;
    this.keyGapsAt[node] = this.gapPoolLength;
    this.gapPoolLength += keyLength + 1;
  }

  private step(parent: number, code: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = slotOf(parent, code, mask);
    for (;;) {
      const node = slots[slot]!;
      if (node === 0) break;
      if (this.parentOf[node] === parent && this.codeOf[node] === code) return node;
      slot = (slot + 1) & mask;
    }
    if (this.size === this.terminal.length) this.grow();
    const child = this.size++;
    this.parentOf[child] = parent;
    this.codeOf[child] = code;
    // The table stays at most half full; when it grows, it is filled anew.
    if (2 * this.size > this.slots.length) this.rehash();
    else slots[slot] = child;
    return child;
  }

  /** Doubles the per-node arrays. */
  private grow(): void {
    const capacity = 2 * this.terminal.length;
    const larger = <T extends Int32Array | Uint8Array | Uint16Array>(array: T, fill = 0): T => {
      const next = new (array.constructor as new (length: number) => T)(capacity);
      if (fill !== 0) next.fill(fill, array.length);
      next.set(array);
      return next;
    };
    this.terminal = larger(this.terminal, -1);
    this.gapAfter = larger(this.gapAfter);
    this.parentOf = larger(this.parentOf);
    this.codeOf = larger(this.codeOf);
    this.keyGapsAt = larger(this.keyGapsAt, -1);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let node = 1; node < this.size; node++) {
      let slot = slotOf(this.parentOf[node]!, this.codeOf[node]!, mask);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = node;
    }
    this.slots = slots;
  }
}

/** Where the edge (parent, code) starts its search in a hash table of `mask + 1` slots. */
function slotOf(parent: number, code: number, mask: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

function freeze(
  trie: TrieBuilder,
  aliases: AliasRecord[],
  endings: string[][],
  conflicts: MatcherIndex['conflicts'],
  sameKeys: ReadonlyMap<number, number>,
): MatcherIndex {
  const nodes = trie.size;
  const edges = nodes - 1;
  // Edges (one per node but the root, named by that node) sorted by parent, then code: counted out
  // by parent (linear), then each parent's few edges put in code order by insertion (most nodes
  // have one child).
  const { parentOf, codeOf } = trie;
  const starts = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) starts[parentOf[n]! + 1]!++;
  for (let n = 0; n < nodes; n++) starts[n + 1]! += starts[n]!;
  const fill = starts.slice(0, nodes);
  const order = new Int32Array(edges);
  for (let n = 1; n < nodes; n++) {
    const parent = parentOf[n]!;
    let k = fill[parent]!++;
    const code = codeOf[n]!;
    while (k > starts[parent]! && codeOf[order[k - 1]!]! > code) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = n;
  }
  const edgeStart = new Int32Array(nodes);
  const edgeCount = new Uint16Array(nodes);
  const edgeCode = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  const terminal = trie.terminal.slice(0, nodes);
  const gapAfter = trie.gapAfter.slice(0, nodes);
  // Nodes are numbered as they were made, so a parent always comes before its children.
  const depth = new Uint16Array(nodes);
  for (let n = 1; n < nodes; n++) depth[n] = depth[parentOf[n]!]! + 1;
  const gapMaskStart = trie.keyGapsAt.slice(0, nodes);
  const gapMasks = trie.gapPool.slice(0, trie.gapPoolLength);
  const rootNext = new Int32Array(65536);
  const symbol = new Uint16Array(65536);
  let alphabet = 1;
  for (let k = 0; k < edges; k++) {
    const node = order[k]!;
    const parent = parentOf[node]!;
    const code = codeOf[node]!;
    if (edgeCount[parent] === 0) edgeStart[parent] = k;
    edgeCount[parent]!++;
    edgeCode[k] = code;
    edgeTarget[k] = node;
    if (parent === 0) rootNext[code] = node;
    if (symbol[code] === 0) symbol[code] = alphabet++;
  }
  const denseRow = new Int32Array(nodes).fill(-1);
  let rows = 0;
  for (let n = 1; n < nodes; n++) if (edgeCount[n]! >= DENSE_MIN_CHILDREN) denseRow[n] = rows++;
  const dense = new Int32Array(rows * alphabet);
  for (let n = 1; n < nodes; n++) {
    const row = denseRow[n]!;
    if (row < 0) continue;
    for (let k = edgeStart[n]!, end = k + edgeCount[n]!; k < end; k++) dense[row * alphabet + symbol[edgeCode[k]!]!] = edgeTarget[k]!;
  }
  const { filterSymbol, prefixFilter } = buildPrefixFilter(symbol, terminal, edgeStart, edgeCount, edgeCode, edgeTarget);
  const bytes =
    filterSymbol.byteLength +
    prefixFilter.byteLength +
    rootNext.byteLength +
    symbol.byteLength +
    denseRow.byteLength +
    dense.byteLength +
    edgeStart.byteLength +
    edgeCount.byteLength +
    edgeCode.byteLength +
    edgeTarget.byteLength +
    terminal.byteLength +
    gapAfter.byteLength +
    depth.byteLength +
    gapMaskStart.byteLength +
    gapMasks.byteLength +
    aliases.reduce((sum, a) => sum + 48 + 2 * (a.alias.length + a.letters.reduce((n, l) => n + l.length, 0)) + (a.capitals?.[0]?.length ?? 0), 0);
  const hot = new Int32Array(aliases.length);
  const entryOf = Int32Array.from(aliases, (a) => a.entry);
  const sameKey = new Int32Array(aliases.length).fill(-1);
  for (const [record, next] of sameKeys) sameKey[record] = next;
  for (let r = 0; r < aliases.length; r++) {
    const a = aliases[r]!;
    hot[r] =
      a.flags |
      (a.capitals === null ? HotBit.NoCapitals : 0) |
      (a.initials === null ? HotBit.NoInitials : a.initials[0]![0] === 1 ? HotBit.InitialFirst : 0) |
      (endings[a.endings]!.length === 0 ? HotBit.NoEndings : 0) |
      (endings[a.ownEndings]!.length === 0 ? HotBit.NoOwnEndings : 0) |
      HotBit.Unasked |
      (CAPITAL_LAST_WORD.test(a.alias) ? HotBit.CapitalLastWord : 0) |
      (a.umlauts !== null ? HotBit.HasUmlauts : 0) |
      (PLAIN_WORD.test(a.alias) ? HotBit.PlainWord | (FIRST_NAMES.has(a.key) ? HotBit.FirstName : 0) | (TOWN_ADJECTIVE.test(a.alias) ? HotBit.TownAdjective : 0) : 0);
  }
  return { rootNext, symbol, alphabet, denseRow, dense, edgeStart, edgeCount, edgeCode, edgeTarget, terminal, gapAfter, depth, gapMaskStart, gapMasks, filterSymbol, prefixFilter, aliases, endings, conflicts, sameKey, bytes: bytes + hot.byteLength + entryOf.byteLength + sameKey.byteLength, hot, entryOf };
}

/** Filter symbols: 0 for characters in no alias, then one per alias character up to SHARED. */
const SHARED_SYMBOL = 62;
/** Joiners and `ß` (two letters in a key): words with them in their first three letters always pass. */
export const PASS_SYMBOL = 63;

/** True if the trigram of folded codes a, b, c is in the set `bits` (see `buildPrefixFilter`). */
export function inTrigramSet(filterSymbol: Uint8Array, bits: Int32Array, a: number, b: number, c: number): boolean {
  const t = (filterSymbol[a]! << 12) | (filterSymbol[b]! << 6) | filterSymbol[c]!;
  return (bits[t >> 5]! & (1 << (t & 31))) !== 0;
}

/** An empty trigram set over filter symbols, and a function that adds to it (`ANY` for every symbol). */
export function trigramSet(): { bits: Int32Array; mark: (a: number, b: number, c: number) => void } {
  const bits = new Int32Array((64 * 64 * 64) >> 5);
  const mark = (a: number, b: number, c: number) => {
    for (let x = a === ANY ? 0 : a, xEnd = a === ANY ? 63 : a; x <= xEnd; x++)
      for (let y = b === ANY ? 0 : b, yEnd = b === ANY ? 63 : b; y <= yEnd; y++) {
        const row = (x << 12) | (y << 6);
        if (c === ANY) bits.fill(-1, row >> 5, (row >> 5) + 2);
        else bits[(row | c) >> 5]! |= 1 << (c & 31);
      }
  };
  mark(PASS_SYMBOL, ANY, ANY);
  mark(ANY, PASS_SYMBOL, ANY);
  mark(ANY, ANY, PASS_SYMBOL);
  return { bits, mark };
}
export const ANY = 64;

/**
 * The first-three-letters filter of the scanner. A word passes if the trie has a path for its first
 * three folded letters, or an alias ends within them (`EU` may start `EUs`). Characters beyond the
 * 61st of the alphabet share a symbol, which can only let more words pass.
 */
function buildPrefixFilter(
  symbol: Uint16Array,
  terminal: Int32Array,
  edgeStart: Int32Array,
  edgeCount: Uint16Array,
  edgeCode: Uint16Array,
  edgeTarget: Int32Array,
): { filterSymbol: Uint8Array; prefixFilter: Int32Array } {
  const filterSymbol = new Uint8Array(65536);
  for (let e = 0; e < edgeCode.length; e++) filterSymbol[edgeCode[e]!] = Math.min(symbol[edgeCode[e]!]!, SHARED_SYMBOL);
  filterSymbol[1] = PASS_SYMBOL; // JOIN
  filterSymbol[0xdf] = PASS_SYMBOL; // ß and ẞ fold to 0xdf
  const { bits, mark } = trigramSet();
  const any = ANY;
  const children = (node: number, visit: (code: number, child: number) => void) => {
    for (let e = edgeStart[node]!, end = e + edgeCount[node]!; e < end; e++) visit(edgeCode[e]!, edgeTarget[e]!);
  };
  children(0, (c0, n1) => {
    const s0 = filterSymbol[c0]!;
    if (terminal[n1]! >= 0) mark(s0, any, any);
    children(n1, (c1, n2) => {
      const s1 = filterSymbol[c1]!;
      if (terminal[n2]! >= 0) mark(s0, s1, any);
      children(n2, (c2) => mark(s0, s1, filterSymbol[c2]!));
    });
  });
  return { filterSymbol, prefixFilter: bits };
}

/** The child of `node` along folded code `code`, or 0 (the root is never a child). */
export function child(index: MatcherIndex, node: number, code: number): number {
  if (node === 0) return index.rootNext[code]!;
  const row = index.denseRow[node]!;
  if (row >= 0) {
    const s = index.symbol[code]!;
    return s === 0 ? 0 : index.dense[row * index.alphabet + s]!;
  }
  const start = index.edgeStart[node]!;
  const end = start + index.edgeCount[node]!;
  const codes = index.edgeCode;
  for (let e = start; e < end; e++) {
    const c = codes[e]!;
    if (c === code) return index.edgeTarget[e]!;
    if (c > code) return 0;
  }
  return 0;
}
