/**
 * The trie walk at one position (`longestAt`): the longest alias that starts there and ends where a
 * name may end — at a word boundary, before an ending its entry allows (`Nordkoreas`), a genitive
 * apostrophe, or a hyphen that makes it a compound's first part — reading across the spaces and
 * dashes inside multi-word names (`KN - 23`) and the soft hyphens and marks a page puts in a word.
 * The scanner calls it at every word start that may open a name; the rules that weigh a name call
 * it to ask whether a glossary name stands at another position.
 */
import { AliasFlag, child, Gap, HotBit, type MatcherIndex } from './alias-index';
import { DEFINITE_ARTICLES_DE, ENGLISH_ARTICLES, foldAt, isHyphen, isHyphenJoin, isLetter, QUOTES, spells, wordEnd, wordStart } from './text-around';
import { COMMA, finalSigns, FOLD, foldCode, foldKey, isBracket, isCombiningMark, isDash, isDigit, isHangul, isNamePunctuation, isSharpS, isSoftSeparator, isUpperCase, JOIN, OWN_WORD, SEP, WORD } from './fold';
import { sameCaseOk, withGenitiveApostrophe } from './spelling';
import { WordSet } from './word-set';

/** The longest run of spaces/dashes a multi-word name may contain (`KN - 23`). */
export const MAX_INNER_SEPARATORS = 3;
/** The longest word ending the scanner checks (`es`, `en`, `ern`). */
const MAX_ENDING = 4;

/**
 * Where a mention whose alias ends at `end` (inside or at the end of a word) really ends, or -1
 * when the alias is only the start of a longer word that is not one of its word forms.
 */
