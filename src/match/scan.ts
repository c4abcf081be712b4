/**
 * The exact stage: left to right over the original text, a slice at a time (see `scanExact`). At
 * each word start whose first three letters some alias shares, it walks the alias trie with folded
 * characters (`longestAt`, in `longest-at`), across the spaces and dashes inside multi-word names,
 * and keeps the longest alias whose end is a word boundary — or is followed by an ending the entry
 * allows (`Nordkoreas`), by `’s`, or by a hyphen that makes it the first part of a compound
 * (`KN-23-Raketen`). Then it continues after the mention (leftmost-longest, no overlaps).
 *
 * Offsets are indices into the original string: nothing is copied, so highlights land on exactly
 * the characters that were read.
 *
 * Whether a name found so is its entry's is decided by `take`, in the words around it. It asks
 * seven questions, each a module in `take/`: is the name part of another name, an acronym of
 * something else, someone else, the word it is spelled like, something named after it, another
 * body, or a place? Those rules read the words around a name with the helpers beside this module,
 * grouped by what they tell apart: `spelling` (case, umlauts), `person-names` (another bearer of
 * the name, speakers), `place-names` and `homes` (a namesake elsewhere), `firms`, `bodies` and
 * `media-and-works` (a longer name the name is part of), `acronyms` (an article's gender, a
 * definition in brackets), `common-words` (the word that is also a name); `text-around` has the
 * words they read, `descriptions` what the entry's descriptions say it is. The rules with side
 * effects on the session (a person named like a place, an excluded phrase) stay in `take`, and
 * those for a name shared by several entries in `takeShared`.
 */
import { AliasFlag, type AliasRecord, FIRM_WORDS, HAS_SMALL_LETTER, HotBit, hotOf, inTrigramSet, LEADING_SIGN, type MatcherIndex } from './alias-index';
import { germanAdjectiveKey, placeKey, US_STATES } from './places';
import { WordSet } from './word-set';
import { COMMA, FOLD, foldKey, isApostrophe, isDash, isDigit, isSharpS, isSoftSeparator, isUpperCase, JOIN, OWN_WORD, SEP, WORD, wordClass } from './fold';
import { usStateAbbreviation } from './homes';
import { heldIn } from './firms';
import { describesRiver, describesShip, headWords } from './descriptions';

import { codeKept, initialKept, umlautsKept } from './spelling';
import { primaryLanguage } from './language';
import { completeAt, gapEnd, longestAt, MAX_INNER_SEPARATORS, SCRATCH, withMarks } from './longest-at';
import { capitalisedWordAfter, DEFINITE_ARTICLES_DE, DEFINITE_DE, ENGLISH_ARTICLE, foldAt, isHyphen, isHyphenJoin, isLetter, isWordAfter, nounBefore, opensSentence, POSSESSIVES_DE, QUOTES, smallWordAfter, wordBefore, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from './text-around';
import { clubTalkAfter, datelineAt, namedSettlementBefore, ROUTE_FROM, ROUTE_TO, TOWN_NOUNS } from './place-names';
import { addressedBefore, ageAfter, ENGLISH_TITLES, givenNameJustBefore, kinBefore, namesakeJustNamed, personNoun, speakerAt, SPEECH_VERBS_DE, SPEECH_VERBS_EN } from './person-names';
import { anotherName } from './take/another-name';
import { anotherAcronym } from './take/another-acronym';
import { anotherPerson } from './take/another-person';
import { aWord } from './take/a-word';
import { namedAfterIt, namedAfterWords } from './take/named-after-it';
import { anotherBody } from './take/another-body';
import { anotherPlace, placeApposed } from './take/another-place';

export interface Mention {
  /** Index of the first character (UTF-16), inclusive. */
  start: number;
  /** Index after the last character, exclusive. */
  end: number;
  /** Index of the entry in the glossary's entry list. */
  entry: number;
  /** Index of the alias record that matched (`MatcherIndex.aliases`). */
  alias: number;
  /** Found by the fuzzy stage, not spelled as any alias. */
  fuzzy: boolean;
  /**
   * A short alias (`afterFullName`) whose full name must appear earlier. Sessions that read a
   * page out of order (`keepConditional`) get every such mention marked and decide by document
   * position; others get only those whose full name they already saw.
   */
  conditional?: boolean;
}

/** Per-page state: which entries were already mentioned (for `afterFullName` aliases). */
export interface MatchSession {
  seen: Set<number>;
  /** Report every `afterFullName` mention as `conditional`, for the caller to decide. */
  keepConditional?: boolean;
  /**
   * The text's language (a BCP 47 tag such as `de-AT`, or empty when not known). Names take the
   * bare genitive (`Nordkoreas`) only in languages that write it so, and where the language is
   * not known.
   */
  language?: string;
  /**
   * The keys of places' and firms' names that the page has used as people's surnames (`Dr Hannah
   * Levin`, `Martin Fürst`): a bare `Levin` that speaks after that (`Levin said`, `sagte Levin`) is
   * that person, not the town; a `Fürst, 61,` the confectioner's owner, not the firm. Also the
   * look-alikes of a person's surname that the page gave to someone else with a given name
   * (`Andreas Schmid` beside Lena Schmied): no slip when they come back alone.
   * Filled as the page is read; a page read in blocks keeps one for all of them, until it reads
   * itself anew from its start (`ScanMessage.forget`).
   */
  others?: Set<string>;
}

/** Languages whose genitive is a bare `-s` (German, Luxembourgish, Dutch, the Scandinavian ones). */
const BARE_GENITIVE_LANGUAGES = new Set(['de', 'lb', 'nl', 'da', 'sv', 'no', 'nb', 'nn']);

/** True if names in a text of `language` (`primaryLanguage`) may take a bare genitive ending. */
export function takesBareGenitive(language: string): boolean {
  return !language || BARE_GENITIVE_LANGUAGES.has(language);
}

/** What the exact stage noted about a word it left unexplained (see `WordSink`). */
export const enum WordFlag {
  /** Starts with a capital letter. */
  Capital = 1,
  /** Follows the sink's previous word across at most three spaces or dashes: both may be one name. */
  Joined = 2,
  /**
   * A capitalised word the exact stage found a mention in, all of it: a slip in a longer name may
   * hold it (`Isar Aerospase` is Isar Aerospace, not the river; `Dorothea Bär` is Dorothee Bär).
   */
  Mention = 4,
}

/**
 * Words the exact stage left unexplained that may be (part of) a misspelt name: capitalised words,
 * and connectors right after one (`Institute of …`, `Bank von Japan`); and one-word mentions, for
 * the phrases around them (`WordFlag.Mention`). Filled by `scanExact` as it
 * passes, so the fuzzy stage needs no second pass over the text. Typed arrays, reused from scan to
 * scan.
 */
export class WordSink {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** How many of the word's first letters are a path in the alias trie (at least; capped at 255). */
  depths = new Uint8Array(1024);
  /** `WordFlag`s. */
  flags = new Uint8Array(1024);
  count = 0;

  push(start: number, end: number, depth: number, flags: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      this.starts = grown(this.starts, new Int32Array(size));
      this.ends = grown(this.ends, new Int32Array(size));
      this.depths = grown(this.depths, new Uint8Array(size));
      this.flags = grown(this.flags, new Uint8Array(size));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flags;
    this.depths[this.count++] = Math.min(depth, 255);
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Up to four Latin-1 characters as one number (-1 otherwise), to look words up without slicing. */
function packed(text: string, start: number, end: number): number {
  if (end - start > 4) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return -1;
    value = value * 256 + code;
  }
  return value;
}

/** The longest connector. */
const CONNECTOR_LENGTH = 3;
/**
 * Lower-case words that may stand inside a multi-word name (`Institute of International Studies`,
 * `Bundesamt für Verfassungsschutz`).
 */
const CONNECTORS = new Set(
  [
    'of', 'for', 'and', 'the', 'de', 'da', 'del', 'des', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'bin', 'al', 'el', 'ap',
    'für', 'zur', 'zum',
  ].map((w) => packed(w, 0, w.length)),
);

/**
 * True if text[from, to) is a space or a dash, two or three spaces, or ` & ` (a gap inside a name) —
 * not a dash with a space beside it, which parts a sentence (`BERLIN – Als …`, a dateline, is no
 * `Berlinale`).
 */
function isNameGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_INNER_SEPARATORS) return false;
  // (Kept this small: the scanner's loop takes it in, and a larger one slowed the loop by half.)
  // (An apostrophe joins the parts of `O’Neill`, `D’Amato`.)
  if (to - from === 1) return isSoftSeparator(text.charCodeAt(from)) || (isApostrophe(text.charCodeAt(from)) && isUpperCase(text.charCodeAt(to)));
  for (let i = from; i < to; i++) if (!isSoftSeparator(text.charCodeAt(i)) || isDash(text.charCodeAt(i))) return isAmpersandGap(text, from, to);
  return true;
}

