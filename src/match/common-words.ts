/**
 * Names that are also ordinary words (`Lang`, `Kurz`, `Jung`, `Wolf`, `Schwarz`, `Young`, `May`):
 * told from the word by the sentence around it — an adjective before a copula (`Lang ist die neue
 * Chefin`), a pair or a repetition (`Young and old`, `Schritt für Schritt`), a set phrase, an
 * amount or a quantity before it (`viel Rauch`), a month's place in a date (`in May`), a colour
 * in a coalition's name (`Schwarz-Rot`).
 */
import { afterRelativePronoun, capitalisedWordAfter, CONJUNCTIONS, COUNTING, DEFINITE_ARTICLES_DE, DEFINITE_DE, foldAt, INDEFINITE, INDEFINITE_ARTICLES_DE, isHyphen, OPENING_QUOTES, opensSentence, POSSESSIVES_DE, PREPOSITIONS_DE, smallWordAfter, TOWN_PREPOSITIONS, wordBefore, wordBeforeQuotes, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from './text-around';
import { foldKey, isDigit, isSoftSeparator, isUpperCase, JOIN } from './fold';
import { personNoun } from './person-names';
import { TITLE_ENDINGS } from './first-names';
import { WordSet } from './word-set';

/** True if an amount stands before `start`: a number that is no year (`30 Franken`, `30.000 Franken`) or a word of one (`Millionen Franken`). */
export function amountBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  // (Not a year: `Als 1803 Franken an Bayern fiel`.)
  if (isDigit(text.charCodeAt(word.to - 1))) return !YEAR.test(text.slice(word.from, word.to));
  return AMOUNTS.hasIn(text, word.from, word.to);
}
const YEAR = /^(?:1[0-9]|20)[0-9]{2}$/;
const AMOUNTS = new WordSet('millionen milliarden tausend hundert mio mrd paar einige wenige viele'.split(' '));

/** True if a measure of a drink stands before `start` (`ein Glas`, `zwei Flaschen`; `a glass of`, `a pint of`; not `crates of`, `shots of`, which hold or show other things). */
export function drinkBefore(text: string, start: number, english: boolean): boolean {
  if (!english) return wordOfBefore(text, start, DRINK_MEASURES_DE, true);
  const of = wordBefore(text, start);
  return of !== null && of.to - of.from === 2 && text.startsWith('of', of.from) && wordOfBefore(text, of.from, DRINK_MEASURES_EN, false);
}
const DRINK_MEASURES_DE = new WordSet('glas glaser glaschen flasche flaschen tasse tassen becher schluck'.split(' '));
const DRINK_MEASURES_EN = new WordSet('glass glasses bottle bottles pint pints cup cups'.split(' '));
/**
 * True if the word at text[start, end) opens a sentence before a copula, maybe a particle, and a
 * definite article with a noun: an adjective said of the noun (`Lang ist auch die Liste der …`,
 * `Schmal sind die Spielräume`, `Hart war der Winter`). In the singular, not where the noun may be
 * said of the person: a role, a relative, an opinion, a masculine noun shaped like a person's or
 * a feminine one of an agent, a compound's last part (`Lang ist der Vorsitzende`, `Klein ist der
 * Nachfolger`, `Jung ist der Meinung`, `Lang ist die Autorin`, `Kurz ist der ÖVP-Chef`), nor before
 * an adjective (`Lang ist die neue Chefin`, `Jung war der Einzige`). With a participle or an
 * adjective before the copula, and then an article and a noun, it modifies that word (`Heiß
 * umkämpft ist vor allem die Frage`; not `Lang hingegen ist skeptisch`).
 */