function acceptEnd(index: MatcherIndex, text: string, end: number, record: number, bareGenitive: boolean): number {
  const flags = index.hot[record]!;
  if (flags & AliasFlag.FinalSign) return signsAt(text, end, index.aliases[record]!.alias, bareGenitive);
  const next = foldAt(text, end);
  // (A letter of a script without spaces, after the name or ending it, is a word of its own: `Apple公司`;
  // a Korean particle joins the name it follows: `오바마는`, `Apple은`.)
  if (next === SEP || WORD[text.charCodeAt(end)] === OWN_WORD || WORD[text.charCodeAt(end - 1)] === OWN_WORD || (isHangul(text.charCodeAt(end)) && koreanParticleAt(text, end))) {
    if (flags & AliasFlag.WholeWord && isSoftSeparator(text.charCodeAt(end)) && isHyphenJoin(text, end)) return -1;
    // (And the last stop of letters written with stops, as another spelling of the name may do: `F.A.Z.` beside `FAZ`.)
    if (text.charCodeAt(end) === 0x2e && (flags & AliasFlag.FinalStop || letterAfterStop(text, end))) return withGenitiveApostrophe(text, end + 1);
    // (With a genitive after the bracket: `the CPI(M)’s state secretary`.)
    if (flags & AliasFlag.FinalBracket && text.charCodeAt(end) === 0x29) return withGenitiveApostrophe(text, end + 1);
    if (flags & AliasFlag.FinalBang && text.charCodeAt(end) === 0x21) return withGenitiveApostrophe(text, end + 1);
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
 * Where a mention of a name that ends in signs (`AliasFlag.FinalSign`: `C++`) ends, its letters
 * ending at `end`: after the signs where the text writes them there and a word ends (`C++-Compiler`,
 * with a genitive, `Disney+’s`, in German also `Disney+s`), or a version's number follows (`C++17`:
 * the mention is `C++`); after a `+` written ` Plus` (`Disney Plus`, `Canal Plus`); else -1.
 */
function signsAt(text: string, end: number, alias: string, bareGenitive: boolean): number {
  const signs = finalSigns(alias);
  if (!text.startsWith(signs, end)) {
    const plus = signs === '+' ? PLUS.exec(text.slice(end, end + 6)) : null;
    return plus === null ? -1 : end + plus[0].length;
  }
  end += signs.length;
  if (isDigit(text.charCodeAt(end))) {
    let after = end + 1;
    while (isDigit(text.charCodeAt(after))) after++;
    return foldAt(text, after) === SEP ? end : -1;
  }
  if (bareGenitive && text.charCodeAt(end) === 0x73 && foldAt(text, end + 1) === SEP) return end + 1;
  return foldAt(text, end) === SEP ? withGenitiveApostrophe(text, end) : -1;
}
/** A `+` written out after a name (`Disney Plus`, `Canal Plus`), also joined (`DisneyPlus`), and the word ending there. */
const PLUS = /^ ?Plus(?![\p{L}\p{N}])/u;

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
 * `gapKind`: the `Gap` bits the gap needs (`Gap.Soft`, or `Gap.Camel` before a capital, with
 * `Gap.Punctuation`, `Gap.Comma` and `Gap.Bracket` for the punctuation in it: the name must allow
 * each), or 0 for a hyphen before a capital, which may break any name (`Nord-Korea`).
 */
export function gapEnd(gap: number, text: string, i: number): number {
  const length = text.length;
  let j = i;
  let kind: number = Gap.Soft;
  while (j < length && j - i < MAX_INNER_SEPARATORS) {
    const code = text.charCodeAt(j);
    if (gap & (Gap.Soft | Gap.Camel) && isSoftSeparator(code)) j++;
    else if (gap & Gap.Punctuation && isNamePunctuation(code)) {
      kind |= Gap.Punctuation;
      j++;
    } else if (gap & Gap.Comma && code === COMMA) {
      kind |= Gap.Comma;
      j++;
    } else if (gap & Gap.Bracket && isBracket(code)) {
      kind |= Gap.Bracket;
      j++;
    } else if (gap & Gap.Quote && QUOTES.has(code) && j > i && !isDash(text.charCodeAt(j - 1)) && foldAt(text, j + 1) > JOIN) {
      // (An opening quotation mark after a space, before the next word: `Operation „Barbarossa“`.)
      kind |= Gap.Quote;
      j++;
      break;
    } else break;
  }
  // (Spaces or dashes before a capital, or a hyphen alone: a capital inside a word of the name
  // allows them too; `Me-too-Bewegung` writes the compound's way.)
  if (kind === Gap.Soft && (isUpperCase(text.charCodeAt(j)) || (j === i + 1 && isHyphen(text.charCodeAt(i))))) kind = Gap.Camel;
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
export function withMarks(text: string, end: number): number {
  while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Walks the trie from the word start `start`. Returns the longest acceptable match as
 * [end, record] in `out`, or false. `node` and `from`: where a walk from `start` already got
 * (the node reached before reading `from`, with no complete alias before it).
 */
export function longestAt(index: MatcherIndex, text: string, start: number, out: [number, number, number], bareGenitive: boolean, node = 0, from = start): boolean {
  const length = text.length;
  let best = -1;
  let bestRecord = -1;
  let bestAliasEnd = -1;
  let breaks = 0;
  let quoted = false;
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
        // (Across an opening quotation mark, only where the quotation closes with the name, and the mention closes it too.)
        if (end >= 0 && quoted) end = quoteClosedAt(text, i, end);
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
      if (gapKind & Gap.Quote) {
        // (Not after a name's article: `Der „Ring des Nibelungen“` quotes the name without it.)
        if (breaks === 0 && (DEFINITE_ARTICLES_DE.hasIn(text, start, i) || ENGLISH_ARTICLES.hasIn(text, start, i))) break;
        quoted = true;
      }
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
  if (i >= length && node !== 0 && !quoted) {
    let record = index.terminal[node]!;
    // (Not a name that ends in signs: the text ends before them.)
    if (record >= 0 && breaksFit(index, node, breaks)) while (record >= 0 && (index.hot[record]! & AliasFlag.FinalSign || !sameCaseOk(index, text, start, length, record, bareGenitive))) record = index.sameKey[record]!;
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

/**
 * Where a mention that opened a quotation inside it ends (`end`: where it would end unquoted): after
 * the closing quotation mark right after its last word (`Operation „Barbarossa“`, `Operation
 * ‘Barbarossa’`), or at its last word where a comma or a stop comes before the mark, as American
 * papers write (`Operation "Epic Fury."`); else -1 (`fragte Friedrich „Merz wer?“` is no Friedrich Merz).
 */
function quoteClosedAt(text: string, aliasEnd: number, end: number): number {
  const code = text.charCodeAt(aliasEnd);
  if (end === aliasEnd + 1 && code === 0x2019) return end;
  if (end !== aliasEnd) return -1;
  if ((code === COMMA || code === 0x2e) && isClosingQuote(text.charCodeAt(aliasEnd + 1))) return end;
  return isClosingQuote(code) ? end + 1 : -1;
}
/** True if `code` may close a quotation (not `„` or `‚`, which open one). */
function isClosingQuote(code: number): boolean {
  return (QUOTES.has(code) || code === 0x2019) && code !== 0x201e && code !== 0x201a;
}

/** Where a mention of alias `record`, spelled from `start` to `aliasEnd`, ends; -1 if it is none. */
export function completeAt(index: MatcherIndex, text: string, start: number, aliasEnd: number, record: number, bareGenitive: boolean): number {
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

/** A match to look with, where only whether there is one counts. */
export const SCRATCH: [number, number, number] = [0, 0, 0];