/** True if text[from, to) is an ampersand between two spaces, which joins a firm's names (`Harland & Wolf’s`). */
function isAmpersandGap(text: string, from: number, to: number): boolean {
  return to - from === 3 && text.charCodeAt(from + 1) === 0x26 && text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 2) === 0x20;
}

/**
 * A name the exact stage found, as `take` weighs it: where it stands, which alias it is, and what
 * the rule families (`anotherPerson`, `aWord`, …) read around it.
 */
export interface Candidate {
  readonly index: MatcherIndex;
  readonly text: string;
  /** Where the mention starts (after a compound's article: `Die Linken-Fraktion`). */
  start: number;
  /** Where the mention ends: after the alias and any ending it takes (`Nordkoreas`). */
  readonly end: number;
  /** Where the alias itself ends. */
  readonly aliasEnd: number;
  /** The alias's record in `index.aliases`. */
  readonly record: number;
  readonly alias: AliasRecord;
  /** The record's flags (`index.hot`). */
  readonly hot: number;
  readonly english: boolean;
  readonly session: MatchSession;
  /** The mentions found so far in this text. */
  readonly mentions: readonly Mention[];
}

/**
 * Takes the longest match from `start` (`longestAt`'s `found`) as a mention, an excluded span, or
 * nothing, where the questions in `take/` refuse it: an ordinary word (`die linke Hand` is not `Die
 * Linke`), `Anti-X` where X must stand alone, a surname after someone else's given name (`Melania
 * Trump`), a name inside a web address (`download-firefox.org`). True if the match is a name where
 * it stands (also a short name held back until its full one appears), false if the text refuses it.
 * (The order of the questions matters only around the steps with effects: a compound's article is
 * dropped after the first two, a possessive's place is taken before the others.)
 */