export function predicateBeforeSubject(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !opensSentence(text, start)) return false;
  let from = end + 1;
  let to = wordEnd(text, from);
  if (
    !isUpperCase(text.charCodeAt(from)) &&
    text.charCodeAt(to) === 0x20 &&
    MODIFIED.test(text.slice(from, to)) &&
    !SUBJECT_PARTICLES.hasIn(text, from, to) &&
    !PREDICATE_PARTICLES.hasIn(text, from, to) &&
    !COPULAS.hasIn(text, from, to)
  ) {
    const modifierEnd = to;
    from = to + 1;
    to = wordEnd(text, from);
    if (!PREDICATE_COPULAS.hasIn(text, from, to)) return false;
    // (The subject follows within three words: `ist vor allem die Frage`. After a word in -lich, an
    // adverb as often, only a subject that is no person's: not `Kurz höchstpersönlich war der Stargast`.)
    const adverb = text.startsWith('lich', modifierEnd - 4);
    for (let words = 0; words < 3 && text.charCodeAt(to) === 0x20; words++) {
      from = to + 1;
      to = wordEnd(text, from);
      if ((DEFINITE_ARTICLES_DE.hasIn(text, from, to) || INDEFINITE_ARTICLES_DE.hasIn(text, from, to)) && text.charCodeAt(to) === 0x20 && isUpperCase(text.charCodeAt(to + 1)))
        return !adverb || !personNoun(foldKey(text.slice(to + 1, wordEnd(text, to + 1))), text.charCodeAt(to - 1));
    }
    return false;
  }
  if (!PREDICATE_COPULAS.hasIn(text, from, to) || text.charCodeAt(to) !== 0x20) return false;
  const plural = PLURAL_COPULAS.hasIn(text, from, to);
  from = to + 1;
  to = wordEnd(text, from);
  if (PREDICATE_PARTICLES.hasIn(text, from, to) && text.charCodeAt(to) === 0x20) {
    from = to + 1;
    to = wordEnd(text, from);
  }
  if (!DEFINITE_ARTICLES_DE.hasIn(text, from, to) || text.charCodeAt(to) !== 0x20 || !isUpperCase(text.charCodeAt(to + 1))) return false;
  if (plural) return true;
  const article = text.charCodeAt(to - 1);
  from = to + 1;
  to = wordEnd(text, from);
  // (A compound's last part: `ÖVP-Chef`; an acronym: `CEO`; an adjective before its noun: `der Parlamentarische Geschäftsführer`.)
  while (isHyphen(text.charCodeAt(to)) && isUpperCase(text.charCodeAt(to + 1))) {
    from = to + 1;
    to = wordEnd(text, from);
  }
  if (isUpperCase(text.charCodeAt(from + 1)) || capitalisedWordAfter(text, to) !== null) return false;
  return !personNoun(foldKey(text.slice(from, to)), article);
}
/** The copulas of `predicateBeforeSubject` (not `wird`: `Kurz wird der Nachfolger`, `Kurz wurde der Prozess gemacht`). */
const PREDICATE_COPULAS = new WordSet(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'bleibt', 'blieb', 'bleiben']);
const PLURAL_COPULAS = new WordSet(['sind', 'waren', 'seien', 'bleiben']);
/** Participles and adjectives in small letters (`umkämpft`, `geblieben`, `wichtig`, `zugänglich`). */
const MODIFIED = /(?:t|en|ig|lich|bar|sam|haft)$/;
/** Particles between a copula and its subject (`Lang ist auch die Liste`). */
const PREDICATE_PARTICLES = new WordSet(['auch', 'nun', 'jetzt', 'zudem', 'allerdings', 'jedoch', 'aber', 'freilich', 'dagegen', 'hingegen', 'ebenso']);
/** Particles and postpositions after a name (`Lang selbst ist …`, `Lang zufolge ist …`), and adverbs of time. */
const SUBJECT_PARTICLES = new WordSet(
  `selbst allein nur wiederum indes indessen ihrerseits seinerseits zufolge gegenuber zuliebe entsprechend inzwischen mittlerweile nicht
  jetzt zuletzt zunachst erst meist zumeist trotzdem namlich naturlich eigentlich tatsachlich offensichtlich personlich schliesslich
  letztlich ursprunglich bekanntlich vermutlich wahrscheinlich angeblich sicherlich folglich gleichzeitig kunftig`.split(/\s+/),
);

/** Adjectives that pair with one of `ADVERB_SURNAMES` in a set phrase: `Jung und Alt`, `Groß und Klein`, `Kurz und bündig`, `Schwarz auf weiß`, `Hart auf hart`. */
const PAIRED_ADJECTIVES = new WordSet(['alt', 'jung', 'klein', 'gross', 'schwarz', 'weiss', 'bundig', 'arm', 'reich', 'breit', 'schmerzlos', 'hart']);

/** True if `und` or `auf` and a word of `PAIRED_ADJECTIVES` follow the name ending at `end` (not `Kurz und Strache`). */
export function beforePairedAdjective(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !(text.startsWith('und ', end + 1) || text.startsWith('auf ', end + 1))) return false;
  const from = end + 5;
  return PAIRED_ADJECTIVES.hasIn(text, from, wordEnd(text, from));
}

/**
 * True if a colon, a question mark or a line's end closes the words after `end` within a few words,
 * before a full stop: a headline's (`Kurz vor Gericht: Ex-Kanzler …`; not `Stark unter Druck steht
 * die Gesellschaft auch finanziell: …`).
 */
export function endsAsHeadline(text: string, end: number): boolean {
  let words = 0;
  for (let i = end; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21) return false;
    if (code === 0x3a || code === 0x3f || code === 0x0a) return true;
    if (code === 0x20 && ++words > HEADLINE_WORDS) return false;
  }
  return true;
}
/** The most words a headline's phrase has before its colon (`Braun vor dem Landgericht München:`). */
const HEADLINE_WORDS = 6;
/**
 * True if the preposition after `end` opens an adverbial phrase of time or degree: an article or a
 * time's word follows it (`Kurz vor der Abstimmung`, `Kurz vor Mitternacht`, `Stark vor allem im
 * Rückraum`), or a noun and then the sentence's verb (`Stark unter Druck steht …`; not a
 * headline's `Kurz vor Gericht – …`, `Kurz vor Kickl und Babler`).
 */
export function adverbialPhrase(text: string, end: number): boolean {
  const from = wordEnd(text, end + 1) + 1;
  const to = wordEnd(text, from);
  if (ARTICLES_AND_TIMES.hasIn(text, from, to)) return true;
  if (!isUpperCase(text.charCodeAt(from)) || text.charCodeAt(to) !== 0x20) return false;
  const verb = wordEnd(text, to + 1);
  return verb > to + 1 && !isUpperCase(text.charCodeAt(to + 1)) && !CONJUNCTIONS.hasIn(text, to + 1, verb);
}
const ARTICLES_AND_TIMES = new WordSet('der die das dem den des einer einem eines allem mitternacht beginn ende schluss ablauf weihnachten ostern'.split(' '));
/** Nouns of a headline's subject besides titles (`Kluge Ehrenbürger`, `Lange Favoritin`, `Kluge Preisträger`), folded. */
const ROLES = /(?:burger|favorit|trager|sieger|gewinner)(?:in|innen|en)?$/;
/** True if a role's noun follows `end` (`Lange Spitzenkandidat der SPD`, `Kluge Ehrenbürger`): a headline's subject. */
export function beforeRole(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null) return false;
  const word = foldKey(text.slice(next.from, next.to));
  return TITLE_ENDINGS.test(word) || ROLES.test(word);
}

