/**
 * Is it the word rather than the name? One of the questions `take` (in `../scan`) asks: German
 * capitalises nouns, and a sentence's capital hides any word, so a surname, a paper's or a party's
 * name that is also a word is read as the word where the grammar around it says so — after an
 * article it does not take (`ein Buch über …` of Rolf Buch), opening a sentence as an adjective or
 * a verb (`Linke Gruppen …`, `„Werden wir …“`), in a set phrase, a season, an oath, or said twice.
 */
import type { Candidate } from '../scan';
import { AliasFlag, type AliasRecord, HAS_SMALL_LETTER, HotBit } from '../alias-index';
import { describesMountain } from '../descriptions';
import { afterDefinite, afterRelativePronoun, AM, capitalisedWordAfter, closesClause, CONJUNCTIONS, COUNTING, DEFINITE_ARTICLES_DE, ENGLISH_ARTICLES, foldAt, INDEFINITE, INDEFINITE_ARTICLES_DE, isHyphen, isHyphenJoin, isWordAfter, MONTHS_DE, noNounAfter, OPENING_QUOTES, opensSentence, POSSESSIVES_DE, QUOTES, sentenceAround, smallWordAfter, smallWordNext, wordBefore, wordBeforeIn, wordEnd, wordOfBefore, wordOfBeforeAnyCase } from '../text-around';
import { ADJECTIVE_ENDING, afterIndefinite, afterStrongAdjective, amountBefore, beforeOtherNoun, COPULAS, inSetPhrase, nothingBeforeAdjective, nounAfter, opensList, opensPair, opensSmallList, opensSentenceBefore, pluralAfterDie, quantityBefore, rankBefore, repeatedAfter, repeatedBefore, RESIDENT_NOUNS, superlativeBefore } from '../common-words';
import { AGENT_ENDS, NO_WORDS, NOUN_SURNAMES } from '../person-names';
import { isDigit, isUpperCase, JOIN } from '../fold';
import { ministersOwn } from '../bodies';
import { GOVERNMENT_BODY, townAdjectiveBefore } from '../place-names';
import { otherStateBefore } from '../homes';
import { LANDSCAPES } from '../places';
import { afterTownBrand } from '../firms';
import { adjectiveBeforeNoun, namedWithArticle, paperNounPhrase } from '../media-and-works';
import { WordSet } from '../word-set';

