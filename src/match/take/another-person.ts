/**
 * Is it someone else? One of the questions `take` (in `../scan`) asks of a name the scanner found:
 * another bearer of the surname (after someone else's given name, title or kin: `Melania Trump`),
 * a given name before someone else's surname, a title that names another holder (`the Earl of
 * Elgin`), a family, a saint, a council member's title, a dead namesake; and a place's name that
 * the page has used as a person's surname and that now speaks (`Levin said`).
 */
import type { Candidate } from '../scan';
import { AliasFlag, type AliasRecord, HotBit, type MatcherIndex } from '../alias-index';
import { afterBracketedNames, afterKinAndName, afterOtherFirstName, afterOtherJoinedGivenName, afterOtherMiddleName, afterRoleAndOtherName, afterTitle, afterTitleAndOtherName, anotherBearer, ageAfter, apposedGivenName, beforeChineseGivenName, beforeGivenName, beforeOthersFullName, beforeOtherSurname, beforeOthersWord, beforeRomanceParticle, besideOtherKoreanName, COMPANIONS_DE, ENGLISH_TITLES, givenNameBefore, givenNameJustBefore, halfOfDoubleGivenName, joinedGivenNameBefore, KIN, NO_WORDS, NOUN_SURNAMES, otherRoleBefore, otherSex, ownTitleBefore, PLACE_LEADS, roleBefore, secondGivenName, secondOfDoubleName, speakerAt, speaksOfHimself, surnameAfter, titleBeforeName } from '../person-names';
import { COMMA, foldCode, foldKey, isApostrophe, isDigit, isSoftSeparator, isUpperCase, SEP } from '../fold';
import { adverbialPhrase, afterIndefinite, beforeArticle, beforeOtherNoun, beforePairedAdjective, beforeRole, endsAsHeadline, headlineAfter, isDate, LANGUAGE_PREPOSITIONS, LANGUAGES, opensSentenceBefore, predicateBeforeSubject } from '../common-words';
import { afterDefinite, capitalisedWordAfter, closesClause, COMPASS_EN, compoundEndsIn, CONJUNCTIONS, DEFINITE_ARTICLES_DE, DEFINITE_DE, endsOrVerbAfter, ENGLISH_ARTICLE, isHyphen, isWordAfter, NOT_DE, OPENING_QUOTES, opensSentence, smallWordAfter, TIME_WORDS, titleOf, TOWN_PREPOSITIONS, wordBefore, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from '../text-around';
import { isGerman } from '../language';
import { clubBeforeSurname, pairOfPlaces, TOWN_NOUNS } from '../place-names';
import { FIRST_NAMES, GIVEN_SURNAMES, MORE_GIVEN_SURNAMES } from '../first-names';
import { longestAt, SCRATCH } from '../longest-at';
import { endsInRat, partyTitleBefore, PEERAGE } from '../bodies';
import { describesFamily, describesGovernment } from '../descriptions';
import { WordSet } from '../word-set';

/** True if the name is someone else's, or part of a person's where the entry is none. */
export function anotherPerson(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english, session, mentions } = c;
  if (
    hot & AliasFlag.Surname &&
    (afterOtherFirstName(text, start, alias.nameWords!, alias.key, english) ||
      (english ? end === aliasEnd && afterTitleAndOtherName(text, start, end, alias.nameWords!) : afterRoleAndOtherName(text, start, alias.nameWords!)) ||
      afterKinAndName(text, start, alias.nameWords!) ||
      halfOfDoubleGivenName(text, start, alias.names) ||
      // (Not a name the text just took: `the Lilly-Novo duopoly` beside Eli Lilly and Novo Nordisk.)
      (afterOtherJoinedGivenName(text, start, alias.nameWords!) && mentions[mentions.length - 1]?.end !== start - 1) ||
      afterBracketedNames(text, start, alias.nameWords!) ||
      (end === aliasEnd && text.charCodeAt(end) === COMMA && apposedGivenName(text, start, alias.nameWords!)) ||
      (english && afterOtherMiddleName(text, start, alias.nameWords!)) ||
      // `die Bregenzer Festspiele` beside Landesrat Bregenzer and the town Bregenz: the town's adjective before a noun.
      (!english && end === aliasEnd && alias.townsAdjective === true && townsAdjectiveAt(text, start, end, alias.nameWords!)) ||
      (!english && end === aliasEnd && ADVERB_SURNAMES.has(alias.key) && (opensSentenceBefore(text, start, end, QUANTITY_ADVERBS.has(alias.key) ? QUANTITY_FOLLOWERS : ADVERB_FOLLOWERS) || (QUANTITY_ADVERBS.has(alias.key) && text.charCodeAt(end) === 0x20 && isDigit(text.charCodeAt(end + 1)) && opensSentence(text, start) && !afterColonOrOrdinal(text, start)) || beforePairedAdjective(text, end) || predicateBeforeSubject(text, start, end) || (opensSentence(text, start) && (ADJECTIVE_ES.test(text.slice(end, end + 16)) || adverbBeforeAdjective(text, end))))) ||
      // `Anders ist es im Kino`, `Anders als Merz …` beside Sonja Anders: the adverb opening a sentence.
      (!english && end === aliasEnd && alias.key === 'anders' && opensSentence(text, start) && ANDERS_AFTER.test(text.slice(end, end + 24))) ||
      // `in Prien am Chiemsee` beside Karin Prien: a town named with its lake or river.
      (!english && end === aliasEnd && wordOfBeforeAnyCase(text, start, PLACE_LEADS) && TOWN_TAIL.test(text.slice(end, end + 24))) ||
      (!english && end === aliasEnd && PREPOSITION_ADVERBS.has(alias.key) && opensSentenceBefore(text, start, end, ADVERB_PREPOSITIONS) && adverbialPhrase(text, end) && !endsAsHeadline(text, end)) ||
      (english && end === aliasEnd && PREPOSITION_SURNAMES.has(alias.key) && opensSentenceBefore(text, start, end, TO)) ||
      // `Key to that patience has been …`, `Key to success, he said, is …` beside Rob Key: the
      // adjective, whose clause goes on to its verb (not a headline's `Key to stay on`, `Key to
      // the rescue: …`).
      (english && end === aliasEnd && alias.key === 'key' && opensSentenceBefore(text, start, end, TO) && copulaAhead(text, end + 4)) ||
      (!english && end === aliasEnd && DECLINED_SURNAMES.has(alias.key) && opensSentence(text, start) && beforeOtherNoun(text, end, alias.nameWords!) && !beforeRole(text, end)) ||
      // `Reiter der Polizeireiterstaffel, die …`: a noun that opens a sentence before a genitive (not
      // a headline's `Müller der Matchwinner:`, nor before an adjective: `Leiter der große Verlierer`).
      (!english && end === aliasEnd && NOUN_SURNAMES.has(alias.key) && opensSentence(text, start) && (text.startsWith(' der ', end) || text.startsWith(' des ', end)) && isUpperCase(text.charCodeAt(end + 5)) && !headlineAfter(text, end + 5)) ||
      (end === aliasEnd && titleBeforeName(text, end, alias.key, alias.nameWords!)) ||
      // `Kämmerer Jens Walter rechnete vor` beside Claudia Kämmerer: a trade or an office before another's full name.
      (!english && end === aliasEnd && (OFFICE_SURNAMES.has(alias.key) || NOUN_SURNAMES.has(alias.key)) && opensSentence(text, start) && beforeOthersFullName(text, end, alias.nameWords!)) ||
      // (Also before `nicht`, opening a quotation: `„Denk nicht an das Podium …“`; not a headline's `Lies nicht zu Gesprächen bereit`.)
      // (And a conjunction before a pronoun, its clause's subject: `„Weil wir sehr früh …“` beside Wilhelm Weil.)
      (!english &&
        end === aliasEnd &&
        VERB_SURNAMES.has(alias.key) &&
        isGerman(session) &&
        opensSentence(text, start) &&
        (beforeArticle(text, end) || (OPENING_QUOTES.has(text.charCodeAt(start - 1)) && smallWordAfter(text, end, NOT_DE)) || (CONJUNCTION_SURNAMES.has(alias.key) && smallWordAfter(text, end, SUBJECT_PRONOUNS)))) ||
      (end === aliasEnd && (english || isGerman(session)) && beforeRomanceParticle(text, end, alias.nameWords!)) ||
      secondOfDoubleName(text, start, end, mentions) ||
      otherSex(text, start, end, aliasEnd, alias, english) ||
      // `not the first Hutton to face questions`: another of the name.
      (english && end === aliasEnd && anotherBearer(text, start, end)) ||
      // `Warren, who is no relation to the Massachusetts senator` after the witness `Rebecca Warren`:
      // the namesake the page named, said so (not where the page named none: `Burns, no relation to
      // the poet` is the glossary's Burns).
      (end === aliasEnd && (text.charCodeAt(end) === COMMA || text.charCodeAt(end + 1) === 0x28) && NO_RELATION.test(text.slice(end, end + 40)) && namesakeNamedBefore(text, start, end, alias.nameWords!)) ||
      // `vom Zweitligisten Eintracht Hagen` beside Moritz Hagen: a club's name.
      (end === aliasEnd && clubBeforeSurname(text, start)) ||
      // `a company based in Windsor` beside Thomas Windsor: where something is based, the town.
      (english && end === aliasEnd && basedIn(text, start)) ||
      // `MP for Swansea West` beside Catherine West: a point of the compass after a place's name.
      (english && end === aliasEnd && COMPASS_EN.has(alias.key) && compassOfPlace(text, start, alias.nameWords!)) ||
      // `Nelson and Tasman councils`: a place paired with another before a noun of places.
      (english && end === aliasEnd && pairOfPlaces(text, end)) ||
      // `a nurse who drives from Lindsay, a town in the Kawartha Lakes`: the place an apposition calls one.
      (end === aliasEnd && (text.startsWith(', a', end) || text.startsWith(', ein', end)) && SETTLEMENT_APPOSED.test(text.slice(end, end + 40))) ||
      // `the McDonnell Douglas DC-10`, `Marks Spencer`: a surname before a given name names a firm of two.
      (english && end === aliasEnd && beforeGivenName(text, end, alias.nameWords!)) ||
      // `auf Deutsch`, `ins Englische`: the language, not Oskar Deutsch.
      (!english && wordOfBeforeAnyCase(text, start, LANGUAGE_PREPOSITIONS) && LANGUAGES.has(alias.key) && endsPhrase(text, end)) ||
      isDate(text, start, end, alias.key) ||
      // `the German magazine Der Spiegel`, `Die Zeit`: a German title in English, not Evan Spiegel.
      (english && end === aliasEnd && wordOfBefore(text, start, GERMAN_ARTICLES, true)))
  )
    return true;
  if (
    hot & AliasFlag.FamilyFirst &&
    end === aliasEnd &&
    (besideOtherKoreanName(text, start, end, alias.nameWords!) ||
      // In Western order, someone else's family name (`Andy Kim`) or given name (`Kim Kardashian`).
      afterOtherFirstName(text, start, alias.nameWords!, alias.key, english) ||
      (english && beforeOtherSurname(text, end, alias.nameWords!)) ||
      (beforeChineseGivenName(text, start, end, alias.nameWords!, english) && !longestAt(index, text, end + 1, SCRATCH, true)))
  )
    return true;
  // (In German, whose nouns are capitalised, only a given name that is no surname of the entry's or
  // opens another of its names, after a noun of a person: `der Kommentator Harald Stanghelle` beside
  // `König Harald`, `Harald V.`; not `Ministerpräsident Günther Applaus` beside Daniel Günther.)
  if (
    (english
      ? hot & AliasFlag.GivenName || (hot & AliasFlag.Surname && GIVEN_SURNAMES.has(alias.key))
      : hot & AliasFlag.GivenName && (!(hot & AliasFlag.Surname) || alias.startsLonger) && roleBefore(text, start)) &&
    end === aliasEnd &&
    beforeOtherSurname(text, end, alias.nameWords!)
  )
    return true;
  // `Ihr Vater Rainer Sommer` beside Alois Rainer and Johanna Sommer: a surname that is a given name
  // too, after a relative's or a companion's noun and before another person's name of the glossary,
  // is that one's given name. (Not elsewhere: German puts a subject before an object, `Am Montag
  // kritisierte Günther Merz`, and drops a comma in a list, `Auch Günther Merz und Söder`.)
  if (!english && end === aliasEnd && hot & AliasFlag.Surname && FIRST_NAMES.has(alias.key) && (wordOfBefore(text, start, KIN, true) || wordOfBefore(text, start, COMPANIONS_DE, true)) && beforeOtherPersonsName(index, text, end, index.entryOf[record]!)) return true;
  // (These only before a word that looks like a surname: not an acronym or a glossary's name, `Ross MSP`, `Ross Holyrood exit`.)
  if (english && end === aliasEnd && hot & AliasFlag.Surname && MORE_GIVEN_SURNAMES.has(alias.key) && beforeOtherSurname(text, end, alias.nameWords!) && beforePlainSurname(index, text, end)) return true;
  // `“I tell them, different Kennedy, same amount of hair”`: someone else of the name, where the
  // phrase ends with it (not after an article or `no`, the person changed: `Voters saw a different
  // Trump.`; nor `the other Trump`, the person in another light).
  if (english && hot & AliasFlag.Surname && end === aliasEnd && differentBefore(text, start) && PHRASE_CLOSERS.has(text.charCodeAt(end))) return true;
  // `ihr Vater Nicolas G. Hayek` beside Nick Hayek, whose description calls him `Sohn des
  // Firmengründers Nicolas G. Hayek`: a full name the entry's own description gives another.
  if (hot & AliasFlag.Surname && describedOther(text, start, aliasEnd, alias)) return true;
  // `Ein junger Leutnant, der ebenfalls Huber heißt`, `a constable also named Huber`: the text says
  // someone else bears the name.
  if (hot & AliasFlag.Surname && end === aliasEnd && alsoNamed(text, start, end, english)) return true;
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
  // (Not a family or a house the glossary lists itself: `der Familie Bernadotte` beside the Haus Bernadotte.)
  if (hot & (AliasFlag.Person | AliasFlag.Thing) && (wordOfBefore(text, start, FAMILIES, true) || compoundEndsIn(text, end, FAMILIES)) && !describesFamily(alias)) return true;
  // `the Barlow family sold the business`, `The Koch brothers were …` beside Koch Industries: the
  // family, in English after the name (not a policy the noun opens, `the Trump family separation policy`).
  if (english && hot & (AliasFlag.Surname | AliasFlag.Thing) && end === aliasEnd && smallWordAfter(text, end, FAMILY_EN) && familyEndsPhrase(text, wordEnd(text, end + 1))) return true;
  // `die Brüder Grimm` (not `Sein Bruder Vitali Klitschko`, nor `die Brüder Wladimir und Vitali`).
  if (hot & AliasFlag.Surname && end === aliasEnd && (text.startsWith('Brüder ', start - 7) || text.startsWith('Schwestern ', start - 11)) && !text.startsWith(' und ', end)) return true;
  // `the eighth Earl of Elgin`: another holder of the title.
  if (english && hot & AliasFlag.Person && wordOfBefore(text, start, ORDINALS, false) && TITLES_OF.hasIn(text, start, wordEnd(text, start))) return true;
  // `The Bishop of Carlisle`, `the Earl of Elgin`: a title, not the person whose surname it is.
  if (english && hot & AliasFlag.Surname && end === aliasEnd && TITLES_OF.hasIn(text, start, end) && titleOf(text, end)) return true;
  // (`das Robert-Bosch-Krankenhaus` too: named after the founder, not the firm.)
  if (hot & AliasFlag.Thing && (givenNameJustBefore(text, start, english) || joinedGivenNameBefore(text, start) >= 0) && mentions[mentions.length - 1]?.end !== start - 1) return true;
  // `said Katrina Batiste, 44` beside Hurricane Katrina: a given name, a surname and an age make a
  // person, whatever else the glossary's name is.
  if (!(hot & AliasFlag.Person) && end === aliasEnd && FIRST_NAMES.has(alias.key) && surnameAndAgeAfter(text, end)) return true;
  // `von dem Schneider Hugo Boss gegründet`, `the designer Jil Sander` beside the firms: a firm named
  // with a person's full name, after a noun of its founder's trade, is the person.
  if (alias.type === 'organisation' && end === aliasEnd && FIRST_NAMES.hasIn(text, start, wordEnd(text, start)) && founderNounBefore(text, start, english)) return true;
  // `named after the broadcaster Sir David Attenborough` beside the ship: a thing named with a
  // person's name, after a noun of that person's role (which its descriptions do not give), is the person.
  // (Not a given name joined to a compound: `Die Autorin Emma-Redakteurin Chantal Louis` beside the magazine.)
  if (!(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && opensPersonsName(text, start) && otherRoleBefore(text, start, alias, english)) return true;
  // `Foreign Secretary Vikram Misri` beside the lander Vikram, `President Ford`: a title's person.
  // (Not a ship or a weapon named after a title's bearer: `the General Belgrano`.)
  // (Nor an acronym, which no one is called: `Director General BBC Tim Davie`.)
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && text.charCodeAt(start - 1) === 0x20 && !isUpperCase(text.charCodeAt(start + 1)) && !alias.weapon && wordOfBefore(text, start, ENGLISH_TITLES, true)) return true;
  if ((hot & (AliasFlag.Person | AliasFlag.Place | AliasFlag.Thing | HotBit.PlainWord)) === HotBit.PlainWord && end === aliasEnd && givenNameBefore(text, start) !== null) return true;
  // `SVP-Kantonsrat Bernhard Egli`: a council's name after a party's, before a given name, is its
  // member's title (not `billigte der Bundesrat Karl Lauterbachs Reform`); so is a parliament's or
  // a government's after a town's or a canton's adjective (`Waadtländer SP-Ständerat`; not `im
  // Münchner SPD-Stadtrat`, nor `der Wolfsburger VW-Betriebsrat`, a body).
  if (!english && hot & AliasFlag.Thing && end === aliasEnd && isHyphen(text.charCodeAt(start - 1)) && alias.key.endsWith('rat') && partyTitleBefore(text, start) && (givenNameAfter(text, end) || (MEMBERS_COUNCILS.has(alias.key) && !isHyphen(text.charCodeAt(end)) && placeAdjectiveBefore(text, wordStart(text, start - 1))))) return true;
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
  // (Not a country or a capital, which speak for their governments, `Washington warned`, unless
  // of themselves as `he` or `she`: `Jackson said he had begged …`. Not a firm, which speaks as
  // often as its founder: `Tata said` after `Ratan Tata`.)
  if (
    session.others !== undefined &&
    session.others.size > 0 &&
    hot & AliasFlag.Place &&
    end === aliasEnd &&
    session.others.has(alias.key) &&
    (speakerAt(text, start, end, english) || (!english && roleBefore(text, start))) &&
    (!describesGovernment(alias) || speaksOfHimself(text, end))
  )
    return true;
  // (So is the bare genitive before a noun of a place that takes an article, a pass's or a river's:
  // `Brenners Fahrer` after `Markus Brenner`, where the pass is `des Brenners`; not a town's, whose
  // genitive is bare: `Hagens Schuldenlast` after Nina Hagen.)
  if (
    !english &&
    session.others !== undefined &&
    session.others.size > 0 &&
    hot & HotBit.Landscape &&
    end === aliasEnd + 1 &&
    text.charCodeAt(aliasEnd) === 0x73 &&
    session.others.has(alias.key) &&
    capitalisedWordAfter(text, end) !== null &&
    !afterDefinite(text, start) &&
    !isWordAfter(text, end, TOWN_NOUNS)
  )
    return true;
  return false;
}

