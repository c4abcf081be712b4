/**
 * Is it another body, firm or paper of the name? One of the questions `take` (in `../scan`) asks:
 * a branch elsewhere (`die Arbeiterkammer Oberösterreich`), a sister firm (`Porsche Holding`),
 * another state's, nation's or year's body, another paper (`The Sunday Herald`), or a longer name
 * that goes on from the entry's (`the Port Authority of Allegheny County`).
 */
import type { Candidate, Mention } from '../scan';
import { AliasFlag, ENGLISH_ADJECTIVE_OF_ORIGIN, factsOf, HotBit, isAcronym, type MatcherIndex } from '../alias-index';
import { capitalisedWordAfter, DEFINITE_ARTICLES_DE, DEFINITE_DE, endsOrVerbAfter, ENGLISH_ARTICLES, foldAt, INDEFINITE_ARTICLES_DE, isHyphenJoin, isWordAfter, opensSentence, titleOf, wordBefore, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart, wordStartBefore } from '../text-around';
import { foldKey, isApostrophe, isUpperCase, JOIN } from '../fold';
import { anotherOfTheKind } from '../acronyms';
import { afterBodyOf, beforeLongerName, bodyNameAhead, longerWithFur, otherInstitutionAfter, otherYearAfter } from '../bodies';
import { divisionNamed, ownTrade, sisterNameGoesOn } from '../firms';
import { PAPER_NOUNS, PAPER_PREFIXES, paperWordAt, sundaySister } from '../media-and-works';
import { bodyInOtherCity, otherBranchAfter, otherTownBefore } from '../place-names';
import { cityWords, placeKey } from '../places';
import { afterUsState, otherCountryOf, otherHome, otherOrigin, partyElsewhere, regionOfHomeBefore } from '../homes';
import { describesParty, entryNames } from '../descriptions';
import { longestAt, SCRATCH } from '../longest-at';
import { WordSet } from '../word-set';