/** True if a capitalised word that is none of the person's names follows one space after `end`: a noun. */
export function beforeOtherNoun(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  const next = capitalisedWordAfter(text, end);
  return next !== null && !nameWords.has(foldKey(text.slice(next.from, next.to)));
}
/** Colours and ages, that pair with a surname which is the word (`Green and gold`, `Young and old`). */
const PAIRED_WORDS = new WordSet(['gold', 'white', 'black', 'red', 'blue', 'yellow', 'green', 'brown', 'grey', 'gray', 'silver', 'orange', 'purple', 'pink', 'old', 'young']);

const ENGLISH_JOINERS = new Set(['and', 'or']);

/** True if the name at text[start, end) opens a sentence paired with a word of `PAIRED_WORDS` (`Green and gold flags`). */
export function opensPair(text: string, start: number, end: number): boolean {
  if (!opensSentence(text, start) || text.charCodeAt(end) !== 0x20) return false;
  const joiner = wordEnd(text, end + 1);
  if (!ENGLISH_JOINERS.has(text.slice(end + 1, joiner)) || text.charCodeAt(joiner) !== 0x20) return false;
  return PAIRED_WORDS.hasIn(text, joiner + 1, wordEnd(text, joiner + 1)) && !isUpperCase(text.charCodeAt(joiner + 1));
}

/**
 * True if the name at text[start, end) opens a sentence and a word of `followers` follows: there
 * it is the adverb (`Kurz darauf kündigte …`, see `ADVERB_FOLLOWERS`) or the noun (`Reform of
 * business rates`, see `NOUN_FOLLOWERS`), which a sentence's capital disguises.
 */
export function opensSentenceBefore(text: string, start: number, end: number, followers: WordSet): boolean {
  if (!opensSentence(text, start)) return false;
  if (text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0xa0) return false;
  return followers.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/** True if the word text[start, end) comes again after a preposition (`Caller after caller`, `Schritt für Schritt`). */
export function repeatedAfter(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !REPEAT_LINKS.mayStartWith(text.charCodeAt(end + 1))) return false;
  const link = wordEnd(text, end + 1);
  if (text.charCodeAt(link) !== 0x20 || !REPEAT_LINKS.hasIn(text, end + 1, link)) return false;
  const to = wordEnd(text, link + 1);
  return !isHyphen(text.charCodeAt(to)) && foldKey(text.slice(link + 1, to)) === foldKey(text.slice(start, end));
}
/** The same, for the second of the two (`Wolf um Wolf`). */
export function repeatedBefore(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || isUpperCase(text.charCodeAt(start - 2))) return false;
  const link = wordBefore(text, start);
  if (link === null || link.to !== start - 1 || !REPEAT_LINKS.hasIn(text, link.from, link.to)) return false;
  const word = wordBefore(text, link.from);
  return word !== null && word.to === link.from - 1 && !isHyphen(text.charCodeAt(end)) && foldKey(text.slice(word.from, word.to)) === foldKey(text.slice(start, end));
}
const REPEAT_LINKS = new WordSet(['after', 'by', 'for', 'upon', 'to', 'fur', 'um', 'nach', 'an', 'auf', 'uber']);

/**
 * True if a list of things in small letters goes on from `end`, the first a plural: `, scooters
 * and …`, `, scooters, bikes …` (not `, however, said`, nor an apposition: `Skates, transport and
 * north Wales secretary, said`).
 */
export function opensList(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === 0x2c || next === 0x20) && LIST_AFTER.test(text.slice(end, end + 60));
}
/** (Also where the name is the first half of a compound and two plurals start the list: `Cotton buds, nappies and …`.) */
const LIST_AFTER = /^(?:, \p{Ll}+s(?: and | or |, \p{Ll}+(?:,| and | or ))| \p{Ll}+s, \p{Ll}+s(?: and | or |, ))/u;

/**
 * True if one word in small letters and `and` or `or` follow `end` after a comma: a list of things
 * (`Rum, whisky and fresh milk`), where a place's name would stand among names (`Mull, Coll and
 * Tiree`); not adverbs set off by commas (`Russia, sooner or later, …`, `Germany, quietly and
 * methodically, …`), nor an aside that ends in a comma (`Nato, officials and diplomats said, would …`).
 */
export function opensSmallList(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const list = SMALL_LIST.exec(text.slice(end, end + 60));
  if (list === null || list[1]!.endsWith('ly') || PAIRED_ADVERBS.has(list[1]!)) return false;
  // (An aside closes within a few words: `officials and diplomats said,`.)
  const comma = list[2]!.indexOf(',');
  return comma < 0 || list[2]!.slice(0, comma).split(' ').length > 3;
}
const SMALL_LIST = /^, (\p{Ll}+) (?:and|or) ([^.;:!?]*)/u;
/** First words of pairs said as one adverb (`sooner or later`, `by and large`, `time and again`). */
const PAIRED_ADVERBS = new Set(['sooner', 'by', 'time', 'rightly', 'win', 'rain', 'more', 'once', 'first', 'day', 'now', 'here', 'again', 'over', 'back', 'up', 'then', 'however', 'meanwhile', 'though', 'too', 'also', 'instead', 'indeed', 'perhaps', 'north', 'south', 'east', 'west']);

