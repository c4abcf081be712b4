/**
 * The exact stage: left to right over the original text, a slice at a time (see `scanExact`). At
 * each word start whose first three letters some alias shares, it walks the alias trie with folded
 * characters, across the spaces and dashes inside multi-word names, and keeps
 * the longest alias whose end is a word boundary — or is followed by an ending the entry allows
 * (`Nordkoreas`), by `’s`, or by a hyphen that makes it the first part of a compound
 * (`KN-23-Raketen`). Then it continues after the mention (leftmost-longest, no overlaps).
 *
 * Offsets are indices into the original string: nothing is copied, so highlights land on exactly
 * the characters that were read.
 *
 * Whether a name found so is its entry's is decided by `take`, in the words around it. Most of the
 * rules it asks live beside this module, by what they tell apart: `spelling` (case, umlauts),
 * `person-names` (another bearer of the name), `place-names` and `homes` (a namesake elsewhere),
 * `firms`, `bodies` and `media-and-works` (a longer name the name is part of), `acronyms` (an
 * article's gender, a definition in brackets), `common-words` (the word that is also a name);
 * `text-around` has the words they read, `descriptions` what the entry's descriptions say it is.
 * The rules `take` reads in place, with their word lists, and those for speakers, works' namesakes
 * and sports stay here.
 */
import { AliasFlag, child, isAcronym, Gap, HAS_SMALL_LETTER, HotBit, inTrigramSet, type AliasRecord, type MatcherIndex } from './alias-index';
import { FIRST_NAMES, GERMAN_FIRST_NAMES, GIVEN_SURNAMES, MORE_GIVEN_SURNAMES } from './first-names';
import { COUNTRY_NAMES, LANDSCAPES, placeKey, US_STATES } from './places';
import { WordSet } from './word-set';
import { DESCRIPTION_LANGUAGES } from '../glossary/types';
import { COMMA, FOLD, JOIN, OWN_WORD, SEP, WORD, foldCode, isHangul, foldKey, isApostrophe, isBracket, isDash, isDigit, isCombiningMark, isNamePunctuation, isSharpS, isSoftSeparator, isUpperCase, wordClass } from './fold';
import { afterDefinite, afterIn, afterRelativePronoun, capitalisedWordAfter, closesClause, CONJUNCTIONS, COUNTING, DEFINITE_ARTICLES_DE, DEFINITE_DE, ENGLISH_ARTICLE, ENGLISH_ARTICLES, foldAt, INDEFINITE, INDEFINITE_ARTICLES_DE, INDEFINITE_EN, isHyphen, isHyphenJoin, isLetter, isWordAfter, MONTHS_DE, MONTHS_EN, NOT_NOUNS, OPENING_QUOTES, opensClause, opensSentence, POSSESSIVES_DE, QUOTES, sentenceAround, smallWordAfter, smallWordNext, spells, TIME_WORDS, TOWN_PREPOSITIONS, WEEKDAYS_EN, wordBefore, wordBeforeIn, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from './text-around';
import { AREA_ENDS, describedWorks, describes, describesArea, describesCitySpot, describesClub, describesFacility, describesGovernment, describesNamesake, describesParty, describesRiver, describesTown, entryNames, headWords } from './descriptions';
import { afterUsState, beforeUsState, countryElsewhere, inStateName, otherCountryBefore, otherCountryOf, otherHome, otherOrigin, otherStateBefore, partyElsewhere, regionAdjectiveBefore, regionElsewhere, stateElsewhereAfter, townInOtherRegion, usStateAbbreviation } from './homes';
import { ADJECTIVE_ENDING, adverbialPhrase, afterIndefinite, afterStrongAdjective, amountBefore, beforeArticle, beforeOtherNoun, beforePairedAdjective, beforeRole, colourPair, COPULAS, drinkBefore, endsAsHeadline, headlineAfter, inSetPhrase, isDate, LANGUAGE_PREPOSITIONS, LANGUAGES, nothingBeforeAdjective, nounAfter, opensList, opensPair, opensSentenceBefore, predicateBeforeSubject, quantityBefore, rankBefore, repeatedAfter, repeatedBefore, RESIDENT_NOUNS, superlativeBefore } from './common-words';
import { addressedBefore, afterBracketedNames, afterKinAndName, afterOtherFirstName, afterOtherJoinedGivenName, afterOtherMiddleName, afterRoleAndOtherName, afterTitle, anotherBearer, apposedGivenName, beforeGeneration, beforeGivenName, beforeOthersFullName, beforeOtherSurname, beforeOthersWord, beforeRomanceParticle, besideOtherKoreanName, ENGLISH_TITLES, givenNameBefore, joinedGivenNameBefore, namesakeJustNamed, otherGeneration, otherSex, ownTitleBefore, PLACE_GIVEN_NAMES, PLACE_LEADS, roleBefore, secondGivenName, secondOfDoubleName, surnameAfter, titleBeforeName } from './person-names';
import { aboardBefore, adjectiveBeforeNoun, afterWorkNoun, bandBefore, beforePaperInCompound, beforeWork, innNameBefore, namedBefore, namedWithArticle, PAPER_NOUNS, PAPER_PREFIXES, paperNounBefore, paperNounPhrase, paperWordAt, quotedLongerName, shipBefore, shipPrefixBefore, sundaySister } from './media-and-works';
import { afterFirmCompound, afterFirmKind, afterFirmWord, afterFurnitureStore, afterTownBrand, beforeVenue, CAR_MAKERS, carMakerBefore, divisionNamed, firmAcronym, FIRMS, headlineFirmWord, heldIn, inFirmName, legalFormAfter, namedWithForm, ownTrade, sisterNameGoesOn, tradeNounBefore, venueAfter, worksLandform } from './firms';
import { afterAnDer, afterLine, articleNotNeuter, beforeCompassMine, beforePlacePhrase, beforeTownNoun, bodyInOtherCity, CLUB_INITIALS, compassAfter, compassBeforeTail, dishAfter, districtOf, doubledName, endOfRoute, GOVERNMENT_BODY, inOtherName, inRegionName, inTownName, kleinBefore, landscapeApposed, lineEnds, locatedAfter, mayFollowPrefix, NAMED_RIVERS, namedSettlementBefore, namesakeCalled, nationalParkAfter, nounOpens, otherBranchAfter, otherCityAfter, otherCityBefore, otherPlaceByWordBefore, otherTownBefore, otherTownTail, pairOfPlaces, PLACE_PREFIXES, placeGoesOn, placeNounBefore, riverJoined, riverTownAfter, riverVerbAfter, romanceNameBefore, ROUTE_FROM, ROUTE_TO, subjectArticle, thingNamedAfterPlace, townAdjectiveBefore, townAfterRegion, townBeforeRegion, townNounBefore } from './place-names';
import { anotherOfTheKind, articleDisagrees, definesOtherName, expandedAsOther, romanNumberAfter } from './acronyms';
import { PEERAGE, afterBodyOf, afterInstitution, afterInstitutionOf, beforeLongerName, bodyNameAhead, endsInRat, institutionAhead, longerWithFur, ministersOwn, otherInstitutionAfter, otherYearAfter, partyTitleBefore } from './bodies';

import { inAddress, initialKept, sameCaseOk, umlautsKept, withGenitiveApostrophe } from './spelling';

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
   * The keys of places' names that the page has used as people's surnames (`Dr Hannah Levin`): a
   * bare `Levin` that speaks after that (`Levin said`, `sagte Levin`) is that person, not the town.
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

/** `de` of `de-AT`; empty when the session's language is not known. */
export function primaryLanguage(session: MatchSession): string {
  const tag = session.language ?? '';
  // Asked twice per text, and a page sends thousands of them: the last answer is kept.
  if (tag !== lastTag) {
    lastTag = tag;
    lastPrimary = tag.split(/[-_]/)[0]!.toLowerCase();
  }
  return lastPrimary;
}
let lastTag = '';
let lastPrimary = '';

/** The longest run of spaces/dashes a multi-word name may contain (`KN - 23`). */
const MAX_INNER_SEPARATORS = 3;
/** The longest word ending the scanner checks (`es`, `en`, `ern`). */
const MAX_ENDING = 4;

/**
 * Where a mention whose alias ends at `end` (inside or at the end of a word) really ends, or -1
 * when the alias is only the start of a longer word that is not one of its word forms.
 */
function acceptEnd(index: MatcherIndex, text: string, end: number, record: number, bareGenitive: boolean): number {
  const flags = index.hot[record]!;
  const next = foldAt(text, end);
  // (A letter of a script without spaces, after the name or ending it, is a word of its own: `Apple公司`;
  // a Korean particle joins the name it follows: `오바마는`, `Apple은`.)
  if (next === SEP || WORD[text.charCodeAt(end)] === OWN_WORD || WORD[text.charCodeAt(end - 1)] === OWN_WORD || (isHangul(text.charCodeAt(end)) && koreanParticleAt(text, end))) {
    if (flags & AliasFlag.WholeWord && isSoftSeparator(text.charCodeAt(end)) && isHyphenJoin(text, end)) return -1;
    // (And the last stop of letters written with stops, as another spelling of the name may do: `F.A.Z.` beside `FAZ`.)
    if (text.charCodeAt(end) === 0x2e && (flags & AliasFlag.FinalStop || letterAfterStop(text, end))) return end + 1;
    if (flags & AliasFlag.FinalBracket && text.charCodeAt(end) === 0x29) return end + 1;
    if (flags & AliasFlag.FinalBang && text.charCodeAt(end) === 0x21) return end + 1;
    return withGenitiveApostrophe(text, end);
  }
  // The alias ends inside a word: only an allowed ending may follow.
  if (flags & (bareGenitive ? HotBit.NoEndings : HotBit.NoOwnEndings)) return -1;
  const alias = index.aliases[record]!;
  const endings = index.endings[bareGenitive ? alias.endings : alias.ownEndings]!;
  const stop = wordEnd(text, end);
  if (stop - end > MAX_ENDING + 2) return -1;
  // An acronym's ending is in small letters (`CNNs`; `CNNS` is another word).
  if (flags & AliasFlag.CaseSensitive) for (let i = end; i < stop; i++) if (isUpperCase(text.charCodeAt(i))) return -1;
  for (const ending of endings) if (spells(text, end, stop, ending)) return stop;
  return -1;
}

/**
 * True if a Korean particle, and nothing more, follows the name at `end` up to the word's end
 * (`오바마는`, `Apple은`, `이란에서`; not the suffix of `인도적`, humanitarian).
 */
function koreanParticleAt(text: string, end: number): boolean {
  const stop = wordEnd(text, end);
  return stop - end <= 3 && KOREAN_PARTICLES.has(text.slice(end, stop));
}
const KOREAN_PARTICLES = new Set(
  '은 는 이 가 을 를 의 에 에서 에게 께 께서 한테 로 으로 와 과 도 만 까지 부터 처럼 보다 이나 나 이랑 랑 이다 이었다 였다 에는 에도 에서는 으로는 로는 과의 와의 의해 에선'.split(' '),
);

/** True if the letter before `end` follows a stop and a letter (`F.A.Z`, `U.S`; not `4.0`). */
function letterAfterStop(text: string, end: number): boolean {
  return end >= 3 && text.charCodeAt(end - 2) === 0x2e && isLetter(text.charCodeAt(end - 1)) && isLetter(text.charCodeAt(end - 3));
}

/**
 * Where the word after a gap at `i` starts, if the text may break a name there (`gap`: the `Gap`
 * bits the names through this point allow), else -1. What the gap needs of the name is left in
 * `gapKind`: the `Gap` bits the gap needs (`Gap.Soft`, with `Gap.Punctuation`, `Gap.Comma` and `Gap.Bracket` for
 * the punctuation in it: the name must allow each), or 0 for a hyphen before a capital, which may break
 * any name (`Nord-Korea`).
 */
function gapEnd(gap: number, text: string, i: number): number {
  const length = text.length;
  let j = i;
  let kind: number = Gap.Soft;
  while (j < length && j - i < MAX_INNER_SEPARATORS) {
    const code = text.charCodeAt(j);
    if (gap & Gap.Soft && isSoftSeparator(code)) j++;
    else if (gap & Gap.Punctuation && isNamePunctuation(code)) {
      kind |= Gap.Punctuation;
      j++;
    } else if (gap & Gap.Comma && code === COMMA) {
      kind |= Gap.Comma;
      j++;
    } else if (gap & Gap.Bracket && isBracket(code)) {
      kind |= Gap.Bracket;
      j++;
    } else break;
  }
  // (Also where another name through this point lets a hyphen pass as a soft gap: `Brenner-Basistunnel`
  // beside `Brenner Base Tunnel`.)
  if (j <= i + 1 && isHyphen(text.charCodeAt(i)) && isUpperCase(text.charCodeAt(i + 1))) {
    j = i + 1;
    kind = 0;
  }
  gapKind = kind;
  return j === i || j >= length ? -1 : j;
}
let gapKind = 0;

/** The gaps a walk crossed so far: after which node, and what kind (see `gapEnd`). */
const MAX_BREAKS = 16;
const breakNodes = new Int32Array(MAX_BREAKS);
const breakKinds = new Uint8Array(MAX_BREAKS);

/** True if the key ending at `node` may be broken where the walk crossed its first `breaks` gaps. */
function breaksFit(index: MatcherIndex, node: number, breaks: number): boolean {
  if (breaks === 0) return true;
  const start = index.gapMaskStart[node]!;
  for (let b = 0; b < breaks; b++) {
    const kind = breakKinds[b]!;
    if ((index.gapMasks[start + index.depth[breakNodes[b]!]!]! & kind) !== kind) return false;
  }
  return true;
}

/** Extends an end over combining marks that decorate its last letter. */
function withMarks(text: string, end: number): number {
  while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Walks the trie from the word start `start`. Returns the longest acceptable match as
 * [end, record] in `out`, or false. `node` and `from`: where a walk from `start` already got
 * (the node reached before reading `from`, with no complete alias before it).
 */
function longestAt(index: MatcherIndex, text: string, start: number, out: [number, number, number], bareGenitive: boolean, node = 0, from = start): boolean {
  const length = text.length;
  let best = -1;
  let bestRecord = -1;
  let bestAliasEnd = -1;
  let breaks = 0;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    let folded = FOLD[code]!;
    if (folded < 0) folded = foldCode(code);
    if (folded === JOIN) {
      i++;
      continue;
    }
    // A complete alias here counts if a word boundary, an allowed ending or a compound follows.
    if (node !== 0) {
      let record = index.terminal[node]!;
      if (record >= 0 && breaksFit(index, node, breaks)) {
        let end = completeAt(index, text, start, i, record, bareGenitive);
        // Another entry's name of the same key may end here where the first may not (in its case, its endings).
        while (end < 0 && (record = index.sameKey[record]!) >= 0) end = completeAt(index, text, start, i, record, bareGenitive);
        if (end >= 0) {
          best = end;
          bestRecord = record;
          bestAliasEnd = i;
        }
      }
    }
    if (folded === SEP) {
      // A word ends here: try to continue the name across the gap.
      const j = gapEnd(index.gapAfter[node]!, text, i);
      if (j < 0 || foldAt(text, j) === SEP || breaks === MAX_BREAKS) break;
      const nextCode = text.charCodeAt(j);
      const nextFolded = foldCode(nextCode);
      if (nextFolded === JOIN || child(index, node, isSharpS(nextCode) ? 0x73 : nextFolded) === 0) break;
      breakNodes[breaks] = node;
      breakKinds[breaks++] = gapKind;
      i = j;
      continue;
    }
    if (isSharpS(code)) {
      node = child(index, node, 0x73);
      if (node !== 0) node = child(index, node, 0x73);
    } else {
      node = child(index, node, folded);
    }
    if (node === 0) break;
    i++;
  }
  if (i >= length && node !== 0) {
    let record = index.terminal[node]!;
    if (record >= 0 && breaksFit(index, node, breaks)) while (record >= 0 && !sameCaseOk(index, text, start, length, record, bareGenitive)) record = index.sameKey[record]!;
    if (record >= 0) {
      best = length;
      bestRecord = record;
      bestAliasEnd = length;
    }
  }
  if (best < 0) return false;
  out[0] = withMarks(text, best);
  out[1] = bestRecord;
  out[2] = bestAliasEnd;
  return true;
}

/** Where a mention of alias `record`, spelled from `start` to `aliasEnd`, ends; -1 if it is none. */
function completeAt(index: MatcherIndex, text: string, start: number, aliasEnd: number, record: number, bareGenitive: boolean): number {
  const end = acceptEnd(index, text, aliasEnd, record, bareGenitive);
  return end >= 0 && sameCaseOk(index, text, start, aliasEnd, record, bareGenitive) && !endsElsewhere(index, text, start, aliasEnd, end, record, bareGenitive) ? end : -1;
}

/** True if the name ending at `aliasEnd` is only part of what the words say (see `countsUnits`, `councilAfter`, `placeGenitive`). */
function endsElsewhere(index: MatcherIndex, text: string, start: number, aliasEnd: number, end: number, record: number, bareGenitive: boolean): boolean {
  if (end === aliasEnd) return (isDigit(text.charCodeAt(end - 1)) && countsUnits(text, start, end)) || councilAfter(text, start, end);
  return bareGenitive && placeGenitive(index, text, aliasEnd, end, record);
}

/**
 * True if a name of several words ends in `City`, `Town`, `County` or `Borough` before ` Council`
 * (`Leicester City Council`, `Manchester City Council`): the council's town, not the club of that
 * name, which a shorter name may then be.
 */
function councilAfter(text: string, start: number, end: number): boolean {
  if (!text.startsWith(' Council', end) || foldAt(text, end + 8) > JOIN) return false;
  const last = wordStart(text, end);
  return last > start && COUNCIL_TOWNS.hasIn(text, last, end) && isUpperCase(text.charCodeAt(last));
}
const COUNCIL_TOWNS = new WordSet(['city', 'town', 'county', 'borough']);

/** True if `key` (folded) is the whole key of a place's name in the glossary. */
function isPlaceName(index: MatcherIndex, key: string): boolean {
  let node = 0;
  for (let i = 0; i < key.length && (i === 0 || node !== 0); i++) node = child(index, node, key.charCodeAt(i));
  const record = node === 0 ? -1 : index.terminal[node]!;
  return record >= 0 && (index.hot[record]! & AliasFlag.Place) !== 0;
}

/**
 * True if the `s` after a name of several words that ends in a place's name (of the glossary) is that
 * place's genitive (`die Hälfte der Fernwärme Wiens` beside the firm Fernwärme Wien): German declines
 * a firm's name so only with an article (`des Fernwärme-Wien-Netzes`). Not a person's (`Kim Jong Uns`).
 */
function placeGenitive(index: MatcherIndex, text: string, aliasEnd: number, end: number, record: number): boolean {
  if (end !== aliasEnd + 1 || (text.charCodeAt(aliasEnd) | 0x20) !== 0x73 || index.hot[record]! & (AliasFlag.Person | AliasFlag.Place)) return false;
  const alias = index.aliases[record]!;
  if (alias.endsInPlace === undefined) {
    const space = alias.alias.lastIndexOf(' ');
    alias.endsInPlace = space > 0 && isPlaceName(index, foldKey(alias.alias.slice(space + 1)));
  }
  return alias.endsInPlace;
}

/**
 * True if a name's last word is a number that a unit of time, distance, money or share follows (`in
 * Stuttgart 21 Minuten`): a count after a shorter name, not the longer name's number. (Not `mal`,
 * `times` or people: `Formel 1 mal wieder`, `Artemis 2 Menschen zum Mond`.)
 */
function countsUnits(text: string, start: number, end: number): boolean {
  let digits = end - 1;
  while (digits > start && isDigit(text.charCodeAt(digits - 1))) digits--;
  return digits > start && text.charCodeAt(digits - 1) === 0x20 && text.charCodeAt(end) === 0x20 && UNITS.hasIn(text, end + 1, wordEnd(text, end + 1));
}
const UNITS = new WordSet(
  `sekunden minuten stunden tage wochen monate jahre prozent euro franken dollar pfund meter kilometer km
  seconds minutes hours days weeks months years percent pounds dollars miles metres meters`
    .trim()
    .split(/\s+/),
);

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
    'of', 'for', 'and', 'the', 'de', 'da', 'del', 'des', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'bin', 'al', 'el',
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
interface Candidate {
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
 * nothing: an ordinary word (`die linke Hand` is not `Die Linke`), `Anti-X` where X must stand
 * alone, a surname after someone else's given name (`Melania Trump`), a name inside a web address
 * (`download-firefox.org`), or a short name before its full one. True if the match is a name where it
 * stands (also a short name held back until its full one appears), false if the text refuses it.
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
  const hot = index.hot[record]!;
  const c: Candidate = { index, text, start, end, aliasEnd, record, alias, hot, english, session, mentions };
  // Checked on the longest match only: a shorter name from the same start begins just as small.
  if (initialLost(index, text, start, aliasEnd, record)) return false;
  if (!english && hot & HotBit.HasUmlauts && !umlautsKept(text, start, aliasEnd, alias.umlauts!)) return false;
  if (anotherName(c) || anotherAcronym(c)) return false;
  // `Die Linken-Fraktion`: the article is the compound's, the mention the name's part (not so a
  // particle's: `die von der Leyen-Kommission`, `Le Pen-Anhänger`).
  if (!english && hot & AliasFlag.LeadingArticle && isHyphenJoin(text, end) && DEFINITE_ARTICLES_DE.hasIn(text, start, wordEnd(text, start))) {
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
  if (anotherPerson(c) || aWord(c) || namedAfterIt(c) || anotherBody(c) || anotherPlace(c)) return false;
  // After a given name, a form of address or a title, a surname (`Nina Hagen`, `der Schriftsteller
  // Jack London`, `Lewis Hamilton`, `Mrs Kelowna`, `Dr. Levin`): the page names a person so, whom a
  // bare `Levin` later means too (`MatchSession.others`).
  // (Not a name that goes on: `George Washington University`.)
  if (hot & AliasFlag.Place && end === aliasEnd && addressedBefore(text, start, english)) {
    if (capitalisedWordAfter(text, end) === null) session.others?.add(alias.key);
    return false;
  }
  const entry = index.entryOf[record]!;
  // `In Fladnitz – nicht zu verwechseln mit Fladnitz im Raabtal`, `Holland — not to be confused with
  // Tom Holland, the actor`: the other of the name the text just named.
  // (Not a longer name of the entry than the one just named: `Fladnitz im Raabtal – nicht zu verwechseln mit Fladnitz an der Teichalm`.)
  if (mentions.length > 0 && text.charCodeAt(start - 1) === 0x20 && namedJustBefore(mentions, entry, start, aliasEnd - start) && confusedWith(text, start)) return false;
  // `… sagte die Fraktionschefin Hildegard Blume. Blume sitzt seit 2014 im Stadtrat` beside Carsten
  // Blume: a sentence that opens with the surname another's full name just ended with goes on about
  // them. (Not a place's name: `… named after Charles Darwin. Darwin is now the capital …`.)
  if (hot & AliasFlag.Surname && namesakeJustNamed(text, start, aliasEnd, mentions, entry, alias.nameWords!)) return false;
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
 * The words joined to the name or right beside it make it part of another's name: a compound's
 * first part, a word with an apostrophe, another of the name (`der gleichnamige …`), a web address.
 */
function anotherName(c: Candidate): boolean {
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
  return false;
}

/**
 * An acronym that stands for something else here: a definition in brackets, an article its noun
 * does not take, a line's number, a degree, a common word in capitals.
 */
function anotherAcronym(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english, mentions } = c;
  // `des Technischen Hilfswerks (THW)`: an acronym that the text defines as another's.
  if (start > 0 && text.charCodeAt(start - 1) === 0x28 && text.charCodeAt(end) === 0x29 && definesOtherName(index, text, start, end, record, mentions)) return true;
  // `KYC-Prüfungen („know your customer“)`: an acronym that a bracket after it spells out as another's.
  if (hot & AliasFlag.CaseSensitive && expandedAsOther(index, text, start, end, record)) return true;
  if (hot & AliasFlag.CaseSensitive && (alias.acronym ??= isAcronym(alias.alias))) {
    // `mit der EWG verhandelt` beside das Erneuerbare-Wärme-Gesetz: an article the entry's noun does not take.
    if (!english && articleDisagrees(index, text, start, end, record)) return true;
    // `die Nord-Süd-Linie S21`, `line U2`: a line's number (letters and digits).
    if (isDigit(text.charCodeAt(aliasEnd - 1)) && afterLine(text, start)) return true;
    // `sign an NDA before leaving` beside the Nuclear Decommissioning Authority: the thing the
    // acronym names too, after an indefinite article and before no noun (`an NDA official` is the body's).
    if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && COMMON_ACRONYMS.has(alias.key) && wordOfBefore(text, start, INDEFINITE_EN, false) && noNounAfter(text, end)) return true;
    // `a lab that maps SNPs`: a plural, which a party is not (its genitive has an apostrophe in English).
    if (english && end === aliasEnd + 1 && text.charCodeAt(aliasEnd) === 0x73 && describesParty(alias)) return true;
    // `Ein VC-Investor`, `a VC firm`: venture capital, not the pilots' union.
    if (alias.key === 'vc' && (isHyphenJoin(text, aliasEnd) || text.charCodeAt(aliasEnd) === 0x20) && VENTURE_WORDS.hasIn(text, aliasEnd + 1, wordEnd(text, aliasEnd + 1))) return true;
    // `fresh from a BA in geography`: a degree.
    if (english && DEGREES.has(alias.key) && wordOfBeforeAnyCase(text, start, HOLDERS) && (text.startsWith(' degree', end) || (text.startsWith(' in ', end) && !isUpperCase(text.charCodeAt(end + 4))))) return true;
  }
  return false;
}

/**
 * Someone else of the name, or the name as part of a person's: another bearer's given name, a
 * title, a family, a saint, a relative; a given name before someone else's surname.
 */
function anotherPerson(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english, session, mentions } = c;
  if (
    hot & AliasFlag.Surname &&
    (afterOtherFirstName(text, start, alias.nameWords!, alias.key, english) ||
      (!english && afterRoleAndOtherName(text, start, alias.nameWords!)) ||
      afterKinAndName(text, start, alias.nameWords!) ||
      afterOtherJoinedGivenName(text, start, alias.nameWords!) ||
      afterBracketedNames(text, start, alias.nameWords!) ||
      (end === aliasEnd && text.charCodeAt(end) === COMMA && apposedGivenName(text, start, alias.nameWords!)) ||
      (english && afterOtherMiddleName(text, start, alias.nameWords!)) ||
      // `die Bregenzer Festspiele` beside Landesrat Bregenzer and the town Bregenz: the town's adjective before a noun.
      (!english && end === aliasEnd && alias.townsAdjective === true && townsAdjectiveAt(text, start, end, alias.nameWords!)) ||
      (!english && end === aliasEnd && ADVERB_SURNAMES.has(alias.key) && (opensSentenceBefore(text, start, end, alias.key === 'gut' ? GUT_FOLLOWERS : ADVERB_FOLLOWERS) || beforePairedAdjective(text, end) || predicateBeforeSubject(text, start, end) || (opensSentence(text, start) && ADJECTIVE_ES.test(text.slice(end, end + 16))))) ||
      (!english && end === aliasEnd && PREPOSITION_ADVERBS.has(alias.key) && opensSentenceBefore(text, start, end, ADVERB_PREPOSITIONS) && adverbialPhrase(text, end) && !endsAsHeadline(text, end)) ||
      (english && end === aliasEnd && PREPOSITION_SURNAMES.has(alias.key) && opensSentenceBefore(text, start, end, TO)) ||
      (!english && end === aliasEnd && DECLINED_SURNAMES.has(alias.key) && opensSentence(text, start) && beforeOtherNoun(text, end, alias.nameWords!) && !beforeRole(text, end)) ||
      // `Reiter der Polizeireiterstaffel, die …`: a noun that opens a sentence before a genitive (not
      // a headline's `Müller der Matchwinner:`, nor before an adjective: `Leiter der große Verlierer`).
      (!english && end === aliasEnd && NOUN_SURNAMES.has(alias.key) && opensSentence(text, start) && (text.startsWith(' der ', end) || text.startsWith(' des ', end)) && isUpperCase(text.charCodeAt(end + 5)) && !headlineAfter(text, end + 5)) ||
      (end === aliasEnd && titleBeforeName(text, end, alias.key, alias.nameWords!)) ||
      // `Kämmerer Jens Walter rechnete vor` beside Claudia Kämmerer: a trade or an office before another's full name.
      (!english && end === aliasEnd && (OFFICE_SURNAMES.has(alias.key) || NOUN_SURNAMES.has(alias.key)) && opensSentence(text, start) && beforeOthersFullName(text, end, alias.nameWords!)) ||
      (!english && end === aliasEnd && VERB_SURNAMES.has(alias.key) && isGerman(session) && opensSentence(text, start) && beforeArticle(text, end)) ||
      (end === aliasEnd && (english || isGerman(session)) && beforeRomanceParticle(text, end, alias.nameWords!)) ||
      secondOfDoubleName(text, start, end, mentions) ||
      otherSex(text, start, end, aliasEnd, alias, english) ||
      // `not the first Hutton to face questions`: another of the name.
      (english && end === aliasEnd && anotherBearer(text, start, end)) ||
      // `Nelson and Tasman councils`: a place paired with another before a noun of places.
      (english && end === aliasEnd && pairOfPlaces(text, end)) ||
      // `a nurse who drives from Lindsay, a town in the Kawartha Lakes`: the place an apposition calls one.
      (end === aliasEnd && (text.startsWith(', a', end) || text.startsWith(', ein', end)) && SETTLEMENT_APPOSED.test(text.slice(end, end + 40))) ||
      // `the McDonnell Douglas DC-10`, `Marks Spencer`: a surname before a given name names a firm of two.
      (english && end === aliasEnd && beforeGivenName(text, end, alias.nameWords!)) ||
      // `auf Deutsch`, `ins Englische`: the language, not Oskar Deutsch.
      (!english && wordOfBeforeAnyCase(text, start, LANGUAGE_PREPOSITIONS) && LANGUAGES.has(alias.key) && endsPhrase(text, end)) ||
      isDate(text, start, end, alias.key))
  )
    return true;
  if (
    hot & AliasFlag.FamilyFirst &&
    end === aliasEnd &&
    (besideOtherKoreanName(text, start, end, alias.nameWords!) ||
      // In Western order, someone else's family name (`Andy Kim`) or given name (`Kim Kardashian`).
      afterOtherFirstName(text, start, alias.nameWords!, alias.key, english) ||
      (english && beforeOtherSurname(text, end, alias.nameWords!)))
  )
    return true;
  if (english && end === aliasEnd && (hot & AliasFlag.GivenName || (hot & AliasFlag.Surname && GIVEN_SURNAMES.has(alias.key))) && beforeOtherSurname(text, end, alias.nameWords!)) return true;
  // (These only before a word that looks like a surname: not an acronym or a glossary's name, `Ross MSP`, `Ross Holyrood exit`.)
  if (english && end === aliasEnd && hot & AliasFlag.Surname && MORE_GIVEN_SURNAMES.has(alias.key) && beforeOtherSurname(text, end, alias.nameWords!) && beforePlainSurname(index, text, end)) return true;
  // `eine Grazerin namens Albertina Kranz` beside the museum: a given name, before someone's surname.
  // (Read only after a word in -s or -t.)
  if (!english && !(hot & AliasFlag.Person) && end === aliasEnd && endsInSOrT(text, start - 1) && wordOfBefore(text, start, CALLED, false) && beforeOthersWord(index, text, end, record)) return true;
  // `Kelvin Mokoena, a welder` beside the Kelvin power station, `Florence Nightingale` beside a tunnel
  // boring machine: a given name, before someone's surname. (People and places have rules of their own.)
  if (english && hot & HotBit.FirstName && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && beforeOthersWord(index, text, end, record)) return true;
  // `Deichgraf Günther Jessen, der …` beside Daniel Günther, `Die Urlauberin Ronja Petersen aus Hamburg` beside the storm.
  // (Not a place after its preposition, `in Heide Markttag,`, nor a storm's name: `Nach Sturm Egon Schäden`.)
  if (!english && hot & HotBit.FirstName && end === aliasEnd && !(hot & AliasFlag.FamilyFirst) && !(hot & AliasFlag.Place && wordOfBeforeAnyCase(text, start, PLACE_PREPOSITIONS_BEFORE)) && !wordOfBefore(text, start, STORMS, true)) {
    const surname = surnameAfter(text, start, end, alias.nameWords ?? NO_WORDS, afterTitle(text, start));
    // (Not where that word is a name of the glossary, `kritisierte Günther Merz, der zögerte`, nor
    // after the entry's own title: read only where a surname follows.)
    if (surname >= 0 && !longestAt(index, text, surname, SCRATCH, !english) && !ownTitleBefore(text, start, alias)) return true;
  }
  if (hot & (AliasFlag.Person | AliasFlag.Thing) && (wordOfBefore(text, start, FAMILIES, true) || compoundEndsIn(text, end, FAMILIES))) return true;
  // `die Brüder Grimm` (not `Sein Bruder Vitali Klitschko`, nor `die Brüder Wladimir und Vitali`).
  if (hot & AliasFlag.Surname && end === aliasEnd && (text.startsWith('Brüder ', start - 7) || text.startsWith('Schwestern ', start - 11)) && !text.startsWith(' und ', end)) return true;
  // `the eighth Earl of Elgin`: another holder of the title.
  if (english && hot & AliasFlag.Person && wordOfBefore(text, start, ORDINALS, false) && TITLES_OF.hasIn(text, start, wordEnd(text, start))) return true;
  // `The Bishop of Carlisle`, `the Earl of Elgin`: a title, not the person whose surname it is.
  if (english && hot & AliasFlag.Surname && end === aliasEnd && TITLES_OF.hasIn(text, start, end) && titleOf(text, end)) return true;
  // (`das Robert-Bosch-Krankenhaus` too: named after the founder, not the firm.)
  if (hot & AliasFlag.Thing && (givenNameBefore(text, start) !== null || joinedGivenNameBefore(text, start) >= 0 || (!english && wordOfBefore(text, start, GERMAN_FIRST_NAMES, true)))) return true;
  // `Foreign Secretary Vikram Misri` beside the lander Vikram, `President Ford`: a title's person.
  // (Not a ship or a weapon named after a title's bearer: `the General Belgrano`.)
  // (Nor an acronym, which no one is called: `Director General BBC Tim Davie`.)
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && text.charCodeAt(start - 1) === 0x20 && !isUpperCase(text.charCodeAt(start + 1)) && !alias.weapon && wordOfBefore(text, start, ENGLISH_TITLES, true)) return true;
  if ((hot & (AliasFlag.Person | AliasFlag.Place | AliasFlag.Thing | HotBit.PlainWord)) === HotBit.PlainWord && end === aliasEnd && givenNameBefore(text, start) !== null) return true;
  // `SVP-Kantonsrat Bernhard Egli`: a council's name after a party's, before a given name, is its
  // member's title (not `billigte der Bundesrat Karl Lauterbachs Reform`).
  if (!english && hot & AliasFlag.Thing && end === aliasEnd && isHyphen(text.charCodeAt(start - 1)) && alias.key.endsWith('rat') && partyTitleBefore(text, start) && capitalisedWordAfter(text, end) !== null && FIRST_NAMES.hasIn(text, end + 1, wordEnd(text, end + 1))) return true;
  // `beim Denkmal für Admiral Tegetthoff.`: a rank before someone's name, not the brand named so
  // (not `bei Admiral Wetten abschließen`, `Admiral CEO Milena Mondini`).
  if (hot & AliasFlag.Thing && end === aliasEnd && RANKS.has(alias.key) && rankBeforeName(text, end)) return true;
  // `mit dem heiligen Fridolin` beside the paper Fridolin: a saint (not `im heiligen Ganges`, `den heiligen Koran`).
  if (!english && (alias.type === 'media' || alias.type === 'organisation') && end === aliasEnd && wordOfBefore(text, start, HOLY, false)) return true;
  // `Baron von Steuben`, `der Fürst von Wolfegg`: a noble's title of the place (as `the Earl of Elgin`).
  // (Not a state's, `der Fürst von Monaco`, nor whence someone comes: `zog Herzog von Tirol aus nach …`.)
  if (hot & AliasFlag.Place && end === aliasEnd && nobleVon(text, start, english) && !describesGovernment(alias) && !smallWordAfter(text, end, WHENCE)) return true;
  if (secondGivenName(text, start, aliasEnd)) return true;
  // `named after Prince Rupert of the Rhine` beside the port: a town named after a royal is the royal before `of`.
  if (english && hot & AliasFlag.Place && end === aliasEnd && ROYAL_TOWN.test(alias.alias) && royalTitleAfter(text, end)) return true;
  // `Der Zuger Ständerat Peter Hegglin`, `Bundesrat Alain Berset`: a member of a council, its name
  // his title (German names a council and its members alike).
  if (!english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && endsInRat(text, end) && givenNameAfter(text, end) && asTitle(text, start)) return true;
  // `the late Lang Hancock`: a dead person of a firm's or a place's name.
  if (english && !(hot & AliasFlag.Person) && lateBefore(text, start)) return true;
  // `Levin said` on a page that named `Dr Hannah Levin`: that person, where the name speaks or
  // follows a person's noun (`Revierförster Daun` after `Michael Daun`).
  // (Not a country or a capital, which speak for their governments: `Washington warned`.)
  if (
    session.others !== undefined &&
    session.others.size > 0 &&
    hot & AliasFlag.Place &&
    end === aliasEnd &&
    session.others.has(alias.key) &&
    (speakerAt(text, start, end, english) || (!english && roleBefore(text, start))) &&
    !describesGovernment(alias)
  )
    return true;
  return false;
}