function take(
  index: MatcherIndex,
  text: string,
  start: number,
  found: [number, number, number],
  session: MatchSession,
  mentions: Mention[],
  blocked: [number, number][],
  english: boolean,
): boolean {
  const [end, record, aliasEnd] = found;
  const alias = index.aliases[record]!;
  // Flags are read from `hot`: the record's own fields are, on a long page, far away in memory.
  const hot = hotOf(index, record);
  const c: Candidate = { index, text, start, end, aliasEnd, record, alias, hot, english, session, mentions };
  // Checked on the longest match only: a shorter name from the same start begins just as small.
  // (But German writes a country's adjective small in a state body's name: `die chinesische Küstenwache`.)
  // (And English writes a title small: `The emir of Qatar, Sheikh Tamim …`.)
  if (initialLost(index, text, start, aliasEnd, record) && (english ? !smallTitleOfPlace(text, start, alias) : !smallAdjectiveOfOwnName(index, text, start, aliasEnd, record))) return false;
  if (!english && hot & HotBit.HasUmlauts && !umlautsKept(text, start, aliasEnd, alias.umlauts!)) return false;
  if (!codeKept(text, start, aliasEnd, alias)) return false;
  if (anotherName(c) || anotherAcronym(c)) return false;
  // `Die Linken-Fraktion`: the article is the compound's, the mention the name's part (not so a
  // particle's: `die von der Leyen-Kommission`, `Le Pen-Anhänger`; nor the brand's own capitalised
  // article after the compound's: `der DER STANDARD-Wochenendausgabe`, not `den die Linke-Fraktion …`).
  if (!english && hot & AliasFlag.LeadingArticle && isHyphenJoin(text, end) && DEFINITE_ARTICLES_DE.hasIn(text, start, wordEnd(text, start)) && !(isUpperCase(text.charCodeAt(start)) && wordOfBeforeAnyCase(text, start, DEFINITE_ARTICLES_DE))) {
    start = wordEnd(text, start);
    while (foldAt(text, start) === SEP) start++;
    c.start = start;
  }
  // `in seine Heimat Pongau` beside the cooperative Heimat Pongau and the region: a possessive takes
  // a noun of a place that opens a body's name, where the glossary's place follows it (not `sein 20
  // Minuten`, `seine Junge Union`, `sein Team Kärnten`, `ihre Universität Wien`).
  if (!english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && wordOfBeforeAnyCase(text, start, POSSESSIVES_DE) && PLACE_NOUNS_BEFORE.hasIn(text, start, wordEnd(text, start))) {
    // (Then that place is taken, as it would have been without the longer name.)
    const second = wordEnd(text, start) + 1;
    if (second < end && isUpperCase(text.charCodeAt(second)) && longestAt(index, text, second, found, true) && index.hot[found[1]]! & AliasFlag.Place && index.sameKey[found[1]]! < 0)
      return take(index, text, second, found, session, mentions, blocked, english);
  }
  // `Martin Fürst` beside the confectioner Fürst: the page names a person so, whom a bare `Fürst`
  // means where it has an age (`Fürst, 61, steht …`; `MatchSession.others`). (The questions below
  // refuse this one.)
  if (session.others !== undefined && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && givenNameJustBefore(text, start, english)) session.others.add(alias.key);
  if (anotherPerson(c) || aWord(c) || namedAfterIt(c) || anotherBody(c) || anotherPlace(c)) return false;
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && session.others?.has(alias.key) && (ageAfter(text, end) || (!english && ageAfter(text, end, true)))) return false;
  // After a given name, a form of address or a title, a surname (`Nina Hagen`, `der Schriftsteller
  // Jack London`, `Lewis Hamilton`, `Mrs Kelowna`, `Dr. Levin`): the page names a person so, whom a
  // bare `Levin` later means too (`MatchSession.others`).
  // (Not a name that goes on: `George Washington University`.)
  // (So does an age after it: `said Terrence Jackson, 58, who …`, `Jackson, 58, said`.)
  if (hot & AliasFlag.Place && end === aliasEnd && (addressedBefore(text, start, english) || ageAfter(text, end))) {
    if (capitalisedWordAfter(text, end) === null) session.others?.add(alias.key);
    return false;
  }
  // `whose daughter Skye missed …`: a girl, not the island. (A given name the page does not keep for
  // her: the island speaks as often, `Florence said it would ban …`.)
  if (hot & AliasFlag.Place && end === aliasEnd && kinBefore(text, start, end)) return false;
  const entry = index.entryOf[record]!;
  // `In Fladnitz – nicht zu verwechseln mit Fladnitz im Raabtal`, `Holland — not to be confused with
  // Tom Holland, the actor`: the other of the name the text just named.
  // (Not a longer name of the entry than the one just named: `Fladnitz im Raabtal – nicht zu verwechseln mit Fladnitz an der Teichalm`.)
  if (mentions.length > 0 && text.charCodeAt(start - 1) === 0x20 && namedJustBefore(mentions, entry, start, aliasEnd - start) && confusedWith(text, start)) return false;
  // `… sagte die Fraktionschefin Hildegard Blume. Blume sitzt seit 2014 im Stadtrat` beside Carsten
  // Blume: a sentence that opens with the surname another's full name just ended with goes on about
  // them. (Not a place's name: `… named after Charles Darwin. Darwin is now the capital …`.)
  if (hot & AliasFlag.Surname && namesakeJustNamed(text, start, aliasEnd, mentions, entry, alias.nameWords!)) return false;
  if (hot & AliasFlag.LeadingSign) start = signedStart(text, start, alias.alias);
  if (hot & AliasFlag.Excluded) {
    blocked.push([start, end]);
    return false;
  }
  if (!(hot & AliasFlag.AfterFullName)) {
    mentions.push({ start, end, entry, alias: record, fuzzy: false });
    session.seen.add(entry);
  } else if (session.keepConditional) {
    mentions.push({ start, end, entry, alias: record, fuzzy: false, conditional: true });
  } else if (session.seen.has(entry)) {
    mentions.push({ start, end, entry, alias: record, fuzzy: false });
  }
  return true;
}

/**
 * Where a name that starts with a sign starts in the text: at the sign where the text writes it
 * before the name, with or without a space (`nach § 211 StGB`, `§211 StGB`, `die #MeToo-Bewegung`);
 * else where its first letter or digit is (`Paragraf 211 StGB`).
 */
function signedStart(text: string, start: number, alias: string): number {
  const sign = LEADING_SIGN.exec(alias)![0];
  let at = start;
  if (at > 0 && SPACES.has(text.charCodeAt(at - 1))) at--;
  return at >= sign.length && text.startsWith(sign, at - sign.length) ? at - sign.length : start;
}
/** A space, a non-breaking or a narrow one. */
const SPACES = new Set([0x20, 0xa0, 0x202f, 0x2009, 0x200a]);

/** English words that make a part or a feature of a place before its name (`northern Ireland`, `gulf of Mexico`). */
const PLACE_PARTS = new WordSet('northern southern eastern western north south east west central upper lower greater new old gulf sea bay lake'.split(' '));

/** True if the name of alias `record` at text[start, aliasEnd) lost the capital it starts with (`AliasRecord.initials`: `die linke Hand`). */
function initialLost(index: MatcherIndex, text: string, start: number, aliasEnd: number, record: number): boolean {
  const hot = index.hot[record]!;
  return !(hot & HotBit.NoInitials) && !(hot & HotBit.InitialFirst && isUpperCase(text.charCodeAt(start))) && !initialKept(text, start, aliasEnd, index.aliases[record]!.initials!);
}

/**
 * True if the English name at `start`, a person's alias of a title and a place (`Emir of Qatar`,
 * `Prime Minister of Japan`), follows `the`, which writes the title small: `the emir of Qatar`.
 */
function smallTitleOfPlace(text: string, start: number, alias: AliasRecord): boolean {
  if (alias.type !== 'person' || !TITLE_OF_PLACE.test(alias.alias)) return false;
  const title = alias.alias.slice(0, alias.alias.indexOf(' of '));
  return ENGLISH_TITLES.has(foldKey(title.slice(title.lastIndexOf(' ') + 1))) && wordOfBeforeAnyCase(text, start, ENGLISH_ARTICLE);
}
const TITLE_OF_PLACE = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? of \p{Lu}/u;

/**
 * True if the German name of alias `record` at text[start, aliasEnd), whose first word lost its
 * capital, opens with a country's or a region's adjective, which German writes small before a
 * state's body (`die chinesische Küstenwache`, `das bayerische Umweltministerium`, `der deutsche
 * Bundestag`: after a definite article, and the noun after it one of `STATE_BODY_NOUNS`) or a
 * currency (`die türkische Lira` beside `Lira`: before another name of the same entry). Not a
 * firm's (`die deutsche Bank` is any; the firms' names keep their capitals), nor one that names an
 * art, a season or a contest of the country (`die deutsche Oper`, `der deutsche Herbst`), nor
 * another kind's adjective (`die katholische Kirche des Dorfes`, `die demokratische Partei
 * Albaniens`, `das jüdische Museum in Wien`).
 */
