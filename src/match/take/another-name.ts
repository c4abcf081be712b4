/**
 * Is the name part of another name? One of the questions `take` (in `../scan`) asks of a name the
 * scanner found: the words joined to it or right beside it make it a compound's part (`Anti-X`
 * where X stands alone, `das Cassis-de-Dijon-Prinzip`), a longer word (`Xi’an`), a web address,
 * another sport's league, or another of the name by the text's own word (`das gleichnamige
 * Sölden`, `nicht der einzige Hahnenkamm`).
 */
import type { Candidate } from '../scan';
import { closesClause, DEFINITE_ARTICLES_DE, DEFINITE_DE, ENGLISH_ARTICLE, foldAt, INDEFINITE_ARTICLES_DE, isHyphen, isHyphenJoin, NOT_DE, opensSentence, POSSESSIVES_DE, sentenceAround, wordBefore, wordEnd, wordOfBeforeAnyCase, wordStart } from '../text-around';
import { COMMA, foldKey, isApostrophe, isUpperCase, JOIN, SEP } from '../fold';
import { AliasFlag, type AliasRecord, ENGLISH_ADJECTIVE_OF_ORIGIN, HotBit, type MatcherIndex } from '../alias-index';
import { inAddress } from '../spelling';
import { WordSet } from '../word-set';
import { FIRST_NAMES } from '../first-names';
import { describedWords, describesIsland, describesParty, entryNames } from '../descriptions';
import { COUNTRY_NAMES, opensPlaceKey, placeKey } from '../places';
import { namesHoldWord } from '../place-names';