/**
 * The word, not the name: a noun after an article, a surname that opens a sentence as an
 * adjective or a verb, a season, a set phrase, a word said twice.
 */
function aWord(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english } = c;
  // `Black coal from the Bowen Basin`, `Last week`: an English surname that is an adjective, opening
  // a sentence before a noun such adjectives take, is the adjective (not `Brown wrote`, `Black herself`).
  if (
    english &&
    end === aliasEnd &&
    hot & AliasFlag.Surname &&
    ADJECTIVE_SURNAMES_EN.has(alias.key) &&
    opensSentence(text, start) &&
    ((smallWordAfter(text, end, ADJECTIVES_NOUNS) && !text.startsWith(' up ', wordEnd(text, end + 1))) || PAPER_GOODS.test(text.slice(end, end + 20)))
  )
    return true;
  // `Reform of business rates`, `Stride for stride`, `Banks with less than …`: a word a sentence's capital disguises.
  if (english && hot & (AliasFlag.Thing | AliasFlag.Surname) && end === aliasEnd && opensSentenceBefore(text, start, end, NOUN_FOLLOWERS)) return true;
  if (
    english &&
    hot & AliasFlag.CaseSensitive &&
    end === aliasEnd &&
    (opensSentenceBefore(text, start, end, WORD_FOLLOWERS) ||
      (hot & AliasFlag.Thing && opensSentenceBefore(text, start, end, THING_HEADS)))
  )
    return true;
  // A surname the glossary lists as case-sensitive, being a word, is the word where a sentence
  // opens with it in a compound, a pair or a list (`Head coach of …`, `Green light for …`, `Green
  // and gold flags`, `Skates, scooters and folding bikes`).
  if (
    english &&
    hot & AliasFlag.CaseSensitive &&
    hot & AliasFlag.Surname &&
    end === aliasEnd &&
    (opensSentenceBefore(text, start, end, COMPOUND_HEADS) || opensPair(text, start, end))
  )
    return true;
  // `Caller after caller`, `Wolf um Wolf`: a word said twice, not a name.
  if (hot & (AliasFlag.CaseSensitive | AliasFlag.AfterFullName) && end === aliasEnd && (repeatedAfter(text, start, end) || repeatedBefore(text, start, end)) && HAS_SMALL_LETTER.test(alias.alias))
    return true;
  // (Also as the first half of a compound: `Cotton buds, nappies and …`; not a surname the glossary
  // lists only as afterFullName: `Reeves allies, aides and backbenchers`.)
  if (english && hot & AliasFlag.CaseSensitive && hot & AliasFlag.Surname && end === aliasEnd && opensSentence(text, start) && opensList(text, end)) return true;
  if (!english && !isHyphenJoin(text, end)) {
    // (A surname the glossary counts only after the full name is one the author knew for a word: `Kummer`.)
    // (Also a family name written first, `Ding` of Ding Liren: `ein Ding der Unmöglichkeit`.)
    const nounSurname = hot & (AliasFlag.Surname | AliasFlag.FamilyFirst) && (NOUN_SURNAMES.has(alias.key) || hot & AliasFlag.AfterFullName);
    // A surname the glossary lists as case-sensitive is a word too, right after an article (`Ein
    // Buch über …` of Rolf Buch; `eine kämpferische Lang` is Ricarda Lang, as German describes people).
    const wordSurname = hot & AliasFlag.Surname && hot & AliasFlag.CaseSensitive && !nounSurname;
    // A town does not take an article: `aus dem Zug`, `im Hof des Werks`, `die Halle`, nor one
    // listed as case-sensitive, being a word (`mit einer List` of the town List; an acronym is no
    // word: `des MQ` is the MuseumsQuartier). A landscape does: a river, a mountain or a heath
    // (`am Inn`, `in die Heide`).
    // (A feminine noun is the place after an article it does not take: `Das Lippe des 19. Jahrhunderts`, `im Lippe von heute`.)
    const nounPlace =
      hot & AliasFlag.Place &&
      ((NOUN_PLACES.has(alias.key) && !(hot & HotBit.Landscape) && !(FEMININE_NOUN_PLACES.has(alias.key) && wordOfBeforeAnyCase(text, start, NOT_FEMININE_ARTICLES))) ||
        (hot & AliasFlag.CaseSensitive && !(hot & HotBit.Landscape) && !isUpperCase(text.charCodeAt(start + 1))));
    // (So is a place's short name the glossary counts only after the full one, being a word too:
    // `einen Ring um das Haus` beside the Ringstraße, which is `den Ring` with a definite article.)
    // (An indefinite article right before it, not a possessive: `unser Ring`, `sein Frankfurt`.)
    // (With an adjective between, only a title in quotes: `einen neuen „Ring“`, not `ein freies Gaza`.)
    const shortPlace =
      (hot & (AliasFlag.Place | AliasFlag.AfterFullName)) === (AliasFlag.Place | AliasFlag.AfterFullName) &&
      (wordOfBefore(text, start, INDEFINITE_ARTICLES_DE, false) || QUOTES.has(text.charCodeAt(start - 1)));
    // (Not a minister's own body after a possessive: `Sein Digitalministerium baut …`.)
    if ((hot & AliasFlag.Thing || nounSurname || nounPlace || shortPlace) && afterIndefinite(text, start) && !ministersOwn(text, start, alias)) return true;
    // `das bayerische Digitalministerium` beside the federal one: a state's own body.
    if (hot & AliasFlag.Thing && end === aliasEnd && GOVERNMENT_BODY.test(alias.key) && otherStateBefore(text, start, alias)) return true;
    // `viel Rauch und wenig Substanz`, `mehr Post als sonst`: a quantity of the thing that the firm
    // is named after, a German mass noun (not `mehr Tesla als VW`; not `ist nicht mehr Post`, `wie
    // viel Post`, which name the firm).
    if (hot & AliasFlag.Thing && end === aliasEnd && MASS_NOUNS.has(alias.key) && quantityBefore(text, start)) return true;
    // So is a short name that begins a compound name of its entry, being a noun too, after an
    // indefinite article (`einen Rosengarten versprochen` beside the Rosengartentunnel; not `unser
    // Ring` of the Ringstraße).
    // (Not a place's, nor one before a qualifier, which an article may take: `ein Gaza ohne Hamas`,
    // `ein Schengen ohne Binnenkontrollen`.)
    if (alias.startsCompound && !(hot & (AliasFlag.Person | AliasFlag.Place)) && wordOfBeforeAnyCase(text, start, INDEFINITE_ARTICLES_DE) && !smallWordAfter(text, end, QUALIFIERS)) return true;
    // `in die Lüneburger Heide`, `im Thüringer Wald`: a landscape named by a town's adjective and
    // its noun (not `im Fricktaler Stein`, the village).
    if (nounPlace && end === aliasEnd && LANDSCAPES.test(alias.key) && townAdjectiveBefore(text, start)) return true;
    // `zwei Rügen erteilt`, `mehrere Polen`: a number counts the noun or the people; a place is one.
    // (Not in a ranking, `auf Platz zwei Deutschland`.)
    if (hot & AliasFlag.Place && end === aliasEnd && wordOfBefore(text, start, NUMBER_WORDS, false) && !rankBefore(text, start)) return true;
    // `per Post`, `per Bahn`: a means, not the firm.
    if (hot & AliasFlag.Thing && end === aliasEnd && MEANS.has(alias.key) && wordOfBefore(text, start, MEANS_DE, false)) return true;
    if (wordSurname && wordOfBeforeAnyCase(text, start, INDEFINITE)) return true;
    // `ein Berliner Kindl`: a beer or a brand named after a town and a family.
    if (hot & AliasFlag.Surname && afterTownBrand(text, start)) return true;
    // `ein Brunner Pensionist`, `die Rehlinger Ortsvorsteherin`: a surname in -er after an article
    // and before a noun of a town's people is the town's adjective (`aus Brunn am Gebirge`; not `ein
    // Söder Vertrauter`, nor after a relative pronoun: `die Entlastung, die Söder Unternehmer versprach`).
    if (hot & AliasFlag.Surname && end === aliasEnd && alias.key.endsWith('er') && (wordOfBeforeAnyCase(text, start, INDEFINITE) || (wordOfBeforeAnyCase(text, start, DEFINITE_ARTICLES_DE) && !afterRelativePronoun(text, start))) && isWordAfter(text, end, RESIDENT_NOUNS)) return true;
    // `den Nagel auf den Kopf treffen`; `ein gebürtiger Bayer`, without the article too.
    if (((nounSurname || wordSurname || nounPlace) && afterDefinite(text, start) && !afterRelativePronoun(text, start)) || (hot & AliasFlag.Thing && afterStrongAdjective(text, start))) return true;
    // `Der größte Hebel liegt …`, `im wichtigsten Hebel`: a noun after an article and a superlative
    // (not `die 45-jährige Hebel`, as German describes people).
    if (nounSurname && end === aliasEnd && superlativeBefore(text, start, FEMININE_NOUN_SURNAMES.has(alias.key))) return true;
    // `das ist „reiner Nepp“`, `mit letzter Kraft` (not `ein sichtlich verärgerter Nepp`, who is the person).
    if ((nounSurname || wordSurname) && afterStrongAdjective(text, start, true) && nothingBeforeAdjective(text, start)) return true;
    // `Vor der Presse wollte sich niemand äußern`, `aus der Welt schaffen`, `auf dem Bild`: a paper's name
    // that is a noun, after such a preposition and an article, is the noun (the paper stands in quotes
    // there: `vor der „Presse“`). (A name in capitals, `SPIEGEL`, is not in `Thing`.)
    if ((hot & (AliasFlag.Medium | AliasFlag.Thing)) === (AliasFlag.Medium | AliasFlag.Thing) && end === aliasEnd && !QUOTES.has(text.charCodeAt(start - 1)) && paperNounPhrase(text, start)) return true;
    // `Standard sei das nicht, sagt ein Architekt`, `Zeit ist knapp`: a paper named with its article
    // (`Der Standard`) opening a sentence without it, before a copula, is the noun (not `Spiegel berichtet`).
    if ((hot & (AliasFlag.Medium | AliasFlag.Thing)) === (AliasFlag.Medium | AliasFlag.Thing) && end === aliasEnd && smallWordAfter(text, end, COPULAS) && !QUOTES.has(text.charCodeAt(start - 1)) && opensSentence(text, start) && namedWithArticle(index, record, alias.key)) return true;
    // `die letzte echte Volkspartei`, `die eigentliche Volkspartei`: a kind, not the party.
    // (Also declined: `von der gesellschaftlichen Linken`.)
    if ((hot & (AliasFlag.Thing | AliasFlag.Medium)) === AliasFlag.Thing && wordOfBeforeAnyCase(text, start, KIND_ADJECTIVES)) return true;
    // A person's name in the genitive takes no article: `des Winters`, `des Kochs`, `die Jungs`
    // (a relative pronoun is no article: `Gemeinden, die Khoms Vorschlag …`). And a surname that
    // is a word (listed as case-sensitive) is in the genitive only before its noun: `Jungs
    // Amtszeit`, not `viele Jungs und Mädchen`.
    if (hot & AliasFlag.Surname && end !== aliasEnd) {
      const beforeNoun = nounAfter(text, end);
      if (afterDefinite(text, start) && !(beforeNoun && afterRelativePronoun(text, start))) return true;
      if (hot & AliasFlag.CaseSensitive && (!beforeNoun || afterIndefinite(text, start))) return true;
    }
    // `Linke Gruppen …`, `Grüne Politiker …`: a case-sensitive name that ends like a declined
    // adjective, opening a sentence before a noun, is the adjective; so is a surname the glossary
    // lists as case-sensitive in any ending (`«Ganzer Stolz unserer Familie …»` of Stéphane Ganzer).
    if (
      hot & AliasFlag.CaseSensitive &&
      !(hot & AliasFlag.Place) &&
      end === aliasEnd &&
      (DECLINED.test(alias.key) || (hot & AliasFlag.Surname && ADJECTIVE_ENDING.test(alias.key))) &&
      opensSentence(text, start) &&
      beforeOtherNoun(text, end, alias.nameWords ?? NO_WORDS)
    )
      return true;
    // `im vergangenen Sommer`, `den ganzen Winter`: a season, after a word of time or weather.
    // (So is one opening a sentence that calls it a time: `Winter ist die heikelste Zeit`.)
    if (hot & AliasFlag.Surname && end === aliasEnd && SEASONS.has(alias.key) && (wordOfBefore(text, start, SEASON_ADJECTIVES, false) || (opensSentence(text, start) && SEASON_TIME.test(text.slice(end, end + 40))))) return true;
    // `Mitte März` is the middle of March, not the party or Berlin's district.
    if (end === aliasEnd && alias.key === 'mitte' && isWordAfter(text, end, MONTHS_DE)) return true;
  }
  // `wie Fischer, denen man das Netz zerschneidet`: `denen` is plural, no one person.
  // (A noun's surname only, and not the last of a list: `gegen Merz und Söder, denen …`.)
  if (!english && hot & AliasFlag.Surname && end === aliasEnd && text.startsWith(', denen ', end) && NOUN_SURNAMES.has(alias.key) && !wordOfBeforeAnyCase(text, start, CONJUNCTIONS)) return true;
  // `ins Grüne`, `im Grünen`: a case-sensitive name that is an adjective, made a noun.
  if (!english && hot & AliasFlag.Thing && hot & AliasFlag.CaseSensitive && DECLINED.test(alias.key) && !isHyphenJoin(text, end) && wordOfBefore(text, start, INTO, false)) return true;
  // `30 Millionen Franken`: a currency named like the place.
  if (hot & AliasFlag.Place && end === aliasEnd && CURRENCY_PLACES.has(alias.key) && !isHyphen(text.charCodeAt(end)) && amountBefore(text, start)) return true;
  // `Weil die Basler Verkehrsbetriebe …`: a town named like a conjunction, opening a sentence before
  // its clause's subject (not `Weil hat 30 000 Einwohner`); `„Werden wir …“` beside Essen-Werden:
  // any place's name before a pronoun that opens a sentence is a verb asking a question.
  if (!english && hot & AliasFlag.Place && end === aliasEnd && opensSentence(text, start) && (smallWordAfter(text, end, CONJUNCTION_PLACES.has(alias.key) ? CLAUSE_SUBJECTS : SUBJECT_PRONOUNS) || formalYouAfter(text, end))) return true;
  // `on the Cornish side of the Tamar` beside Cornish: a surname shaped like an adjective of origin,
  // after an article and before a word in small letters, is the adjective.
  if (english && hot & AliasFlag.Surname && end === aliasEnd && ORIGIN_ADJECTIVES.has(alias.key) && wordOfBeforeAnyCase(text, start, ENGLISH_ARTICLES) && smallWordNext(text, end)) return true;
  // `Jeder Schweizer Bauer kennt …`, `ein Spiegel`: the words, not the paper (not `ein Spiegel-Interview`).
  // (Not after a possessive, `seine NZZ`, nor an acronym's or a number's name: `einen ORF, der …`, `sein 20 Minuten`.)
  if (!english && hot & AliasFlag.Medium && !isHyphenJoin(text, end) && wordBeforeIn(text, start, COUNTING) && /^\p{L}[^\d]*\p{Ll}/u.test(alias.alias))
    return true;
  // `The Hindu shrine`, `the Hindu festivals`, `The Australian dollar`: a paper named by a people's or a
  // faith's adjective, before a noun, is the adjective (`The Hindu reported`, `The Hindu newspaper` are the paper).
  if (english && (hot & (AliasFlag.Medium | AliasFlag.LeadingArticle)) === (AliasFlag.Medium | AliasFlag.LeadingArticle) && end === aliasEnd && adjectiveBeforeNoun(text, end))
    return true;
  // `Iron ore belongs to every West Australian, not just …`: one of a people that a paper is named
  // after (`The West Australian`), counted, where the clause ends (not `a Guardian reporter`, `an
  // Irish Times/Ipsos poll`).
  if (english && alias.type === 'media' && end === aliasEnd && wordOfBefore(text, start, COUNTED_ONES, false) && closesClause(text, end)) return true;
  if (end === aliasEnd && inSetPhrase(text, start, end, alias.key)) return true;
  // `„Herrgott noch mal, wir …“`, `„Herrgott nochmal – …“`: an oath, not the person named so (not `Merz noch mal zu fragen`).
  if (hot & AliasFlag.Surname && end === aliasEnd && text.charCodeAt(end) === 0x20 && text.charCodeAt(end + 1) === 0x6e && OATH.test(text.slice(end, end + 14))) return true;
  return false;
}