/**
 * True if the name at text[start, end), whose key is `key`, is a word of a set phrase: `das Alpha
 * und Omega` (the watchmaker), `Jura studieren` (law, not the mountains or the canton), `baden
 * gehen` (to go bust, not the town), `frank und frei` (not the judge), `die Krone aufsetzen`.
 */
export function inSetPhrase(text: string, start: number, end: number, key: string): boolean {
  const phrase = SET_PHRASES.get(key);
  if (phrase === undefined || (phrase.notAfter && wordOfBeforeAnyCase(text, start, phrase.notAfter))) return false;
  // (`Im Jura studierte er Geologie`, `In Baden gehen die Lichter aus`: after an article or a
  // preposition, the place.)
  if (phrase.after && smallWordAfter(text, end, phrase.after) && !wordOfBeforeAnyCase(text, start, DEFINITE_DE) && !wordOfBeforeAnyCase(text, start, TOWN_PREPOSITIONS)) return true;
  const tail = phrase.tails?.some((tail) => text.startsWith(tail, end) && foldAt(text, end + tail.length) <= JOIN) ?? false;
  // (`all`: the tail and the words before together: `in der Mitte zwischen`.)
  if (phrase.all) {
    if (!tail) return false;
  } else if (tail) return true;
  if (phrase.verb && text.startsWith(' auf', end) && foldAt(text, end + 4) <= JOIN && verbBefore(text, start, phrase.verb)) return true;
  if (phrase.prior && !isHyphen(text.charCodeAt(end)) && wordOfBeforeAnyCase(text, start, phrase.prior)) return true;
  if (phrase.around && text.startsWith(phrase.around.tail, end) && wordOfBeforeAnyCase(text, start, phrase.around.prior)) return true;
  if (phrase.before === undefined || isHyphen(text.charCodeAt(end))) return false;
  const word = wordBefore(text, start);
  if (word === null || !phrase.before.link.hasIn(text, word.from, word.to)) return false;
  const first = wordBefore(text, word.from);
  if (first === null || !phrase.before.first.hasIn(text, first.from, first.to)) return false;
  // (`rund um den Globus`: the word before those two too; `um den Globus in Halle` is the store.)
  const lead = phrase.before.lead;
  return lead === undefined || wordOfBeforeAnyCase(text, first.from, lead);
}
/** True if a word starting with `stem` stands among the four words before `start` (`setzt dem Ganzen die …`). */
function verbBefore(text: string, start: number, stem: string): boolean {
  let at = start;
  for (let words = 0; words < 4; words++) {
    const word = wordBeforeQuotes(text, at);
    if (word === null) return false;
    if (text.startsWith(stem, word.from)) return true;
    at = word.from;
  }
  return false;
}
const SET_PHRASES = new Map<
  string,
  { after?: WordSet; tails?: string[]; verb?: string; before?: { lead?: WordSet; first: WordSet; link: WordSet }; prior?: WordSet; notAfter?: WordSet; around?: { prior: WordSet; tail: string }; all?: boolean }