function smallAdjectiveOfOwnName(index: MatcherIndex, text: string, start: number, aliasEnd: number, record: number): boolean {
  const first = wordEnd(text, start);
  if (germanAdjectiveKey(foldKey(text.slice(start, first))) === undefined) return false;
  const alias = index.aliases[record]!;
  if (alias.type === 'person' || alias.descriptions.some((d) => FIRM_WORDS.test(d))) return false;
  let rest = first;
  while (rest < aliasEnd && foldAt(text, rest) === SEP) rest++;
  if (rest >= aliasEnd || !isUpperCase(text.charCodeAt(rest))) return false;
  if (wordOfBeforeAnyCase(text, start, DEFINITE_DE) && STATE_BODY_NOUNS.test(foldKey(text.slice(rest, wordEnd(text, rest))))) return true;
  return (
    longestAt(index, text, rest, SCRATCH, false) &&
    SCRATCH[2] === aliasEnd &&
    index.entryOf[SCRATCH[1]] === index.entryOf[record] &&
    !initialLost(index, text, rest, aliasEnd, SCRATCH[1])
  );
}
/**
 * Nouns (folded) that head a state's bodies' names after the adjective, of which a country has one
 * (`Küstenwache`, `Bundestag`, `Staatskanzlei`, `Landesamt für Gesundheit`).
 */
const STATE_BODY_NOUNS =
  /(?:ministerium|regierung|armee|marine|luftwaffe|streitkrafte|kustenwache|polizei|garde|dienst|anwaltschaft|zentralbank|notenbank|nationalbank|bundesbank|parlament|tag|senat|duma|kammer|unterhaus|oberhaus|abgeordnetenhaus|reprasentantenhaus|versammlung|foderation|republik|union|kommission|kanzlei|behorde|aufsicht|botschaft|konsulat|gericht|amt|rundfunk|rat|bischofskonferenz)$/;

/**
 * `take` for a name that several entries write (`MatcherIndex.sameKey`: `Müller` of two people,
 * `Champions League` of football and handball): the first, then those of its kind, are tried in
 * turn until one is a name where it stands (`die Handball-Champions-League` is not the football
 * one). Where none is, the text refuses the name. (An entry of another kind is not tried: a word
 * that is no town, `nach dem Essen`, is no club of the town either.)
 */
function takeShared(
  index: MatcherIndex,
  text: string,
  start: number,
  found: [number, number, number],
  session: MatchSession,
  mentions: Mention[],
  blocked: [number, number][],
  english: boolean,
  bareGenitive: boolean,
): boolean {
  const aliasEnd = found[2];
  const records: number[] = [];
  // (Of a place and a firm's, a club's or a thing's, the latter's kind leads whatever the glossary's
  // order, and the place is weighed beside it below: `Bayern gewann 3:0`, `Söder lebt in Bayern.`)
  let kind = index.aliases[found[1]]!.type;
  for (let r = index.sameKey[found[1]]!; kind === 'place' && r >= 0; r = index.sameKey[r]!) if (index.aliases[r]!.type !== 'place' && index.aliases[r]!.type !== 'person') kind = index.aliases[r]!.type;
  const waits = (record: number) => Number((index.hot[record]! & AliasFlag.AfterFullName) !== 0 && !session.seen.has(index.entryOf[record]!));
  // Only those of the first one's kind: a word refused for one is no name of another (`nach dem
  // Essen` is neither the club nor the town).
  const places: number[] = [];
  const persons: number[] = [];
  // (Also those the page has not named yet.)
  const namesakes: number[] = [];
  let allWait = true;
  let anyNamed = false;
  for (let r = found[1]; r >= 0; r = index.sameKey[r]!) {
    const type = index.aliases[r]!.type;
    if (type === 'place') places.push(r);
    else if (type === 'person' && kind !== 'person') {
      namesakes.push(r);
      // (A person the page has named, or one it decides on.)
      if (session.keepConditional || session.seen.has(index.entryOf[r]!)) persons.push(r);
    }
    if (type !== kind) continue;
    records.push(r);
    allWait &&= waits(r) === 1;
    anyNamed ||= session.seen.has(index.entryOf[r]!);
  }
  // A short name of one whose full name the page has not named goes last (`Müller` after `Gerd
  // Müller`, where Thomas Müller comes first in the glossary); else the glossary's order (a stable sort).
  records.sort((a, b) => waits(a) - waits(b));
  // But of a person's and a place's name (`Peine`), the place first where the text speaks of one
  // (see `placeContext`), or where the person's short name waits for the full one on a page read
  // in order (one read in blocks decides by document position: see `MatchSession.keepConditional`).
  if (kind === 'person' && places.length > 0 && ((allWait && !session.keepConditional) || placeContext(index, text, start, aliasEnd, anyNamed, bareGenitive, english))) records.unshift(...places);
  // Of a firm's or a place's and a person's the page has named (`Weiß Porzellan` and Konstantin Weiß,
  // the town Callan and Declan Callan), the person first where the name speaks (`Callan said`; of a
  // firm, which speaks too, `Laut Porsche sanken …`, only after a quotation: `„…“, sagte Weiß`) or
  // has a parent, a child or a spouse (`Weiß’ Vater`; a firm has daughters: `Boschs Tochter BSH`).
  // Of a firm's or a thing's and a place's (Corning Inc. and the city of Corning), the place alone
  // where the text speaks of one: where it is refused, the firm is no better reading.
  // So is a state's after the noun of one (`Das Land Hessen` beside the frigate; not a town's, `das
  // Land Lauterbach` may be the person's). And of a ship's and a place's (no river's, which takes an
  // article too), the place's right after `in`, `aus`, `durch`, `von`, `ganz` or `halb` in German, where a
  // ship's name takes its article (`in Hessen`, `Ganz Hessen`, `eine Flagge von Baden-Württemberg`;
  // `auf der Hessen`; not `an Bord von Hessen`, nor where headlines and lists drop the article:
  // `Angriff auf Hessen`, `Mit Hessen und Sachsen`). (English writes ships bare: `serving in Glasgow`.)
  if (
    kind !== 'person' &&
    kind !== 'place' &&
    places.length > 0 &&
    (placeOfFirm(index, text, start, aliasEnd, bareGenitive, english, kind === 'weapon') ||
      (!english && stateNounBefore(text, start, aliasEnd) && places.some((r) => headWords(index.aliases[r]!).some((word) => STATE_HEADS.test(word)))) ||
      (!english && kind === 'weapon' && placeOfShip(index, text, start, found[1], places)))
  )
    records.splice(0, records.length, ...places);
  if (persons.length > 0 && ((kind === 'place' ? speakerAt(text, start, aliasEnd, english) : quotedSpeakerAt(text, start, english)) || kinAfterGenitive(text, aliasEnd, CLOSE_KIN) || roleApposed(text, aliasEnd)))
    records.unshift(...persons);
  // Of a work's and a person's the page has named, the person where her hands, face, death or
  // grave follow the genitive (`„Kollwitz’ Hände waren ihr Werkzeug` beside the film „Kollwitz“;
  // not a firm's, which has a head and is in someone's hand: `Porsche's head of sales`, `in Boschs Hand`).
  else if (kind === 'media' && kinAfterGenitive(text, aliasEnd, PERSONS_OWN)) records.unshift(...persons.filter((r) => session.seen.has(index.entryOf[r]!)));
  // `The university, named after the Quaker merchant Johns Hopkins`: what a body or a thing is named
  // after is not it (`take` refuses it), but the person of the glossary who bears its name (where
  // one does: of Henry and Gerald Ford, the text's words before the name would have to choose).
  else if (english && namesakes.length === 1 && namedAfterWords(text, start, aliasEnd)) records.unshift(namesakes[0]!);
  for (const record of records) {
    const end = completeAt(index, text, start, aliasEnd, record, bareGenitive);
    if (end < 0) continue;
    found[0] = withMarks(text, end);
    found[1] = record;
    if (take(index, text, start, found, session, mentions, blocked, english)) return true;
  }
  return false;
}