/** True if the words joined to the name or beside it make it part of another name. */
export function anotherName(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english } = c;
  if (start > 0 && isHyphenJoin(text, start - 1) && foldAt(text, start - 2) > JOIN && (hot & AliasFlag.WholeWord || oneLetterBefore(text, start - 1))) return true;
  // `die Fußball-Champions-League` beside the handball one: another sport than the entry names.
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && start > 1 && isHyphenJoin(text, start - 1) && otherSport(text, start - 1, alias, index, record)) return true;
  // `nicht der einzige Hahnenkamm in Tirol`: another of the name.
  if (!english && end === aliasEnd && !isHyphenJoin(text, end) && anotherOfTheName(text, start, (hot & AliasFlag.Person) !== 0)) return true;
  // `das gleichnamige Sölden bei Freiburg`: the text says it is a namesake.
  // (A name of one word, not a compound's part: `die gleichnamige Netflix-Serie`, `der gleichnamigen Porsche AG`.)
  if (!english && hot & HotBit.PlainWord && end === aliasEnd && !isHyphenJoin(text, end) && wordOfBeforeAnyCase(text, start, NAMESAKE_WORDS)) return true;
  // `das Cassis-de-Dijon-Prinzip`: the first part of a name joined with a particle.
  if (isHyphen(text.charCodeAt(end)) && PARTICLE_JOINS.hasIn(text, end + 1, wordEnd(text, end + 1)) && isHyphen(text.charCodeAt(wordEnd(text, end + 1)))) return true;
  // `die Grünbaum’sche Sammlung`, `Xi’an`: an apostrophe inside a longer word (a genitive's `’s`
  // is the mention's; an English contraction is none: `Trump’ll`, `Biden’d`).
  if (isApostrophe(text.charCodeAt(end)) && foldAt(text, end + 1) > JOIN && !(english && contractionAt(text, end + 1))) return true;
  if (inAddress(text, start, end)) return true;
  // `the constellation Orion`, `die Göttin Artemis` beside the capsule and the programme: a noun of
  // another kind of thing right before the name, one the entry's descriptions do not name.
  if (end === aliasEnd && otherKindBefore(text, start, end, alias, hot, english)) return true;
  // `back to Sabadell, the Catalan industrial town`, `Floods hit the port city of Santander` beside the
  // banks: the town a firm or a club is named after, by the text's own words, wherever it stands
  // (not a noun of the entry's own name: `the port of Antwerp-Bruges`).
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && ((text.charCodeAt(end) === COMMA && TOWN_APPOSED.test(text.slice(end, end + 60))) || (text.startsWith('of ', start - 3) && townOfBefore(text, start, alias)))) return true;
  // `Malcolm X`, `iPhone X`, `Kapitel X`, `Generation X`: a name of one letter is the given name's,
  // the camel-cased word's or the series' before it (not `Laut X`, `Die Plattform X`, `But X said`).
  if (alias.key.length === 1 && end === aliasEnd && letterNamed(text, start)) return true;
  // `the Financial Times`, `the Belfast Telegraph`, `the Irish Independent`: another paper, whose name
  // ends in the glossary's paper's (not after a broadcaster's initials: `on BBC Newsnight`).
  if (english && hot & AliasFlag.Medium && end === aliasEnd && wordAfterThe(text, start)) return true;
  // `in the United States` beside the airline United: the first word of a country's or a region's name.
  if (!(hot & AliasFlag.Place) && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1)) && (alias.opensPlace ??= opensPlaceKey(alias.key)) && placeKey(foldKey(text.slice(start, wordEnd(text, end + 1)))) !== undefined) return true;
  // `the Mull of Kintyre`: another place, which the glossary's island opens (not a country's, a town's
  // or a region's: `the Russia of Putin`, `the Cuba of Fidel Castro`, `the Paris of Hemingway`, `the
  // Highlands of Scotland`; nor a river's or a range's: `the Thames of Dickens`, `the Alps of Switzerland`).
  if (english && hot & AliasFlag.Place && end === aliasEnd && text.startsWith(' of ', end) && isUpperCase(text.charCodeAt(end + 4)) && wordOfBeforeAnyCase(text, start, ENGLISH_ARTICLE) && describesIsland(alias) && !COUNTRY_NAMES.has(alias.key)) return true;
  // `Newcastle-under-Lyme`, `Stratford-upon-Avon`: another town, joined with a particle (not one the
  // entry's descriptions name so: `Barrow` for Barrow-in-Furness).
  if (english && hot & AliasFlag.Place && end === aliasEnd && englishTownJoin(text, end) && !alias.descriptions.some((d) => d.includes(text.slice(start, wordEnd(text, wordEnd(text, end + 1) + 1))))) return true;
  // `the Electoral Reform Society`, `the Prison Reform Trust` beside Reform UK: a word of one inside
  // another body's name, between its capitalised words.
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && hot & HotBit.PlainWord && end === aliasEnd && insideBodysName(text, start, end, alias)) return true;
  return false;
}

/**
 * True if a capitalised word that opens no sentence stands one space before `start`, and a body's
 * noun (`BODY_HEADS_EN`) right after `end`, before a small word or a clause's end (not a headline in
 * title case). Not where the word before is a country's or a people's (`the Lebanese Hezbollah
 * Executive Council`, `the Irish Amnesty Board`), nor a party's council (`a Glasgow Labour Council
 * leader`): the entry's own body.
 */
function insideBodysName(text: string, start: number, end: number, alias: AliasRecord): boolean {
  const before = wordBefore(text, start);
  if (before === null || before.to !== start - 1 || !isUpperCase(text.charCodeAt(before.from)) || isUpperCase(text.charCodeAt(before.from + 1)) || opensSentence(text, before.from)) return false;
  const word = text.slice(before.from, before.to);
  if (ENGLISH_ADJECTIVE_OF_ORIGIN.test(word) || placeKey(foldKey(word)) !== undefined) return false;
  if (text.charCodeAt(end) !== 0x20 || !isUpperCase(text.charCodeAt(end + 1))) return false;
  const noun = wordEnd(text, end + 1);
  if (!BODY_HEADS_EN.hasIn(text, end + 1, noun) || (describesParty(alias) && text.startsWith('Council', end + 1))) return false;
  return !isUpperCase(text.charCodeAt(noun + 1)) && foldAt(text, noun) <= JOIN;
}
/** Nouns that end an English body's name (folded). */
const BODY_HEADS_EN = new WordSet('society club council agency commission trust association board institute foundation federation league'.split(' '));