/**
 * A thing named after the name: a work, a club, a venue, a street, a ship, a car, a drink, a firm
 * that bears a founder's or a town's name.
 */
function namedAfterIt(c: Candidate): boolean {
  const { text, start, end, aliasEnd, alias, hot, english } = c;
  // `im Stadion von Hannover 96`, `Schalke 04 gewann`: a club named after the town by its year.
  if (!english && hot & AliasFlag.Place && end === aliasEnd && clubNumberAfter(text, end) && !wordOfBefore(text, start, NUMBERED_PLACE_LEADS, false) && !afterNumberedItem(text, start)) return true;
  // `die Hermann-Hesse-Bahn` beside Winfried Hermann and the Bahn: a compound named after someone else.
  if (hot & HotBit.FirstName && hot & AliasFlag.Surname && end === aliasEnd && namedAfterOther(text, end, alias.nameWords!)) return true;
  if (hot & AliasFlag.Thing && start > 1 && isHyphenJoin(text, start - 1) && afterPersonsName(text, start - 1)) return true;
  // `ein Wagner-Zyklus` beside the architect Otto Wagner, `die Bach-Kantate` beside Thomas Bach: a
  // composer's work, where the entry makes no music.
  // `Verdi-Opern` beside the union, `die Jupiter-Sinfonie` beside the planet: a thing or a place
  // named like a composer or a work, before a noun only a composer's work takes (not `die
  // Tschernobyl-Oper`, an opera about the place).
  if (
    !english &&
    end === aliasEnd &&
    isHyphenJoin(text, end) &&
    (hot & AliasFlag.Surname || (!(hot & AliasFlag.Person) && (COMPOSERS.has(alias.key) || SYMPHONIES.has(alias.key)))) &&
    compoundEndsIn(text, end, hot & AliasFlag.Surname ? MUSICAL_WORKS : COMPOSERS.has(alias.key) ? COMPOSERS_WORKS : SYMPHONY_WORDS) &&
    !alias.descriptions.some((description) => MUSICIANS.test(description))
  )
    return true;
  // `Verdis „Nabucco“`, `Verdis Requiem` beside the union: a composer's genitive before one of his
  // works, or before a title in quotes in a sentence about music (not `Verdis „Nein“ zum Angebot`).
  if (
    !english &&
    !(hot & AliasFlag.Person) &&
    end === aliasEnd + 1 &&
    text.charCodeAt(aliasEnd) === 0x73 &&
    COMPOSERS.has(alias.key) &&
    text.charCodeAt(end) === 0x20 &&
    (isWordAfter(text, end, COMPOSERS_WORKS) || (OPENING_QUOTES.has(text.charCodeAt(end + 1)) && MUSIC.test(sentenceAround(text, start))))
  )
    return true;
  // `bei einem Glas Martini`, `a bottle of Bordeaux`: a drink named after the person or the place.
  if (hot & (AliasFlag.Person | AliasFlag.Place) && end === aliasEnd && !isHyphenJoin(text, end) && drinkBefore(text, start, english)) return true;
  // `ein roter Opel Astra` beside the roads office, `a Seat Ibiza`: a car model after its maker's name.
  // (A town's or an island's name, that models take; not after a person's name, `Doug Ford Ontario`, nor
  // beside another maker, `Renault Nissan`.)
  if (carMakerBefore(text, start) && (hot & AliasFlag.Thing || (hot & AliasFlag.Place && (describesTown(alias) || headWords(alias).some((word) => ISLANDS_DE_EN.has(word))))) && !CAR_MAKERS.hasIn(text, start, wordEnd(text, start))) return true;
  if (
    hot & AliasFlag.Person &&
    end === aliasEnd &&
    (isWordAfter(text, end, INSTITUTIONS) ||
      // (Also after a word or two of the institution's name: `Kühne Logistics University`.)
      institutionAhead(text, end) ||
      (english && beforeWork(text, start, end)) ||
      (isWordAfter(text, end, NAMED_FIRMS) && (english || (afterFirmWord(text, start) && !afterRelativePronoun(text, start)) || !isWordAfter(text, end, GERMAN_FIRM_WORDS)) && !headlineFirmWord(text, end)) ||
      (!english && isWordAfter(text, end, FAMILY_TRADES) && tradeNounBefore(text, start)) ||
      inNamedAfterCompound(text, start, end) ||
      colourPair(text, start, end, alias.key) ||
      beforeGeneration(text, end, alias.nameWords) ||
      otherGeneration(text, start, end, alias.nameWords) ||
      besideAmpersand(text, start, end) ||
      townBeforeRegion(text, start, end) ||
      // `a row of Ford pickups`: the carmaker named after its founder.
      (hot & AliasFlag.Surname && smallWordAfter(text, end, VEHICLES)) ||
      // `crews from Ireland and South Africa` for Richard Ireland: the country.
      (hot & AliasFlag.Surname && COUNTRY_NAMES.has(alias.key) && wordOfBeforeAnyCase(text, start, TOWN_PREPOSITIONS)) ||
      (english && inCaseName(text, start, end)))
  )
    return true;
  // `Ford’s assembly plant`: the carmaker named after its founder, in the genitive too (a carmaker's
  // name, before a plant: not `Trump's car`, nor `Ford's car` of the premier).
  if (english && hot & AliasFlag.Surname && end !== aliasEnd && CAR_MAKERS.hasIn(text, start, aliasEnd) && CAR_PLANT.test(text.slice(end, end + 30))) return true;
  // `das Thalia Theater`, `die Allianz Arena`, `the CN Tower`: a venue that bears a firm's name is
  // not the firm (not `fördert Siemens Theater und Museen`).
  if (end === aliasEnd && (hot & AliasFlag.Thing || firmAcronym(alias, hot)) && isWordAfter(text, end, VENUES) && venueAfter(text, end, hot) && beforeVenue(text, start, end, english)) return true;
  // (Not a club's own ground: `das Rapid-Stadion`.)
  if (!english && hot & AliasFlag.Thing && end === aliasEnd && compoundEndsIn(text, end, STADIUMS) && !describesClub(alias)) return true;
  // `WSG Swarovski Tirol`, `FC Red Bull Salzburg`, `AFC Wimbledon`: a sponsor or a name in a club's
  // name, after its initials; a firm's not where a word in small letters follows (`SK Hynix meldet`).
  if (
    !(hot & (AliasFlag.Person | AliasFlag.Place)) &&
    wordOfBefore(text, start, CLUB_INITIALS, true) &&
    !describesClub(alias) &&
    !(alias.firm && smallWordNext(text, end))
  )
    return true;
  // `the DP World Tour`, `the Heineken Cup`: a contest that bears a sponsor's name is not the sponsor.
  // (Not in a headline in title case: `Inside the HBO Series That Redefined TV`.)
  if (english && alias.firm && end === aliasEnd && isWordAfter(text, end, CONTESTS) && wordOfBefore(text, start, ENGLISH_ARTICLE, false) && capitalisedWordAfter(text, wordEnd(text, end + 1)) === null) return true;
  // `die Betreiberin Nord Stream 2 AG`, `die Porsche AG` beside the pipeline and Ferdinand Porsche: a firm named after them.
  // (Not a place's: `die Flughafen Zürich AG` is in Zürich, `Baden AG` the town in Aargau.)
  if (!alias.firm && !(hot & AliasFlag.Place) && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1)) && legalFormAfter(text, end, english, (hot & AliasFlag.Person) !== 0)) return true;
  if (!(hot & AliasFlag.Place) && end === aliasEnd && english && isWordAfter(text, end, STREETS)) return true;
  // `the Koeberg Interchange closed`: a road junction (not a card's fee, `Visa Interchange Fees`,
  // nor a numbered one, `M25 Junction 10`, nor in a headline's title case).
  if (!(hot & AliasFlag.Place) && end === aliasEnd && english && isWordAfter(text, end, JUNCTIONS) && smallWordFollows(text, wordEnd(text, end + 1))) return true;
  // `down Michigan Avenue`: a street named after the place; `Bay Mills Township`, `Ford County`: a
  // place named after the firm or the community.
  // (Not in a title in capitals, nor before an office's name: `Texas Road Deaths Hit Record`, `GOP County Chairman`.)
  if (english && end === aliasEnd && !(hot & AliasFlag.Person) && isWordAfter(text, end, hot & AliasFlag.Place ? STREETS_NAMED_AFTER : PLACES_OF_THINGS) && !capitalisedWordAfter(text, wordEnd(text, end + 1)))
    return true;
  // `die Landau-Bau-Arena`, `die Veltins-Arena`: a stadium named after its sponsor.
  // (Not a club's own: `das Hertha-Stadion`.)
  if (alias.type === 'organisation' && end === aliasEnd && compoundEndsIn(text, end, STADIUMS) && !describesClub(alias)) return true;
  // `das Schloss Esterházy`: a building named after the family or the firm (a person after it is one
  // who acts there: `Als im Schloss Söder mit Merz verhandelte`).
  if (!english && alias.type === 'organisation' && end === aliasEnd && wordOfBefore(text, start, BUILDINGS_BEFORE, true)) return true;
  // `the export beer Kilkenny`: a drink named after the place (not `brand Australia`, `die Marke Tirol`: the place).
  if (hot & AliasFlag.Place && end === aliasEnd && wordOfBeforeAnyCase(text, start, BRAND_NOUNS)) return true;
  // `Lithium producers such as Pilbara Minerals`: a firm named after the place (not in a headline's
  // title case: `Pilbara Mining Boom Ends`).
  if (english && hot & AliasFlag.Place && end === aliasEnd && isWordAfter(text, end, PLACE_FIRMS) && !capitalisedWordAfter(text, wordEnd(text, end + 1))) return true;
  // `sagte der Zeitung Alto Adige`, `the newspaper China Daily`: a paper named after the place.
  if (hot & AliasFlag.Place && end === aliasEnd && paperNounBefore(text, start, end, english)) return true;
  // `the Duke of Edinburgh’s Award`: a title's place, also in the possessive.
  if (english && hot & AliasFlag.Place && afterInstitutionOf(text, start, alias.key)) return true;
  // `HMS Belfast`, `USS Ronald Reagan`: a ship named after the place or the person.
  if (hot & (AliasFlag.Person | AliasFlag.Place) && end === aliasEnd && shipPrefixBefore(text, start)) return true;
  // Named after a person, a place takes the full name (`Rue Victor Hugo`), not a surname alone
  // (`beim Grand Prix Verstappen`, `als am Flughafen Selenskyj landete`).
  if ((hot & (AliasFlag.Person | AliasFlag.Surname)) === AliasFlag.Person && afterInstitution(text, start)) return true;
  // `die Band Madsen`: a band that bears its members' name (not `der Band Merkel-Reden`, a volume).
  if (!english && hot & AliasFlag.Surname && end === aliasEnd && !isHyphenJoin(text, end) && bandBefore(text, start)) return true;
  // A firm that bears its founders' name: `das Bankhaus Metzler`, `der Verlag Kiepenheuer`.
  if (hot & AliasFlag.Surname && (wordOfBefore(text, start, FIRMS, true) || afterFirmKind(text, start) || afterFurnitureStore(text, start))) return true;
  // `die Fischrestaurantkette Nordsee`: a chain or a brand named after the place.
  // (Not a country's or a town's genitive: `der größte Zulieferer Deutschlands`; nor a country,
  // which supplies too: `der Gaslieferant Norwegen`.)
  if (!english && hot & AliasFlag.Place && end === aliasEnd && afterFirmCompound(text, start) && !COUNTRY_NAMES.has(alias.key)) return true;
  // `das Gedicht „Ganymed“`, `the vampire film “Sinners”`, `der Anime-Klassiker „Akira“`: a work's
  // title in quotes, not the person, place or firm it names; `das Containerschiff „Hamburg
  // Express“`, `„Trump Tower“`: a quoted name that goes on from theirs is another's.
  if (hot & (AliasFlag.Person | AliasFlag.Place | AliasFlag.Thing) && start > 0 && QUOTES.has(text.charCodeAt(start - 1)) && ((QUOTES.has(text.charCodeAt(end)) && afterWorkNoun(text, start)) || quotedLongerName(text, start, end)))
    return true;
  // `mit dem Taufnamen „Frankfurt am Main“`, `Grönemeyers „Bochum“`, `die Fähre „Romanshorn“`: a
  // place's name in quotes after a noun of a name, someone's genitive or a ship's noun is what bears
  // it (a plane, a song, a ship).
  if (
    hot & AliasFlag.Place &&
    end === aliasEnd &&
    start > 0 &&
    QUOTES.has(text.charCodeAt(start - 1)) &&
    QUOTES.has(text.charCodeAt(end)) &&
    (namedBefore(text, start, describesTown(alias)) || (describesTown(alias) && shipBefore(text, start)))
  )
    return true;
  // `J. M. Barrie’s comedy Quality Street` beside the sweets: a work's title after its noun, where the
  // entry is no work.
  // (Not a clause's subject after the noun: `The documentary Netflix released`.)
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && wordOfBefore(text, start, WORKS_BEFORE_EN, false) && !describedWorks(alias) && !verbAfter(text, end)) return true;
  // `aus der Kabine der „Graf Zeppelin“`: a person's full name in quotes, after a part of a ship and
  // an article, is the ship's.
  if (!english && hot & AliasFlag.Person && !(hot & AliasFlag.Surname) && QUOTES.has(text.charCodeAt(start - 1)) && QUOTES.has(text.charCodeAt(end)) && aboardBefore(text, start - 1))
    return true;
  // `Bavaria Film` beside the statue, `Babelsberg Studios`: a studio named after it (a firm's own is
  // the firm's, `Sony Pictures`; a name that goes on is a festival's or a body's, `the Cannes Film Festival`).
  if (!(hot & AliasFlag.Person) && end === aliasEnd && !alias.firm && isWordAfter(text, end, STUDIOS) && capitalisedWordAfter(text, wordEnd(text, end + 1)) === null) return true;
  // `das Gasthaus „Zur Krone“`, `„Zum Löwen“`: an inn's name.
  if (!english && end === aliasEnd && start >= 5 && QUOTES.has(text.charCodeAt(end)) && innNameBefore(text, start)) return true;
  // `Staff at the Halifax, whose …`: a town's name with `the`, ending its phrase, is a firm's (the
  // bank) or a thing's; `The Mackay Cutters`, a team's; `the Moranbah North mine`, a mine's.
  // (A name of one word, not one written with `the`: `the Gold Coast`, `the Big Apple`.)
  if (english && hot & AliasFlag.Place && hot & HotBit.PlainWord && end === aliasEnd && describesTown(alias) && wordOfBeforeAnyCase(text, start, ENGLISH_ARTICLE) && (endsPhraseAt(text, end) || beforeTeam(text, end))) return true;
  if (english && hot & AliasFlag.Place && end === aliasEnd && describesTown(alias) && beforeCompassMine(text, end)) return true;
  // `the full-size replica Parthenon in Nashville`, `the Huis Ten Bosch theme park`: a copy of the
  // place or the thing (not a replica's maker or brand before its noun, `replica Ferrari caps`; nor
  // a theme park's town or maker, `the Orlando theme park`, `the Disney theme park`: only a building's, not a park's).
  if (
    english &&
    !(hot & AliasFlag.Person) &&
    end === aliasEnd &&
    ((wordOfBefore(text, start, REPLICA, false) && !smallWordAfter(text, end, MERCHANDISE)) ||
      (hot & AliasFlag.Place && text.startsWith(' theme park', end) && describesCitySpot(alias) && !headWords(alias).some((word) => word.endsWith('park'))))
  )
    return true;
  // `the Canada geese`, `Murray cod`: a kind of bird, fish or food named after the place.
  if (english && hot & AliasFlag.Place && end === aliasEnd && text.charCodeAt(end) === 0x20 && PLACE_KINDS.hasIn(text, end + 1, wordEnd(text, end + 1))) return true;
  // `Quebec City`, `Newport County`, `the Great Barrier Reef Foundation`, `Howrah Bridge`, `the
  // Ontario Line`: a city, a county, a club, a charity, a bridge or a railway line named after the
  // place; `Camden Town`, `Ipswich Town`: a neighbourhood or a club (not `Camden Town Hall`, the
  // place's own).
  if (english && hot & AliasFlag.Place && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1))) {
    const to = wordEnd(text, end + 1);
    // (Not a town's or a county's own hall or council: `Burlington City Hall`, `Cork County Council`;
    // `Kansas City Council` is no state's.)
    if (
      (PLACES_NAMED_AFTER.hasIn(text, end + 1, to) && !(isWordAfter(text, to, CITY_OWN) && (CITY.hasIn(text, end + 1, to) ? describesTown(alias) : COUNTY.hasIn(text, end + 1, to) && (describes(alias, 'county') || headWords(alias).some((word) => AREA_ENDS.test(word)))))) ||
      (TOWN.hasIn(text, end + 1, to) && capitalisedWordAfter(text, to) === null)
    )
      return true;
    // (A line only after `the`, and ending there: not `Residents In Kyiv Line Up`, `the Kashmir Line of Control`, `Line 1`.)
    if (LINE.hasIn(text, end + 1, to) && wordOfBefore(text, start, ENGLISH_ARTICLE, false) && lineEnds(text, to)) return true;
  }
  // `SGB V`: a book numbered after an acronym's name is a thing of its own (not a broadcaster's
  // channel, `ORF III`, nor a word the glossary lists as case-sensitive: `Leopard II`, `Trident II`).
  if ((hot & (AliasFlag.CaseSensitive | AliasFlag.Person | AliasFlag.Medium)) === AliasFlag.CaseSensitive && end === aliasEnd && romanNumberAfter(text, end) && !HAS_SMALL_LETTER.test(alias.alias))
    return true;
  // `nach dem Wendelstein benannt`, `named after the Wendelstein`: what a thing is named after, not
  // the thing (of a short name only, that its full name goes on from: Wendelstein 7-X).
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && alias.startsLonger && namedAfter(text, start, end, english)) return true;
  // `The club, named after the Fenian leader James Stephens`, `named after the Rio Tinto in southern
  // Spain`, `named after Loch Finlaggan`: what a body or a thing is named after is not it.
  if (english && !(hot & AliasFlag.Person) && alias.type !== 'place' && end === aliasEnd && namedAfterWords(text, start, end)) return true;
  return false;
}