/**
 * True if the name at text[start, aliasEnd), a firm's and a place's, stands where the place does:
 * before a school's or a town's body (`Corning Community College`), where a person's would (see
 * `placeContext`; not after `bei`, `nach` or `from`, which take firms too), after `outside` or
 * `downtown`, before a comma and a US state (`Corning, Calif.`), or in a dateline (`CORNING, N.Y. —`).
 * (Not after another place and `and`: `New York and Corning agreed` is the firm's.)
 */
function placeOfFirm(index: MatcherIndex, text: string, start: number, aliasEnd: number, bareGenitive: boolean, english: boolean, ship: boolean): boolean {
  // (Not a compound's part, `im Nokia-Werk`, nor a name that goes on, `in Toyota City`.)
  if (isHyphenJoin(text, aliasEnd) || isApostrophe(text.charCodeAt(aliasEnd))) return false;
  // (`Bayerns Innenminister`: a state's government, not the club's.)
  if (!english && text.charCodeAt(aliasEnd) === 0x73 && text.charCodeAt(aliasEnd + 1) === 0x20 && isUpperCase(text.charCodeAt(aliasEnd + 2)) && GOVERNMENT_NOUNS.test(foldKey(text.slice(aliasEnd + 2, wordEnd(text, aliasEnd + 2))))) return true;
  // (`For the town of Burnley`, `In the city of Leicester`, beside the clubs; `Iceland, the country`;
  // `Die Stadt Leverkusen profitiert`; a paragraph's dateline, `Leverkusen/Sinsheim – Am Ende …`.)
  if (namedSettlementBefore(text, start) || (english && placeApposed(text, aliasEnd)) || nounBefore(text, start, TOWN_HEADS) || datelineAt(text, start, aliasEnd)) return true;
  if (isWordAfter(text, aliasEnd, TOWNS_BODIES)) return true;
  if (capitalisedWordAfter(text, aliasEnd) !== null) return false;
  // (Not before a firm's things, `outside Toyota headquarters`, `a rise in Corning shares`; after `in`,
  // not what one has in a firm, `a stake in Corning`, `Vertrauen in Nokia`. But a German sentence
  // that opens with `In` has its verb next: `In Bayern wird es keine Gebühren geben`; see
  // `placeAfterIn`. Not a ship's, which a place's preposition takes bare too: `Ein Brand in Moskwa
  // tötete Matrosen`.)
  if (text.charCodeAt(aliasEnd) === 0x20 && foldAt(text, aliasEnd + 1) > JOIN && !smallWordAfter(text, aliasEnd, PHRASE_ENDS) && (english || ship || !placeAfterIn(text, start, aliasEnd))) return false;
  // (Nor in a list of names, `aus Nokia, Ericsson und Siemens`, `Corning, Texas Instruments and Micron`.)
  const comma = text.charCodeAt(aliasEnd) === COMMA && text.charCodeAt(aliasEnd + 1) === 0x20;
  const region = comma ? foldKey(text.slice(aliasEnd + 2, wordEnd(text, aliasEnd + 2))) : '';
  const state = comma && (usStateAbbreviation(text, aliasEnd + 2) >= 0 || (US_STATES.has(region) && capitalisedWordAfter(text, wordEnd(text, aliasEnd + 2)) === null));
  if (comma && !state && placeKey(region) === undefined && isUpperCase(text.charCodeAt(aliasEnd + 2))) return false;
  // (`outside` not before a comma, where it is `apart from`: `But outside Nokia, few firms …`.)
  if (wordOfBefore(text, start, FIRMS_PLACE_LEADS, false)) return !comma || state;
  if (placeContext(index, text, start, aliasEnd, true, bareGenitive, english)) return !heldIn(text, start);
  if (!comma) return false;
  // A dateline, the name in capitals before its state or country (`CORNING, N.Y. —`, `NOKIA, Finland —`; not a headline's `NOKIA, ERICSSON WIN`).
  if (state) return true;
  return !HAS_SMALL_LETTER.test(text.slice(start, aliasEnd)) && (start === 0 || text.charCodeAt(start - 1) === 0x0a) && HAS_SMALL_LETTER.test(text.slice(aliasEnd + 2, aliasEnd + 4)) && placeKey(region) !== undefined;
}
const FIRMS_PLACE_LEADS = new WordSet(['outside', 'downtown', 'ausserhalb']);
/**
 * True if `In` or `Im` opens the sentence right before the German name at text[start, aliasEnd)
 * and the clause after it does not speak of a club (`„In Bayern wird es …`; not `In Bayern ist man
 * nervös`, see `clubTalkAfter`). (Not a small `in` before a verb: sports pages write `Undav will
 * in Stuttgart bleiben`, `Sancho ist in Dortmund wieder aufgeblüht`.)
 */
function placeAfterIn(text: string, start: number, aliasEnd: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || !isUpperCase(text.charCodeAt(word.from)) || !FRONTED_LEADS.hasIn(text, word.from, word.to) || !opensSentence(text, word.from)) return false;
  return !clubTalkAfter(text, aliasEnd, true);
}
const FRONTED_LEADS = new WordSet(['in', 'im']);
/**
 * True if a state's noun and its article stand one space each before the name at text[start,
 * aliasEnd), which is no compound's part (`Das Land Hessen`, `des Freistaats Bayern`; not `im eigenen
 * Land Bayern zu schlagen`, `an Land`, a headline's `Land` on the line before, `Land Bayern-Fans`).
 */