/** `heilig` declined, before a saint's name. */
const HOLY = new WordSet(['heilige', 'heiligen', 'heiliger', 'heiligem']);

/** Words before a name, capitalised, that make it a family's (`die Familien Porsche und Piëch`, `Clan Kennedy`). */
const FAMILIES = new WordSet(['familie', 'familien', 'clan', 'dynastie', 'geschwister', 'eheleute', 'ehepaar']);
const FAMILY_EN = new WordSet(['family', 'families', 'clan', 'brothers', 'sisters', 'dynasty']);
/** True if the family's noun, ending at `end`, ends its phrase: a clause's end, a verb or a preposition follows (`the Barlow family sold`, `the Barlow family's`). */
function familyEndsPhrase(text: string, end: number): boolean {
  return closesClause(text, end) || isApostrophe(text.charCodeAt(end)) || smallWordAfter(text, end, AFTER_FAMILY);
}
const AFTER_FAMILY = new WordSet('has have had was were is are said says sold owns owned bought built founded runs ran became one who which that of in on and to for at from with'.split(' '));

/** Towns named after a royal (`Prince Rupert`, `Prince George`, `Prince Albert`). */
const ROYAL_TOWN = /^(?:Prince|Princess|King|Queen) \p{Lu}/u;
/** True if ` of `, maybe `the`, and a capitalised word follow `end` (`Prince Rupert of the Rhine`, `Prince Albert of Monaco`). */
function royalTitleAfter(text: string, end: number): boolean {
  if (!text.startsWith(' of ', end)) return false;
  const at = text.startsWith('the ', end + 4) ? end + 8 : end + 4;
  return isUpperCase(text.charCodeAt(at));
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

/**
 * True if a town's or a canton's adjective stands just before `start`, not in a council (`im
 * neuen Münchner SPD-Stadtrat`; `dem Walliser SP-Ständerat` is a member), nor a word in -er that
 * opens the sentence (`Aber`, `Unser`, `Später`).
 */
function placeAdjectiveBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !PLACE_ADJECTIVE.test(text.slice(word.from, word.to)) || opensSentence(text, word.from)) return false;
  const before = wordBefore(text, word.from);
  if (before === null) return true;
  if (IN_COUNCIL.hasIn(text, before.from, before.to)) return false;
  // (One adjective in small letters may stand between: `im neuen Zürcher …`.)
  return isUpperCase(text.charCodeAt(before.from)) || !wordOfBeforeAnyCase(text, before.from, IN_COUNCIL);
}
/** Parliaments and governments whose members bear their name as a title (folded). */
const MEMBERS_COUNCILS = new Set(['standerat', 'nationalrat', 'bundesrat', 'kantonsrat', 'grossrat', 'landrat', 'staatsrat', 'regierungsrat', 'landesrat', 'stadtrat', 'gemeinderat', 'einwohnerrat']);
/** Prepositions before a council's adjective that put someone or something in the council (`im Münchner SPD-Stadtrat`). */
const IN_COUNCIL = new WordSet(['im', 'ins', 'in', 'aus']);