/**
 * True if the word one space before the one-letter name at `start` makes it its own (see
 * `anotherName`): a given name (`Malcolm X`), a word whose capital is inside it (`iPhone X`), or a
 * noun that numbers a series (`Kapitel X`, `Generation X`).
 */
function letterNamed(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (FIRST_NAMES.hasIn(text, word.from, word.to) || SERIES_NOUNS.hasIn(text, word.from, word.to)) return true;
  if (isUpperCase(text.charCodeAt(word.from))) return false;
  for (let i = word.from + 1; i < word.to; i++) if (isUpperCase(text.charCodeAt(i))) return true;
  return false;
}
/** Nouns that number a series, before a letter (`Kapitel X`, `Generation Z`, `Plan B`), folded. */
const SERIES_NOUNS = new WordSet(
  'kapitel generation teil stufe folge episode staffel phase typ modell band akt jahrgang plan chapter part stage season volume act type model series mister mr planet vitamin'.split(' '),
);

/**
 * True if one capitalised word, not in capitals, stands before `start`, and `the` in small letters
 * before it; not a nationality's, which says where the paper is from (`the Swiss NZZ`, `the German
 * Bild`), though it opens another's name at times (`the Irish Independent`).
 */
function wordAfterThe(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || !isUpperCase(text.charCodeAt(word.from)) || isUpperCase(text.charCodeAt(word.from + 1)) || NATIONALITIES.hasIn(text, word.from, word.to)) return false;
  const article = wordBefore(text, word.from);
  return article !== null && article.to === word.from - 1 && article.to - article.from === 3 && text.startsWith('the', article.from);
}

/** True if a hyphen, an English particle, a hyphen and a capital follow `end` (`-under-Lyme`). */
function englishTownJoin(text: string, end: number): boolean {
  if (!isHyphen(text.charCodeAt(end))) return false;
  const to = wordEnd(text, end + 1);
  return TOWN_PARTICLES.hasIn(text, end + 1, to) && isHyphen(text.charCodeAt(to)) && isUpperCase(text.charCodeAt(to + 1));
}
const NATIONALITIES = new WordSet(
  'swiss british german irish austrian french american italian spanish dutch danish swedish norwegian finnish polish russian ukrainian chinese japanese korean indian australian canadian scottish welsh english belgian greek turkish israeli brazilian mexican'.split(' '),
);
const TOWN_PARTICLES = new WordSet(['under', 'upon', 'on', 'in', 'by', 'super']);

/** Particles in a hyphenated name (`Cassis-de-Dijon`, `Saint-Germain-des-Prés`). */
const PARTICLE_JOINS = new WordSet(['de', 'du', 'des', 'di', 'da', 'la', 'le', 'les', 'sur', 'en']);

const NAMESAKE_WORDS = new WordSet(['gleichnamige', 'gleichnamigen', 'gleichnamiger', 'gleichnamiges', 'gleichnamigem']);

/**
 * True if the word before `hyphen` is a sport and the entry's names and descriptions name another
 * one, not this one (`die Fußball-Champions-League` beside the `Europapokal der
 * Handball-Vereinsmannschaften`). An entry that names no sport keeps its compounds.
 */
function otherSport(text: string, hyphen: number, alias: AliasRecord, index: MatcherIndex, record: number): boolean {
  const from = wordStart(text, hyphen);
  if (from === hyphen || !SPORTS.hasIn(text, from, hyphen)) return false;
  if (alias.sports === undefined) {
    const told = foldKey([...alias.descriptions, ...entryNames(index, record).names].join(' '));
    alias.sports = new Set(SPORT_WORDS.filter((word) => told.includes(word)).map(sameSport));
  }
  return alias.sports.size > 0 && !alias.sports.has(sameSport(foldKey(text.slice(from, hyphen))));
}
const SPORT_WORDS = 'fussball football soccer handball basketball volleyball eishockey hockey tennis rugby futsal wasserball unihockey floorball faustball'.split(' ');
const SPORTS = new WordSet(SPORT_WORDS);
/** One name for the names of one sport. */
function sameSport(word: string): string {
  return word === 'football' || word === 'soccer' ? 'fussball' : word === 'eishockey' ? 'hockey' : word;
}