function stateNounBefore(text: string, start: number, aliasEnd: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || isHyphen(text.charCodeAt(aliasEnd))) return false;
  const noun = wordBefore(text, start);
  if (noun === null || noun.to !== start - 1 || !isUpperCase(text.charCodeAt(noun.from)) || !STATE_NOUNS.hasIn(text, noun.from, noun.to) || text.charCodeAt(noun.from - 1) !== 0x20) return false;
  const article = wordBefore(text, noun.from);
  return article !== null && article.to === noun.from - 1 && STATE_ARTICLES.hasIn(text, article.from, article.to);
}
const STATE_ARTICLES = new WordSet('das des dem vom beim zum'.split(' '));
/**
 * True if the name at `start`, a ship's (alias `record`) and the `places`', none of them a river's,
 * follows a German word that takes a place's name bare, where a ship's takes its article (see `takeShared`).
 */
function placeOfShip(index: MatcherIndex, text: string, start: number, record: number, places: readonly number[]): boolean {
  const word = wordBefore(text, start);
  if (word === null || !BEFORE_BARE_PLACES.hasIn(text, word.from, word.to) || !describesShip(index.aliases[record]!)) return false;
  // (`an Bord von Hessen`.)
  if (word.to - word.from === 3 && text.startsWith('von', word.from) && wordOfBeforeAnyCase(text, word.from, ABOARD)) return false;
  return places.every((r) => !describesRiver(index.aliases[r]!));
}
/** Words a place's name follows without an article, but a ship's does not (`in Hessen`, `ganz Hessen`), folded. */
const BEFORE_BARE_PLACES = new WordSet('in aus durch von ganz halb'.split(' '));
const ABOARD = new WordSet(['bord']);
/** German nouns of a state before its name (`das Land Hessen`, `des Freistaats Bayern`), folded. */
const STATE_NOUNS = new WordSet('land landes bundesland bundeslandes freistaat freistaats freistaates'.split(' '));
/** What a state's description calls it first (`Bundesland`, `Freistaat`, `Land`), folded. */
const STATE_HEADS = /(?:^|bundes)land$|staat$/;
/** A state's or a town's government and its offices after the place's genitive (`Bayerns Innenminister`), folded. */
const GOVERNMENT_NOUNS = /(?:minister|ministerin|ministerprasident|ministerprasidentin|regierung|landtag|staatskanzlei|landesregierung|polizei|justiz|burgermeister|burgermeisterin)$/;
/** Small words that may follow a place's name after `in` (folded). */
const PHRASE_ENDS = new WordSet('and or und oder where wo since seit for fur on at am to zu is was ist war has hat have haben the die der das a an ein eine'.split(' '));
/** Words after a town's name that make a body of the town (folded): not a firm's (`Corning Museum of Glass`). */
const TOWNS_BODIES = new WordSet(['community', 'high', 'city', 'town', 'borough', 'county', 'hospital', 'police', 'fire', 'public', 'gymnasium', 'realschule', 'gemeinderat', 'stadtrat', 'rathaus']);

/**
 * True if the name at text[start, aliasEnd), a person's and a place's, stands where a place does:
 * in the genitive before a town's noun (`Peines Bürgermeister`), after a town's noun (`der Landkreis
 * Peine`), after a place's preposition (`in Peine`, `aus Peine`; `nach` and `bei` and `from` only
 * until the page has named the person: `nach Peine sprach der Betriebsratschef`), at a route's start
 * (`from Callan to Castlecomer`), or after a hyphen
 * and a place of the glossary (`IG Metall Salzgitter-Peine`; any capitalised word until the person
 * is named). Not a genitive after a preposition, which is the noun's after it (`aus Peines Sicht`).
 */
function placeContext(index: MatcherIndex, text: string, start: number, aliasEnd: number, personNamed: boolean, bareGenitive: boolean, english: boolean): boolean {
  const next = text.charCodeAt(aliasEnd);
  if (next === 0x73 && isWordAfter(text, aliasEnd + 1, TOWN_NOUNS)) return true;
  if (nounBefore(text, start, TOWN_HEADS)) return true;
  if (isApostrophe(next) || (next === 0x73 && !isLetter(text.charCodeAt(aliasEnd + 1)))) return false;
  if (wordOfBefore(text, start, PLACE_LEADS_OF_NAMES, false)) return true;
  // (Also opening a sentence: `In Corning, the glassmaker …`, `„In Bayern wird es …`; see `placeAfterIn`.)
  if (english ? wordOfBefore(text, start, PLACE_LEADS_OF_NAMES, true) && opensSentence(text, wordStart(text, start - 1)) : placeAfterIn(text, start, aliasEnd)) return true;
  if (!personNamed && wordOfBefore(text, start, PLACE_OR_PERSON_LEADS, false)) return true;
  // (The start of a route, also once the person is named: `Clubs from Callan to Castlecomer`.)
  if (startOfRoute(index, text, start, aliasEnd, bareGenitive)) return true;
  if (start < 2 || !isHyphen(text.charCodeAt(start - 1)) || !isUpperCase(text.charCodeAt(wordStart(text, start - 1)))) return false;
  if (!personNamed) return true;
  const first = wordStart(text, start - 1);
  if (!longestAt(index, text, first, SCRATCH, bareGenitive) || SCRATCH[0] !== start - 1) return false;
  for (let r = SCRATCH[1]; r >= 0; r = index.sameKey[r]!) if (index.aliases[r]!.type === 'place') return true;
  return false;
}
const PLACE_LEADS_OF_NAMES = new WordSet(['in', 'im', 'aus', 'nahe', 'near']);
const PLACE_OR_PERSON_LEADS = new WordSet(['nach', 'bei', 'from']);
/** Nouns of a town before its name (`der Landkreis Peine`, `der Stahlstandort Peine`), folded. */
const TOWN_HEADS = /^(?:stadt|kreisstadt|gemeinde|landkreis|kreis|region|raum)$|standort$/;

/** True if a verb of speech after a quotation stands before `start` (`„…“, sagte Weiß`, `“…,” said Weiß`). */
function quotedSpeakerAt(text: string, start: number, english: boolean): boolean {
  const verb = wordBefore(text, start);
  if (verb === null || isUpperCase(text.charCodeAt(verb.from)) || !(english ? SPEECH_VERBS_EN : SPEECH_VERBS_DE).hasIn(text, verb.from, verb.to)) return false;
  let at = verb.from - 1;
  while (at >= 0 && isSoftSeparator(text.charCodeAt(at))) at--;
  if (at < 1) return false;
  const last = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return (last === COMMA && QUOTES.has(before)) || (QUOTES.has(last) && before === COMMA);
}