/** True if the name is another body's, firm's or paper's. */
export function anotherBody(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english } = c;
  // `der Fahrgastverband Pro Bahn`, `Pro Asyl`: an association for the thing.
  if (hot & AliasFlag.Thing && start > 4 && text.startsWith('Pro ', start - 4) && foldAt(text, start - 5) <= JOIN) return true;
  // `ein früherer SG Wallau-Massenheim-Spieler` beside the SG Flensburg-Handewitt: another of the kind.
  // (German capitalises nouns: there only a name in a compound tells, not `wo ZF Elektromotoren fertigt`.)
  if (alias.longerWords !== null && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1)) && anotherOfTheKind(text, end, alias.longerWords, english)) return true;
  // `der Frührote Veltliner` beside the Grüner Veltliner: another of the kind, named by another colour.
  if (!english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && otherColourBefore(index, text, start, record)) return true;
  // `the Port Authority of Allegheny County` beside the `Port Authority of New York and New Jersey`.
  if (english && hot & HotBit.OfLonger && end === aliasEnd && titleOf(text, end) && !factsOf(alias).ofWords!.has(foldKey(text.slice(end + 4, wordEnd(text, end + 4))))) return true;
  if (!english && end === aliasEnd && text.charCodeAt(end + 1) === 0x66 && LONGER_WITH_FUR.test(alias.key) && longerWithFur(text, start, end, factsOf(alias).ofWords)) return true;
  // `die Schwesterfirma Signa Prime Selection`: a firm of the group whose name goes on from the group's.
  if (!english && hot & AliasFlag.Thing && end === aliasEnd && wordOfBefore(text, start, SISTER_FIRM_NOUNS, true) && sisterNameGoesOn(text, end)) return true;
  // `Brisbane’s Courier-Mail`: in English a paper's name joined to a paper's word is another paper's,
  // where the compound ends a clause or a verb follows (not `a Reuters-Ipsos poll`, nor two papers'
  // work: `a Guardian-Observer investigation`, `the Sun-Mirror price war`).
  if (english && hot & AliasFlag.Medium && isHyphenJoin(text, end) && isUpperCase(text.charCodeAt(end + 1)) && paperWordAt(text, end + 1) && endsOrVerbAfter(text, wordEnd(text, end + 1))) return true;
  // `die Tour de France Femmes`, `Arsenal Women`: the women's edition or side, another of the kind
  // (not the entry's own `Labour Women’s Conference`, nor in a headline's title case: `Taliban Women Ban Sparks Outrage`).
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && isWordAfter(text, end, WOMENS) && !isApostrophe(text.charCodeAt(wordEnd(text, end + 1))) && capitalisedWordAfter(text, wordEnd(text, end + 1)) === null) return true;
  // `Ford’s Progressive Conservatives`, `the Liberal Democrats` beside the Democrats: another party,
  // that a capitalised adjective opens after an article or a genitive (not a branch, `the Scottish
  // Conservatives`; nor an adjective that opens a sentence or a headline: `Progressive Democrats in the House`).
  if (english && end === aliasEnd && wordOfBefore(text, start, PARTY_ADJECTIVES, true) && describesParty(alias) && partyAdjectiveLed(text, start)) return true;
  // `die Arbeiterkammer Oberösterreich` beside Vienna's: a body of the kind elsewhere.
  if (!english && alias.type === 'organisation' && end === aliasEnd && otherBranchAfter(text, end, alias)) return true;
  // `Bajaj Finance`, `Porsche Holding`: a firm of the group, with a card of its own to have; so is
  // `die DB Regio` of a firm's acronym (not `the EU Steel Safeguards`).
  if (hot & AliasFlag.Thing && end === aliasEnd && isWordAfter(text, end, SISTER_FIRMS) && !ownTrade(text, end, alias)) return true;
  if (!english && alias.type === 'organisation' && hot & AliasFlag.CaseSensitive && end === aliasEnd && isWordAfter(text, end, DIVISIONS) && divisionNamed(text, start, end)) return true;
  // `Iran’s Supreme National Security Council`, `the National Security Council` beside the UN's
  // `Security Council`: `National` or `Supreme`, no word of the entry's, makes a name of several
  // words another body's, after an article or a genitive (not a sentence's or a headline's first
  // word). Other adjectives name the same body as often as another (`the Transitional Sovereign
  // Council`, `the Interim Government of National Unity`, `Russia's Federal Security Service`).
  if (english && alias.type === 'organisation' && end === aliasEnd && alias.alias.includes(' ') && bodyAdjectiveBefore(text, start, alias.names)) return true;
  // `The Texas House`, `the Georgia State Senate`: a US state's own body of the name.
  if (english && hot & AliasFlag.Thing && end === aliasEnd && STATE_BODIES.has(alias.key) && afterUsState(text, start)) return true;
  if (hot & HotBit.HasOrigins && otherOrigin(text, start, factsOf(alias).origins!)) return true;
  // (A word in -er before it, one space apart: `Berliner`. Also a building's: `im Münchner
  // Olympiastadion` beside the Olympiastadion Berlin.)
  if (
    !english &&
    !(hot & AliasFlag.Person) &&
    text.charCodeAt(start - 2) === 0x72 &&
    text.charCodeAt(start - 3) === 0x65 &&
    isUpperCase(text.charCodeAt(wordStart(text, start - 1))) &&
    alias.startsLonger &&
    otherTownBefore(index, text, start, record)
  )
    return true;
  // `the Federal Trade Commission`, `die Unabhängige Kommission` beside the European Commission
  // called `Commission`: a body's noun alone, after capitalised words that make another body's name.
  if (alias.type === 'organisation' && end === aliasEnd && BODY_NOUNS.has(alias.key) && isUpperCase(text.charCodeAt(start)) && namedBodyBefore(text, start, alias.names, c.mentions, english)) return true;
  // (So does a region's adjective of the entry's country: `the Scottish Parliament` beside the UK's.)
  if (english && hot & HotBit.HasHomes && alias.type === 'organisation' && end === aliasEnd && BODY_NOUNS.has(alias.key) && regionOfHomeBefore(text, start, factsOf(alias).homes!)) return true;
  // (A place's homes only tell which of its namesakes is meant: `Lea County, New Mexico`.)
  // (An acronym as the text writes it, whatever the alias: `die deutschen ESA-Beiträge` beside `Esa`.)
  // (A treaty or a law only by the country it is of: `Britain’s ECHR obligations`, `German Chips Act
  // subsidies` are the member's, `der Chips Act der Vereinigten Staaten` another's.)
  if ((hot & (HotBit.HasHomes | AliasFlag.Place)) === HotBit.HasHomes && (alias.type === 'agreement' ? otherCountryOf(text, end, factsOf(alias).homes!, english, true) : otherHome(text, start, end, factsOf(alias).homes!, english, isAcronym(alias.alias) || isAcronym(text.slice(start, aliasEnd)))))
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