/** True if `based in`, `headquartered in` or the like stands before `start`. */
function basedIn(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || word.to - word.from !== 2 || !text.startsWith('in', word.from)) return false;
  return wordOfBefore(text, word.from, BASED, false);
}
const BASED = new WordSet(['based', 'headquartered', 'located', 'situated', 'born', 'raised']);

/** True if text[start, end) stands earlier after a given name that is none of the person's (`Rebecca Warren`). */
function namesakeNamedBefore(text: string, start: number, end: number, nameWords: ReadonlySet<string>): boolean {
  const name = text.slice(start, end);
  for (let at = text.lastIndexOf(name, start - 1); at > 0; at = text.lastIndexOf(name, at - 1)) {
    const given = wordBefore(text, at);
    if (given !== null && FIRST_NAMES.hasIn(text, given.from, given.to) && !nameWords.has(foldKey(text.slice(given.from, given.to)))) return true;
  }
  return false;
}
/** A namesake said to be none of the person's kin after the name (`, who is no relation to`, `(nicht verwandt mit`). */
const NO_RELATION = /^(?:,| \()\s?(?:who is |who's |and )?(?:no relation|not related|nicht verwandt|nicht mit \p{Lu}\p{L}+ verwandt)/u;

/**
 * True if a capitalised word stands one space before `start` that is none of the person's names,
 * no title and no given name, and does not open the sentence: the name of a place whose part the
 * point of the compass at `start` is (`Swansea West`, `Belfast East`; not `Mr West`, `Later West said`).
 */
function compassOfPlace(text: string, start: number, nameWords: ReadonlySet<string>): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const word = wordBefore(text, start);
  if (word === null || word.to !== start - 1 || word.to - word.from < 3 || !isUpperCase(text.charCodeAt(word.from)) || isUpperCase(text.charCodeAt(word.from + 1))) return false;
  if (opensSentence(text, word.from) || nameWords.has(foldKey(text.slice(word.from, word.to)))) return false;
  return !ENGLISH_TITLES.hasIn(text, word.from, word.to) && !FIRST_NAMES.hasIn(text, word.from, word.to);
}

/** True if a capitalised given name (`FIRST_NAMES`) follows `end` after a space (or a non-breaking one). */
function givenNameAfter(text: string, end: number): boolean {
  const gap = text.charCodeAt(end);
  if ((gap !== 0x20 && gap !== 0xa0) || !isUpperCase(text.charCodeAt(end + 1))) return false;
  return FIRST_NAMES.hasIn(text, end + 1, wordEnd(text, end + 1));
}

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

/** English ordinals before a title (`the eighth Earl of Elgin`). */
const ORDINALS = new WordSet(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th'.split(' '),
);
/** Titles with `of` and a place: a surname that is one is the title there (`The Bishop of Carlisle`, not Rachel Bishop). */
const TITLES_OF = new WordSet([...PEERAGE, 'archbishop', 'bishop', 'dean', 'lord']);
/** A comma and a settlement's noun after an article, with an adjective or not, that ends there or goes on with a place's word (`, a town in …`, `, eine kleine Gemeinde bei …`; not `, a city official`). */
const SETTLEMENT_APPOSED =
  /^, (?:a|an|eine?) (?:\p{Ll}+ )?(?:town|city|village|suburb|hamlet|stadt|kleinstadt|gemeinde|dorf|ortschaft)(?:[,.;:)]| (?:of|in|on|near|outside|north|south|east|west|that|where|which|with|about|im|bei|an|nahe)(?!\p{L}))/u;