>([
  ['omega', { before: { first: new WordSet(['alpha']), link: new WordSet(['und', 'and']) } }],
  // `a Jekyll and Hyde few months`: the novel's two faces, not the town.
  ['hyde', { before: { first: new WordSet(['jekyll']), link: new WordSet(['and', 'und']) } }],
  // `auf die schiefe Bahn geraten`, `freie Bahn haben`.
  ['bahn', { prior: new WordSet(['schiefe', 'schiefen', 'freie']) }],
  ['jura', { after: new WordSet(['studiert', 'studieren', 'studierte', 'studierten', 'studiere', 'studierst']) }],
  ['baden', { after: new WordSet(['gehen', 'gegangen']) }],
  ['frank', { tails: [' und frei'] }],
  // `die Krone aufsetzen`, `setzt dem Ganzen die Krone auf` (not the paper's `deckte die Krone auf`).
  ['krone', { tails: [' aufsetzen', ' aufgesetzt', ' aufzusetzen'], verb: 'setz' }],
  // `auf Kiel gelegt`: a ship's keel laid (not `auf Kiel zu`, towards the town).
  ['kiel', { prior: new WordSet(['auf']), tails: [' gelegt', ' legen', ' zu legen', ' legte', ' legten', ' legt'], all: true }],
  // `The ABC of a small economy`: the basics (not `ABC of the Walt Disney Company`).
  ['abc', { tails: [' of a', ' of an'] }],
  // `ins Grüne fahren`, `im Grünen`: the countryside, not the party.
  // `die Grüne Woche`, `auf der Grünen Woche`, `Grüne Hauptstadt Europas`: the fair, the EU's title
  // (not `den Grünen Woche für Woche`).
  ['grune', { prior: new WordSet(['ins', 'im']), tails: [' Hauptstadt Europas'], around: { prior: new WordSet(['die']), tail: ' Woche' } }],
  ['grunen', { prior: new WordSet(['im']), tails: [' Hauptstadt Europas'], around: { prior: new WordSet(['der']), tail: ' Woche' } }],
  // Brands that hold a name: `im Holiday Inn` is no river, `ein Audi TT` no paper, `Harris Tweed` no one, `Eau de Cologne` no town.
  ['inn', { prior: new WordSet(['holiday']) }],
  ['tt', { prior: new WordSet(['audi']) }],
  ['harris', { tails: [' Tweed', ' tweed'] }],
  ['cologne', { prior: new WordSet(['de']) }],
  // `KFC Uerdingen`, the club (not `KFC Leeds`, a restaurant in the town).
  ['uerdingen', { prior: new WordSet(['kfc']) }],
  // Clubs whose second word is a name or a word elsewhere too (`Alexandra Burke`, `Argyle Street`).
  ['crewe', { tails: [' Alexandra'] }],
  ['plymouth', { tails: [' Argyle'] }],
  ['hamilton', { tails: [' Academical'] }],
  // `Essen auf Rädern`: meals on wheels, not the town (but `in Essen auf Rädern unterwegs`).
  ['essen', { tails: [' auf Rädern'], notAfter: new WordSet(['in']) }],
  // `steht außer Zweifel`: the noun.
  ['zweifel', { prior: new WordSet(['ausser']) }],
  // `im Verbund mit den Gemeinden`: jointly, not the utility.
  ['verbund', { around: { prior: new WordSet(['im']), tail: ' mit ' } }],
  // Sayings: `der Hecht im Karpfenteich`, `Jeder ist seines Glückes Schmied`; `genau in der Mitte zwischen …`
  // (not `die Stimmen der Mitte zwischen …`, the party's, nor `in der Mitte-Fraktion`).
  ['hecht', { tails: [' im Karpfenteich'] }],
  // `wo sich Fuchs und Hase gute Nacht sagen`: the back of beyond.
  ['fuchs', { tails: [' und Hase gute Nacht'] }],
  // `steht auf Spitz und Knopf`, `Spitz auf Knopf`: hangs in the balance, not the town.
  ['spitz', { tails: [' und Knopf', ' auf Knopf'] }],
  ['schmied', { prior: new WordSet(['gluckes', 'glucks']) }],
  ['mitte', { tails: [' zwischen'], before: { first: new WordSet(['in']), link: new WordSet(['der']) }, all: true }],
  // `Hope is not a strategy`, `Fed up with waiting`.
  ['hope', { tails: [' is not a strategy', ' is not a plan'] }],
  ['fed', { tails: [' up with'] }],
  // Titles and set phrases that hold a name: `Citizen Kane`, `Crocodile Dundee`, `Colonel Sanders`,
  // `the Great Pyramid`, `gale-force winds`.
  ['kane', { prior: new WordSet(['citizen']) }],
  ['dundee', { prior: new WordSet(['crocodile']) }],
  ['sanders', { prior: new WordSet(['colonel']) }],
  ['pyramid', { prior: new WordSet(['great']) }],
  ['gale', { tails: ['-force'] }],
  // `der Funke sprang nicht über`, `sprang der Funke am Abend nicht über`, `der zündende Funke`
  // (not the publisher's `Funke springt als Käufer ein`, `Funke springt über seinen Schatten`).
  [
    'funke',
    {
      tails: [' sprang nicht über', ' springt nicht über', ' ist nicht übergesprungen', ' der Hoffnung'],
      prior: new WordSet(['zundende', 'zundenden', 'zundender']),
      before: { first: new WordSet(['sprang', 'springt']), link: new WordSet(['der']) },
    },
  ],
  // `Apple growers didn’t get one`, `Apple pie`: the fruit, at a sentence's start (the firm is not
  // written in small letters; not `Apple crops photos`).
  ['apple', { tails: [' growers', ' grower', ' orchards', ' orchard', ' trees', ' tree', ' farmers', ' harvest', ' pie', ' pies', ' juice', ' cider', ' blossom', ' pickers'] }],
  // `eine Meta-Ebene`, `meta-analyses`; `ein Presse-Statement`; `Rösti mit Spiegelei`.
  ['meta', { tails: ['-Ebene', '-Ebenen', '-analyses', '-analysis', '-Analyse', '-Analysen', '-Daten', '-Studie'] }],
  ['presse', { tails: ['-Statement', '-Erklärung', '-Konferenz', '-Mitteilung', '-Termin'] }],
  // `gang und gäbe`: commonplace, not Martin Gang; `Mini-Jobs`, `ein Polo-Shirt`, `Pop-up-Filialen`,
  // `rund um den Globus`: words, not the car, the brand or Ramona Pop; `Golf und Padel`, `der
  // Golf-Platz`: the sport, not the car.
  ['gang', { tails: [' und gäbe', ' und Gäbe'] }],
  ['mini', { tails: ['-Job', '-Jobs', '-Jobber', '-Jobberin', '-Jobbern', '-Jobberinnen'] }],
  ['polo', { tails: ['-Shirt', '-Shirts', '-Hemd', '-Hemden', '-Kragen'] }],
  ['pop', { tails: ['-up', '-Up', '-ups', '-Ups'] }],
  ['globus', { before: { lead: new WordSet(['rund', 'einmal']), first: new WordSet(['um']), link: new WordSet(['den']) } }],
  ['golf', { tails: [' und Tennis', ' und Padel', '-Platz', '-Plätze', '-Plätzen', '-Turnier', '-Turniere', '-Club', '-Klub', '-Profi', '-Profis', '-Spieler', '-Spielerin', '-Schläger', '-Anlage'] }],
  // `Times have changed`, `Very few retailers`: a saying, an adverb (at a sentence's start, where
  // the paper and the retailer are written so too).
  ['times', { tails: [' have changed', ' are changing', ' change', ' are hard', ' are tough'] }],
  // `the Treasury bench`: the government's front bench in the Commons, not the ministry.
  ['treasury', { tails: [' bench', ' benches'] }],
  ['very', { tails: [' few', ' many', ' much', ' little', ' well', ' good', ' bad', ' different', ' difficult', ' hard', ' likely', ' unlikely', ' important', ' high', ' low', ' large', ' small', ' long', ' soon', ' quickly', ' slowly', ' strong', ' weak', ' clear', ' close', ' busy', ' quiet'] }],
  ['rosti', { tails: [' mit Spiegelei', ' mit Bratwurst', ' mit Speck', ' und Bratwurst'], notAfter: new WordSet(['bundesrat', 'bundesratin', 'herr', 'frau', 'minister', 'ministerin', 'albert']) }],
]);