/**
 * Another body, firm or paper of the name: a branch, a sister firm, another state's or year's
 * body, a longer name that goes on from it.
 */
function anotherBody(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english } = c;
  // `der Fahrgastverband Pro Bahn`, `Pro Asyl`: an association for the thing.
  if (hot & AliasFlag.Thing && start > 4 && text.startsWith('Pro ', start - 4) && foldAt(text, start - 5) <= JOIN) return true;
  // `ein früherer SG Wallau-Massenheim-Spieler` beside the SG Flensburg-Handewitt: another of the kind.
  // (German capitalises nouns: there only a name in a compound tells, not `wo ZF Elektromotoren fertigt`.)
  if (alias.longerWords !== null && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1)) && anotherOfTheKind(text, end, alias.longerWords, english)) return true;
  // `the Port Authority of Allegheny County` beside the `Port Authority of New York and New Jersey`.
  if (english && hot & AliasFlag.OfLonger && end === aliasEnd && titleOf(text, end) && !alias.ofWords!.has(foldKey(text.slice(end + 4, wordEnd(text, end + 4))))) return true;
  if (!english && end === aliasEnd && text.charCodeAt(end + 1) === 0x66 && LONGER_WITH_FUR.test(alias.key) && longerWithFur(text, start, end, alias.ofWords)) return true;
  // `die Schwesterfirma Signa Prime Selection`: a firm of the group whose name goes on from the group's.
  if (!english && hot & AliasFlag.Thing && end === aliasEnd && wordOfBefore(text, start, SISTER_FIRM_NOUNS, true) && sisterNameGoesOn(text, end)) return true;
  // `Brisbane’s Courier-Mail`: in English a paper's name joined to a paper's word is another paper's,
  // where the compound ends a clause or a verb follows (not `a Reuters-Ipsos poll`, nor two papers'
  // work: `a Guardian-Observer investigation`, `the Sun-Mirror price war`).
  if (english && hot & AliasFlag.Medium && isHyphenJoin(text, end) && isUpperCase(text.charCodeAt(end + 1)) && paperWordAt(text, end + 1) && endsOrVerbAfter(text, wordEnd(text, end + 1))) return true;
  // `die Arbeiterkammer Oberösterreich` beside Vienna's: a body of the kind elsewhere.
  if (!english && alias.type === 'organisation' && end === aliasEnd && otherBranchAfter(text, end, alias)) return true;
  // `Bajaj Finance`, `Porsche Holding`: a firm of the group, with a card of its own to have; so is
  // `die DB Regio` of a firm's acronym (not `the EU Steel Safeguards`).
  if (hot & AliasFlag.Thing && end === aliasEnd && isWordAfter(text, end, SISTER_FIRMS) && !ownTrade(text, end, alias)) return true;
  if (!english && alias.type === 'organisation' && hot & AliasFlag.CaseSensitive && end === aliasEnd && isWordAfter(text, end, DIVISIONS) && divisionNamed(text, start, end)) return true;
  // `The Texas House`, `the Georgia State Senate`: a US state's own body of the name.
  if (english && hot & AliasFlag.Thing && end === aliasEnd && STATE_BODIES.has(alias.key) && afterUsState(text, start)) return true;
  if (hot & HotBit.HasOrigins && otherOrigin(text, start, alias.origins!)) return true;
  // (A word in -er before it, one space apart: `Berliner`.)
  if (
    !english &&
    !(hot & (AliasFlag.Person | AliasFlag.Place)) &&
    text.charCodeAt(start - 2) === 0x72 &&
    text.charCodeAt(start - 3) === 0x65 &&
    isUpperCase(text.charCodeAt(wordStart(text, start - 1))) &&
    alias.startsLonger &&
    otherTownBefore(index, text, start, record)
  )
    return true;
  // (A place's homes only tell which of its namesakes is meant: `Lea County, New Mexico`.)
  // (A treaty or a law only by the country it is of: `Britain’s ECHR obligations`, `German Chips Act
  // subsidies` are the member's, `der Chips Act der Vereinigten Staaten` another's.)
  if ((hot & (HotBit.HasHomes | AliasFlag.Place)) === HotBit.HasHomes && (alias.type === 'agreement' ? otherCountryOf(text, end, alias.homes!, english, true) : otherHome(text, start, end, alias.homes!, english)))
    return true;
  // `the Royal Victoria Infirmary in Newcastle` beside the Royal Victoria Hospital, called `Royal
  // Victoria` too: a short name that starts a longer one of its entry, going on with another
  // institution's noun, is another's.
  if (alias.startsLonger && end === aliasEnd && otherInstitutionAfter(index, text, end, record)) return true;
  // `England's Department of Health and Social Care` beside Northern Ireland's Department of Health:
  // a body's name with `of` that goes on with `and` and a capitalised word is another's (not `the
  // Department of Health and NHS England`, two bodies).
  if (english && alias.type === 'organisation' && end === aliasEnd && text.startsWith(' and ', end) && alias.alias.includes(' of ') && ofNameGoesOn(index, text, end)) return true;
  // `der KSV 1919` beside the Kreditschutzverband von 1870: a body of another year (a club).
  if (alias.type === 'organisation' && end === aliasEnd && otherYearAfter(index, text, end, record)) return true;
  // `the International Brotherhood of Teamsters` beside the Teamsters Canada Rail Conference: another body of its members.
  if (english && alias.type === 'organisation' && end === aliasEnd && afterBodyOf(index, text, start, end, record)) return true;
  // `der Vergleich mit der SVP in Südtirol` beside the Swiss party, `die Grünen in Österreich`
  // beside the German ones: a party of the name in another nation of its language (see
  // `partyElsewhere`; not a firm, which works abroad: `McDonald's in Deutschland`).
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && hot & HotBit.HasHomes && end === aliasEnd && text.startsWith(' in ', end) && describesParty(alias) && partyElsewhere(text, end, alias)) return true;
  // `das Verkehrsministerium in Wien` beside Baden-Württemberg's: a government's body of another state.
  if (hot & AliasFlag.Thing && end === aliasEnd && bodyInOtherCity(text, start, end, alias)) return true;
  // `The Australian Conservation Foundation`, `The Times Literary Supplement`: a paper's name that a
  // longer one goes on from is that other name.
  if (english && (hot & (AliasFlag.Medium | AliasFlag.LeadingArticle)) === (AliasFlag.Medium | AliasFlag.LeadingArticle) && end === aliasEnd && beforeLongerName(text, end))
    return true;
  // `die NZZ am Sonntag`, `the Mail on Sunday`: the paper's Sunday sister, a paper of its own.
  if (hot & AliasFlag.Medium && end === aliasEnd && sundaySister(text, end, alias)) return true;
  // `The Sunday Herald`, `the Daily Telegraph`, `Evening Standard`: another paper of the name.
  if (hot & AliasFlag.Medium && wordOfBefore(text, start, PAPER_PREFIXES, true) && PAPER_NOUNS.hasIn(alias.alias, alias.alias.lastIndexOf(' ') + 1, alias.alias.length)) return true;
  return false;
}

/**
 * A place: another of the name (elsewhere, in another region, a district or a river named so),
 * or the place where the entry is a person or a thing named after it.
 */