/** Words before a storm's given name (`Sturm Egon`, `Orkan Kyrill`). */
const STORMS = new WordSet(['sturm', 'orkan', 'sturmtief', 'tief', 'hoch', 'hurrikan', 'taifun', 'zyklon']);
/** `PLACE_LEADS` and `nach`, before a place's own name (`Die Messe lockt nach Heide Besucher`). */
const PLACE_PREPOSITIONS_BEFORE = new WordSet(['in', 'aus', 'nach']);

/** Surnames that are German adverbs or adjectives (folded): `Kurz darauf`, `Lang zuvor` at a sentence's start are words. */
const ADVERB_SURNAMES = new Set(['kurz', 'lang', 'klein', 'gross', 'schwarz', 'weiss', 'braun', 'hart', 'scharf', 'stark', 'jung', 'fromm', 'frei', 'schmal', 'breit', 'heiss', 'gut', 'knapp']);
/**
 * `ist es` or `war es` and a word of time or quiet after one of `ADVERB_SURNAMES` that opens a
 * sentence: the adjective (`Lang ist es her`, `Kurz war es still im Saal`; not a dative, `Klein ist
 * es wichtig`, `Jung war es gelungen`).
 */
const ADJECTIVE_ES = /^ (?:ist|war) es (?:her|still|ruhig|laut|dunkel|hell)\b/;
/**
 * An adjective in -bar or a present participle, declined before a noun, after one of
 * `ADVERB_SURNAMES` that opens a sentence: the adverb (`Frei verfügbare Mittel`, `Lang anhaltende
 * Dürre`; not `Frei betonte Fortschritte`, nor before an infinitive with `zu`: `Kurz politische
 * Naivität vorzuwerfen`). Read to the clause's end.
 */