/**
 * True if a German article follows one space after `end`. One of `VERB_SURNAMES` that opens a
 * sentence before one is the conjunction or the verb (`Weil das Land …`, `„Lies das
 * Kleingedruckte“`); other names stand so in headlines (`Merz ein Jahr im Amt`, `Söder der große
 * Gewinner?`).
 */
export function beforeArticle(text: string, end: number): boolean {
  return smallWordAfter(text, end, DEFINITE_ARTICLES_DE) || smallWordAfter(text, end, INDEFINITE);
}

/** True if a colon or a question mark ends one of the three words from `at` (`der Matchwinner: …`, `der neue Bahnchef?`: a headline's apposition). */
export function headlineAfter(text: string, at: number): boolean {
  for (let words = 0; words < 3 && at < text.length; words++) {
    const to = wordEnd(text, at);
    if (text.charCodeAt(to) === 0x3a || text.charCodeAt(to) === 0x3f) return true;
    if (text.charCodeAt(to) !== 0x20) return false;
    at = to + 1;
  }
  return false;
}
/** True if a rank's noun stands before the number before `start` (`auf Platz zwei Deutschland`). */
export function rankBefore(text: string, start: number): boolean {
  const number = wordBefore(text, start);
  return number !== null && wordOfBeforeAnyCase(text, number.from, RANKS_DE);
}
const RANKS_DE = new WordSet(['platz', 'rang', 'nummer', 'position', 'stufe', 'runde']);

/** The endings of a declined German adjective (`klaren`, `neue`). */
export const ADJECTIVE_ENDING = /(?:e|em|en|er|es)$/;

/**
 * True if an indefinite article or a possessive comes before `start`, with at most a small
 * adjective between (`einem Post`, `einem klaren Signal`, `seine Posts`, `Eine Allianz`, `wie ein
 * alter Herzog`): there the word is the ordinary noun, not the company (or, for `NOUN_SURNAMES`,
 * the person). (Not in a compound: `ein Post-Manager`.)
 */
export function afterIndefinite(text: string, start: number): boolean {
  const word = wordBeforeQuotes(text, start);
  if (!word) return false;
  if (INDEFINITE.hasIn(text, word.from, word.to)) return true;
  // A small adjective between (`einem klaren Signal`); a verb is not one (`Dies teilte Siemens mit`).
  if (isUpperCase(text.charCodeAt(word.from)) || !ADJECTIVE_ENDING.test(foldKey(text.slice(word.from, word.to)))) return false;
  const before = wordBeforeQuotes(text, word.from);
  return before !== null && INDEFINITE.hasIn(text, before.from, before.to);
}

/** True if a noun follows `end`, with a declined adjective between or not (`Jungs Amtszeit`, `Jungs neue Amtszeit`). */
export function nounAfter(text: string, end: number): boolean {
  if (capitalisedWordAfter(text, end) !== null) return true;
  if (text.charCodeAt(end) !== 0x20) return false;
  const to = wordEnd(text, end + 1);
  return to > end + 1 && ADJECTIVE_ENDING.test(text.slice(end + 1, to)) && capitalisedWordAfter(text, to) !== null;
}
/** True if a German word of quantity stands before `start` (`viel Rauch`), not after `nicht`, `wie` or `so`. */
export function quantityBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && QUANTITIES.hasIn(text, word.from, word.to) && !isUpperCase(text.charCodeAt(word.from)) && !wordOfBeforeAnyCase(text, word.from, QUANTITY_TURNS);
}
const QUANTITIES = new WordSet(['viel', 'wenig', 'genug', 'etwas', 'mehr', 'weniger']);
const QUANTITY_TURNS = new WordSet(['nicht', 'wie', 'so']);

/**
 * True if no article stands before the adjective before `start`, as a person's name would take: it
 * opens a quotation or a sentence, or follows a form of `sein` or `bleiben`, a preposition (also
 * after `und`) or a genitive (`ist reiner Nepp`, `mit letzter Kraft und neuer Kraft`,
 * `Deutschlands bekanntester Koch`; not `Ein sichtlich gerührter Fischer`).
 */
