/**
 * Does the acronym stand for something else here? One of the questions `take` (in `../scan`) asks:
 * the text defines it in brackets as another's, spells it out so, gives it an article its noun does
 * not take, or uses it as a line's number, a degree or a common abbreviation (`sign an NDA`).
 */
import type { Candidate } from '../scan';
import { articleDisagrees, definesOtherName, expandedAsOther } from '../acronyms';
import { AliasFlag, isAcronym } from '../alias-index';
import { isDigit, isUpperCase } from '../fold';
import { afterLine } from '../place-names';
import { INDEFINITE_EN, isHyphenJoin, noNounAfter, wordEnd, wordOfBefore, wordOfBeforeAnyCase } from '../text-around';
import { describesParty } from '../descriptions';
import { WordSet } from '../word-set';

/** True if the acronym stands for something else where it is. */
export function anotherAcronym(c: Candidate): boolean {
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
    // `die SD-Karte einer Kamera`, `an SD card`: a memory card, not the Sweden Democrats.
    if (alias.key === 'sd' && (isHyphenJoin(text, aliasEnd) || text.charCodeAt(aliasEnd) === 0x20) && CARD_WORDS.hasIn(text, aliasEnd + 1, wordEnd(text, aliasEnd + 1))) return true;
    // `fresh from a BA in geography`: a degree.
    if (english && DEGREES.has(alias.key) && wordOfBeforeAnyCase(text, start, HOLDERS) && (text.startsWith(' degree', end) || (text.startsWith(' in ', end) && !isUpperCase(text.charCodeAt(end + 4))))) return true;
  }
  return false;
}

/** Words before a degree (`a BA in geography`, `her MA degree`; not `stranded by BA in Madrid`). */
const HOLDERS = new WordSet(['a', 'an', 'her', 'his', 'their', 'my', 'your']);
/** Degrees written as acronyms (folded): `a BA in geography` is no airline. */
const DEGREES = new Set(['ba', 'ma', 'bsc', 'msc', 'mba', 'phd', 'llb', 'llm']);

/** Words after `VC` that make it venture capital (`VC-Investor`, `VC firm`), folded. */
const VENTURE_WORDS = new WordSet('investor investoren geber geldgeber fonds firma kapital finanzierung branche szene firm fund funds investors funding backed'.split(' '));
/** Words after `SD` that make it a memory card (folded). */
const CARD_WORDS = new WordSet(['karte', 'karten', 'card', 'cards']);
/** Acronyms of bodies that name a common thing too (`an NDA`, `an IPO`), folded. */
const COMMON_ACRONYMS = new Set(['nda', 'ipo', 'etf', 'suv', 'atm', 'mou', 'dna', 'gps', 'ufo', 'iou', 'pdf']);