/** True if a genitive's ending and one of `words` follow `end` (of `CLOSE_KIN`: `Weiß’ Vater`, `Smith’s wife`). */
function kinAfterGenitive(text: string, end: number, words: WordSet): boolean {
  let at = end;
  if (isApostrophe(text.charCodeAt(at))) {
    at++;
    if (text.charCodeAt(at) === 0x73) at++;
  } else if (text.charCodeAt(at) === 0x73) at++;
  else return false;
  return text.charCodeAt(at) === 0x20 && words.hasIn(text, at + 1, wordEnd(text, at + 1));
}
/**
 * True if an apposition after `end` calls the name a person's role: `, die` or `, der`, at most
 * three words in small letters and a person's noun (`Hamburg, die zugleich stellvertretende
 * Ministerpräsidentin ist`; not `Hamburg, die größte Hafenstadt`).
 */
function roleApposed(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== 0x20) return false;
  const article = wordEnd(text, end + 2);
  if (!APPOSED_PERSON_ARTICLES.hasIn(text, end + 2, article)) return false;
  let at = article;
  for (let n = 0; n < 4 && text.charCodeAt(at) === 0x20; n++) {
    const to = wordEnd(text, at + 1);
    if (to === at + 1) return false;
    if (isUpperCase(text.charCodeAt(at + 1))) return personNoun(foldKey(text.slice(at + 1, to)), text.charCodeAt(article - 1)) && !isUpperCase(text.charCodeAt(at + 2));
    at = to;
  }
  return false;
}
const APPOSED_PERSON_ARTICLES = new WordSet(['der', 'die']);
/** Parents, children and spouses, not a firm's daughters and sisters (folded). */
const CLOSE_KIN = new WordSet('vater mutter sohn bruder ehefrau ehemann witwe father mother son brother wife husband widow'.split(' '));
/** What a person has and a work has not, after a genitive (folded). */
const PERSONS_OWN = new WordSet('hande gesicht tod kindheit grab tagebuch tagebucher hands face death childhood grave diary diaries'.split(' '));

/** True if one of the last mentions, within 300 characters before `start`, is of `entry`, and at least `length` long. */
function namedJustBefore(mentions: readonly Mention[], entry: number, start: number, length: number): boolean {
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - 4 && mentions[k]!.end > start - 300; k--) {
    const m = mentions[k]!;
    if (m.entry === entry && m.end - m.start >= length) return true;
  }
  return false;
}

/** True if `nicht zu verwechseln mit` or `not to be confused with` (and an article) stands before `start`. */
function confusedWith(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word !== null && (DEFINITE_ARTICLES_DE.hasIn(text, word.from, word.to) || ENGLISH_ARTICLE.hasIn(text, word.from, word.to))) word = wordBefore(text, word.from);
  if (word === null || !CONFUSED_WITH.hasIn(text, word.from, word.to)) return false;
  const verb = wordBefore(text, word.from);
  return verb !== null && CONFUSED.hasIn(text, verb.from, verb.to);
}
const CONFUSED_WITH = new WordSet(['mit', 'with']);
const CONFUSED = new WordSet(['verwechseln', 'confused', 'verwechselt', 'confuse']);
/**
 * True if the name at text[start, end) starts a route: `from Callan to Castlecomer`, `von Peine nach
 * Salzgitter` — not a glossary person's name at its end (`the lead passed from Hamilton to Verstappen`).
 */
function startOfRoute(index: MatcherIndex, text: string, start: number, end: number, bareGenitive: boolean): boolean {
  if (text.charCodeAt(end) !== 0x20 || !wordOfBefore(text, start, ROUTE_FROM, false)) return false;
  const to = wordEnd(text, end + 1);
  const next = ROUTE_TO.hasIn(text, end + 1, to) ? capitalisedWordAfter(text, to) : null;
  return next !== null && !(longestAt(index, text, next.from, SCRATCH, bareGenitive) && index.aliases[SCRATCH[1]]!.type === 'person');
}

/** Nouns of a home or a place that a place's name follows in apposition (`seine Heimat Pongau`), folded. */
const PLACE_NOUNS_BEFORE = new WordSet(['heimat', 'stadt', 'land', 'region', 'gemeinde', 'tal', 'dorf', 'bezirk', 'kanton', 'insel']);

/**
 * True if the match in `found`, of a name that starts with an article (`the Emirates`), ends
 * before a name that starts after the article (`the Emirates Stadium`): that one is taken instead.
 */
function outreached(index: MatcherIndex, text: string, start: number, found: [number, number, number], bareGenitive: boolean): boolean {
  if (!(index.hot[found[1]]! & AliasFlag.LeadingArticle)) return false;
  let next = wordEnd(text, start);
  while (next < text.length && foldAt(text, next) === SEP) next++;
  if (next >= found[0]) return false;
  const later: [number, number, number] = [0, 0, 0];
  if (!longestAt(index, text, next, later, bareGenitive) || later[0] <= found[0]) return false;
  // Only a name that counts wherever it stands (not a short name that waits for its full one).
  return (index.aliases[later[1]]!.flags & (AliasFlag.AfterFullName | AliasFlag.Excluded)) === 0;
}

/** Word edges per slice of text: start, end, start, end, … (one buffer, reused). */
const SLICE = 1 << 14;
const edges = new Int32Array(2 * SLICE + 2);

/**
 * All exact mentions in `text`, in order. `session.seen` carries the entries already mentioned
 * earlier on the page (for `afterFullName` aliases) and is updated. Spans of excluded phrases are added to
 * `blocked`; unexplained capitalised words to `words`.
 *
 * Two passes per slice of 16K characters. The first finds where words start and end with one table
 * read and no branch per character: a branch at every word edge would be mispredicted about twice
 * per word, which alone costs more than reading the text. The second visits only those words:
 * most leave the trie within a letter or two, and only a word that reaches a complete alias, or
 * ends while a longer alias could go on, is walked fully by `longestAt`.
 */