export function nothingBeforeAdjective(text: string, start: number): boolean {
  const adjective = wordBeforeQuotes(text, start)!;
  let at = adjective.from;
  if ((at > 0 && OPENING_QUOTES.has(text.charCodeAt(at - 1))) || opensSentence(text, at)) return true;
  while (at > 0 && text.charCodeAt(at - 1) === 0x20) at--;
  if (at === 0) return false;
  const from = wordStart(text, at);
  return (
    COPULAS.hasIn(text, from, at) ||
    PREPOSITIONS_DE.hasIn(text, from, at) ||
    CONJUNCTIONS.hasIn(text, from, at) ||
    (isUpperCase(text.charCodeAt(from)) && text.charCodeAt(at - 1) === 0x73 && at - from > 3)
  );
}
export const COPULAS = new WordSet(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'bleibt', 'bleiben', 'blieb', 'wird', 'wurde']);

/** Small German words ending in `-er` that are no adjectives (`oder Bayer`, `immer Bayer`, `vier`). */
const NOT_ADJECTIVES = new WordSet(
  `aber oder uber unter hinter wider wieder immer weiter spater fruher ausser leider entweder nieder eher lieber bisher daher
  vorher nachher seither sicher hier vier jener zuvorderst darunter daruber dahinter hierunter hinterher weder gegenuber genauer
  dieser`.split(/\s+/),
);

/**
 * True if a small adjective with the strong ending `-er` or `-em` and no article stands right before
 * `start`: a German noun then, not a company (`gebürtiger Bayer`, `in strahlendem Weiß`; `der
 * angeschlagene Bayer` is the company). With `quoted`, also a capitalised one that opens a
 * quotation (for noun-surnames: `„Grüner Stahl braucht Menschen“`).
 */
export function afterStrongAdjective(text: string, start: number, quoted = false): boolean {
  const word = wordBeforeQuotes(text, start);
  if (!word || word.to - word.from < 5) return false;
  // (With `quoted`, also a capitalised one that opens a quotation: `„Grüner Stahl braucht Menschen“`;
  // not a noun in -er there, a role's, a relative's, a trade's or a determiner: `„Trainer Wolf muss
  // gehen“`, `„Landesmutter Kraft“`, `„Lehrer Stahl“`, `„Unser Stahl“`.)
  if (isUpperCase(text.charCodeAt(word.from))) {
    if (!quoted || !OPENING_QUOTES.has(text.charCodeAt(word.from - 1))) return false;
    const key = foldKey(text.slice(word.from, word.to));
    if (TITLE_ENDINGS.test(key) || RESIDENT_NOUNS.has(key) || POSSESSIVES_DE.has(key) || COUNTING.has(key) || DEMONSTRATIVES_ER.has(key) || KIN_ENDS.test(key) || TRADES_ER.test(key)) return false;
  }
  // (Or the dative's `-em`: `in strahlendem Weiß`; not a determiner, a conjunction or an adverb's:
  // `nachdem Siemens …`, `unter anderem Bosch`.)
  if (text.charCodeAt(word.to - 1) === 0x6d && text.charCodeAt(word.to - 2) === 0x65 && !isUpperCase(text.charCodeAt(word.from)))
    return !INDEFINITE.hasIn(text, word.from, word.to) && !NOT_ADJECTIVES_EM.hasIn(text, word.from, word.to);
  if (text.charCodeAt(word.to - 1) !== 0x72 || text.charCodeAt(word.to - 2) !== 0x65) return false;
  return !NOT_ADJECTIVES.hasIn(text, word.from, word.to);
}
/** Words in `-em` that are no adjectives (folded). */
const NOT_ADJECTIVES_EM = new WordSet('trotzdem ausserdem seitdem indem nachdem zudem vordem welchem allem solchem manchem jenem anderem weitem langem kurzem neuem'.split(' '));

/**
 * True if a superlative of size or weight stands before `start`, after a definite article of the
 * noun's gender (`der größte`, `zum wichtigsten`, `zum engsten` or `engeren Kreis`; of a `feminine`
 * one, `die stärkste`, `zur stärksten`): said of things (`Der größte Hebel`, `die stärkste Kraft`;
 * a person is the best or the most successful one: `der beste Müller seit Jahren`, `die
 * erfolgreichste Fischer`).
 */
export function superlativeBefore(text: string, start: number, feminine: boolean): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to - word.from < 5 || isUpperCase(text.charCodeAt(word.from))) return false;
  return THINGS_SUPERLATIVE.test(foldKey(text.slice(word.from, word.to))) && wordOfBeforeAnyCase(text, word.from, feminine ? FEMININE_DEFINITE : NOT_FEMININE_DEFINITE);
}
const FEMININE_DEFINITE = new WordSet(['die', 'der', 'zur']);
const THINGS_SUPERLATIVE = /^(?:grosst|wichtigst|starkst|machtigst|wirksamst|effektivst|entscheidendst|engst|enger)en?$/;
const NOT_FEMININE_DEFINITE = new WordSet(['der', 'das', 'den', 'dem', 'des', 'im', 'am', 'vom', 'zum', 'beim', 'ins', 'ans']);

/**
 * True if `die` and a word in `-en` stand before `start` (`die steilen Gassen`, `die schwarzen
 * Audis`): an adjective of the plural, whose noun is no one person and no firm. (Not after a comma,
 * where `die` is a relative pronoun: `…, die morgen Gassen trifft`; nor a time's adverb: `die morgen Gassen …`.)
 */