function anotherPlace(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english, session } = c;
  // `Neu-Ulm`, `Klein-Machnow`: another town.
  if (hot & AliasFlag.Place && start > 1 && isHyphenJoin(text, start - 1) && isUpperCase(text.charCodeAt(wordStart(text, start - 1))) && TOWN_PREFIXES.hasIn(text, wordStart(text, start - 1), start - 1)) return true;
  // `am Klein Matterhorn`: another peak, written apart (after an article or a preposition: not the
  // surname, `Dass Klein Deutschland kritisiert`).
  if (!english && hot & AliasFlag.Place && end === aliasEnd && kleinBefore(text, start)) return true;
  // `im Rhein-Main-Gebiet`, `der Main-Donau-Kanal` beside Boris Rhein: a river, joined to another.
  if (hot & AliasFlag.Surname && end === aliasEnd && NAMED_RIVERS.has(alias.key) && riverJoined(text, start, end)) return true;
  // `im niedersächsischen Salzgitter`: the town a firm is named after.
  if (!english && (hot & (AliasFlag.Person | AliasFlag.Place | HotBit.PlainWord)) === HotBit.PlainWord && !isHyphenJoin(text, end) && townAfterRegion(text, start) && namedWithForm(index, record)) return true;
  // `the Bay of Quinte` beside The Bay, `the Lake of the Woods`: a feature that `of` names is another
  // (for a person, only where the surname stands alone: `the Bay of Pigs`, not `Michael Bay of …`).
  if (english && (!(hot & AliasFlag.Person) || start === wordStart(text, end)) && end === aliasEnd && titleOf(text, end) && FEATURES_OF.hasIn(text, wordStart(text, end), end)) return true;
  // `im Ortsteil Tiergarten`, `an der U-Bahn-Station Schönbrunn`: a district or a station of the name, not the zoo named so.
  if (!english && hot & AliasFlag.Thing && wordOfBefore(text, start, DISTRICTS, true)) return true;
  // `vom Fluss Lonza`, `der Fluss Ticino`: a river of the name (not `des Flusses Putins Truppen`), unless the entry is one.
  if (
    !english &&
    hot & (AliasFlag.Person | AliasFlag.Thing | AliasFlag.Place) &&
    end === aliasEnd &&
    text.charCodeAt(start - 2) === 0x73 &&
    wordOfBefore(text, start, RIVER_WORDS, true) &&
    !(hot & AliasFlag.Place && describesRiver(alias))
  )
    return true;
  if (
    hot & AliasFlag.Person &&
    (english
      ? (end !== aliasEnd && afterEnglishArticle(text, start)) || wordOfBefore(text, start, PLACE_PREFIXES, true)
      : wordOfBefore(text, start, REGIONS, false))
  )
    return true;
  // `im Erdinger Stadtrat`: the town's adjective, not the brewery named so (not `alarmierte Wacker Polizei`).
  if (!english && (hot & (AliasFlag.Person | AliasFlag.Place | HotBit.TownAdjective)) === HotBit.TownAdjective && end === aliasEnd && isWordAfter(text, end, TOWN_NOUNS) && beforeTownNoun(text, start, end)) return true;
  // `a brewery in Glastonbury, Connecticut`: a town of the name, not the festival named after one.
  if (!(hot & (AliasFlag.Person | AliasFlag.Place | AliasFlag.Thing | AliasFlag.Medium)) && end === aliasEnd && townBeforeRegion(text, start, end)) return true;
  // `near Tennant Creek` beside the miner, `Glenveagh National Park` beside the builder: a place named
  // like the firm (not a forestry firm's own `Forest`).
  // (Not in a headline in title case: `Qantas Falls Short`; nor before another name: `Woolworths Point Cook`.)
  if (english && alias.firm && end === aliasEnd && ((isWordAfter(text, end, LANDFORMS) && capitalisedWordAfter(text, wordEnd(text, end + 1)) === null && !worksLandform(text, end, alias)) || nationalParkAfter(text, end, alias))) return true;
  if (hot & (AliasFlag.Place | AliasFlag.Thing) && mayFollowPrefix(text, start) && inRegionName(text, start, alias.key)) return true;
  if ((hot & (HotBit.HasHomes | AliasFlag.Place)) === (HotBit.HasHomes | AliasFlag.Place) && otherCountryBefore(text, start, end, alias.homes!, english)) return true;
  // `South Hedland` beside Port Hedland, called `Hedland` too: a point of the compass before a short
  // name that ends the entry's longer one makes another place.
  if (hot & AliasFlag.Place && end === aliasEnd && compassBeforeTail(index, text, start, record)) return true;
  // `der Skiort Vail`: the place a firm is named after; `die Gemeinde Gösgen` beside the power plant: the town a place is.
  if (!english && end === aliasEnd && !(hot & AliasFlag.Person) && (hot & AliasFlag.Place ? townNounBefore(text, start) && describesFacility(alias) : placeNounBefore(text, start)) && placeGoesOn(text, end)) return true;
  if (hot & AliasFlag.Place && doubledName(text, start, aliasEnd)) return true;
  if (
    hot & AliasFlag.Place &&
    end === aliasEnd &&
    (inOtherName(text, start, end, english) ||
      beforeSurnameInitial(text, end) ||
      (english && beforeUsState(text, start, end, alias.homes, alias.descriptions)) ||
      // `on Vancouver Island`: an island that bears a town's name.
      (english && isWordAfter(text, end, ISLANDS) && describesTown(alias) && !COUNTRY_NAMES.has(alias.key)) ||
      // `Mount Kosciuszko` beside the national park, `Cape Town` beside a town: a mountain or a cape
      // named like a town or a park (a lake's name is read above: `LAKES`).
      (english && !(hot & HotBit.Landscape) && wordOfBefore(text, start, FEATURES_BEFORE, true) && (describesTown(alias) || headWords(alias).some((word) => PARKS.test(word)))) ||
      (english && thingNamedAfterPlace(text, start, end, alias.key)) ||
      // `the Tay Road Bridge`: the name of a work named after the place.
      (english && beforeWork(text, start, end)) ||
      (english && dishAfter(text, end)) ||
      (!english && (inStateName(text, start, end) || inTownName(text, start, end) || beforePaperInCompound(text, end) || compoundEndsIn(text, end, STADIUMS))) ||
      (english && PLACE_GIVEN_NAMES.has(alias.key) && beforeSurname(text, end)) ||
      // (`said Keith Dalziel, who …`: a place that is a common given name, before a surname that speaks.)
      (english && FIRST_NAMES.has(alias.key) && beforeSurname(text, end) && surnameSpeaks(text, start, end)) ||
      otherTownTail(text, start, end, alias) ||
      // `die Gemeinde Glarus Nord`: a municipality or a district that takes the town's name.
      (!english && compassAfter(text, end)) ||
      // `am Strande von Laboe`: `am` before a town's name makes it a noun (not before its genitive or
      // in a compound: `am Berlin der Zwanzigerjahre`, `Am Berlin-Tag`; `im Berlin von heute` is the town).
      // (A name that opens with its noun takes the noun's article: `am Flughafen Klagenfurt`, `Der
      // Flughafen Klagenfurt`; an acronym is no noun: `am MUC`.)
      (!english && !(hot & (HotBit.Landscape | AliasFlag.CaseSensitive)) && text.charCodeAt(start - 2) === 0x6d && wordOfBeforeAnyCase(text, start, AM) && !isHyphen(text.charCodeAt(end)) && !text.startsWith(' der ', end) && !text.startsWith(' des ', end) && !nounOpens(alias) && describesTown(alias)) ||
      // `das Theater an der Wien`, `Der Lech entspringt`: a river of the town's name (a town's name is
      // neuter in German: `das alte Wien`).
      (!english && !(hot & HotBit.Landscape) && !nounOpens(alias) && describesTown(alias) && (afterAnDer(text, start) || articleNotNeuter(text, start, end)) && !describesRiver(alias)) ||
      // `Wo die Ruhr in den Rhein mündet` beside the Ruhrgebiet: what flows is a river.
      (!english && start >= 4 && (text.charCodeAt(start - 4) | 0x20) === 0x64 && subjectArticle(text, start) && riverVerbAfter(text, end) && describesArea(alias) && !describesRiver(alias)) ||
      otherPlaceByWordBefore(text, start, end, alias.key, english) ||
      (english && !(hot & HotBit.Landscape) && wordOfBefore(text, start, LAKES, true)) ||
      (!english && inFirmName(text, start, end)) ||
      ((english || isGerman(session)) && romanceNameBefore(text, start)) ||
      // `im Kanton Jura`, `der Landkreis Harz`, `im Dorf Brenner`: the district or the village named after the mountains or the river.
      // (A district whose name joins two is read as a compound: `Landkreis Donau-Ries`.)
      (hot & HotBit.Landscape && !isHyphen(text.charCodeAt(end)) && wordOfBefore(text, start, DISTRICTS_NAMED_AFTER, true)))
  )
    return true;
  // `a Houston-based consortium`, `a Kassel-born artist`: the town, not the person named so (not
  // `a Marx-based critique`, based on him).
  if (english && hot & AliasFlag.Surname && end === aliasEnd && isHyphen(text.charCodeAt(end)) && locatedAfter(text, end + 1)) return true;
  // `den Pilatus, den Hausberg von Luzern` beside the aircraft maker: a mountain, a river or a lake
  // by the noun set beside it (a person's name only after an article, which no person takes but in
  // speech: not `sagte Berner, der Kanal sei …`, `Sagt der Aiwanger, der Berg ruft, …`).
  if (!(hot & AliasFlag.Place) && end === aliasEnd && text.charCodeAt(end) === COMMA && (!(hot & AliasFlag.Person) || articleNotSaid(text, start, english)) && landscapeApposed(text, end + 1, english))
    return true;
  // `the Queensland town of Bowen`, `the city of Florence`: a place, not the person or the thing.
  if (english && !(hot & AliasFlag.Place) && end === aliasEnd && namedSettlementBefore(text, start)) return true;
  // `ein Dorf namens Hamburg in Pennsylvania`, `a town called Paris`: a namesake.
  if (hot & AliasFlag.Place && end === aliasEnd && namesakeCalled(text, start, english)) return true;
  // `There is also a Picton in Ontario`: a town of the name elsewhere.
  if (english && hot & AliasFlag.Place && end === aliasEnd && wordOfBeforeAnyCase(text, start, OTHER_ONE) && regionElsewhere(text, end, alias) && describesTown(alias)) return true;
  // `in Emerald in Victoria` beside Queensland's: a town in a region its homes do not hold, nor
  // their country.
  if (hot & AliasFlag.Place && hot & HotBit.HasHomes && end === aliasEnd && text.startsWith(' in ', end) && (wordOfBeforeAnyCase(text, start, HOME_LEADS) || opensSentence(text, start)) && townInOtherRegion(text, end, alias)) return true;
  // `der Karlsplatz in München`, `im Grazer Marktamt` beside Vienna's, `die Münchner SZ` beside
  // Dresden's: a place, a city's body or a paper of the name in another big city than its
  // description names.
  if (hot & (AliasFlag.Place | AliasFlag.Thing | AliasFlag.Medium) && end === aliasEnd && !isHyphenJoin(text, end) && (otherCityAfter(text, end, alias) || (!english && otherCityBefore(text, start, alias)))) return true;
  // `north of Sydney, Australia` beside the Sydney in Nova Scotia: the namesake in another country or
  // region, where the description says where the entry is.
  if (english && hot & HotBit.HasHomes && hot & AliasFlag.Place && end === aliasEnd && text.charCodeAt(end) === COMMA && countryElsewhere(text, end, alias)) return true;
  // `die Sächsische Schweiz`: a landscape named after a country by a region's adjective (not a
  // compound's part: `Der Bayerische Frankreich-Beauftragte`).
  if (!english && hot & AliasFlag.Place && end === aliasEnd && COUNTRY_NAMES.has(alias.key) && !isHyphenJoin(text, end) && regionAdjectiveBefore(text, start)) return true;
  // `aus Brandenburg an der Havel` beside the state: a town that a river names, where the entry is an
  // area that its descriptions say no such river of; `in Potsdam im Bundesstaat New York`: a namesake.
  if (!english && hot & AliasFlag.Place && end === aliasEnd && (riverTownAfter(text, end, alias) || stateElsewhereAfter(text, end, alias))) return true;
  // `Whitehaven Beach in Queensland`: a beach, a bay or a valley of the name elsewhere.
  // (Only where an English description says where the place is: `Napa Valley in California` is
  // Napa's, whose German one says `Kalifornien`.)
  if (english && hot & AliasFlag.Place && end === aliasEnd && isWordAfter(text, end, FEATURES_AFTER) && alias.descriptions[ENGLISH] && regionElsewhere(text, wordEnd(text, end + 1), alias)) return true;
  // A company's short name after `in` is the place it is named after (`In Alaska, where the
  // carrier …` on a page about Alaska Airlines): one is at or with a company, not in it.
  if ((hot & (AliasFlag.Thing | AliasFlag.AfterFullName)) === (AliasFlag.Thing | AliasFlag.AfterFullName) && afterIn(text, start)) return true;
  // So is a surname the glossary counts only after the full name, being a place's too (`ein
  // Wochenende in Paris` on a page about Dominik Paris, `from Dunblane to Bolton`): one is with a
  // person, not in them.
  if ((hot & (AliasFlag.Surname | AliasFlag.AfterFullName)) === (AliasFlag.Surname | AliasFlag.AfterFullName) && end === aliasEnd && (afterIn(text, start) || endOfRoute(text, start)))
    return true;
  // `den Rheinhafen in Kehl` beside Norbert Kehl, whose description names the town Kehl: the place.
  // (Not what one trusts in: `Vertrauen in Kehl`, `trust in Kehl`.)
  if (hot & AliasFlag.Surname && end === aliasEnd && wordOfBefore(text, start, PLACE_LEADS, false) && describesNamesake(alias) && !trustedIn(text, start)) return true;
  // A surname alone after `aus`, before where the town lies or the sentence's end, is a town's (`ein
  // Pensionist aus Schrems im Waldviertel`): not in a list (`aus Kimmich, Neuer und Müller`), nor in
  // the genitive (`aus Scholz’ Mund`). In English, one with a district's noun after it, after a
  // place's possessive or `the`, is the district (`Haryana’s Sirsa district`).
  if (hot & AliasFlag.Surname && end === aliasEnd && (english ? districtOf(text, start, end) : wordOfBefore(text, start, FROM_DE, false) && beforePlacePhrase(text, end)))
    return true;
  // `She has worked in the Hunter for two decades` beside Dr Joanne Hunter: a surname after a
  // preposition and `the` is a region's or a thing's, not the person's.
  // (Not before a noun it qualifies: `in the Trump administration`.)
  if (english && hot & AliasFlag.Surname && end === aliasEnd && afterPrepositionAndThe(text, start) && (closesClause(text, end) || smallWordAfter(text, end, AFTER_REGION))) return true;
  return false;
}


/** English words that make a part or a feature of a place before its name (`northern Ireland`, `gulf of Mexico`). */
const PLACE_PARTS = new WordSet('northern southern eastern western north south east west central upper lower greater new old gulf sea bay lake'.split(' '));