/** True if a policy area follows the ` and ` at `end` (no name of the glossary, no other body: not ` and Public Health Agency`). */
function ofNameGoesOn(index: MatcherIndex, text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end + 4);
  return next !== null && POLICY_AREAS.hasIn(text, next.from, next.to) && !longestAt(index, text, next.from, SCRATCH, false) && !bodyNameAhead(text, next.to);
}
/** English words that open a policy area in a department's name (`and Social Care`, `and Rural Affairs`). */
const POLICY_AREAS = new WordSet(
  'social human rural public trade industry skills innovation culture sport media tourism equality climate energy environment transport science technology digital employment pensions enterprise heritage housing communities care security justice education youth families food agriculture fisheries infrastructure development local water personnel training labour research resources'.split(' '),
);

/** Nouns of a sister firm before its name (not `die Tochter`, whose name is often the group's: `die Tochter Audi`). */
const SISTER_FIRM_NOUNS = new WordSet(['schwesterfirma', 'schwestergesellschaft']);

/** The ends of the names of courts, institutes and offices, which often go on with `für` (folded). */
const LONGER_WITH_FUR = /(?:gerichtshof|gericht|institut|zentrum|amt|agentur|behorde|akademie)$/;

/**
 * True if capitalised adjectives of `BODY_ADJECTIVES` stand before `start`, one space apart, the
 * nearest in none of `names`, and an article or a genitive before them.
 */
function bodyAdjectiveBefore(text: string, start: number, names: readonly string[]): boolean {
  let from = wordStartBefore(text, start);
  if (from < 0 || !isUpperCase(text.charCodeAt(from)) || !BODY_ADJECTIVES.hasIn(text, from, start - 1)) return false;
  const adjective = foldKey(text.slice(from, start - 1));
  if (names.some((name) => name.split(/[\s-]+/u).some((word) => foldKey(word) === adjective))) return false;
  for (;;) {
    const before = wordStartBefore(text, from);
    if (before < 0) return false;
    if (isUpperCase(text.charCodeAt(before)) && BODY_ADJECTIVES.hasIn(text, before, from - 1)) {
      from = before;
      continue;
    }
    // (`the`, `Iran’s`, `Iran's`.)
    return ENGLISH_ARTICLES.hasIn(text, before, from - 1) || (text.charCodeAt(from - 2) === 0x73 && isApostrophe(text.charCodeAt(from - 3)));
  }
}
const BODY_ADJECTIVES = new WordSet(['national', 'supreme']);

/**
 * True if capitalised words between an article (or a possessive) and `start` name a body whose noun
 * the name at `start` is: `the National Election Commission`, `der Ständigen Kommission`. Not the
 * entry's own words (`die Europäischen Kommission`), not an acronym (`the EU Commission`), not a
 * town's adjective (`die Brüsseler Kommission`: German ones must be declined adjectives), and not a
 * name the page just named (`the Juncker Commission`, with Juncker in the glossary).
 */