/** True if an English contraction's ending starts at `at` and ends its word (`’ll`, `’d`, `’ve`, `’re`). */
function contractionAt(text: string, at: number): boolean {
  const end = wordEnd(text, at);
  const ending = text.slice(at, end);
  return ending === 'll' || ending === 'd' || ending === 've' || ending === 're';
}

/**
 * True if `nicht der einzige` stands before `start` (`nicht der einzige Hahnenkamm in Tirol`), or
 * before a place's name `der falsche` (`im falschen Zell`), or before a person's name `kein
 * einziger`, `der andere` or `ein anderer` (`kein einziger Müller`, `der andere Müller saß auf der
 * Bank`): a namesake. (Not `der einzige Müller im Kader`; not `keinen einzigen Euro`, `nicht ein
 * einziger Taurus`, which count the thing; not `der andere` answering `der eine` in its sentence:
 * `Der eine heißt Merz, der andere Scholz`.)
 */
function anotherOfTheName(text: string, start: number, person: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null || isUpperCase(text.charCodeAt(word.from))) return false;
  // `im falschen Zell gestanden`: the other place of the name.
  // (Not a person's: `der falsche Merz` in a video is a fake of him.)
  if (WRONG_ONE.hasIn(text, word.from, word.to)) return !person && wordOfBeforeAnyCase(text, word.from, DEFINITE_DE);
  const other = person && OTHER_ONE_DE.hasIn(text, word.from, word.to);
  if (!other && !ONLY_ONE.hasIn(text, word.from, word.to)) return false;
  const article = wordBefore(text, word.from);
  if (article === null) return false;
  if (other) return OTHER_ARTICLES.hasIn(text, article.from, article.to) && !ONE_OF_TWO.test(sentenceAround(text, article.from));
  if (NO_ONE.hasIn(text, article.from, article.to)) return person;
  return DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to) && wordOfBeforeAnyCase(text, article.from, NOT_DE);
}
const OTHER_ONE_DE = new WordSet(['andere', 'anderer']);
const WRONG_ONE = new WordSet(['falsche', 'falschen', 'falscher', 'falsches']);
const OTHER_ARTICLES = new WordSet(['der', 'ein']);
/** `der eine`, `die einen`, `auf der einen`: the first of two, which `der andere` answers. */
const ONE_OF_TWO = /(?:^|[^\p{L}])(?:der|die|den|dem)\s+einen?(?:[^\p{L}]|$)/iu;
const ONLY_ONE = new WordSet(['einzige', 'einzigen', 'einziger', 'einziges']);
const NO_ONE = new WordSet(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);

/**
 * True if the hyphen at `hyphen` follows a word of one Latin letter: `S-Bahn`, `U-Boot`, `E-Mail`
 * are words of their own. (Hebrew joins a one-letter preposition so to a name: `ב-CNN`.)
 */
function oneLetterBefore(text: string, hyphen: number): boolean {
  return hyphen >= 1 && text.charCodeAt(hyphen - 1) < 0x250 && foldAt(text, hyphen - 1) > JOIN && (hyphen === 1 || foldAt(text, hyphen - 2) === SEP);
}

/**
 * True if a noun of a kind stands right before `start` after an article or a possessive (and
 * adjectives: `the British frozen-food chain Iceland.`), and no word of the entry's descriptions is
 * of that kind (a compound ends in it: `Raumschiff`; or its English plural). The kinds: a
 * constellation or a god, a vessel, a racehorse (`the constellation Orion`, `das Sternbild Orion`);
 * in English a firm before a person's or a place's name that closes its phrase (`the chain Iceland.`).
 */