export function pluralAfterDie(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to - word.from < 4 || isUpperCase(text.charCodeAt(word.from)) || text.charCodeAt(word.to - 1) !== 0x6e || text.charCodeAt(word.to - 2) !== 0x65) return false;
  if (NOT_PLURAL_ADJECTIVES.hasIn(text, word.from, word.to) || !wordOfBeforeAnyCase(text, word.from, DIE) || afterRelativePronoun(text, word.from)) return false;
  // (Not `die` as a pronoun before a verb: `„Die wollen Merz …“`, `aber die kennen Scholz`.)
  const die = wordBefore(text, word.from)!.from;
  return !opensSentence(text, die) && !wordOfBeforeAnyCase(text, die, CLAUSE_OPENERS);
}
const DIE = new WordSet(['die']);
/** Words in -en before a noun that are no adjective of the plural, or a pronoun's (`die meisten Merz …`), folded. */
const NOT_PLURAL_ADJECTIVES = new WordSet(
  'morgen ubermorgen eben oben unten neben gegen wegen zwischen binnen meisten wenigsten einen anderen ersten letzten ubrigen wenigen beiden'.split(' '),
);
/** Words after which `die` opens a clause, as a pronoun as often as an article. */
const CLAUSE_OPENERS = new WordSet('aber und oder dass ob weil wenn denn sondern doch da als auch nur selbst gerade genau sogar jetzt dann'.split(' '));

/** Determiners in -er that are neither possessives nor `COUNTING` (`„Mancher Stahl …“`). */
const DEMONSTRATIVES_ER = new Set(['mancher', 'solcher', 'welcher']);
const KIN_ENDS = /(?:mutter|vater|bruder|schwester)$/;
/** Nouns of a trade or a role in -er (`Lehrer`, `Landwirt`'s `Bauer`, `Hardliner`), folded. */
const TRADES_ER = /(?:lehrer|bauer|pfarrer|fischer|maurer|metzger|backer|schneider|liner|fuhrer|berater|gegner|partner|kenner|vertreter|arbeiter|handler)$/;

/** German nouns of a town's people that its adjective stands before (`ein Brunner Pensionist`), folded. */
export const RESIDENT_NOUNS = new WordSet(
  `pensionist pensionistin landwirt landwirtin unternehmer unternehmerin burger burgerin arzt arztin polizist polizistin familie ehepaar
  ortsvorsteher ortsvorsteherin pfarrer pfarrerin`.split(/\s+/),
);

/** Month names that are also surnames (Theresa May, Fredric March, …), folded. */
const MONTHS = new Set(['march', 'may', 'june', 'july', 'august']);
/** Words before a month in a date (`in May`, `since March`, `Anfang August`). */
const BEFORE_MONTH = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'each', 'every', 'through',
  'im', 'seit', 'bis', 'anfang', 'ende', 'mitte',
]);

/**
 * True if a surname that is also a month stands as a month (`in May`, `May 2024`, `5 May`,
 * `since March`): Theresa May's name is a date there.
 */
export function isDate(text: string, start: number, end: number, surname: string): boolean {
  if (!MONTHS.has(surname)) return false;
  let after = end;
  while (after < text.length && after - end < 2 && isSoftSeparator(text.charCodeAt(after))) after++;
  if (after > end && isDigit(text.charCodeAt(after))) return true;
  const word = wordBefore(text, start);
  if (!word) return false;
  const before = text.slice(word.from, word.to);
  return /^\d{1,2}\.?$/.test(before) || BEFORE_MONTH.has(foldKey(before));
}

/** Colours, folded: coalitions and flags are named by them (`Schwarz-Rot`, `Rot-Weiß-Rot`). */
const COLOURS = new Set(['blau', 'braun', 'gelb', 'gold', 'grau', 'grun', 'lila', 'orange', 'pink', 'rot', 'schwarz', 'turkis', 'violett', 'weiss']);

/**
 * True if a person's name that is a colour is joined by a hyphen to another colour: a coalition, a
 * flag or a picture (`Schwarz-Rot`, `Grün-Schwarz`, `Schwarz-Rot-Gold`, `Schwarz-Weiß-Foto`), not
 * Andreas Schwarz.
 */
export function colourPair(text: string, start: number, end: number, key: string): boolean {
  if (!COLOURS.has(key)) return false;
  if (isHyphen(text.charCodeAt(end)) && isColour(foldKey(text.slice(end + 1, wordEnd(text, end + 1))))) return true;
  if (start < 2 || !isHyphen(text.charCodeAt(start - 1))) return false;
  const from = wordStart(text, start - 1);
  return isColour(foldKey(text.slice(from, start - 1)));
}

/** A colour, also declined (`Schwarz-Roten`, `Schwarz-Rote Koalition`). */
function isColour(word: string): boolean {
  return COLOURS.has(word) || COLOURS.has(word.replace(ADJECTIVE_ENDING, ''));
}

/** Languages that are surnames too (folded), and the prepositions that make them the language (`auf Deutsch`). */
export const LANGUAGES = new Set(['deutsch', 'englisch', 'franzosisch', 'italienisch', 'spanisch', 'russisch', 'polnisch', 'latein']);
export const LANGUAGE_PREPOSITIONS = new WordSet(['auf', 'in', 'ins', 'im']);