const ADJECTIVE_BEFORE_NOUN = /^ \p{Ll}{3,}(?:bar|end)(?:e|en|er|es|em) \p{Lu}[^,.;:!?]*$/u;
function adverbBeforeAdjective(text: string, end: number): boolean {
  const clause = text.slice(end, end + 80).split(/[,.;:!?]/u, 1)[0]!;
  return ADJECTIVE_BEFORE_NOUN.test(clause) && !ZU_INFINITIVE.test(clause) && !VERBS_LIKE_ADJECTIVES.hasIn(text, end + 1, wordEnd(text, end + 1));
}
/** Verbs in the plural that end as such adjectives do (`Kurz senden Anhänger Blumen`, `Frei offenbaren Chats …`). */
const VERBS_LIKE_ADJECTIVES = new WordSet('senden wenden spenden verwenden beenden vollenden offenbaren vereinbaren'.split(' '));
const ZU_INFINITIVE = /(?:^|\s)zu\s|\p{Ll}zu\p{Ll}+en(?:\s|$)/u;
/** A town's tail of a lake's, a river's or a region's name (`am Chiemsee`, `an der Donau`, `im Allgäu`; not `am Montag`, `im Mittelfeld`). */
const TOWN_TAIL =
  /^ (?:am|an der|im|ob der|in der) (?:Rhein|Main|Inn|See|Chiemsee|Bodensee|Ammersee|Tegernsee|Laim|Lech|Neckar|Kocher|Tauber|Mosel|Saale|Ruhr|Donau|Elbe|Oder|Havel|Spree|Isar|Alz|Traun|Enns|Ybbs|Allgäu|Harz|Brenner|Arlberg|Wörthersee|Attersee|Mondsee|Traunsee|Wolfgangsee|Zürichsee|Oberpfalz|Pustertal|Vinschgau)(?!\p{L})/u;