/** True if the name of alias `record` at text[start, aliasEnd) lost the capital it starts with (`AliasRecord.initials`: `die linke Hand`). */
function initialLost(index: MatcherIndex, text: string, start: number, aliasEnd: number, record: number): boolean {
  const hot = index.hot[record]!;
  return !(hot & HotBit.NoInitials) && !(hot & HotBit.InitialFirst && isUpperCase(text.charCodeAt(start))) && !initialKept(text, start, aliasEnd, index.aliases[record]!.initials!);
}

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
  const kind = index.aliases[found[1]]!.type;
  const waits = (record: number) => Number((index.hot[record]! & AliasFlag.AfterFullName) !== 0 && !session.seen.has(index.entryOf[record]!));
  // Only those of the first one's kind: a word refused for one is no name of another (`nach dem
  // Essen` is neither the club nor the town).
  const places: number[] = [];
  const persons: number[] = [];
  let allWait = true;
  let anyNamed = false;
  for (let r = found[1]; r >= 0; r = index.sameKey[r]!) {
    const type = index.aliases[r]!.type;
    if (type === 'place') places.push(r);
    // (A person the page has named, or one it decides on.)
    else if (type === 'person' && kind !== 'person' && (session.keepConditional || session.seen.has(index.entryOf[r]!))) persons.push(r);
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
  if (kind === 'person' && places.length > 0 && ((allWait && !session.keepConditional) || placeContext(index, text, start, aliasEnd, anyNamed, bareGenitive))) records.unshift(...places);
  // Of a firm's or a place's and a person's the page has named (`Weiß Porzellan` and Konstantin Weiß,
  // the town Callan and Declan Callan), the person first where the name speaks (`Callan said`; of a
  // firm, which speaks too, `Laut Porsche sanken …`, only after a quotation: `„…“, sagte Weiß`) or
  // has a parent, a child or a spouse (`Weiß’ Vater`; a firm has daughters: `Boschs Tochter BSH`).
  // Of a firm's or a thing's and a place's (Corning Inc. and the city of Corning), the place alone
  // where the text speaks of one: where it is refused, the firm is no better reading.
  if (kind !== 'person' && kind !== 'place' && places.length > 0 && placeOfFirm(index, text, start, aliasEnd, bareGenitive)) records.splice(0, records.length, ...places);
  if (persons.length > 0 && ((kind === 'place' ? speakerAt(text, start, aliasEnd, english) : quotedSpeakerAt(text, start, english)) || kinAfterGenitive(text, aliasEnd))) records.unshift(...persons);
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
function placeOfFirm(index: MatcherIndex, text: string, start: number, aliasEnd: number, bareGenitive: boolean): boolean {
  // (Not a compound's part, `im Nokia-Werk`, nor a name that goes on, `in Toyota City`.)
  if (isHyphenJoin(text, aliasEnd) || isApostrophe(text.charCodeAt(aliasEnd))) return false;
  // (`For the town of Burnley`, `In the city of Leicester`, beside the clubs.)
  if (namedSettlementBefore(text, start)) return true;
  if (isWordAfter(text, aliasEnd, TOWNS_BODIES)) return true;
  if (capitalisedWordAfter(text, aliasEnd) !== null) return false;
  // (Not before a firm's things, `outside Toyota headquarters`, `a rise in Corning shares`; after `in`,
  // not what one has in a firm, `a stake in Corning`, `Vertrauen in Nokia`.)
  if (text.charCodeAt(aliasEnd) === 0x20 && foldAt(text, aliasEnd + 1) > JOIN && !smallWordAfter(text, aliasEnd, PHRASE_ENDS)) return false;
  // (Nor in a list of names, `aus Nokia, Ericsson und Siemens`, `Corning, Texas Instruments and Micron`.)
  const comma = text.charCodeAt(aliasEnd) === COMMA && text.charCodeAt(aliasEnd + 1) === 0x20;
  const region = comma ? foldKey(text.slice(aliasEnd + 2, wordEnd(text, aliasEnd + 2))) : '';
  const state = comma && (usStateAbbreviation(text, aliasEnd + 2) >= 0 || (US_STATES.has(region) && capitalisedWordAfter(text, wordEnd(text, aliasEnd + 2)) === null));
  if (comma && !state && placeKey(region) === undefined && isUpperCase(text.charCodeAt(aliasEnd + 2))) return false;
  // (`outside` not before a comma, where it is `apart from`: `But outside Nokia, few firms …`.)
  if (wordOfBefore(text, start, FIRMS_PLACE_LEADS, false)) return !comma || state;
  if (placeContext(index, text, start, aliasEnd, true, bareGenitive)) return !heldIn(text, start);
  if (!comma) return false;
  // A dateline, the name in capitals before its state or country (`CORNING, N.Y. —`, `NOKIA, Finland —`; not a headline's `NOKIA, ERICSSON WIN`).
  if (state) return true;
  return !HAS_SMALL_LETTER.test(text.slice(start, aliasEnd)) && (start === 0 || text.charCodeAt(start - 1) === 0x0a) && HAS_SMALL_LETTER.test(text.slice(aliasEnd + 2, aliasEnd + 4)) && placeKey(region) !== undefined;
}
const FIRMS_PLACE_LEADS = new WordSet(['outside', 'downtown', 'ausserhalb']);
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
function placeContext(index: MatcherIndex, text: string, start: number, aliasEnd: number, personNamed: boolean, bareGenitive: boolean): boolean {
  const next = text.charCodeAt(aliasEnd);
  if (next === 0x73 && isWordAfter(text, aliasEnd + 1, TOWN_NOUNS)) return true;
  const head = wordBefore(text, start);
  if (head !== null && isUpperCase(text.charCodeAt(head.from)) && TOWN_HEADS.test(foldKey(text.slice(head.from, head.to)))) return true;
  if (isApostrophe(next) || (next === 0x73 && !isLetter(text.charCodeAt(aliasEnd + 1)))) return false;
  if (wordOfBefore(text, start, PLACE_LEADS_OF_NAMES, false)) return true;
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

/** Words before a degree (`a BA in geography`, `her MA degree`; not `stranded by BA in Madrid`). */
const HOLDERS = new WordSet(['a', 'an', 'her', 'his', 'their', 'my', 'your']);
/** Degrees written as acronyms (folded): `a BA in geography` is no airline. */
const DEGREES = new Set(['ba', 'ma', 'bsc', 'msc', 'mba', 'phd', 'llb', 'llm']);

/**
 * True if the name at text[start, end) is a party in the name of a US court case (`Brown v. Board
 * of Education`, `Roe v. Wade`): the case is meant. (Not `v` and `vs`, which name games too:
 * `Djokovic v Alcaraz`.)
 */
function inCaseName(text: string, start: number, end: number): boolean {
  if (text.startsWith(' v. ', end) && isUpperCase(text.charCodeAt(end + 4))) return true;
  return start >= 4 && text.startsWith(' v. ', start - 4) && start >= 5 && foldAt(text, start - 5) > JOIN;
}

/**
 * True if an ampersand joins the name at text[start, end) to another (`Johnson & Johnson`, `Marks &
 * Spencer`): a firm's name, not the person's.
 */
function besideAmpersand(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const before = start > 0 && text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  return isAmpersand(text.charCodeAt(after)) || (before >= 0 && isAmpersand(text.charCodeAt(before)));
}

/** `&`, or the `+` some firms write for it (`Kühne + Nagel`). */
function isAmpersand(code: number): boolean {
  return code === 0x26 || code === 0x2b;
}

/**
 * True if an English article stands before `start`: before a person's name with `’s` it is a
 * shop or a restaurant of that name (`a Landry’s Seafood House`, `an Applebee’s`, `the McDonald’s
 * on O’Connell Street`).
 */
function afterEnglishArticle(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to - word.from > 3) return false;
  const a = foldKey(text.slice(word.from, word.to));
  return a === 'a' || a === 'an' || a === 'the';
}

/**
 * German adjectives of regions (folded, without their ending): a name right after one (`aus dem
 * hessischen Lauterbach`, `im sächsischen Kamenz`) is a town, however many people bear it.
 */
const REGION_STEMS = `hessisch nordhessisch sudhessisch osthessisch bayerisch oberbayerisch niederbayerisch sachsisch niedersachsisch
  thuringisch badisch schwabisch westfalisch rheinisch pfalzisch oberpfalzisch frankisch oberfrankisch mittelfrankisch
  unterfrankisch brandenburgisch mecklenburgisch holsteinisch friesisch ostfriesisch lippisch saarlandisch markisch anhaltisch
  schlesisch sauerlandisch emslandisch vogtlandisch erzgebirgisch bergisch steirisch karntnerisch vorarlbergisch salzburgisch
  oberosterreichisch niederosterreichisch burgenlandisch elsassisch bernisch zurcherisch thurgauisch`.split(/\s+/);
const REGIONS = new WordSet(REGION_STEMS.flatMap((stem) => ['e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending)));

/** `Lake Michigan`, `Loch Ness`: a lake of the name, unless the entry is a landscape (`Lake Tahoe` for Tahoe). */
const LAKES = new WordSet(['lake', 'loch', 'lough']);

/** True if a noun of trust or hope stands before the `in` before `start` (`Vertrauen in Kehl`, `their faith in Trump`). */
function trustedIn(text: string, start: number): boolean {
  const preposition = wordBefore(text, start);
  return preposition !== null && wordOfBeforeAnyCase(text, preposition.from, TRUST);
}
const TRUST = new WordSet('vertrauen hoffnung hoffnungen zuversicht glaube glauben trust faith confidence hope hopes belief ally patron'.split(' '));
/** True if a policy area follows the ` and ` at `end` (no name of the glossary, no other body: not ` and Public Health Agency`). */
function ofNameGoesOn(index: MatcherIndex, text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end + 4);
  return next !== null && POLICY_AREAS.hasIn(text, next.from, next.to) && !longestAt(index, text, next.from, SCRATCH, false) && !bodyNameAhead(text, next.to);
}
/** English words that open a policy area in a department's name (`and Social Care`, `and Rural Affairs`). */
const POLICY_AREAS = new WordSet(
  'social human rural public trade industry skills innovation culture sport media tourism equality climate energy environment transport science technology digital employment pensions enterprise heritage housing communities care security justice education youth families food agriculture fisheries infrastructure development local water personnel training labour research resources'.split(' '),
);
/** Nouns of a building before the name it bears (folded, capitalised). */
const BUILDINGS_BEFORE = new WordSet(['schloss', 'burg', 'palais', 'palast']);
/** `noch mal` and the like, closed by punctuation or a quotation mark, after a name that is an oath. */
const OATH = /^ (?:noch mal|nochmal|noch einmal)(?:[,.!?;:]| ?[“”"»«–—])/;
/** True if a preposition and `the` stand before `start` (`in the Hunter`, `across the Hunter`). */
function afterPrepositionAndThe(text: string, start: number): boolean {
  const the = wordBefore(text, start);
  return the !== null && ENGLISH_ARTICLE.hasIn(text, the.from, the.to) && !isUpperCase(text.charCodeAt(the.from)) && wordOfBefore(text, the.from, REGION_PREPOSITIONS_EN, false);
}
const REGION_PREPOSITIONS_EN = new WordSet(['in', 'across', 'throughout', 'through', 'into', 'from', 'around']);
/** Words after a region's name that end its phrase (`in the Hunter for two decades`). */
const AFTER_REGION = new WordSet('for since and or to with on at after during where which until because'.split(' '));
/** `heilig` declined, before a saint's name. */
const HOLY = new WordSet(['heilige', 'heiligen', 'heiliger', 'heiligem']);
/** Places named like a currency (folded): `Franken`. */
const CURRENCY_PLACES = new Set(['franken']);
/** Nouns of a drink before its name (folded). */
const BRAND_NOUNS = new WordSet('beer lager ale cider whiskey whisky gin vodka bier biermarke wodka'.split(' '));

/**
 * English words after a name, capitalised, that make it a street's, a square's or a park's named
 * after it (`Holyrood Park`, `Kennedy Street`). Not after a place's: `Tiananmen Square` is there.
 */
const STREETS = new WordSet(['park', 'street', 'road', 'square', 'avenue', 'lane', 'boulevard', 'gardens', 'terrace', 'crescent', 'common']);
/** English words after a name that make it a road junction's (`the Koeberg Interchange`). */
const JUNCTIONS = new WordSet(['interchange', 'junction']);
/** True if a word in small letters that is no fee follows one space after `end`. */
function smallWordFollows(text: string, end: number): boolean {
  return smallWordNext(text, end) && !FEES.hasIn(text, end + 1, wordEnd(text, end + 1));
}
const FEES = new WordSet(['fee', 'fees', 'rate', 'rates']);
/** Those that name a street after a place (not a park, which lies in it: `Richmond Park`). */
const STREETS_NAMED_AFTER = new WordSet(['street', 'road', 'avenue', 'lane', 'boulevard', 'drive', 'terrace', 'crescent']);
/** Words after a firm's or a community's name that make it a place's. */
const PLACES_OF_THINGS = new WordSet(['township', 'county', 'borough', 'parish']);
/** English words after a place's name that make it a firm's (`Pilbara Minerals`, `Fortescue Metals`). */
const PLACE_FIRMS = new WordSet(['minerals', 'metals', 'mining', 'resources', 'holdings', 'group', 'limited', 'ltd', 'plc', 'airlines', 'airways', 'brewing']);

/**
 * True if an initial with its full stop follows the name ending at `end` (`Der 41-jährige Lech K.
 * aus Krakau`): a given name, as the press writes a suspect's or a victim's, not the place. Not
 * I, V or X, which number districts and courts (`Wien I.`, `Landgericht München I.`).
 */
function beforeSurnameInitial(text: string, end: number): boolean {
  const gap = text.charCodeAt(end);
  const letter = text.charCodeAt(end + 1);
  return (
    (gap === 0x20 || gap === 0xa0) &&
    isUpperCase(letter) &&
    letter !== 0x49 &&
    letter !== 0x56 &&
    letter !== 0x58 &&
    text.charCodeAt(end + 2) === 0x2e &&
    foldAt(text, end + 3) === SEP
  );
}

/** Words before a name, capitalised, that make it a family's (`die Familien Porsche und Piëch`, `Clan Kennedy`). */
const FAMILIES = new WordSet(['familie', 'familien', 'clan', 'dynastie', 'geschwister', 'eheleute', 'ehepaar']);
/**
 * True if the name at `end` starts a compound of two whose last part is one of `nouns`: a family's
 * (`die Bajaj-Familie`, `der Kennedy-Clan`), a stadium's (`im Wörthersee-Stadion`, `die
 * Veltins-Arena`), a composer's work (`ein Wagner-Zyklus`, `die Jupiter-Sinfonie`).
 */
function compoundEndsIn(text: string, end: number, nouns: WordSet): boolean {
  if (!isHyphenJoin(text, end)) return false;
  const to = wordEnd(text, end + 1);
  return isUpperCase(text.charCodeAt(end + 1)) && nouns.hasIn(text, end + 1, to) && !isHyphen(text.charCodeAt(to));
}
const STADIUMS = new WordSet(['stadion', 'arena']);
/** Nouns of a composer's work; `COMPOSERS_WORKS` only a composer's (a town has its waltz, a firm its concert). */
const COMPOSERS_WORKS_LIST = 'oper opern arie arien sinfonie sinfonien symphonie symphonien kantate kantaten ouverture requiem sonate sonaten partitur partituren';
const COMPOSERS_WORKS = new WordSet(COMPOSERS_WORKS_LIST.split(' '));
/** Composers that other things are named like, folded (`Verdi`). */
const COMPOSERS = new Set('verdi wagner mozart bach beethoven brahms haydn handel schubert schumann strauss puccini rossini mahler bruckner vivaldi liszt chopin'.split(' '));
/** Names of symphonies that other things bear, folded: only before `-Sinfonie` (`die Jupiter-Sinfonie`; `die Linz-Kantate` is the town's). */
const SYMPHONIES = new Set('jupiter eroica linz haffner prag pastorale'.split(' '));
const SYMPHONY_WORDS = new WordSet(['sinfonie', 'symphonie']);
const MUSICAL_WORKS = new WordSet([...COMPOSERS_WORKS_LIST.split(' '), ...'zyklus lied lieder walzer quartett konzert konzerte'.split(' ')]);
/** Words of a sentence about music (`die Premiere von Verdis „Nabucco“`; `Oper`, not `operiert`). */
const MUSIC = /(?:oper\b|opern|premiere|inszenier|auff[üu]hr|festspiel|festival|dirig|orchester|arie\b|arien|b[üu]hne|spielplan|konzert|ouvert[üu]re|s[äa]nger|tenor|sopran|arena|publikum|saison|scala)/i;
/** What a description calls someone who makes music. */
const MUSICIANS = /(?:Komponist|Dirigent|Musiker|Sänger|Pianist|Geiger|Organist|Kapellmeister|composer|conductor|musician|singer|pianist|violinist|organist)/;
/** Particles in a hyphenated name (`Cassis-de-Dijon`, `Saint-Germain-des-Prés`). */
const PARTICLE_JOINS = new WordSet(['de', 'du', 'des', 'di', 'da', 'la', 'le', 'les', 'sur', 'en']);
/** German words before a name that make it a district's or a station's. */
const DISTRICTS = new WordSet(['ortsteil', 'stadtteil', 'bezirk', 'stadtbezirk', 'viertel', 'station', 'haltestelle', 'bahnhof']);
/** `ins Grüne`, `im Grünen`. */
const INTO = new WordSet(['ins', 'im']);
/** German words before a name that make it a river's. */
const RIVER_WORDS = new WordSet(['fluss', 'flusses']);

/** Towns named after a royal (`Prince Rupert`, `Prince George`, `Prince Albert`). */
const ROYAL_TOWN = /^(?:Prince|Princess|King|Queen) \p{Lu}/u;
/** True if ` of `, maybe `the`, and a capitalised word follow `end` (`Prince Rupert of the Rhine`, `Prince Albert of Monaco`). */
function royalTitleAfter(text: string, end: number): boolean {
  if (!text.startsWith(' of ', end)) return false;
  const at = text.startsWith('the ', end + 4) ? end + 8 : end + 4;
  return isUpperCase(text.charCodeAt(at));
}
/** True if ` of ` and a capitalised word follow `end` (`Bishop of Carlisle`). */
function titleOf(text: string, end: number): boolean {
  return text.startsWith(' of ', end) && isUpperCase(text.charCodeAt(end + 4));
}

/**
 * True if the name at `start` stands where a title does: after a town's or a canton's adjective
 * (`der Zuger Ständerat`), or opening the sentence, alone or after its article (`Der Ständerat
 * Peter Hegglin sagte`) — not after a verb, where a council acts on someone (`wählte der Nationalrat
 * Maja Riniker`, `sprach im Bundesrat Markus Söder`).
 */
function asTitle(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return opensSentence(text, start);
  if (PLACE_ADJECTIVE.test(text.slice(word.from, word.to))) return true;
  if (opensSentence(text, start)) return true;
  return DEFINITE_ARTICLES_DE.hasIn(text, word.from, word.to) && opensSentence(text, word.from);
}

/** A town's or a canton's adjective, short ones too (`Zuger`, `Berner`). */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;

/** True if a capitalised given name (`FIRST_NAMES`) follows `end` after a space. */
function givenNameAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isUpperCase(text.charCodeAt(end + 1))) return false;
  return FIRST_NAMES.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/**
 * True if the name at text[start, end) is what something was named after: `nach dem Wendelstein
 * benannt`, `benannt nach dem Wendelstein, einem Berg`, `named after the Wendelstein.` (Not where
 * a clause goes on: `named after Labour won`.)
 */
function namedAfter(text: string, start: number, end: number, english: boolean): boolean {
  const next = text.charCodeAt(end);
  const clauseEnds = end === text.length || next === COMMA || next === 0x2e || next === 0x3b || next === 0x3a;
  // `takes its name from Titagarh, the old jute town`.
  if (english && clauseEnds && (text.startsWith('its name from ', start - 14) || text.startsWith('its name from the ', start - 18) || text.startsWith('their name from ', start - 16)))
    return true;
  // (Most names fail here, before any word is read.)
  const benannt = !english && text.startsWith(' benannt', end) && foldAt(text, end + 8) <= JOIN;
  if (english ? !text.startsWith('after ', start - 6) && !text.startsWith('after the ', start - 10) : !text.startsWith('nach ', start - 5) && !text.startsWith('nach ', start - 9) && !benannt)
    return false;
  let word = wordBefore(text, start);
  // `nach seinem Gründer Thomas Cook benannt`: a person, called by what they were to it.
  if (benannt && word !== null && FOUNDERS.hasIn(text, word.from, word.to)) {
    const article = wordBefore(text, word.from);
    if (article !== null && DATIVE_DETERMINERS.hasIn(text, article.from, article.to)) word = wordBefore(text, article.from);
  }
  if (word !== null && (english ? ENGLISH_ARTICLE : DEFINITE_ARTICLES_DE).hasIn(text, word.from, word.to)) word = wordBefore(text, word.from);
  if (word === null || !(english ? AFTER_EN : NACH).hasIn(text, word.from, word.to)) return false;
  if (benannt) return true;
  const before = wordBefore(text, word.from);
  // (`named after Vikram Sarabhai, the physicist`: after a person of the name, a surname follows, and the clause ends.)
  return before !== null && NAMED.hasIn(text, before.from, before.to) && (clauseEnds || (english && surnameEndsClause(text, end)));
}

/**
 * True if `named after` stands before `start`, with one to four words of what it was between (`named
 * after the Fenian leader James Stephens`, `named after Loch Finlaggan`), in one clause.
 */
function namedAfterWords(text: string, start: number, end: number): boolean {
  // (The name ends what it is named after: not `named after the BBC presenter Terry Wogan`.)
  if (capitalisedWordAfter(text, end) !== null || (smallWordNext(text, end) && !smallWordAfter(text, end, AFTER_NAMED_PHRASE))) return false;
  let word = wordBefore(text, start);
  for (let between = 0; word !== null && between < 5; between++, word = wordBefore(text, word.from)) {
    // (Not a body's noun between, `named after the insurer Allianz` is the insurer; nor what names or
    // buys it, `named after him by NASA`.)
    if (BODY_NOUNS_EN.hasIn(text, word.from, word.to) || NOT_NAMED_AFTER.hasIn(text, word.from, word.to)) return false;
    if (!AFTER_EN.hasIn(text, word.from, word.to)) continue;
    // (Right after `after`, only a short name: see `namedAfter`.)
    const named = wordBefore(text, word.from);
    return between > 0 && named !== null && NAMED.hasIn(text, named.from, named.to);
  }
  return false;
}
/** Words between `named after` and a name that make the name another's part (`named after him by NASA`). */
const NOT_NAMED_AFTER = new WordSet('by from it him her them was were is bought sold a an'.split(' '));

/** Words that go on after what a thing is named after (`named after the Rio Tinto in southern Spain`). */
const AFTER_NAMED_PHRASE = new WordSet(['in', 'on', 'at', 'near', 'of', 'who', 'which', 'where', 'that', 'and']);
/** English nouns of a body (`named after the mining company Rio Tinto`). */
const BODY_NOUNS_EN = new WordSet(
  'company firm group insurer airline carrier bank broadcaster network maker manufacturer retailer brewer brewery club team band newspaper paper union party charity foundation sponsor partner owner backer'.split(' '),
);

/**
 * True if `the late` and a given name stand before `start` (`the late Lang Hancock`): not `the late
 * Apple co-founder`, `the late Kerry rally`, where the name qualifies what follows.
 */
function lateBefore(text: string, start: number): boolean {
  const given = wordBefore(text, start);
  if (given === null || !isUpperCase(text.charCodeAt(given.from)) || isUpperCase(text.charCodeAt(given.from + 1))) return false;
  const word = wordBefore(text, given.from);
  return word !== null && word.to - word.from === 4 && text.startsWith('late', word.from) && wordOfBeforeAnyCase(text, word.from, ENGLISH_ARTICLE);
}

/** True if a surname (a capital and a small letter) follows `end` and ends a clause (`Sarabhai,`; not `Labour MPs objected`). */
function surnameEndsClause(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || isUpperCase(text.charCodeAt(next.from + 1))) return false;
  const after = text.charCodeAt(next.to);
  return next.to === text.length || after === COMMA || after === 0x2e || after === 0x3b || after === 0x28 || (after === 0x20 && text.charCodeAt(next.to + 1) === 0x28);
}
const NACH = new WordSet(['nach']);
const DATIVE_DETERMINERS = new WordSet(['dem', 'der', 'seinem', 'seiner', 'ihrem', 'ihrer', 'einem', 'einer']);
const FOUNDERS = new WordSet(
  ['grunder', 'begrunder', 'firmengrunder', 'unternehmensgrunder', 'erfinder', 'stifter', 'entdecker', 'schopfer', 'erbauer', 'vater', 'urvater'].flatMap((noun) => [noun, noun + 'in']),
);
const AFTER_EN = new WordSet(['after']);
const NAMED = new WordSet(['benannt', 'named', 'renamed']);

/** True if the text ends, a mark or a small word that no noun is (`with`, `before`) follows `end`. */
function noNounAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (next !== 0x20) return !isHyphen(next) && !isApostrophe(next) && foldCode(next) === SEP;
  return NOT_NOUNS.hasIn(text, end + 1, wordEnd(text, end + 1));
}

/** Words after `VC` that make it venture capital (`VC-Investor`, `VC firm`), folded. */
const VENTURE_WORDS = new WordSet('investor investoren geber geldgeber fonds firma kapital finanzierung branche szene firm fund funds investors funding backed'.split(' '));
/** Acronyms of bodies that name a common thing too (`an NDA`, `an IPO`), folded. */
const COMMON_ACRONYMS = new Set(['nda', 'ipo', 'etf', 'suv', 'atm', 'mou', 'dna', 'gps', 'ufo', 'iou', 'pdf']);
/** Nouns of a sister firm before its name (not `die Tochter`, whose name is often the group's: `die Tochter Audi`). */
const SISTER_FIRM_NOUNS = new WordSet(['schwesterfirma', 'schwestergesellschaft']);

const NAMESAKE_WORDS = new WordSet(['gleichnamige', 'gleichnamigen', 'gleichnamiger', 'gleichnamiges', 'gleichnamigem']);

/**
 * German words that start the hyphenated name of another town (`Neu-Ulm`, `Bad-Vilbel` misspelt),
 * folded. Not `Groß-` nor `Alt-`, which name the town itself (`Groß-Berlin`, `Alt-Wien`).
 */
const TOWN_PREFIXES = new WordSet(['neu', 'klein', 'ober', 'unter', 'nieder', 'hohen', 'bad']);
/**
 * True if a number of two digits follows `end` and ends the phrase or comes before a word in small
 * letters that is no adjective (`von Hannover 96.`, `Hannover 96 gewann`; not `Hannover 96
 * Prozent`, `in Wien 30 neue Fälle`, `Hannover 2025`).
 */
function clubNumberAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isDigit(text.charCodeAt(end + 1)) || !isDigit(text.charCodeAt(end + 2))) return false;
  const after = end + 3 < text.length ? text.charCodeAt(end + 3) : 0x2e;
  if (after === 0x20) {
    const to = wordEnd(text, end + 4);
    return isLetter(text.charCodeAt(end + 4)) && !isUpperCase(text.charCodeAt(end + 4)) && !ADJECTIVE_ENDING.test(text.slice(end + 4, to)) && !NUMBER_LINKS.hasIn(text, end + 4, to);
  }
  // (Not a decimal, `in Passau 12,20 Meter`, nor a list of numbers, `Bayern 12, Sachsen 9`, `Bayern 14; Sachsen 11`.)
  if (after === COMMA) return text.charCodeAt(end + 4) === 0x20 && isLetter(text.charCodeAt(end + 5)) && !isUpperCase(text.charCodeAt(end + 5));
  return (after === 0x29 || after === 0x2e) && !isDigit(text.charCodeAt(end + 4));
}
/** True if a number and a comma or a semicolon end just before `start`: a list's next item (`Hannover 14; Wien 11.`). */
function afterNumberedItem(text: string, start: number): boolean {
  const code = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 0x20 && (code === COMMA || code === 0x3b) && isDigit(text.charCodeAt(start - 3));
}
/** Small words after a number that make it a measure's or a list's (`15 bis 20`, `45 min`, `14 mal`). */
const NUMBER_LINKS = new WordSet('und oder bis statt von mal pro je km m min h kg cm mm'.split(' '));
/** Prepositions before a place and a number that make the number a measure (`in Sachsen 31 und …`, `ab Hamburg 14 mal`). */
const NUMBERED_PLACE_LEADS = new WordSet(['in', 'im', 'ab', 'aus', 'bei', 'nach']);