export function scanExact(
  index: MatcherIndex,
  text: string,
  session: MatchSession,
  blocked: [number, number][] = [],
  words?: WordSink,
): Mention[] {
  const mentions: Mention[] = [];
  const length = text.length;
  const fold = FOLD;
  const word = WORD;
  const out = edges;
  const { rootNext, terminal, gapAfter, denseRow, dense, symbol, alphabet, edgeStart, edgeCount, edgeCode, edgeTarget, filterSymbol, prefixFilter } = index;
  const found: [number, number, number] = [0, 0, 0];
  const language = primaryLanguage(session);
  const bareGenitive = takesBareGenitive(language);
  const english = language === 'en';
  let previousCapital = false;
  /** Where the previous word ended if it went into `words`, else -1 (a phrase goes on from there). */
  let phraseEnd = -1;
  /** Where the last mention ended: words before it are done. */
  let resume = 0;
  /** Edges carried into the next slice (0, or 1 for a word still open). */
  let carried = 0;
  let previous = 0;
  for (let from = 0; from < length; from += SLICE) {
    const to = Math.min(length, from + SLICE);
    let n = carried;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let w = word[code]!;
      if (w > 1) {
        if (w === 2) w = wordClass(code);
        if (w === OWN_WORD) {
          // A letter of a script without spaces is a word of its own (see `OWN_WORD`); read as one
          // only where a name starts with it, else it just ends the word before.
          if (previous === 1) out[n++] = i;
          if (rootNext[fold[code]!]! !== 0) {
            out[n++] = i;
            out[n++] = i + 1;
          }
          previous = 0;
          continue;
        }
      }
      out[n] = i;
      n += w ^ previous;
      previous = w;
    }
    if (to === length && previous === 1) out[n++] = length;
    // A word still open at the end of the slice is read with the next one.
    const complete = n & ~1;
    for (let k = 0; k < complete; k += 2) {
      let i = out[k]!;
      const end = out[k + 1]!;
      if (end <= resume) continue;
      if (i < resume) i = resume;
      let code = text.charCodeAt(i);
      let folded = fold[code]!;
      while (folded === JOIN && ++i < end) folded = fold[(code = text.charCodeAt(i))]!;
      if (i === end) continue;
      const start = i;
      // Most words fail on their first three letters, with one look-up. The others are followed
      // in the trie while they can still be (the start of) an alias.
      let walk = false;
      // How many letters from the start are a path in the trie (never less; for the fuzzy stage).
      let depth = 2;
      // Where the walk below got, for `longestAt` to go on from.
      let reached = 0;
      let readTo = start;
      if (word[code] === OWN_WORD) {
        // A name in a script without spaces goes on across its one-letter words: `longestAt` reads it.
        walk = rootNext[folded] !== 0;
      } else if (
        end - i < 3 ||
        inTrigramSet(filterSymbol, prefixFilter, folded, fold[text.charCodeAt(i + 1)]!, fold[text.charCodeAt(i + 2)]!)
      ) {
        walk = isSharpS(code);
        let node = rootNext[walk ? 0x73 : folded]!;
        let j = i + 1;
        while (node !== 0 && !walk) {
          if (terminal[node]! >= 0) {
            walk = true;
            break;
          }
          if (j >= end) {
            // The word ends here; a longer alias may go on across a gap.
            walk = edgeCount[node]! > 0 && gapEnd(gapAfter[node]!, text, end) > 0;
            break;
          }
          code = text.charCodeAt(j);
          folded = fold[code]!;
          if (folded === JOIN) {
            j++;
            continue;
          }
          if (isSharpS(code)) {
            walk = true;
            break;
          }
          const row = denseRow[node]!;
          if (row >= 0) {
            const s = symbol[folded]!;
            node = s === 0 ? 0 : dense[row * alphabet + s]!;
          } else {
            let next = 0;
            for (let e = edgeStart[node]!, last = e + edgeCount[node]!; e < last; e++) {
              const c = edgeCode[e]!;
              if (c >= folded) {
                if (c === folded) next = edgeTarget[e]!;
                break;
              }
            }
            node = next;
          }
          j++;
        }
        depth = node === 0 ? j - 1 - start : end - start;
        if (walk && node !== 0 && j > start + 1) {
          reached = node;
          readTo = j;
        }
      }
      if (walk && longestAt(index, text, start, found, bareGenitive, reached, readTo) && !outreached(index, text, start, found, bareGenitive)) {
        const named = index.sameKey[found[1]]! < 0 ? take(index, text, start, found, session, mentions, blocked, english) : takeShared(index, text, start, found, session, mentions, blocked, english, bareGenitive);
        const mentionEnd = found[0];
        // In English, a name the text writes in small letters is none, and hides no other after its
        // first word (`salmon Tasmania produces` beside the body Salmon Tasmania): the words after that
        // one are read on. Not after a word that makes a part of a place (`northern Ireland`, `the gulf of
        // Mexico`), nor in German, whose adjectives are small (`in der sächsischen Schweiz`). (A name
        // refused for what it is, `Hafis al-Assad`, `the eighth Earl of Elgin`, is done.)
        resume = named || mentionEnd <= end || !english || PLACE_PARTS.hasIn(text, start, end) || !initialLost(index, text, start, found[2], found[1]) ? mentionEnd : end;
        const joinedTo = phraseEnd;
        previousCapital = false;
        phraseEnd = -1;
        // (A name refused here may still be a word of a misspelt longer one: `Han Duk-soo` beside
        // Han Duck-soo, whose `Han` alone is refused before another capitalised word.)
        if (words && mentionEnd === end && isUpperCase(text.charCodeAt(start))) {
          const joined = joinedTo >= 0 && isNameGap(text, joinedTo, start);
          words.push(start, end, 255, WordFlag.Capital | WordFlag.Mention | (joined ? WordFlag.Joined : 0));
          phraseEnd = end;
          previousCapital = true;
        }
        // A mention may end inside this word; its rest is read as a word of its own.
        if (mentionEnd < end) k -= 2;
        continue;
      }
      if (words) {
        const capital = isUpperCase(text.charCodeAt(start));
        // A number ends a name too (`Christophorus 1`, `Hull 802`); so does a small part joined by a
        // hyphen to a capitalised one (`Han Duk-soo`, `Lee Jae-myong`).
        if (
          capital ||
          (previousCapital &&
            ((end - start <= CONNECTOR_LENGTH && (CONNECTORS.has(packed(text, start, end)) || isDigit(text.charCodeAt(start)))) || (start - 1 === phraseEnd && isHyphen(text.charCodeAt(phraseEnd)))))
        ) {
          const joined = phraseEnd >= 0 && isNameGap(text, phraseEnd, start);
          words.push(start, end, depth, (capital ? WordFlag.Capital : 0) | (joined ? WordFlag.Joined : 0));
          phraseEnd = end;
        } else phraseEnd = -1;
        previousCapital = capital;
      }
    }
    if (n > complete) out[0] = out[complete]!;
    carried = n - complete;
  }
  return mentions;
}