/** Words after one of `ADVERB_SURNAMES` that make it the adverb (`Kurz darauf`, `Kurz gesagt`, `Frei nach dem Motto`, `Klein beigeben`; not `und`: `Kurz und Strache`). */
const ADVERB_FOLLOWERS = new WordSet(['darauf', 'danach', 'davor', 'zuvor', 'gesagt', 'nachdem', 'bevor', 'zusammengefasst', 'nach', 'beigeben', 'beigegeben', 'genug']);

/**
 * True if a colon, or an ordinal's stop opening a line or after a comma or a colon, stands before
 * `start` (`Stichwahl: Knapp 52,3 Prozent`, `1:20,36, 2. Gut 1:20,59`): a result's list, whose names
 * open no sentence (not a year's stop: `… lag 2023 bei 5,9. Knapp 40 Prozent …`).
 */
function afterColonOrOrdinal(text: string, start: number): boolean {
  let at = start - 1;
  while (at > 0 && isSoftSeparator(text.charCodeAt(at))) at--;
  const code = text.charCodeAt(at);
  if (code === 0x3a) return true;
  if (code !== 0x2e) return false;
  let digit = at - 1;
  while (digit >= 0 && isDigit(text.charCodeAt(digit))) digit--;
  if (at - 1 - digit < 1 || at - 1 - digit > 2) return false;
  if (digit < 0 || text.charCodeAt(digit) === 0x0a) return true;
  const mark = text.charCodeAt(digit - 1);
  return text.charCodeAt(digit) === 0x20 && (mark === COMMA || mark === 0x3a || mark === 0x3b);
}
/** What follows the adverb `anders` opening a sentence: `als`, or a verb and its subject (`Anders ist es im Kino`, `Anders sieht das …`). */
const ANDERS_AFTER = /^ (?:als|(?:ist|war|sieht|sah|verhält|verhielt|liegt|lag|stellt|stellte|steht|stand) (?:es|das|sich|der|die|dies))(?!\p{L})/u;
/** Surnames that are adverbs of quantity before a number (`Gut zwei Drittel`, `Knapp die Hälfte`, `Knapp 200 Menschen`). */
const QUANTITY_ADVERBS = new Set(['gut', 'knapp']);
/** Words after one of `QUANTITY_ADVERBS` that make it the adverb (`Gut möglich, dass …`, `Gut zwei Drittel des Sees`, `Knapp die Hälfte`). */
const QUANTITY_FOLLOWERS = new WordSet('moglich denkbar gemeint gemacht gesagt zusammengefasst doppelt halb zwei drei vier funf sechs zehn zwanzig hundert tausend die ein eine einem einer'.split(' '));
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
/** True if the clause that goes on at `from` comes to a copula (`is`, `has been`) before its end or a colon, within a few words. */
function copulaAhead(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 80);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_ENDS.includes(code)) return false;
    if (code === 0x20 && COPULAS.some((copula) => text.startsWith(copula, i))) return true;
  }
  return false;
}
const CLAUSE_ENDS = [0x2e, 0x3a, 0x3b, 0x21, 0x3f, 0x0a, 0x22, 0x201c, 0x201d];
const COPULAS = [' is ', ' was ', ' are ', ' were ', ' lies ', ' lay ', ' remains ', ' remained ', ' has been ', ' have been ', ' had been ', ' will be ', ' would be '];
/** Surnames that are declined German adjectives (folded): `Neuer Rekord`, `Schwarzer Tag`, `Kluge Politik` at a sentence's start are words. */
const DECLINED_SURNAMES = new Set(['neuer', 'alter', 'junger', 'kleiner', 'grosser', 'langer', 'schoner', 'kurzer', 'weisser', 'schwarzer', 'kluge', 'junge', 'lange', 'kleine', 'grosse', 'starke']);