function namedBodyBefore(text: string, start: number, names: readonly string[], mentions: readonly Mention[], english: boolean): boolean {
  const last = mentions[mentions.length - 1];
  let from = start;
  /** The word right before the noun, folded. */
  let first = '';
  for (let words = 0; words < 4; words++) {
    const before = wordStartBefore(text, from);
    if (before < 0 || (last !== undefined && last.end > before)) return false;
    const to = from - 1;
    // (A headline in title case writes its article capitalised: `How The Next Commission Should …`.)
    if (english ? ENGLISH_ARTICLES.hasIn(text, before, to) : DEFINITE_ARTICLES_DE.hasIn(text, before, to) || INDEFINITE_ARTICLES_DE.hasIn(text, before, to))
      return namesBody(words, first, english) && !(english && isUpperCase(text.charCodeAt(before)) && !opensSentence(text, before));
    // (A possessive before the name: `Iran’s National Election Commission`; not `the EU’s Commission`.)
    if (english && text.charCodeAt(to - 1) === 0x73 && isApostrophe(text.charCodeAt(to - 2))) return namesBody(words, first, english);
    if (!isUpperCase(text.charCodeAt(before)) || isUpperCase(text.charCodeAt(before + 1))) return false;
    const word = foldKey(text.slice(before, to));
    if (!english && !DECLINED_ADJECTIVE.test(word)) return false;
    // (English: a place's, a city's, a nation's or a party's word right before the noun says whose
    // the body is, `the Brussels Commission`, `the American Congress`; before more words it opens
    // another's name, `The Irish Data Protection Commission`.)
    if (english && (placeKey(word) !== undefined || cityWords(word) !== undefined || ENGLISH_ADJECTIVE_OF_ORIGIN.test(text.slice(before, to)) || PARTY_WORDS.has(word))) return words > 0;
    const stem = english ? word : word.replace(DECLINED_ADJECTIVE, '');
    if (names.some((name) => name.split(/[\s-]+/u).some((own) => foldKey(own).startsWith(stem)))) return false;
    if (words === 0) first = word;
    from = before;
  }
  return false;
}
/**
 * True if the capitalised words read before a body's noun name another body: two or more, or in
 * German a declined adjective; in English one only of `BODY_NAME_WORDS` (`the Electoral
 * Commission`; a president's name is the entry's, `the Barroso Commission`, and so is a word of a
 * time, `The Previous Commission failed`).
 */
function namesBody(words: number, first: string, english: boolean): boolean {
  return words > 1 || (words === 1 && (!english || BODY_NAME_WORDS.has(first)));
}
/** English words that make a body's name of its noun alone (folded). */
const BODY_NAME_WORDS = new WordSet(
  'national federal electoral election supreme high international constitutional privy security independent permanent joint select standing central general executive judicial legislative advisory regional'.split(' '),
);
/** English words of a party or its members that stand before a body's noun (folded). */
const PARTY_WORDS = new WordSet('republican democratic democrat conservative labour labor liberal tory green socialist communist'.split(' '));
/** The ending of a declined German adjective (`unabhangige`, `standigen`), folded. */
const DECLINED_ADJECTIVE = /(?<=\p{L}{3})(?:e|en|em|es)$/u;
/**
 * Nouns of a body that a glossary may give alone as a short name (`Commission`, `Kommission`),
 * folded. Not `Senate` or `Congress`: a US state's namesakes are the US-state rule's (`the Texas
 * Senate`; `The New York Senate race` is the federal one's).
 */
const BODY_NOUNS = new Set(
  'commission council parliament court assembly agency authority committee board tribunal ministry government kommission rat parlament gericht versammlung agentur behorde ausschuss ministerium regierung'.split(' '),
);

/** Names of bodies that a US state has one of its own (`the Texas House`), folded; not a firm's (`the Texas Tesla factory`). */
const STATE_BODIES = new Set(['house', 'senate', 'assembly', 'legislature', 'gop', 'democrats', 'republicans', 'guard']);