function otherKindBefore(text: string, start: number, end: number, alias: AliasRecord, hot: number, english: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || isUpperCase(text.charCodeAt(word.from)) === english) return false;
  // (A firm's only in English and where the name closes its phrase: German puts a subject before an
  // object, `trafen die Autobauer Habeck`, and English a relative clause, `The company Reed founded`.)
  const kind =
    (english ? KINDS_EN : KINDS_DE).hasIn(text, word.from, word.to) || (english && hot & (AliasFlag.Person | AliasFlag.Place) && closesClause(text, end) && FIRM_KINDS_EN.hasIn(text, word.from, word.to));
  if (!kind) return false;
  const folded = foldKey(text.slice(word.from, word.to));
  let from = word.from;
  for (let words = 0; ; words++) {
    // (A hyphenated English adjective's first part: `frozen-food`.)
    if (isHyphen(text.charCodeAt(from - 1))) {
      if (!english) return false;
      from = wordStart(text, from - 1);
    }
    const before = wordBefore(text, from);
    if (before === null || words === 3) return false;
    if (english ? ARTICLES_AND_POSSESSIVES_EN.hasIn(text, before.from, before.to) : DEFINITE_ARTICLES_DE.hasIn(text, before.from, before.to) || INDEFINITE_ARTICLES_DE.hasIn(text, before.from, before.to) || POSSESSIVES_DE.hasIn(text, before.from, before.to)) break;
    // (Adjectives between: small, or an English nation's; not before a person's name, `The American
    // pop singer Taylor Swift`.)
    if (hot & AliasFlag.Person || (isUpperCase(text.charCodeAt(before.from)) && !(english && ENGLISH_ADJECTIVE_OF_ORIGIN.test(text.slice(before.from, before.to))))) return false;
    from = before.from;
  }
  for (const described of describedWords(alias)) if (described.endsWith(folded) || described === folded + 's') return false;
  return true;
}
/**
 * Kinds of thing a name stands after as their own (folded, whole words): stars and gods, vessels,
 * racehorses (works have rules of their own: `afterWorkNoun`). Not `star`, `horse` or `dog`, said of
 * people (`the pop star Taylor Swift`, `the dark horse Badenoch`), nor German compounds in general
 * (`Zugpferd Merz`, `Flaggschiff Tagesschau`, `den Ministern Wadephul und Pistorius`).
 */
const KINDS_EN = new WordSet('constellation goddess god planet moon asteroid comet galaxy nebula ship vessel yacht tanker freighter frigate destroyer submarine racehorse'.split(' '));
const KINDS_DE = new WordSet('sternbild gottin gott planet mond jupitermond asteroid komet galaxie schiff raumschiff kriegsschiff jacht tanker frachter fregatte zerstorer rennpferd'.split(' '));
/** An apposition after a name that calls it a town and ends there (not `the city’s club`, `the city rivals of Roma`). */
const TOWN_APPOSED = /^, (?:the|a) (?:[\p{L}-]+ ){0,3}(?:town|city|port|village)(?:[,.;]| (?:in|of|where|whose|that|which) |$)/u;
/** `the`, a town's noun and `of` before a name (not `a city of Volkswagen workers`). */
const TOWN_OF = /\bthe (?:[a-z-]+ ){0,2}(city|town|port|village) of $/;
/** True if a town's noun and `of` stand before `start`, the noun none of the entry's names' words. */
function townOfBefore(text: string, start: number, alias: AliasRecord): boolean {
  const noun = TOWN_OF.exec(text.slice(Math.max(0, start - 48), start));
  return noun !== null && !namesHoldWord(alias.names, noun[1]!);
}
/** English kinds of firm (folded). */
const FIRM_KINDS_EN = new WordSet('chain retailer supermarket brand label carmaker airline lender insurer firm company'.split(' '));
const ARTICLES_AND_POSSESSIVES_EN = new WordSet(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