/** True if the name is the word it is spelled like, where it stands. */
export function aWord(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english } = c;
  // `zu seinem politischen Waterloo`, `met their Waterloo`: a place that stands for what happened
  // there, after a possessive (and an adjective).
  // (Not before a noun or a hyphen: `her Waterloo home`, `sein Stalingrad-Roman`.)
  if (hot & AliasFlag.Place && end === aliasEnd && IDIOM_PLACES.has(alias.key) && possessiveBefore(text, start, english) && (closesClause(text, end) || (english ? noNounAfter(text, end) || smallWordAfter(text, end, IDIOM_FOLLOWERS_EN) : smallWordNext(text, end)))) return true;
  // `sein „Ring“ in Bayreuth`: a work's or a paper's name alone in quotation marks after a possessive
  // is its title, whatever word it is too (not after other words: scare quotes mark words, `ein
  // „Bild“ der Zerstörung`, `einem „Ring“ von Schleusern`).
  if (hot & AliasFlag.Medium && OPENING_QUOTES.has(text.charCodeAt(start - 1)) && QUOTES.has(text.charCodeAt(end)) && possessiveBeforeQuote(text, start - 1)) return false;
  // `Science minister Lord Vallance`, `by Science Secretary Peter Kyle`: a paper's name before a
  // minister's noun is the portfolio (a paper has no ministers) — not after `the` or a verb of
  // telling, where the paper is told something: `He told the Times ministers had been warned`.
  // (But a capitalised office after `the` is one: `The Science Minister, Ed Husic, said`.)
  if (english && hot & AliasFlag.Medium && end === aliasEnd && (smallWordAfter(text, end, PORTFOLIO_NOUNS) ? !wordOfBeforeAnyCase(text, start, TOLD_THE) : isWordAfter(text, end, PORTFOLIO_NOUNS) && !wordOfBeforeAnyCase(text, start, TOLD))) return true;
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
  // `ein Bau aus Stahl und Beton`: a surname that is a material, after `aus`, is the material.
  if (!english && hot & AliasFlag.Surname && end === aliasEnd && MATERIALS.has(alias.key) && wordOfBefore(text, start, MADE_OF, false)) return true;
  // `Banks have tightened their standards`: a surname the glossary lists as a word, in the plural,
  // opening a sentence before a verb in the plural, is the word (a person `has`).
  if (english && (hot & (AliasFlag.Surname | AliasFlag.CaseSensitive)) === (AliasFlag.Surname | AliasFlag.CaseSensitive) && end === aliasEnd && alias.key.endsWith('s') && opensSentence(text, start) && smallWordAfter(text, end, PLURAL_VERBS)) return true;
  // `Reading the forecast, …`: a place named like a verb in -ing, opening a sentence before a
  // determiner and a noun, is the verb (not `Reading said`, `Reading the following year moved …`).
  if (english && hot & AliasFlag.Place && end === aliasEnd && VERB_PLACES.has(alias.key) && opensSentence(text, start) && smallWordAfter(text, end, DETERMINERS_EN) && !smallWordAfter(text, wordEnd(text, end + 1), TIME_AFTER_THE)) return true;
  // `Heute entscheidet die Reichweite`, `„Heute sind es …“`: a paper named like an adverb of time
  // or place, written as the adverb and opening a sentence, is the adverb — not in quotation marks
  // (`„Heute“ meldet …`), in capitals (`HEUTE`), before a verb a paper does (`Heute berichtete …`) or
  // a name it is paired with (`Heute und Krone …`), before an apposition (`Heute – die Zeitung –`,
  // `Heute (Auflage …)`), nor after a colon (`Reichweiten: Heute 10,9 Prozent`).
  if (
    !english &&
    hot & AliasFlag.Medium &&
    end === aliasEnd &&
    ADVERB_NAMES.has(alias.key) &&
    text.charCodeAt(end) === 0x20 &&
    foldAt(text, end + 1) > JOIN &&
    !isUpperCase(text.charCodeAt(start + 1)) &&
    opensSentence(text, start) &&
    text.charCodeAt(start - 2) !== 0x3a &&
    !smallWordAfter(text, end, PAPER_VERBS) &&
    !(smallWordAfter(text, end, PAIRS) && isUpperCase(text.charCodeAt(wordEnd(text, end + 1) + 1)))
  )
    return true;
  // `„Brenner bin ich nur im Winter“`: what the speaker is, a noun of an agent opening the sentence,
  // not a pass's or a firm's name (not `„Hannover bin ich treu geblieben“`, `In Berlin bin ich …`).
  if (!english && !(hot & AliasFlag.Person) && end === aliasEnd && text.startsWith(' bin ich', end) && foldAt(text, end + 8) <= JOIN && (hot & HotBit.Landscape || AGENT_ENDS.test(alias.key)) && opensSentence(text, start)) return true;
  // `„Spar dir die Fahrt …“`: a name that opens a sentence before `dir`, `dich` or `euch` is a
  // verb's imperative.
  if (!english && end === aliasEnd && opensSentence(text, start) && smallWordAfter(text, end, IMPERATIVE_OBJECTS)) return true;
  // `“Mull it over?”`, `“Read it in one sitting”`: an English name that opens a quotation before
  // `it` or `them` is a verb's imperative (not `“Paris it is”`, `“Arsenal it must be”`, `“Harris it seemed …”`).
  if (english && end === aliasEnd && OPENING_QUOTES.has(text.charCodeAt(start - 1)) && smallWordAfter(text, end, IMPERATIVE_OBJECTS_EN) && !IT_IS.test(text.slice(end, end + 16))) return true;
  // `“Block the next acquisition …”`: a firm named like a verb, opening a quotation before a
  // determiner, is the verb — a command. (Not in a headline or before an apposition, `Target the
  // latest retailer to …`, `Chase the bank said …`; not `“Block the following year reported …`.)
  if (english && hot & AliasFlag.Thing && end === aliasEnd && VERB_THINGS.has(alias.key) && OPENING_QUOTES.has(text.charCodeAt(start - 1)) && smallWordAfter(text, end, DETERMINERS_EN) && !timeAfterDeterminer(text, wordEnd(text, end + 1))) return true;
  // `Reform of business rates`, `Stride for stride`, `Banks with less than …`: a word a sentence's capital disguises.
  if (english && hot & (AliasFlag.Thing | AliasFlag.Surname) && end === aliasEnd && opensSentenceBefore(text, start, end, NOUN_FOLLOWERS)) return true;
  if (
    english &&
    hot & AliasFlag.CaseSensitive &&
    end === aliasEnd &&
    (opensSentenceBefore(text, start, end, WORD_FOLLOWERS) ||
      (hot & AliasFlag.Thing && opensSentenceBefore(text, start, end, THING_HEADS)) ||
      // (`Next year will be harder`: a time before a verb; not `Next quarter sales rose`, `Shell quarter profits`.)
      (hot & AliasFlag.Thing && opensSentenceBefore(text, start, end, TIME_NOUNS) && smallWordAfter(text, wordEnd(text, end + 1), MODALS)))
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
  // `Rum, whisky and fresh milk ran low`: a place's or a thing's name the glossary lists as a word
  // (case-sensitive), opening a sentence and a list of things in small letters, is the word.
  if (english && (hot & (AliasFlag.Person | AliasFlag.CaseSensitive)) === AliasFlag.CaseSensitive && end === aliasEnd && opensSentence(text, start) && opensSmallList(text, end)) return true;
  // (Also as the first half of a compound: `Cotton buds, nappies and …`; not a surname the glossary
  // lists only as afterFullName: `Reeves allies, aides and backbenchers`.)
  if (english && hot & AliasFlag.CaseSensitive && hot & AliasFlag.Surname && end === aliasEnd && opensSentence(text, start) && opensList(text, end)) return true;
  // (A compound's article is the compound's, also after a title in quotes: `ihre „Tatort“-Saison`.)
  if (!english && !isHyphenJoin(text, end) && !(QUOTES.has(text.charCodeAt(end)) && isHyphenJoin(text, end + 1))) {
    // (A surname the glossary counts only after the full name is one the author knew for a word: `Kummer`.)
    // (Also a family name written first, `Ding` of Ding Liren: `ein Ding der Unmöglichkeit`.)
    const nounSurname = hot & (AliasFlag.Surname | AliasFlag.FamilyFirst) && (NOUN_SURNAMES.has(alias.key) || hot & AliasFlag.AfterFullName);
    // A surname the glossary lists as case-sensitive is a word too, right after an article (`Ein
    // Buch über …` of Rolf Buch; `eine kämpferische Lang` is Ricarda Lang, as German describes people).
    const wordSurname = hot & AliasFlag.Surname && hot & AliasFlag.CaseSensitive && !nounSurname;
    // A town does not take an article: `aus dem Zug`, `im Hof des Werks`, `die Halle`, nor one
    // listed as case-sensitive, being a word (`mit einer List` of the town List; an acronym is no
    // word, `des MQ` is the MuseumsQuartier, nor a road's number after its feminine article, `auf
    // der A13`, where a car's or a certificate's takes another: `in einem A8`, `das B1`; nor a name
    // of several words that ends in a capitalised one, `im Weißen Haus`). A
    // landscape does: a river, a mountain or a heath (`am Inn`, `in die Heide`).
    // (A feminine noun is the place after an article it does not take: `Das Lippe des 19. Jahrhunderts`, `im Lippe von heute`.)
    // (But a river or a mountain named like a noun, `der Regen`, `die Sieg`, `der Brocken`, is the
    // noun where nothing in its sentence speaks of a river or a mountain: `Der Regen setzte ein`,
    // `nach dem Sieg`, `ein harter Brocken`; not `Der Regen führt Hochwasser`, `Cham am Regen`,
    // `Hannover liegt an der Leine`.)
    const nounPlace =
      hot & AliasFlag.Place &&
      ((NOUN_PLACES.has(alias.key) && !(hot & HotBit.Landscape) && !(FEMININE_NOUN_PLACES.has(alias.key) && wordOfBeforeAnyCase(text, start, NOT_FEMININE_ARTICLES))) ||
        (hot & AliasFlag.CaseSensitive && !(hot & (HotBit.Landscape | HotBit.CapitalLastWord)) && !isUpperCase(text.charCodeAt(start + 1)) && !(isDigit(text.charCodeAt(start + 1)) && wordOfBeforeAnyCase(text, start, DER_DIE))) ||
        (hot & HotBit.Landscape && LANDSCAPE_NOUNS.has(alias.key) && !wordOfBeforeAnyCase(text, start, AM) && !liesOn(text, start) && !onMountain(text, start, end, alias) && !LANDSCAPE_CUES.test(sentenceAround(text, start))));
    // (So is a place's short name the glossary counts only after the full one, being a word too:
    // `einen Ring um das Haus` beside the Ringstraße, which is `den Ring` with a definite article.)
    // (An indefinite article right before it, not a possessive: `unser Ring`, `sein Frankfurt`.)
    // (With an adjective between, only a title in quotes: `einen neuen „Ring“`, not `ein freies Gaza`.)
    const shortPlace =
      (hot & (AliasFlag.Place | AliasFlag.AfterFullName)) === (AliasFlag.Place | AliasFlag.AfterFullName) &&
      (wordOfBefore(text, start, INDEFINITE_ARTICLES_DE, false) || QUOTES.has(text.charCodeAt(start - 1)));
    // (Not a minister's own body after a possessive: `Sein Digitalministerium baut …`.)
    if ((hot & AliasFlag.Thing || nounSurname || nounPlace || shortPlace) && afterIndefinite(text, start) && !ministersOwn(text, start, alias)) return true;
    // `das bayerische Digitalministerium` beside the federal one: a state's own body (so is an
    // association's: `der Bayerische Bauernverband` beside the German one).
    if (hot & AliasFlag.Thing && end === aliasEnd && (GOVERNMENT_BODY.test(alias.key) || ASSOCIATION.test(alias.key)) && otherStateBefore(text, start, alias)) return true;
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
    // `zwei Rügen erteilt`, `mehrere Polen`, `Viele Ungarn auf dem Land`: a number or a quantity
    // counts the noun or the people; a place is one.
    // (Not in a ranking, `auf Platz zwei Deutschland`.)
    if (hot & AliasFlag.Place && end === aliasEnd && (wordOfBefore(text, start, NUMBER_WORDS, false) || (PEOPLES_PLACES.has(alias.key) && wordOfBeforeAnyCase(text, start, QUANTITIES))) && !rankBefore(text, start)) return true;
    // `per Post`, `per Bahn`: a means, not the firm.
    if (hot & AliasFlag.Thing && end === aliasEnd && MEANS.has(alias.key) && wordOfBefore(text, start, MEANS_DE, false)) return true;
    if (wordSurname && wordOfBeforeAnyCase(text, start, INDEFINITE)) return true;
    // `ein Berliner Kindl`: a beer or a brand named after a town and a family.
    if (hot & AliasFlag.Surname && afterTownBrand(text, start, end !== aliasEnd)) return true;
    // `ein Brunner Pensionist`, `die Rehlinger Ortsvorsteherin`: a surname in -er after an article
    // and before a noun of a town's people is the town's adjective (`aus Brunn am Gebirge`; not `ein
    // Söder Vertrauter`, nor after a relative pronoun: `die Entlastung, die Söder Unternehmer versprach`).
    if (hot & AliasFlag.Surname && end === aliasEnd && alias.key.endsWith('er') && (wordOfBeforeAnyCase(text, start, INDEFINITE) || (wordOfBeforeAnyCase(text, start, DEFINITE_ARTICLES_DE) && !afterRelativePronoun(text, start))) && isWordAfter(text, end, RESIDENT_NOUNS)) return true;
    // `den Nagel auf den Kopf treffen`; `ein gebürtiger Bayer`, without the article too.
    if (((nounSurname || wordSurname || nounPlace) && afterDefinite(text, start) && !afterRelativePronoun(text, start)) || (hot & AliasFlag.Thing && afterStrongAdjective(text, start))) return true;
    // `beim gemeinsamen Essen`, `zum letzten Halt`: a contraction a town does not take and an adjective
    // (not `im verschneiten Essen`).
    if (nounPlace && end === aliasEnd && adjectiveAfterContraction(text, start)) return true;
    // `die steilen Gassen`, `die schwarzen Audis`: after `die` and an adjective, the plural of a
    // surname that is a word (`nounSurname`, `wordSurname`) or of a firm's name (its cars), no one
    // person and no firm. Not a party's or a kind's name (`die hessischen Grünen`, `die beiden Großen
    // Pandas`), nor a firm's genitive before its noun (`die wollen Teslas Fabrik`).
    if ((((nounSurname || wordSurname) && end === aliasEnd) || (alias.type === 'organisation' && end === aliasEnd + 1 && text.charCodeAt(aliasEnd) === 0x73 && capitalisedWordAfter(text, end) === null)) && pluralAfterDie(text, start)) return true;
    // `Der größte Hebel liegt …`, `im wichtigsten Hebel`: a noun after an article and a superlative
    // (not `die 45-jährige Hebel`, as German describes people).
    if (nounSurname && end === aliasEnd && superlativeBefore(text, start, FEMININE_NOUN_SURNAMES.has(alias.key))) return true;
    // `bei Pop- und Rockkonzerten` beside Ramona Pop: a surname the glossary counts only after the full
    // name, as the first part of a compound whose rest a closed one after `und` gives (not `Merz- und
    // Söder-Anhänger`, who are theirs; nor a surname that is only a word, which pairs with another
    // name as often: `Wagner- und Verdiopern`).
    if (hot & AliasFlag.Surname && hot & AliasFlag.AfterFullName && end === aliasEnd && suspendedBeforeClosed(text, end)) return true;
    // `Nägel mit Köpfen machen` beside Joachim Nagel: a surname that is a German noun, with an umlaut
    // the name has not, is the noun's plural (only of those whose plural is no surname too: `Müller`,
    // `Schäfer`, `König` are the glossary's `Muller`, `Schafer`, `Konig` written right).
    if (nounSurname && UMLAUT_PLURALS.has(alias.key) && umlautAdded(text, start, aliasEnd, alias.alias)) return true;
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
    // `Mitte März`, `bis Mitte der 2030er-Jahre`, `Mitte 2027` are the middle of a time, not the party or
    // Berlin's district; `die Parteien der Mitte` the political centre.
    if (end === aliasEnd && alias.key === 'mitte' && (isWordAfter(text, end, MONTHS_DE) || MIDDLE_OF_TIME.test(text.slice(end, end + 32)) || centreOfParties(text, start))) return true;
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

/** `noch mal` and the like, closed by punctuation or a quotation mark, after a name that is an oath. */
const OATH = /^ (?:noch mal|nochmal|noch einmal)(?:[,.!?;:]| ?[“”"»«–—])/;

/** Places named like a currency (folded): `Franken`. */
const CURRENCY_PLACES = new Set(['franken']);

/** `ins Grüne`, `im Grünen`. */
const INTO = new WordSet(['ins', 'im']);

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

/** Determiners that count one or more of a people (`every West Australian`). */
const COUNTED_ONES = new WordSet(['every', 'each', 'any', 'a', 'an', 'another', 'no', 'one', 'fellow']);

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
/** English words after a one-word name opening a sentence that make it an ordinary noun (`Reform of …`). */
const NOUN_FOLLOWERS = new WordSet(['of', 'for', 'with']);
/** True if a possessive stands one space before the quotation mark at `quote` (`sein „Ring“`, `their “Mirror”`). */
function possessiveBeforeQuote(text: string, quote: number): boolean {
  const word = wordBefore(text, quote);
  return word !== null && word.to === quote - 1 && (POSSESSIVES_DE.hasIn(text, word.from, word.to) || POSSESSIVES_EN.hasIn(text, word.from, word.to));
}
const POSSESSIVES_EN = new WordSet(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** A one-word association's name (folded), of which each state has its own (`Bauernverband`, `Landkreistag`). */
const ASSOCIATION = /(?:verband|landkreistag|stadtetag|gemeindetag)$/;
/** A government's offices after the name of its field (`Science minister`, `Science Secretary`), folded. */
const PORTFOLIO_NOUNS = new WordSet(['minister', 'ministers', 'ministry', 'secretary', 'secretaries']);
/** Words before a paper's name that make it the paper before a minister's noun (`told the Times ministers …`). */
const TOLD_WORDS = ['told', 'tell', 'tells', 'telling'];
const TOLD_THE = new WordSet(['the', ...TOLD_WORDS]);
const TOLD = new WordSet(TOLD_WORDS);
/**
 * …and for a name listed as case-sensitive, a word too, these (`Harmony between management and
 * the unions`); a name that is no word is the headline's subject there (`Starmer among leaders …`).
 */
const WORD_FOLLOWERS = new WordSet(['between', 'among', 'amongst']);
/** Surnames that are materials (folded), and the word that makes them one (`aus Stahl`). */
const MATERIALS = new Set('stahl eisen holz glas beton stein gold silber kupfer blei zinn leder seide wolle marmor granit'.split(' '));
const MADE_OF = new WordSet(['aus']);
/** The articles of a road's number (`die A13`, `auf der A13`) and of a river a town lies on (`an der Leine`). */
const DER_DIE = new WordSet(['der', 'die']);
/** English verbs in the plural, which no one person takes (`Banks have`). */
const PLURAL_VERBS = new WordSet(['have', 'are', 'were', 'do']);
/** English places named like a verb in -ing (folded). */
const VERB_PLACES = new Set(['reading', 'barking', 'tooting']);
/** English determiners after such a verb that opens a sentence (`Reading the forecast`; not `this`, which opens a time: `Reading this season`). */
const DETERMINERS_EN = new WordSet('the a an his her their its our my your these those'.split(' '));
/** Adverbs that name papers (`Heute`, folded). */
const ADVERB_NAMES = new Set(['heute', 'morgen', 'gestern', 'jetzt', 'damals', 'hier', 'dort', 'immer', 'bald']);
/** What a paper does, in the present or the past (`Heute berichtete …`). */
const PAPER_VERBS = new WordSet(
  'berichtet berichtete meldet meldete titelt titelte schreibt schrieb erscheint erschien veroffentlicht veroffentlichte zitiert zitierte enthullte enthullt druckt druckte'.split(' '),
);
/** Words that pair a paper with another name (`Heute und Krone`). */
const PAIRS = new WordSet(['und', 'oder', 'sowie']);
/** Pronouns after an imperative (`Spar dir …`, `Hol dich …`, `Macht euch …`). */
const IMPERATIVE_OBJECTS = new WordSet(['dir', 'dich', 'euch']);
const IMPERATIVE_OBJECTS_EN = new WordSet(['it', 'them']);
/** What makes `it` or `them` after a name the subject (`Paris it is`, `Arsenal it must be`), not an object. */
const IT_IS = /^ (?:it|them)(?:[’'](?:s|ll|d)| (?:is|was|are|were|isn[’']t|wasn[’']t|ain[’']t|will|would|won[’']t|must|should|shall|might|could|may|can|has|had|have|does|did|seems?|seemed|turns|turned|appears?|appeared|remains?|remained|stays?|stayed|looks?|looked|feels?|felt|becomes?|became))(?!\p{L})/u;
/** Firms named like an English verb (folded). */
const VERB_THINGS = new Set(['block', 'snap', 'target', 'chase', 'square', 'signal', 'shell', 'match', 'slack', 'zoom', 'post', 'share', 'reach', 'boost', 'build', 'unite']);
/** True if a time follows the determiner that ends at `at` (`the following year`, `the next day`). */
function timeAfterDeterminer(text: string, at: number): boolean {
  if (!smallWordAfter(text, at, TIME_AFTER_THE)) return false;
  const next = wordEnd(text, at + 1);
  return smallWordAfter(text, next, TIME_NOUNS);
}
const TIME_NOUNS = new WordSet('day days week weeks month months year years quarter quarters season seasons morning evening night time'.split(' '));
/** Verbs after a time that opens a sentence (`Next year will be harder`). */
const MODALS = new WordSet('will would could should may might must is looks promises'.split(' '));
/** Words after `the` that make a time of it (`Reading the following year moved …`). */
const TIME_AFTER_THE = new WordSet(['following', 'next', 'previous', 'same', 'last', 'first']);
/** Nouns after such a name, a word too, opening an English sentence (`National turnout was …`, `Labour shortages in …`, `Stuff like this`). */
const THING_HEADS = new WordSet(
  'turnout shortage shortages market markets debt costs cost security income insurance interest interests law laws policy service services relations unions force forces like'.split(' '),
);

/**
 * English nouns that a surname which is also a word makes a compound with (`Head coach`, `Green light`,
 * `Price cap`): in the singular, which no verb after a name is (`Price rises to world number one`).
 */
const COMPOUND_HEADS = new WordSet(['coach', 'coaches', 'teacher', 'teachers', 'office', 'light', 'lights', 'card', 'cards', 'belt', 'energy', 'space', 'spaces', 'paper', 'injury', 'injuries', 'rice', 'tea', 'rise', 'cap', 'tag']);

/** German words before a bare noun of a means (`per Post`, `mit der Post` is the firm's). */
const MEANS_DE = new WordSet(['per']);
/** Firms' names that are a means after `per` (`per Post`, `per Bahn`); not a platform's (`per Instagram`). */
const MEANS = new Set(['post', 'bahn', 'mail', 'fax', 'kurier', 'express', 'telefon']);

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
/** Words after a name with an article that make it a state of the thing it names (`ein Schengen ohne Kontrollen`). */
const QUALIFIERS = new WordSet(['ohne', 'als', 'mit', 'unter', 'nach', 'vor']);

/**
 * German numbers from two, and words that count, before a plural noun (`zwei Rügen`, `mehrere
 * Polen`). Not `einige`, `wenige`, `etliche`, which stand alone for people too (`dass einige China
 * falsch einschätzen`).
 */
const NUMBER_WORDS = new WordSet('zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig hundert tausend mehrere zahlreiche paar'.split(' '));
/**
 * German words of a quantity, in either case, before a place whose name is its people's plural too
 * (`Viele Ungarn auf dem Land`, `Tausende Polen`); before another place they stand alone for people
 * (`Weil viele Deutschland verlassen wollen`).
 */
const QUANTITIES = new WordSet('viele vielen wenige wenigen einige einigen manche manchen etliche etlichen hunderte tausende zehntausende hunderttausende'.split(' '));
/** German places whose name is the plural of their people's (folded). */
const PEOPLES_PLACES = new Set('polen ungarn bayern sachsen hessen schwaben franken'.split(' '));

/** True if a contraction a town does not take (`beim`, `zum`, `vom`) and an adjective in `-en` stand before `start`. */
function adjectiveAfterContraction(text: string, start: number): boolean {
  const adjective = wordBefore(text, start);
  if (adjective === null || isUpperCase(text.charCodeAt(adjective.from)) || !text.endsWith('en', adjective.to) || adjective.to - adjective.from < 5) return false;
  return wordOfBeforeAnyCase(text, adjective.from, NOT_TOWNS_CONTRACTIONS);
}
const NOT_TOWNS_CONTRACTIONS = new WordSet(['beim', 'zum', 'vom']);
/** Towns whose name is also a German noun (`der Zug`, `im Hof`, `die Halle`, `das Essen`, `die Lage`). */
const NOUN_PLACES = new Set(['hof', 'halle', 'burg', 'neubau', 'essen', 'lage', 'wetter', 'zug', 'sitten', 'kiel', 'horn', 'wels', 'wald', 'stein', 'laufen', 'heide', 'lehen', 'lippe', 'anger']);
const FEMININE_NOUN_PLACES = new Set(['halle', 'burg', 'lage', 'heide', 'lippe']);
/** A time after `Mitte` (`Mitte 2027`, `Mitte der 2030er-Jahre`, `Mitte nächster Woche`). */
const MIDDLE_OF_TIME = /^ (?:\d|(?:der|des|dieses|diesen|nächster|nächsten|kommender|kommenden|vergangener|vergangenen|letzter|letzten) (?:\d|Jahr|Woche|Monat|Dekade|Jahrzehnt|Jahrhundert|Saison|Legislatur|Amtszeit|Achtziger|Neunziger|Siebziger|Sechziger))/u;
/**
 * True if `der` and the plural of parties stand before `start` (`die Parteien der Mitte`, `Kräfte der
 * Mitte`): the centre, no one party (not `Wähler der Mitte`, the party's own in Switzerland).
 */
function centreOfParties(text: string, start: number): boolean {
  if (!wordOfBefore(text, start, DER, false)) return false;
  const article = wordBefore(text, start)!;
  return wordOfBefore(text, article.from, CENTRE_PLURALS, true);
}
const DER = new WordSet(['der']);
const CENTRE_PLURALS = new WordSet(['parteien', 'krafte']);
/** Rivers and mountains whose name is also a German noun (`der Regen`, `der Sieg`, `die Leine`, `der Brocken`), folded. */
const LANDSCAPE_NOUNS = new Set(['regen', 'sieg', 'leine', 'lippe', 'hase', 'brocken', 'monch']);
/** Words of a sentence that speak of a river or a mountain. */
const LANDSCAPE_CUES = /Ufer|[Hh]ochwasser|Pegel|[Mm]ünd|fließ|[Ff]luss|[Ff]lüss|[Rr]enatur|Quelle|Wasserstand|Gipfel|bestieg|[Bb]esteigung|Höhenmeter|Meter hoch|Nordwand|Staustufe|Talsperre/;
/** True if `entlang der`, or a verb of lying and `an der`, stand before `start` (`Hannover liegt an der Leine`). */
function liesOn(text: string, start: number): boolean {
  const article = wordBefore(text, start);
  if (article === null || !wordOfBeforeAnyCase(text, start, DER_DIE)) return false;
  const an = wordBefore(text, article.from);
  if (an === null) return false;
  if (ALONG.hasIn(text, an.from, an.to)) return true;
  return an.to - an.from === 2 && text.startsWith('an', an.from) && wordOfBeforeAnyCase(text, an.from, LIES);
}
const ALONG = new WordSet(['entlang']);
/**
 * True if `auf den` or `auf dem` stand before a mountain's name, which its descriptions call one, in a
 * sentence about going up it or its weather (`der Verkehr auf den Brocken, der seit Tagen verschneit
 * war`; not `Der Hund biss auf den Brocken`, `verwies auf den Mönch, der …`), or `auf dem` before no
 * relative clause (`Auf dem Brocken selbst räumten Arbeiter`).
 */
function onMountain(text: string, start: number, end: number, alias: AliasRecord): boolean {
  const article = wordBefore(text, start);
  if (article === null || !wordOfBeforeAnyCase(text, article.from, AUF) || !describesMountain(alias)) return false;
  const dem = DEM.hasIn(text, article.from, article.to);
  if (!dem && !DEN.hasIn(text, article.from, article.to)) return false;
  return MOUNTAIN_CUES.test(sentenceAround(text, start)) || (dem && !text.startsWith(', d', end));
}
const DEM = new WordSet(['dem']);
const DEN = new WordSet(['den']);
const AUF = new WordSet(['auf']);
/** Words of a sentence about going up a mountain or about its weather. */
const MOUNTAIN_CUES = /[Bb]ahn|Verkehr|fahr|fähr|[Ww]ander|hinauf|[Aa]ufstieg|stieg|gemessen|km\/h|Wind|Sturm|Orkan|Böe|Schnee|Wetter|Grad/;
const LIES = new WordSet(['liegt', 'liegen', 'lag', 'lagen', 'gelegen', 'gelegene', 'gelegenen']);
/** German articles that a feminine noun does not take in the singular. */
const NOT_FEMININE_ARTICLES = new WordSet(['das', 'des', 'dem', 'den', 'im', 'am', 'vom', 'zum', 'beim', 'ins', 'ans', 'ein', 'eines', 'einem', 'einen']);
/** The endings of a declined adjective that no noun or name of one word ends in as often (`Linke`, `Grünen`). */
const DECLINED = /(?:[^e]e|en)$/;

/** Firms' names that are German nouns taking a quantity (`viel Rauch`, `mehr Post`, `etwas Zeit`), folded. */
const MASS_NOUNS = new Set('rauch post zeit presse welt bahn krone kurier stern gluck'.split(' '));
/** Adjectives that make a noun that names an organisation a kind (`die letzte echte Volkspartei`), folded. */
const KIND_ADJECTIVES = new WordSet(
  // (`von der gesellschaftlichen Linken`, `die politische Mitte`: the side, not the party.)
  ['echt', 'wahr', 'eigentlich', 'einzig', 'richtig', 'klassisch', 'typisch', 'gesellschaftlich', 'politisch', 'extrem', 'undogmatisch'].flatMap((stem) => [stem + 'e', stem + 'en', stem + 'er', stem + 'es']),
);
/** Those of `NOUN_SURNAMES` that are feminine nouns. */
const FEMININE_NOUN_SURNAMES = new Set(['kraft', 'rose', 'blume']);

/** Adjectives of origin that are surnames too (`Cornish`, `English`), folded. */
const ORIGIN_ADJECTIVES = new Set(
  'english cornish irish scottish welsh british danish polish swedish finnish turkish spanish flemish kurdish chinese japanese maltese portuguese vietnamese lebanese'.split(' '),
);

/** Places that stand for what happened there (folded): a defeat, a surrender, a point of no return. */
const IDIOM_PLACES = new Set(['waterloo', 'canossa', 'stalingrad', 'rubikon', 'rubicon']);
/** English words after such a place that make no noun of it (`met his Waterloo there`). */
const IDIOM_FOLLOWERS_EN = new WordSet(['there', 'again', 'too', 'today', 'yet', 'as', 'when']);

/** True if a possessive stands before `start`, or a possessive and an adjective (`seinem politischen`, `his own`). */
function possessiveBefore(text: string, start: number, english: boolean): boolean {
  const possessives = english ? POSSESSIVES_EN : POSSESSIVES_DE;
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (possessives.hasIn(text, word.from, word.to)) return true;
  if (isUpperCase(text.charCodeAt(word.from))) return false;
  const before = wordBefore(text, word.from);
  return before !== null && possessives.hasIn(text, before.from, before.to);
}

/** True if text[start, aliasEnd) writes an umlaut where `alias`, of as many letters, has the plain vowel (`Nägel` of `Nagel`). */
function umlautAdded(text: string, start: number, aliasEnd: number, alias: string): boolean {
  if (aliasEnd - start !== alias.length) return false;
  for (let i = 0; i < alias.length; i++) if (UMLAUTS.has(text.charCodeAt(start + i)) && !UMLAUTS.has(alias.charCodeAt(i))) return true;
  return false;
}
const UMLAUTS = new Set([0xe4, 0xf6, 0xfc, 0xc4, 0xd6, 0xdc]);
/** Surnames that are German nouns whose plural only adds an umlaut, a plural no surname is (folded). */
const UMLAUT_PLURALS = new Set('nagel vogel hammer schnabel mantel garten graben boden faden sattel ofen kloster'.split(' '));

/**
 * True if a suspended hyphen follows `end` and a compound written closed after `und`, `oder` or
 * `sowie` gives the rest of the word (`Pop- und Rockkonzerte`, `Kummer- oder Sorgenfalten`).
 */
function suspendedBeforeClosed(text: string, end: number): boolean {
  if (!isHyphen(text.charCodeAt(end)) || text.charCodeAt(end + 1) !== 0x20) return false;
  const conjunction = wordEnd(text, end + 2);
  if (!CONJUNCTIONS.hasIn(text, end + 2, conjunction) || text.charCodeAt(conjunction) !== 0x20 || !isUpperCase(text.charCodeAt(conjunction + 1))) return false;
  const compound = wordEnd(text, conjunction + 1);
  return compound - conjunction > 6 && !isHyphen(text.charCodeAt(compound));
}