/** True if the word before the space at `space` ends in `s` or `t` (as `namens` and `genannt` do). */
function endsInSOrT(text: string, space: number): boolean {
  const last = text.charCodeAt(space - 1);
  return text.charCodeAt(space) === 0x20 && (last === 0x73 || last === 0x74);
}
/**
 * True if one to three capitalised words or initials before the surname at text[start, aliasEnd)
 * make, with it, a full name that the entry's descriptions give a relative and its names do not
 * (see `anotherPerson`).
 */
function describedOther(text: string, start: number, aliasEnd: number, alias: AliasRecord): boolean {
  let from = start;
  for (let words = 0; words < 3; words++) {
    const word = wordBefore(text, from);
    if (word === null || word.to !== from - 1 || !isUpperCase(text.charCodeAt(word.from))) return false;
    from = word.from;
    const phrase = text.slice(from, aliasEnd);
    if (!alias.names.some((name) => name.startsWith(phrase)) && alias.descriptions.some((description) => kinNamed(description, phrase))) return true;
  }
  return false;
}
/** True if `description` names `phrase` after a relative's noun (`Sohn des Firmengründers Nicolas G. Hayek`, `son of …`). */
function kinNamed(description: string, phrase: string): boolean {
  const at = description.indexOf(phrase);
  // (Not a father the person is named after: `son of Martin Luther King Sr.`.)
  return at > 0 && KIN_BEFORE.test(description.slice(Math.max(0, at - 40), at)) && !GENERATION_AFTER.test(description.slice(at + phrase.length, at + phrase.length + 10));
}
const GENERATION_AFTER = /^,? (?:Sr|Jr|sen|jun|senior|junior|I{1,3}|IV)(?![\p{L}])/u;
const KIN_BEFORE = /(?<!\p{L})(?:sohn|tochter|vater|mutter|bruder|schwester|ehefrau|ehemann|witwe|witwer|enkel|enkelin|neffe|nichte|son|daughter|father|mother|brother|sister|wife|husband|widow|widower|grandson|granddaughter|nephew|niece)(?!\p{L})/iu;
/**
 * True if the text says that the surname at text[start, end) is someone else's too: in German a
 * relative clause, `der ebenfalls Huber heißt,` or `… heißt und` (not the verbs `gutheißen`, `willkommen heißen`:
 * `Auch Söder heißt den Kompromiss gut`); in English after a noun with `a`, `a lieutenant also
 * named Huber` (not `The lawsuit also named Musk`).
 */