/**
 * True if a hyphen after `end` joins the given name to a capitalised word that is none of the
 * person's names and then to more (`Hermann-Hesse-Bahn`): a compound named after another person.
 */
function namedAfterOther(text: string, end: number, nameWords: ReadonlySet<string>): boolean {
  if (!isHyphenJoin(text, end) || !isUpperCase(text.charCodeAt(end + 1))) return false;
  const to = wordEnd(text, end + 1);
  return to > end + 2 && isHyphenJoin(text, to) && !nameWords.has(foldKey(text.slice(end + 1, to)));
}

/** True if a given name and a capitalised word, joined by hyphens, end at `hyphen` (`Hermann-Hesse-`). */
function afterPersonsName(text: string, hyphen: number): boolean {
  const surname = wordStart(text, hyphen);
  if (surname < 2 || !isUpperCase(text.charCodeAt(surname)) || !isHyphenJoin(text, surname - 1)) return false;
  const given = wordStart(text, surname - 1);
  return given < surname - 1 && FIRST_NAMES.hasIn(text, given, surname - 1);
}

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

/** Districts and villages, capitalised before their name, that may be named after a landscape (folded). */
const DISTRICTS_NAMED_AFTER = new WordSet(['kanton', 'departement', 'landkreis', 'kreis', 'bezirk', 'canton', 'county', 'department', 'district', 'dorf', 'gemeinde']);

/** Nouns of the land and the sea that `of` and a name follow (`the Bay of Quinte`), folded. */
const FEATURES_OF = new WordSet(['bay', 'lake', 'gulf', 'sea', 'isle', 'straits', 'strait', 'cape', 'mount', 'vale']);

/** The ends of the names of courts, institutes and offices, which often go on with `für` (folded). */
const LONGER_WITH_FUR = /(?:gerichtshof|gericht|institut|zentrum|amt|agentur|behorde|akademie)$/;

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
  return DEFINITE_ARTICLES_DE.hasIn(text, article.from, article.to) && wordOfBeforeAnyCase(text, article.from, NOT);
}
const OTHER_ONE_DE = new WordSet(['andere', 'anderer']);
const WRONG_ONE = new WordSet(['falsche', 'falschen', 'falscher', 'falsches']);
const OTHER_ARTICLES = new WordSet(['der', 'ein']);
/** `der eine`, `die einen`, `auf der einen`: the first of two, which `der andere` answers. */
const ONE_OF_TWO = /(?:^|[^\p{L}])(?:der|die|den|dem)\s+einen?(?:[^\p{L}]|$)/iu;
const ONLY_ONE = new WordSet(['einzige', 'einzigen', 'einziger', 'einziges']);
const NO_ONE = new WordSet(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);
const NOT = new WordSet(['nicht']);

const REPLICA = new WordSet(['replica']);
const MERCHANDISE = new WordSet('shirt shirts jersey jerseys kit kits cap caps scarf scarves top tops strip strips helmet helmets model models'.split(' '));

/** English ordinals before a title (`the eighth Earl of Elgin`). */
const ORDINALS = new WordSet(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th'.split(' '),
);
/** Titles with `of` and a place: a surname that is one is the title there (`The Bishop of Carlisle`, not Rachel Bishop). */
const TITLES_OF = new WordSet([...PEERAGE, 'archbishop', 'bishop', 'dean', 'lord']);
/** A comma and a settlement's noun after an article, with an adjective or not, that ends there or goes on with a place's word (`, a town in …`, `, eine kleine Gemeinde bei …`; not `, a city official`). */
const SETTLEMENT_APPOSED =
  /^, (?:a|an|eine?) (?:\p{Ll}+ )?(?:town|city|village|suburb|hamlet|stadt|kleinstadt|gemeinde|dorf|ortschaft)(?:[,.;:)]| (?:of|in|on|near|outside|north|south|east|west|that|where|which|with|about|im|bei|an|nahe)(?!\p{L}))/u;

/**
 * True if the name at text[start, end) speaks: before a verb of speech (`Levin said`, `Levin sagte`,
 * `Levin, who …`) or after one (`said Levin`, `so Levin`, `according to Levin`).
 */
function speakerAt(text: string, start: number, end: number, english: boolean): boolean {
  const verbs = english ? SPEECH_VERBS_EN : SPEECH_VERBS_DE;
  if (text.charCodeAt(end) === 0x20) {
    const to = wordEnd(text, end + 1);
    // (Opening a clause, not after a preposition: `In Levin sagt man …`.)
    if (verbs.hasIn(text, end + 1, to)) return opensClause(text, start);
  } else if (english && text.startsWith(', who ', end)) return true;
  // (`Maitland, a former deckhand, said …`.)
  else if (text.charCodeAt(end) === COMMA && opensClause(text, start)) {
    const apposed = (english ? APPOSED_SPEAKER_EN : APPOSED_SPEAKER_DE).exec(text.slice(end, end + 90));
    // (Not one that calls it a town: `Hagen, eine Großstadt am Rand des Sauerlands, erklärte …`.)
    if (apposed !== null) return !TOWN_APPOSED.test(apposed[0]);
  }
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (english && text.startsWith('to', word.from) && word.to === word.from + 2) return wordOfBeforeAnyCase(text, word.from, ACCORDING);
  // (`Laut Levin …` may open a sentence. After a verb, the name closes the clause: not `told Levin
  // households`, `kritisierte Washington scharf`.)
  return (!isUpperCase(text.charCodeAt(word.from)) && verbs.hasIn(text, word.from, word.to) && closesClause(text, end, true)) || (!english && QUOTING_DE.hasIn(text, word.from, word.to));
}
/** An apposition and a verb of speech after a name (`, a former deckhand, said`, `, eine Lehrerin, sagte`). */
const APPOSED_SPEAKER_EN = /^, (?:a|an) [^,.;:!?]{1,70}, (?:said|says|told|added)\b/;
const APPOSED_SPEAKER_DE = /^, (?:ein|eine) [^,.;:!?]{1,70}, (?:sagte|sagt|betonte|betont|meinte|meint)\b/;
const TOWN_APPOSED = /(?:stadt|gemeinde|dorf|ort|town|city|village|suburb)\b/i;
/** Places named like a German conjunction (folded): `Weil` am Rhein, `Weil` der Stadt. */
const CONJUNCTION_PLACES = new Set(['weil']);
/** Words that open a clause's subject after a conjunction (`Weil die …`, `Weil er …`). */
/** Personal pronouns that a verb opening a question goes before (`Werden wir …`), in small letters. */
const SUBJECT_PRONOUNS = new WordSet(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);
/** True if the formal `Sie` follows one space after `end` (`Essen Sie mit uns?`). */
function formalYouAfter(text: string, end: number): boolean {
  return text.startsWith(' Sie', end) && foldAt(text, end + 4) <= JOIN;
}
const CLAUSE_SUBJECTS = new WordSet('der die das den dem des ein eine einen einem einer es er sie wir ich du ihr man dies diese dieser dieses sein seine ihre unser unsere mein meine viele alle immer nicht so'.split(' '));

/** True if an article stands before `start`, and no verb of speech before it (`auf den Pilatus`; not `Sagt der Aiwanger`). */
function articleNotSaid(text: string, start: number, english: boolean): boolean {
  const article = wordBefore(text, start);
  if (article === null || !(english ? ENGLISH_ARTICLE : DEFINITE_DE).hasIn(text, article.from, article.to)) return false;
  return !wordOfBeforeAnyCase(text, article.from, english ? SPEECH_VERBS_EN : SPEECH_VERBS_DE);
}

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

/** True if a genitive's ending and a noun of kin follow `end` (`Weiß’ Vater`, `Smith’s wife`). */
function kinAfterGenitive(text: string, end: number): boolean {
  let at = end;
  if (isApostrophe(text.charCodeAt(at))) {
    at++;
    if (text.charCodeAt(at) === 0x73) at++;
  } else if (text.charCodeAt(at) === 0x73) at++;
  else return false;
  return text.charCodeAt(at) === 0x20 && CLOSE_KIN.hasIn(text, at + 1, wordEnd(text, at + 1));
}
/** Parents, children and spouses, not a firm's daughters and sisters (folded). */
const CLOSE_KIN = new WordSet('vater mutter sohn bruder ehefrau ehemann witwe father mother son brother wife husband widow'.split(' '));

/** Determiners that count one or more of a people (`every West Australian`). */
const COUNTED_ONES = new WordSet(['every', 'each', 'any', 'a', 'an', 'another', 'no', 'one', 'fellow']);

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
/** Verbs of speech after or before a speaker's name (folded): a person's, not an institution's (`warnte`, `fordert`). */
const SPEECH_VERBS_EN = new WordSet(
  'said says told tells added adds explained explains admitted admits recalled recalls replied replies warned warns argued argues wrote writes noted notes insisted insists'.split(' '),
);
const SPEECH_VERBS_DE = new WordSet('sagte sagt erklarte erklart betonte betont meinte meint erganzte erganzt antwortete antwortet erzahlte erzahlt'.split(' '));
/** German words that quote a speaker (`so Levin`, `laut Levin`). */
const QUOTING_DE = new WordSet(['so', 'laut']);
const ACCORDING = new WordSet(['according']);
/** Words before a storm's given name (`Sturm Egon`, `Orkan Kyrill`). */
const STORMS = new WordSet(['sturm', 'orkan', 'sturmtief', 'tief', 'hoch', 'hurrikan', 'taifun', 'zyklon']);
/** `PLACE_LEADS` and `nach`, before a place's own name (`Die Messe lockt nach Heide Besucher`). */
const PLACE_PREPOSITIONS_BEFORE = new WordSet(['in', 'aus', 'nach']);

/** Surnames that are German adverbs or adjectives (folded): `Kurz darauf`, `Lang zuvor` at a sentence's start are words. */
const ADVERB_SURNAMES = new Set(['kurz', 'lang', 'klein', 'gross', 'schwarz', 'weiss', 'braun', 'hart', 'scharf', 'stark', 'jung', 'fromm', 'frei', 'schmal', 'breit', 'heiss', 'gut']);
/**
 * `ist es` or `war es` and a word of time or quiet after one of `ADVERB_SURNAMES` that opens a
 * sentence: the adjective (`Lang ist es her`, `Kurz war es still im Saal`; not a dative, `Klein ist
 * es wichtig`, `Jung war es gelungen`).
 */
const ADJECTIVE_ES = /^ (?:ist|war) es (?:her|still|ruhig|laut|dunkel|hell)\b/;
/** Words after one of `ADVERB_SURNAMES` that make it the adverb (`Kurz darauf`, `Kurz gesagt`, `Frei nach dem Motto`, `Klein beigeben`; not `und`: `Kurz und Strache`). */
const ADVERB_FOLLOWERS = new WordSet(['darauf', 'danach', 'davor', 'zuvor', 'gesagt', 'nachdem', 'bevor', 'zusammengefasst', 'nach', 'beigeben', 'beigegeben', 'genug']);
/** Seasons that are surnames (folded). */
const SEASONS = new Set(['sommer', 'winter', 'herbst', 'fruhling']);
/**
 * A copula and a time after a season (`Winter ist die heikelste Zeit:`, `Sommer war eine schöne
 * Jahreszeit.`; not a dative, `Winter ist die Zeit davongelaufen`).
 */
const SEASON_TIME = /^ (?:ist|war) (?:die|eine) \p{Ll}+ (?:Zeit|Jahreszeit|Saison|Hochsaison)(?=[.,:;!?]| für | des )/u;
/** Words of time or weather before a season (`im vergangenen Sommer`, `einen milden Winter`), folded. */
const SEASON_ADJECTIVES = new WordSet(
  `vergangenen vergangener letzten letzter nachsten nachster kommenden kommender diesen diesem dieser jeden jedem jeder ganzen ganzer
  heurigen vorigen voriger folgenden heissen heisser milden milder harten harter kalten kalter nassen nasser langen langer
  trockenen trockener verregneten verregneter schneereichen schneearmen schneereicher schneearmer`.split(/\s+/),
);
/** Words after `Gut` that make it the adverb (`Gut möglich, dass …`, `Gut zwei Drittel des Sees`). */
const GUT_FOLLOWERS = new WordSet('moglich denkbar gemeint gemacht gesagt zusammengefasst doppelt halb zwei drei vier funf sechs zehn zwanzig hundert tausend'.split(' '));
/**
 * True if a capitalised word that is none of the person's names and no date's word follows the
 * name at text[start, end), which stands after a determiner or opens a sentence (`die Bregenzer
 * Festspiele`, `Grazer Gemeinderäte kritisierten`): where the name is also a town's adjective, the
 * adjective. Not after a verb or a conjunction, where it is the person (`Ob Hofer Bundespräsident
 * wird`, `hatte Ulmer Kritik geübt`), nor before `Anfang Mai` (`Nachdem Grazer Anfang Mai …`).
 */
function townsAdjectiveAt(text: string, start: number, end: number, nameWords: ReadonlySet<string>): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || nameWords.has(foldKey(text.slice(next.from, next.to))) || TIME_WORDS.hasIn(text, next.from, next.to)) return false;
  return afterDefinite(text, start) || afterIndefinite(text, start) || opensSentence(text, start);
}

/**
 * Prepositions after `Kurz` or `Stark` that make it the adverb in a sentence (`Kurz vor der
 * Abstimmung sagte …`, `Stark unter Druck steht …`), not in a headline that a colon or a question
 * mark ends (`Kurz vor Gericht: …`).
 */
const ADVERB_PREPOSITIONS = new WordSet(['vor', 'unter']);
const PREPOSITION_ADVERBS = new Set(['kurz', 'stark']);

/** English surnames that open a sentence as a preposition with `to` (`Prior to the hearing`, `Close to the border`). */
const PREPOSITION_SURNAMES = new Set(['prior', 'close', 'next', 'due']);
const TO = new WordSet(['to']);
/** Surnames that are declined German adjectives (folded): `Neuer Rekord`, `Schwarzer Tag`, `Kluge Politik` at a sentence's start are words. */
const DECLINED_SURNAMES = new Set(['neuer', 'alter', 'junger', 'kleiner', 'grosser', 'langer', 'schoner', 'kurzer', 'weisser', 'schwarzer', 'kluge', 'junge', 'lange', 'kleine', 'grosse', 'starke']);

/** English words after a one-word name opening a sentence that make it an ordinary noun (`Reform of …`). */
const NOUN_FOLLOWERS = new WordSet(['of', 'for', 'with']);
/**
 * …and for a name listed as case-sensitive, a word too, these (`Harmony between management and
 * the unions`); a name that is no word is the headline's subject there (`Starmer among leaders …`).
 */
const WORD_FOLLOWERS = new WordSet(['between', 'among', 'amongst']);
/** Nouns after such a name, a word too, opening an English sentence (`National turnout was …`, `Labour shortages in …`, `Stuff like this`). */
const THING_HEADS = new WordSet(
  'turnout shortage shortages market markets debt costs cost security income insurance interest interests law laws policy service services relations unions force forces like'.split(' '),
);

/** English nouns that a surname which is also a word makes a compound with (`Head coach`, `Green light`). */
const COMPOUND_HEADS = new WordSet(['coach', 'coaches', 'teacher', 'teachers', 'office', 'light', 'lights', 'card', 'cards', 'belt', 'energy', 'space', 'spaces', 'paper', 'injury', 'injuries', 'rice', 'tea']);
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

const FROM_DE = new WordSet(['aus']);
/** German words before a bare noun of a means (`per Post`, `mit der Post` is the firm's). */
const MEANS_DE = new WordSet(['per']);
/** Firms' names that are a means after `per` (`per Post`, `per Bahn`); not a platform's (`per Instagram`). */
const MEANS = new Set(['post', 'bahn', 'mail', 'fax', 'kurier', 'express', 'telefon']);

/**
 * True if the hyphen at `hyphen` follows a word of one Latin letter: `S-Bahn`, `U-Boot`, `E-Mail`
 * are words of their own. (Hebrew joins a one-letter preposition so to a name: `ב-CNN`.)
 */
function oneLetterBefore(text: string, hyphen: number): boolean {
  return hyphen >= 1 && text.charCodeAt(hyphen - 1) < 0x250 && foldAt(text, hyphen - 1) > JOIN && (hyphen === 1 || foldAt(text, hyphen - 2) === SEP);
}

/**
 * Words after a place's name that make it a feature or a building of the place, not a surname
 * (`Jordan Valley`, `Sydney Harbour`, `Victoria Station`), and the dates that follow a name (but
 * `May`, a surname too).
 */
const PLACE_FEATURES = new WordSet([
  ...`river valley street road avenue harbour harbor hills airport station oval city county state bay lake island islands park
  square bridge cathedral castle university college zoo beach port gate basin falls opera olympics games open club police
  republicans democrats republican democratic gop voters officials government army forces troops council mayor`.split(/\s+/),
  ...WEEKDAYS_EN,
  ...MONTHS_EN.filter((month) => month !== 'may'),
]);

/** True if a capitalised word that is no place feature (`PLACE_FEATURES`) follows, outside a headline in title case. */
function beforeSurname(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || PLACE_FEATURES.hasIn(text, next.from, next.to)) return false;
  return capitalisedWordAfter(text, next.to) === null;
}

/** Names of bodies that a US state has one of its own (`the Texas House`), folded; not a firm's (`the Texas Tesla factory`). */
const STATE_BODIES = new Set(['house', 'senate', 'assembly', 'legislature', 'gop', 'democrats', 'republicans', 'guard']);

/** Words after a town's name that make it an island's (`Vancouver Island`). */
const ISLANDS = new WordSet(['island', 'islands']);
/** Words before a name that make it a mountain's or a cape's (`Mount Kosciuszko`). */
const FEATURES_BEFORE = new WordSet(['mount', 'mt', 'cape']);
/** Heads of descriptions of parks and reserves (folded), also as the end of a compound (`Nationalpark`). */
const PARKS = /(?:park|reserve|reservat|schutzgebiet)$/;
/** True if the word before the space at `space` ends in `s` or `t` (as `namens` and `genannt` do). */
function endsInSOrT(text: string, space: number): boolean {
  const last = text.charCodeAt(space - 1);
  return text.charCodeAt(space) === 0x20 && (last === 0x73 || last === 0x74);
}
/** Words before a name given to someone (`eine Grazerin namens Albertina Kranz`). */
const CALLED = new WordSet(['namens', 'genannt']);

/**
 * True if the capitalised word after `end` is no acronym, starts no name of the glossary, and a verb
 * or a clause's end follows it (see `MORE_GIVEN_SURNAMES`).
 */
function beforePlainSurname(index: MatcherIndex, text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end)!;
  if (isUpperCase(text.charCodeAt(next.from + 1)) || longestAt(index, text, next.from, scratchFound, true)) return false;
  // (And then a verb, `of` or a clause's end, not a headline's noun: `Ross Greer blamed`, `Ross Greer of
  // the Greens`, not `Ross Westminster bid`.)
  return endsOrVerbAfter(text, next.to);
}
const SAYS = new WordSet('said says told tells is was has had will would who wants wanted of'.split(' '));
/** Paper as a material (`Brown paper bags`; not `Brown paper on constitutional reform`, a policy paper's). */
const PAPER_GOODS = /^ paper (?:bags?|parcels?|envelopes?|wrapping|signs?|towels?)(?!\p{L})/u;
/** English surnames that are adjectives (folded). */
const ADJECTIVE_SURNAMES_EN = new Set('black white brown green grey gray young old little long short strong rich wise bright sharp last good best hardy bold small major'.split(' '));
/** Nouns that the adjectives of `ADJECTIVE_SURNAMES_EN` go with (`Black coal`, `Last week`, `Young voters`), folded. */
const ADJECTIVES_NOUNS = new WordSet(
  `week weeks year years month months day days night nights time times season coal rice bread energy smoke people voters families
  workers children winds wind rain skies sky water tea sugar sellers queues lines progress growth economy power money support practice
  sunshine business businesses firms companies towns operations problems roads incidents players`.split(/\s+/),
);
const scratchFound: [number, number, number] = [0, 0, 0];
/** A match to look with, where only whether there is one counts. */
const SCRATCH: [number, number, number] = [0, 0, 0];
/** Surnames that are German conjunctions or verbs' imperatives (folded): see `beforeArticle`. */
const VERB_SURNAMES = new Set(['weil', 'lies', 'kauf', 'lass', 'schau', 'sag', 'nimm', 'hol', 'bring', 'seit', 'wenn', 'ob', 'kaum', 'kraft', 'laut', 'dank', 'trotz', 'statt', 'wegen']);