/** Words after a firm's name that make it another firm's of its group (`Bajaj Finance`, `Tata Steel`), folded. */
const SISTER_FIRMS = new WordSet(
  'finance financial capital leasing invest investments ventures privatstiftung steel motors chemicals'.split(' '),
);
/** Words after a firm's acronym that make it a firm of its group (`DB Regio`, `DB Cargo`), folded. */
const DIVISIONS = new WordSet(['regio', 'netz', 'fernverkehr', 'cargo']);

/**
 * True if a capitalised colour after an article stands before the name at `start`, where the
 * entry has a name of two words, another adjective and this one (`der Frührote Veltliner` beside
 * `Grüner Veltliner`). Only a colour's weak endings after an article (`-e`, `-en`): a noun in `-e`
 * stands there too (`der Sorte Veltliner`), and a word in `-er` may be a town's (`der Wachauer
 * Veltliner` is the Grüner); a region's adjective names a body's branch (`die Steirische Volkspartei`).
 */
function otherColourBefore(index: MatcherIndex, text: string, start: number, record: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  // (A weak ending's last letter first: most capitalised words before a name are nouns.)
  const last = text.charCodeAt(word.to - 1);
  if ((last !== 0x65 && last !== 0x6e) || !WEAK_COLOUR.test(foldKey(text.slice(word.from, word.to))) || !wordOfBeforeAnyCase(text, word.from, DEFINITE_DE)) return false;
  const stem = adjectiveStem(foldKey(text.slice(word.from, word.to)));
  const key = index.aliases[record]!.key;
  return entryNames(index, record).names.some((name) => {
    const words = name.split(' ');
    if (words.length !== 2 || foldKey(words[1]!) !== key) return false;
    const first = foldKey(words[0]!);
    return ADJECTIVE_FORM.test(first) && adjectiveStem(first) !== stem;
  });
}
/**
 * A colour in a weak adjective's ending, folded (`Frührote`, `Blauen`), as kinds of grapes and
 * fruit are named: a noun in `-e` may stand there too (`der Sorte Veltliner`, `der Gruppe Wagner`).
 */
const WEAK_COLOUR = /(?:rot|blau|grun|weiss|gelb|grau|schwarz|braun)(?:e|en)$/;
/** A folded word in an adjective's ending (`gruner`, `christlich`, `junge`). */
const ADJECTIVE_FORM = /(?:e|en|er|es|em|lich|isch)$/;
/** A folded adjective without its ending (`grun` of `gruner`, `grunen`). */
function adjectiveStem(word: string): string {
  return word.replace(/(?:e|en|er|es|em)$/, '');
}

/** A women's edition or side after a contest's or a club's name (`Femmes`, `Women`; not German's `Frauen`, an object as often: `Warum die AfD Frauen kaum erreicht`). */
const WOMENS = new WordSet(['femmes', 'women', 'donne', 'feminas']);
/**
 * Capitalised adjectives that open other parties' names (`Progressive Conservatives`, `Liberal
 * Democrats`); not those that name a party's era or its voters (`New Labour`, `Christian Labour voters`).
 */
const PARTY_ADJECTIVES = new WordSet(['progressive', 'liberal', 'social', 'national', 'free', 'united', 'democratic']);
/** True if an article in small letters or a genitive stands before the adjective before `start` (`the Liberal Democrats`, `Ford’s Progressive Conservatives`). */
function partyAdjectiveLed(text: string, start: number): boolean {
  const adjective = wordBefore(text, start)!;
  // (`Jones’ Liberal Democrats`, `Ford’s Progressive Conservatives`.)
  if (isApostrophe(text.charCodeAt(adjective.from - 2))) return true;
  const before = wordBefore(text, adjective.from);
  if (before !== null && text.charCodeAt(before.to - 1) === 0x73 && isApostrophe(text.charCodeAt(before.to - 2))) return true;
  return wordOfBefore(text, adjective.from, ENGLISH_ARTICLES, false);
}