function alsoNamed(text: string, start: number, end: number, english: boolean): boolean {
  if (english) {
    const verb = wordBefore(text, start);
    if (verb === null || verb.to !== start - 1 || !NAMED_EN.hasIn(text, verb.from, verb.to)) return false;
    const also = wordBefore(text, verb.from);
    if (also === null || !ALSO_EN.hasIn(text, also.from, also.to)) return false;
    const noun = wordBefore(text, also.from);
    return noun !== null && wordOfBeforeAnyCase(text, noun.from, A_NOUN);
  }
  const also = wordBefore(text, start);
  if (also === null || !ALSO_DE.hasIn(text, also.from, also.to) || !wordOfBefore(text, also.from, DEFINITE_DE, false)) return false;
  const verbEnd = wordEnd(text, end + 1);
  return smallWordAfter(text, end, IS_CALLED_DE) && (text.charCodeAt(verbEnd) === COMMA || text.charCodeAt(verbEnd) === 0x2e || text.startsWith(' und ', verbEnd));
}
/** True if a bare `different` stands before `start`, no article or `no` before it (`different Kennedy`). */
function differentBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && DIFFERENT.hasIn(text, word.from, word.to) && !wordOfBeforeAnyCase(text, word.from, ARTICLE_OR_NO);
}
const DIFFERENT = new WordSet(['different']);
const ARTICLE_OR_NO = new WordSet(['a', 'an', 'the', 'no', 'this', 'that']);
const PHRASE_CLOSERS = new Set([COMMA, 0x2e, 0x3b, 0x21, 0x3f, 0x201d, 0x22, 0x29]);
const ALSO_DE = new WordSet(['ebenfalls', 'auch', 'gleichfalls', 'genauso', 'zufällig', 'zufallig']);
const IS_CALLED_DE = new WordSet(['heisst', 'hiess', 'heissen', 'hiessen']);
const NAMED_EN = new WordSet(['named', 'surnamed']);
const ALSO_EN = new WordSet(['also', 'too', 'coincidentally']);
const A_NOUN = new WordSet(['a', 'an', 'one', 'another']);
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

/** True if a capitalised word and an age follow `end` (` Batiste, 44,`). */
function surnameAndAgeAfter(text: string, end: number): boolean {
  const surname = capitalisedWordAfter(text, end);
  return surname !== null && ageAfter(text, surname.to);
}
/** True if a noun of a founder's trade stands right before `start` (`Schneider`, `Modeschöpferin`, `the designer`). */
function founderNounBefore(text: string, start: number, english: boolean): boolean {
  const word = wordBefore(text, start);
  return word !== null && word.to === start - 1 && isUpperCase(text.charCodeAt(word.from)) !== english && (english ? FOUNDERS_EN : FOUNDERS_DE).test(foldKey(text.slice(word.from, word.to)));
}
const FOUNDERS_DE = /^(?:schneider(?:in)?|(?:mode)?designer(?:in)?|modeschopfer(?:in)?|(?:firmen)?grunder(?:in)?|couturier)$/;
const FOUNDERS_EN = /^(?:tailor|designer|founder|couturier)$/;
/**
 * True if the word at `start` opens a person's name: a given name or a title (`NAME_TITLES`), not
 * joined to a compound by a hyphen.
 */
function opensPersonsName(text: string, start: number): boolean {
  const first = wordEnd(text, start);
  return (FIRST_NAMES.hasIn(text, start, first) || NAME_TITLES.hasIn(text, start, first)) && !isHyphen(text.charCodeAt(first));
}
/** Titles that open a person's name (`Sir David Attenborough`, `Dame Judi Dench`), folded. */
const NAME_TITLES = new WordSet(['sir', 'dame', 'lord', 'lady']);
/** True if another person's name of the glossary starts one space after `end`. */
function beforeOtherPersonsName(index: MatcherIndex, text: string, end: number, entry: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isUpperCase(text.charCodeAt(end + 1)) || !longestAt(index, text, end + 1, scratchFound, true)) return false;
  return (index.hot[scratchFound[1]]! & AliasFlag.Person) !== 0 && index.entryOf[scratchFound[1]] !== entry;
}

const scratchFound: [number, number, number] = [0, 0, 0];
/** German articles, capitalised in an English text: a German title's first word (`Der Spiegel`). */
const GERMAN_ARTICLES = new WordSet(['der', 'die', 'das']);

/** Surnames that are German conjunctions or verbs' imperatives (folded): see `beforeArticle`. */
const VERB_SURNAMES = new Set(['weil', 'lies', 'kauf', 'lass', 'schau', 'sag', 'nimm', 'hol', 'bring', 'denk', 'seit', 'wenn', 'ob', 'kaum', 'kraft', 'laut', 'dank', 'trotz', 'statt', 'wegen']);
/** Of those, the conjunctions, and the pronouns that follow one as its clause's subject (folded). */
const CONJUNCTION_SURNAMES = new Set(['weil', 'wenn', 'ob', 'seit']);
const SUBJECT_PRONOUNS = new WordSet(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);

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

/** Surnames that are offices (folded): before another's full name, the office (`Kämmerer Jens Walter`), as a trade of `NOUN_SURNAMES` is (`Koch Tim Mälzer`). */
const OFFICE_SURNAMES = new Set(['kammerer', 'richter', 'vogt', 'pfarrer', 'amtmann', 'schultheiss', 'kanzler', 'landrat', 'burgermeister']);