/** True if the page is German, or of no known language (read as German, see `takesBareGenitive`). */
function isGerman(session: MatchSession): boolean {
  const language = primaryLanguage(session);
  return language === 'de' || language === '';
}
/** Words after a name with an article that make it a state of the thing it names (`ein Schengen ohne Kontrollen`). */
const QUALIFIERS = new WordSet(['ohne', 'als', 'mit', 'unter', 'nach', 'vor']);
/** Nouns of a home or a place that a place's name follows in apposition (`seine Heimat Pongau`), folded. */
const PLACE_NOUNS_BEFORE = new WordSet(['heimat', 'stadt', 'land', 'region', 'gemeinde', 'tal', 'dorf', 'bezirk', 'kanton', 'insel']);

/**
 * Surnames that are German nouns (trades, titles, animals, things), folded: after an indefinite
 * article they are the noun (`wie ein alter Herzog`, `sein Richter`), and so is a surname listed
 * as case-sensitive. Other surnames stay the person there, as German describes people (`ein
 * zufriedener Merz`, `dieser Trump`). The fuzzy stage takes none of them for a slip in another
 * name (`Leiter` is no Leitner).
 */

export const NOUN_SURNAMES = new Set(
  `abt adler bach backer bader bar baum bauer becker berg bergmann binder bischof blume bock bote brand brauer burger
  busch decker dreher engel falke feld fink fischer fleischer forster freund fuchs fuhrmann furst gartner gast gerber
  glaser graf hahn hammer hase hebel held pein herbst herzog kammerer hinterhauser hirsch hirte hof jager kaiser kaufmann keller kellner koch
  konig kramer kranich lamm lehrer leiter lowe maler mann maurer meister metzger mond muller nagel papst pfarrer prinz rabe
  reiter richter riese ritter rose sanger schafer scherer schmied schnabel schneider schreiber schreiner schuster schwan
  schiffer seiler sommer specht speicher kraft stahl stein stern storch strauss sturm teufel tischler vogel vogt wagner wald weber winter wirt
  wolf zimmermann`.split(/\s+/),
);

/**
 * German numbers from two, and words that count, before a plural noun (`zwei Rügen`, `mehrere
 * Polen`). Not `einige`, `wenige`, `etliche`, which stand alone for people too (`dass einige China
 * falsch einschätzen`).
 */
const NUMBER_WORDS = new WordSet('zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig hundert tausend mehrere zahlreiche paar'.split(' '));

/** Towns whose name is also a German noun (`der Zug`, `im Hof`, `die Halle`, `das Essen`, `die Lage`). */
const NOUN_PLACES = new Set(['hof', 'halle', 'essen', 'lage', 'wetter', 'zug', 'sitten', 'kiel', 'horn', 'wels', 'wald', 'stein', 'laufen', 'heide', 'lehen', 'lippe', 'anger']);
const FEMININE_NOUN_PLACES = new Set(['halle', 'lage', 'heide', 'lippe']);
/** German articles that a feminine noun does not take in the singular. */
const NOT_FEMININE_ARTICLES = new WordSet(['das', 'des', 'dem', 'den', 'im', 'am', 'vom', 'zum', 'beim', 'ins', 'ans', 'ein', 'eines', 'einem', 'einen']);
/** The endings of a declined adjective that no noun or name of one word ends in as often (`Linke`, `Grünen`). */
const DECLINED = /(?:[^e]e|en)$/;
const NO_WORDS: ReadonlySet<string> = new Set();
/** German `an dem`, before which a town's name is a noun (`am Strande`). */
const AM = new WordSet(['am']);
/** Firms' names that are German nouns taking a quantity (`viel Rauch`, `mehr Post`, `etwas Zeit`), folded. */
const MASS_NOUNS = new Set('rauch post zeit presse welt bahn krone kurier stern gluck'.split(' '));
/** Adjectives that make a noun that names an organisation a kind (`die letzte echte Volkspartei`), folded. */
const KIND_ADJECTIVES = new WordSet(
  // (`von der gesellschaftlichen Linken`, `die politische Mitte`: the side, not the party.)
  ['echt', 'wahr', 'eigentlich', 'einzig', 'richtig', 'klassisch', 'typisch', 'gesellschaftlich', 'politisch', 'extrem', 'undogmatisch'].flatMap((stem) => [stem + 'e', stem + 'en', stem + 'er', stem + 'es']),
);
/** Those of `NOUN_SURNAMES` that are feminine nouns. */
const FEMININE_NOUN_SURNAMES = new Set(['kraft', 'rose', 'blume']);

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

/**
 * True if a language's name ending at `end` ends its phrase: a stop (not a comma, which opens an
 * apposition: `auf Deutsch, den Präsidenten der …`), `und`/`oder`, a preposition, or a small word
 * that ends the clause (`auf Deutsch geführt.`, `auf Deutsch und Englisch`, `auf Deutsch im
 * Herbst`; not `Angriffe auf Deutsch häuften sich`).
 */
function endsPhrase(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (end >= text.length) return true;
  if (code !== 0x20) return code !== COMMA && foldCode(code) === SEP && !isSoftSeparator(code);
  const to = wordEnd(text, end + 1);
  if (CONJUNCTIONS.hasIn(text, end + 1, to) || LANGUAGE_FOLLOWERS.hasIn(text, end + 1, to)) return true;
  const after = text.charCodeAt(to);
  return !isUpperCase(text.charCodeAt(end + 1)) && (to >= text.length || after === COMMA || after === 0x2e || after === 0x3b || after === 0x3a || after === 0x21 || after === 0x3f);
}
/** Prepositions after a language's name (`auf Deutsch im Herbst`, `auf Deutsch mit Untertiteln`). */
const LANGUAGE_FOLLOWERS = new WordSet(['im', 'in', 'am', 'an', 'mit', 'bei', 'zu', 'fur', 'von', 'ab', 'seit']);
/** German nouns of a town's that its adjective stands before (`Erdinger Stadtrat`, `des Erdinger Mooses`). */
const TOWN_NOUNS = new WordSet(
  `stadtrat stadtrats gemeinderat gemeinderats burgermeister oberburgermeister landrat landrats landkreis landkreises rathaus
  innenstadt altstadt moos mooses land landes bahnhof polizei feuerwehr stadtwerke klinikum lokalpolitiker kommunalpolitiker einwohner
  anwohner burger`.split(/\s+/),
);

const ISLANDS_DE_EN = new Set(['insel', 'island']);
/** Vehicles, in small letters after a surname, that make it their maker's (`Ford pickups`, `Porsche cars`). */
const VEHICLES = new WordSet('car cars truck trucks pickup pickups van vans sedan sedans tractor tractors engine engines dealership dealerships'.split(' '));
/** A carmaker's plant after its name in the genitive (`’s assembly plant`, `’s truck plant`). */
const CAR_PLANT = /^ (?:assembly (?:plant|line)s?|(?:car |truck |engine )?(?:plant|factory|plants|factories)|dealerships)(?!\p{L})/u;

/**
 * True if a name follows a rank at `end` (see `RANKS`): a given name, or a capitalised word (no
 * initialism) that ends its clause (`für Admiral Tegetthoff.`, not `Admiral Insurance raised …`).
 */
function rankBeforeName(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null) return false;
  if (FIRST_NAMES.hasIn(text, next.from, next.to)) return true;
  if (isUpperCase(text.charCodeAt(next.from + 1))) return false;
  const code = next.to < text.length ? text.charCodeAt(next.to) : 0x2e;
  return code === 0x2e || code === COMMA || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29;
}
/** Ranks and titles that are brands' names too (`Admiral`, `General`, `Kaiser`), folded. */
const RANKS = new Set(['admiral', 'general', 'major', 'kapitan', 'captain', 'colonel', 'oberst', 'marschall', 'kaiser', 'konig', 'prinz', 'graf', 'furst', 'herzog', 'baron']);
/** Words after a firm's name that make it another firm's of its group (`Bajaj Finance`, `Tata Steel`), folded. */
const SISTER_FIRMS = new WordSet(
  'finance financial capital leasing invest investments ventures privatstiftung steel motors chemicals'.split(' '),
);
/** Words after a firm's acronym that make it a firm of its group (`DB Regio`, `DB Cargo`), folded. */
const DIVISIONS = new WordSet(['regio', 'netz', 'fernverkehr', 'cargo']);
/** English nouns of land and water after a name that make it a place's (`Tennant Creek`). */
const LANDFORMS = new WordSet(['creek', 'river', 'valley', 'lake', 'bay', 'hills', 'hill', 'mountains', 'forest', 'moor']);
/** English words after a firm's name that make it a contest's (`the DP World Tour`). */
const CONTESTS = new WordSet('tour cup championship championships trophy masters'.split(' '));
/** Words after a firm's name that make it a venue's (`Allianz Arena`, `Thalia Theater`). */
const VENUES = new WordSet(['arena', 'stadium', 'stadion', 'theater', 'theatre', 'museum', 'oper', 'opera', 'oval', 'dome', 'tower', 'turm']);

/**
 * Words after a person's name that make it a firm's or a brand's (`Pierer Industrie`, `die Trump
 * Watches`, `Trump Media`). German capitalises nouns (`traf Merz Industrie und Gewerkschaften`):
 * before one of them that is a German noun too (`GERMAN_FIRM_WORDS`), an article, a possessive or
 * a firm's noun must stand before the name (`afterFirmWord`).
 */
const NAMED_FIRMS = new WordSet(
  'holding industrie group gruppe capital ventures mobility watches hotel hotels media wines steaks vodka casino casinos resort resorts airlines rail logistics motors'.split(' '),
);
/** Those of `NAMED_FIRMS` that are German nouns too (`traf Merz Industrie und Gewerkschaften`). */
const GERMAN_FIRM_WORDS = new WordSet('holding industrie gruppe hotel hotels casino casinos resort resorts'.split(' '));
/**
 * German trades after a surname that make it a family firm's, where a noun of such a firm stands
 * before it (`Das Busunternehmen Kaiser Reisen`, `die Spedition Fischer Logistik`; not `hat die
 * Holding Benko Immobilien überlassen`).
 */
const FAMILY_TRADES = new WordSet('reisen touristik logistik transporte immobilien'.split(' '));

/** Words after a person's name that make it the name of something else (`Booker Prize`, `Rice University`). */
const INSTITUTIONS = new WordSet([
  'prize', 'award', 'awards', 'medal', 'trophy', 'cup', 'university', 'college', 'institute', 'foundation', 'school', 'center',
  'centre', 'centrum', 'hall', 'library', 'museum', 'stadium', 'arena', 'park', 'bridge', 'street', 'avenue', 'road', 'square', 'airport',
  'hospital', 'tower', 'building', 'memorial', 'lecture', 'fellowship', 'scholarship', 'county', 'beach', 'island', 'bay', 'lake',
  'river', 'valley', 'basin', 'space', 'seminar', 'seminars', 'house', 'laboratories', 'organization', 'industries', 'enterprises', 'holdings',
  // German ones that are no everyday object of a sentence (not `Platz`, `Halle`, `Preis`: `belegte Verstappen Platz zwei`).
  'stiftung', 'strasse', 'allee', 'brucke', 'gymnasium', 'universitat', 'institut', 'stadion', 'kaserne', 'flughafen', 'verlag', 'brauerei',
]);

/**
 * Last parts of a hyphenated compound that make a person's name in it a street's, a hall's or a
 * prize's (`Max-Reinhardt-Platz`, `Albert-Schweitzer-Straße`, `Karl-Renner-Preis`), folded. In a
 * compound these are no object of a sentence (`belegte Verstappen Platz zwei`).
 */
const NAMED_AFTER = new WordSet(
  `platz strasse gasse allee weg ring brucke kai ufer park garten schule gymnasium preis medaille stiftung haus saal halle
  stadion seminar institut universitat kaserne flughafen bahnhof denkmal museum galerie zentrum`.split(/\s+/),
);

/**
 * True if the name at text[start, end) is joined by hyphens to a compound whose last part is in
 * `NAMED_AFTER`, or is `Theater` where the name is a full one or follows `im`, `ins`, `am` (`im
 * Schiller-Theater`, `das Ernst-Deutsch-Theater`; `das Merz-Theater um …` is a quarrel).
 */
function inNamedAfterCompound(text: string, start: number, end: number): boolean {
  let at = end;
  let last = -1;
  while (isHyphenJoin(text, at)) {
    last = at + 1;
    at = wordEnd(text, last);
  }
  if (last < 0) return false;
  if (NAMED_AFTER.hasIn(text, last, at)) return true;
  if (!STAGES.hasIn(text, last, at)) return false;
  // Where the compound starts: a given name may go before the name (`Ernst-Deutsch-Theater`).
  let first = start;
  while (first >= 2 && isHyphen(text.charCodeAt(first - 1)) && foldAt(text, first - 2) > JOIN) first = wordStart(text, first - 1);
  return first < start || wordEnd(text, start) < end || wordOfBeforeAnyCase(text, first, STAGE_PREPOSITIONS);
}
const STAGES = new WordSet(['theater']);
const STAGE_PREPOSITIONS = new WordSet(['im', 'ins', 'am', 'vom', 'zum']);
/** True if a clause ends at `at`, or a verb follows (`Courier-Mail reported`; not `Guardian-Observer investigation`). */
function endsOrVerbAfter(text: string, at: number): boolean {
  return at >= text.length || (text.charCodeAt(at) !== 0x20 && !isLetter(text.charCodeAt(at))) || verbAfter(text, at);
}
/** Lower-case nouns after a place's name that make a kind of animal or food of it (`Canada geese`, `Murray cod`, `Brussels sprouts`). */
const PLACE_KINDS = new WordSet(['geese', 'goose', 'cod', 'sprouts', 'fries', 'cheese', 'pastry', 'pastries', 'bacon', 'terrier', 'terriers', 'retriever', 'retrievers', 'pony', 'ponies']);

/** What a city, a county, a charity or a bridge named after a place adds to its name (`Quebec City`, `Howrah Bridge`). */
const PLACES_NAMED_AFTER = new WordSet(['city', 'county', 'foundation', 'institute', 'bridge']);
const COUNTY = new WordSet(['county']);
const TOWN = new WordSet(['town']);
const CITY = new WordSet(['city']);
const LINE = new WordSet(['line']);
const CITY_OWN = new WordSet(['hall', 'council', 'councillor', 'councilor', 'councillors', 'councilors', 'manager']);

/** Adjectives of origin that are surnames too (`Cornish`, `English`), folded. */
const ORIGIN_ADJECTIVES = new Set(
  'english cornish irish scottish welsh british danish polish swedish finnish turkish spanish flemish kurdish chinese japanese maltese portuguese vietnamese lebanese'.split(' '),
);

/** Nouns after a place's name that make a feature of it, which may be elsewhere (`Whitehaven Beach`). */
const FEATURES_AFTER = new WordSet(['beach', 'bay', 'creek', 'falls', 'valley', 'springs', 'point', 'harbour', 'harbor', 'heights']);

/** True if `von` and a noble's title stand before `start` (`Baron von Steuben`, `Graf von Stauffenberg`). */
function nobleVon(text: string, start: number, english: boolean): boolean {
  if (start < 5 || !text.startsWith('von ', start - 4)) return false;
  const title = wordBefore(text, start - 4);
  if (title === null || !isUpperCase(text.charCodeAt(title.from)) || !NOBLE_TITLES.hasIn(text, title.from, title.to)) return false;
  // (After an article, at a sentence's start, or after an English noun: `the general Baron von Steuben`;
  // not a surname after a preposition, `mit Prinz von Frankfurt`.)
  // (In German only after an article: `dass Prinz von Frankfurt wechselt` is the player.)
  const before = wordBefore(text, title.from);
  if (before === null || opensSentence(text, title.from) || DEFINITE_ARTICLES_DE.hasIn(text, before.from, before.to) || ENGLISH_ARTICLE.hasIn(text, before.from, before.to)) return true;
  return english && !isUpperCase(text.charCodeAt(before.from)) && !TOWN_PREPOSITIONS.hasIn(text, before.from, before.to) && !NOBLE_PREPOSITIONS.hasIn(text, before.from, before.to);
}
/** Words after `von` and a place that say whence someone comes (`zog Herzog von Tirol aus nach …`). */
const WHENCE = new WordSet(['aus', 'nach']);
/** English prepositions before a surname like a title (folded): `a deal with Prince von Frankfurt`. */
const NOBLE_PREPOSITIONS = new WordSet(['with', 'to', 'for', 'against', 'by']);
const NOBLE_TITLES = new WordSet(
  'baron baronin freiherr freiherrn freifrau graf grafen grafin furst fursten furstin herzog herzogs herzogin prinz prinzen prinzessin markgraf landgraf kurfurst ritter edler'.split(' '),
);
/** English words before a name that make it one of several (`a Picton`, `another Paris`). */
const OTHER_ONE = new WordSet(['a', 'an', 'another']);

/** True if a stop, a semicolon, a colon, or a comma and a word in small letters follow `end` (not `The Paris, France office`). */
function endsPhraseAt(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return code === 0x2e || code === 0x3b || code === 0x3a || (code === COMMA && smallWordNext(text, end + 1));
}
/**
 * True if a capitalised plural follows `end` that is no place's feature, before a word in small
 * letters or a phrase's end: a team's name (`The Mackay Cutters wore …`, `the Sydney Swans`).
 */
function beforeTeam(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null) return false;
  // (Also a hyphenated one: `The Hamilton Tiger-Cats`.)
  let to = next.to;
  while (isHyphen(text.charCodeAt(to)) && isUpperCase(text.charCodeAt(to + 1))) to = wordEnd(text, to + 1);
  if (text.charCodeAt(to - 1) !== 0x73 || text.charCodeAt(to - 2) === 0x73 || PLACE_FEATURES.hasIn(text, next.from, next.to)) return false;
  return endsPhraseAt(text, to) || smallWordNext(text, to);
}

/** Prepositions before a town where someone is, goes or is from (`grew up in Emerald`), not `of` or `to`. */
const HOME_LEADS = new WordSet(['in', 'from', 'at', 'near', 'aus', 'bei', 'nach']);
/** Words after a name that make it a film studio's or a record label's (`Bavaria Film`). */
const STUDIOS = new WordSet(['film', 'films', 'pictures', 'studios', 'records']);
/** True if an English verb in the past or one of `SAYS` follows one space after `end` (`released`, `said`). */
function verbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || isUpperCase(text.charCodeAt(end + 1))) return false;
  const to = wordEnd(text, end + 1);
  return (to - end > 3 && text.startsWith('ed', to - 2)) || SAYS.hasIn(text, end + 1, to);
}
/** English nouns of a work before its title, unquoted (`the comedy Quality Street`). */
const WORKS_BEFORE_EN = new WordSet(['comedy', 'play', 'novel', 'film', 'movie', 'musical', 'opera', 'documentary', 'sitcom', 'song', 'album', 'poem']);

/** Surnames that are offices (folded): before another's full name, the office (`Kämmerer Jens Walter`), as a trade of `NOUN_SURNAMES` is (`Koch Tim Mälzer`). */
const OFFICE_SURNAMES = new Set(['kammerer', 'richter', 'vogt', 'pfarrer', 'amtmann', 'schultheiss', 'kanzler', 'landrat', 'burgermeister']);
/** True if the capitalised word after `end` is followed by `, who` or a verb of speech (` Dalziel, who`, ` Dalziel said`), or the name at `start` follows one (`said Alex Mahlangu`). */
function surnameSpeaks(text: string, start: number, end: number): boolean {
  const next = capitalisedWordAfter(text, end)!;
  if (text.startsWith(', who ', next.to) || (text.charCodeAt(next.to) === 0x20 && SPEECH_VERBS_EN.hasIn(text, next.to + 1, wordEnd(text, next.to + 1)))) return true;
  const verb = wordBefore(text, start);
  return verb !== null && !isUpperCase(text.charCodeAt(verb.from)) && SPEECH_VERBS_EN.hasIn(text, verb.from, verb.to);
}
const ENGLISH = DESCRIPTION_LANGUAGES.indexOf('en');

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
        if (words && named && mentionEnd === end && isUpperCase(text.charCodeAt(start))) {
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
        // A number ends a name too (`Christophorus 1`, `Hull 802`).
        if (capital || (previousCapital && end - start <= CONNECTOR_LENGTH && (CONNECTORS.has(packed(text, start, end)) || isDigit(text.charCodeAt(start))))) {
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
