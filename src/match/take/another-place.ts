/**
 * Is it a place — another of the name, or the place where the entry is a person or a thing? One of
 * the questions `take` (in `../scan`) asks: a town in another region or country than the entry's
 * descriptions say (`in Emerald in Victoria`), a district, a river or a peak of the name, a town
 * joined to a prefix (`Neu-Ulm`), and a surname or a firm's name used as the place (`ein
 * Wochenende in Paris` on a page about Dominik Paris).
 */
import { WordSet } from '../word-set';
import type { Candidate } from '../scan';
import { AliasFlag, type AliasRecord, factsOf, HotBit, type MatcherIndex } from '../alias-index';
import { afterIn, AM, capitalisedWordAfter, closesClause, compoundEndsIn, DEFINITE_DE, ENGLISH_ARTICLE, foldAt, isHyphen, isHyphenJoin, isWordAfter, opensSentence, smallWordAfter, titleOf, TOWN_PREPOSITIONS, wordBefore, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from '../text-around';
import { COMMA, foldKey, isUpperCase, SEP } from '../fold';
import { inFirmName, namedWithForm, worksLandform } from '../firms';
import { describes, describesArea, describesClub, describesFacility, describesMountain, describesNamesake, describesRiver, describesTown, describesWaterOrRange, entryNames, headWords, RIVERS } from '../descriptions';
import { beforeUsState, countryElsewhere, inStateName, otherCountryBefore, regionAdjectiveBefore, regionElsewhere, stateElsewhereAfter, townInOtherRegion } from '../homes';
import { COUNTRY_NAMES, germanAdjectiveKey } from '../places';
import { beforePaperInCompound, beforeWork } from '../media-and-works';
import { PLACE_GIVEN_NAMES, PLACE_LEADS, SPEECH_VERBS_DE, SPEECH_VERBS_EN } from '../person-names';
import { FIRST_NAMES } from '../first-names';
import { isGerman } from '../language';
import { DESCRIPTION_LANGUAGES } from '../../glossary/types';
import { afterAnDer, articleNotNeuter, beforePlacePhrase, beforeTownNoun, clubTalkAfter, compassAfter, compassBeforeTail, datelineAt, dishAfter, districtOf, doubledName, endOfRoute, inOtherName, inRegionName, inTownName, kleinBefore, landscapeApposed, locatedAfter, mayFollowPrefix, NAMED_RIVERS, namedSettlementBefore, namesakeCalled, nationalParkAfter, nounOpens, otherCityAfter, otherCityBefore, otherPlaceByWordBefore, otherTownTail, PLACE_FEATURES, PLACE_PREFIXES, placeGoesOn, placeNounBefore, riverJoined, riverTownAfter, riverVerbAfter, romanceNameBefore, STADIUMS, subjectArticle, thingNamedAfterPlace, TOWN_NOUNS, townAfterRegion, townBeforeRegion, townNounBefore } from '../place-names';

/** Prepositions that take a river only with `the` (folded). */
const RIVERLESS_PREPOSITIONS = new WordSet(['in', 'from', 'to', 'across', 'throughout']);

/** True if the name is a place's: another of the name, or the place where the entry is none. */
export function anotherPlace(c: Candidate): boolean {
  const { index, text, start, end, aliasEnd, record, alias, hot, english, session } = c;
  // `towns from Biloxi to Pascagoula in Mississippi` beside the river: English writes a river with
  // `the`; after a preposition without it, the name is the state's or the town's.
  if (english && hot & AliasFlag.Place && end === aliasEnd && wordOfBefore(text, start, RIVERLESS_PREPOSITIONS, false) && headWords(alias).some((word) => RIVERS.includes(word)) && !/\briver\b/i.test(alias.alias)) return true;
  // `Jon Ossoff, a Democrat from Georgia`: the US state a politician is from, not the country of its name.
  if (english && hot & AliasFlag.Place && end === aliasEnd && text.startsWith('from ', start - 5) && !describesUsState(alias) && POLITICIAN_FROM.test(text.slice(Math.max(0, start - 24), start)) && usStateOfName(index, alias.key)) return true;
  // `Halbzeit in Stuttgart`, `die Zentrale in Leverkusen` beside VfB Stuttgart and Bayer 04
  // Leverkusen: after `in`, the town that ends a club's name is the town (a club is `beim VfB`; not
  // a genitive, `in Stuttgarts Abwehr`, nor a compound). Where the glossary holds the place too,
  // `take` weighs the two (`In Bayern ist man zufrieden` may be the club's people).
  // So is one that opens a paragraph as its dateline (`Freiburg. Als Lukas Winter …`), also one that
  // starts the club's name (`DENVER — Nikola Jokić had 29 points` beside the Denver Nuggets). (Not
  // where a sentence that the town opens speaks of the club: `In Hoffenheim bleibt man gelassen`,
  // see `clubTalkAfter`.)
  if (
    hot & AliasFlag.Thing &&
    end === aliasEnd &&
    !isHyphen(text.charCodeAt(end)) &&
    ((afterIn(text, start) && endsLongerName(index, record, alias.alias) && (english || !(isUpperCase(text.charCodeAt(wordStart(text, start - 1))) && clubTalkAfter(text, end, true)))) ||
      (datelineAt(text, start, end) && (alias.startsLonger || endsLongerName(index, record, alias.alias)))) &&
    describesClub(alias) &&
    !index.conflicts.some((conflict) => conflict.key === alias.key)
  )
    return true;
  // `a trademark fight with Iceland, the country, …` beside the grocer: the place the apposition names.
  if (english && !(hot & AliasFlag.Place) && end === aliasEnd && placeApposed(text, end)) return true;
  // `walkers coming down Glen Rosa`, `trips to Loch Frisa` beside the ferries named after them: a
  // ship's or a thing's name that opens with a landform's noun is the glen or the loch after a way there.
  // (`to` only after a trip's noun: `Sailings were switched to Glen Sannox` is the ship.)
  if (english && end === aliasEnd && (alias.type === 'other' || alias.type === 'weapon') && wayBefore(text, start) && LANDFORMS_FIRST.has(foldKey(alias.alias.split(' ', 1)[0]!))) return true;
  // `who has worked along the Amazon for two decades` beside the firm: a great river's name, where
  // `along`, `up` or `down the` leads to it and the phrase ends (not `along the Amazon supply chain`;
  // no other name: `shut down the Fed.`, `shot down the F-16.`, `along the Iron Curtain.`).
  if (english && !(hot & (AliasFlag.Person | AliasFlag.Place)) && end === aliasEnd && GREAT_RIVERS.has(alias.key) && riverWayBefore(text, start) && (smallWordAfter(text, end, PHRASE_ENDS_EN) || closesClause(text, end))) return true;
  // `Neu-Ulm`, `Klein-Machnow`: another town.
  if (hot & AliasFlag.Place && start > 1 && isHyphenJoin(text, start - 1) && isUpperCase(text.charCodeAt(wordStart(text, start - 1))) && TOWN_PREFIXES.hasIn(text, wordStart(text, start - 1), start - 1)) return true;
  // `in der Sächsischen Schweiz`, `der fränkischen Schweiz`: a landscape likened to the country,
  // after a region's adjective (not the country's own, nor one of another kind: `die katholische Schweiz`).
  if (!english && hot & AliasFlag.Place && end === aliasEnd && alias.key === 'schweiz' && likenedLandscape(text, start)) return true;
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
  // A person's surname after a region's adjective or, in German, a town's noun names a town (`aus dem
  // hessischen Lauterbach`, `die Kreisstadt Lauterbach` beside Karl Lauterbach).
  if (
    hot & AliasFlag.Person &&
    (english
      ? (end !== aliasEnd && afterEnglishArticle(text, start)) || wordOfBefore(text, start, PLACE_PREFIXES, true)
      : wordOfBefore(text, start, REGIONS, false) || (hot & AliasFlag.Surname && end === aliasEnd && townOfSurname(text, start)))
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
  // (Of a sea or a range a country's adjective names its part: `in der deutschen Nordsee`.)
  if ((hot & (HotBit.HasHomes | AliasFlag.Place)) === (HotBit.HasHomes | AliasFlag.Place) && otherCountryBefore(text, start, end, factsOf(alias).homes!, english) && !describesWaterOrRange(alias)) return true;
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
      (english && !(hot & HotBit.Landscape && stateBeforeNoun(text, end)) && beforeUsState(text, start, end, factsOf(alias).homes, alias.descriptions)) ||
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
      otherPlaceByWordBefore(text, start, end, alias.key, english, hot & HotBit.Landscape ? describesRiver(alias) || describesMountain(alias) : false) ||
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
  // `the Queensland town of Bowen`, `the city of Florence`, `the northern port city of Santander`: a
  // place, not the person or the thing.
  if (english && !(hot & AliasFlag.Place) && end === aliasEnd && namedSettlementBefore(text, start, alias.names)) return true;
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

/** `Lake Michigan`, `Loch Ness`: a lake of the name, unless the entry is a landscape (`Lake Tahoe` for Tahoe). */
const LAKES = new WordSet(['lake', 'loch', 'lough']);

/** True if a noun of trust or hope stands before the `in` before `start` (`Vertrauen in Kehl`, `their faith in Trump`). */
function trustedIn(text: string, start: number): boolean {
  const preposition = wordBefore(text, start);
  return preposition !== null && wordOfBeforeAnyCase(text, preposition.from, TRUST);
}
const TRUST = new WordSet('vertrauen hoffnung hoffnungen zuversicht glaube glauben trust faith confidence hope hopes belief ally patron'.split(' '));
/** True if a preposition and `the` stand before `start` (`in the Hunter`, `across the Hunter`). */
function afterPrepositionAndThe(text: string, start: number): boolean {
  const the = wordBefore(text, start);
  return the !== null && ENGLISH_ARTICLE.hasIn(text, the.from, the.to) && !isUpperCase(text.charCodeAt(the.from)) && wordOfBefore(text, the.from, REGION_PREPOSITIONS_EN, false);
}
const REGION_PREPOSITIONS_EN = new WordSet(['in', 'across', 'throughout', 'through', 'into', 'from', 'around']);
/** Words after a region's name that end its phrase (`in the Hunter for two decades`). */
const AFTER_REGION = new WordSet('for since and or to with on at after during where which until because'.split(' '));
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

/**
 * True if an apposition after `end` calls the name a place (`Iceland, the country, …`; with the
 * region it lies in: `Fairlie, the Ayrshire village south of Largs`).
 */
export function placeApposed(text: string, end: number): boolean {
  return text.startsWith(', the ', end) && (PLACE_APPOSED.test(text.slice(end + 6, end + 30)) || REGIONS_PLACE_APPOSED.test(text.slice(end + 6, end + 50)));
}
const PLACE_APPOSED = /^(?:country|nation|island|state|town|city|village|region|river)(?:[,;:)](?! (?:and|or) )| (?:itself|not|rather|where|which|that)(?!\p{L}))/u;
const REGIONS_PLACE_APPOSED = /^\p{Lu}\p{Ll}+ (?:island|town|city|village|river)(?:[,;:.)]| (?:south|north|east|west|near|on|in|where|which|that)(?!\p{L}))/u;

/** True if a preposition of a way through a place, or a trip's noun and `to`, stands before `start` (`down Glen Rosa`, `trips to Loch Frisa`). */
function wayBefore(text: string, start: number): boolean {
  if (wordOfBefore(text, start, WAYS_THROUGH, false)) return true;
  const to = wordBefore(text, start);
  return to !== null && to.to - to.from === 2 && text.startsWith('to', to.from) && wordOfBefore(text, to.from, TRIPS, false);
}
const WAYS_THROUGH = new WordSet(['down', 'up', 'along', 'around', 'across', 'through']);
/** True if `along the`, `up the` or `down the` stands before `start` (a way along a river). */
function riverWayBefore(text: string, start: number): boolean {
  const the = wordBefore(text, start);
  return the !== null && the.to - the.from === 3 && text.startsWith('the', the.from) && wordOfBefore(text, the.from, RIVER_WAYS, false);
}
const RIVER_WAYS = new WordSet(['down', 'up', 'along']);
/** Rivers whose names firms and things bear (folded). */
const GREAT_RIVERS = new Set('amazon nile thames severn mississippi missouri ganges jordan congo niger shannon hudson mekong danube rhine volga yangtze zambezi orinoco colorado'.split(' '));
/** Small words that may follow a phrase's last name (`along the Amazon for two decades`). */
const PHRASE_ENDS_EN = new WordSet('for in on at to from and or where since with by as until'.split(' '));
const TRIPS = new WordSet(['trip', 'trips', 'walk', 'walks', 'visit', 'visits', 'visitors', 'road', 'path', 'route', 'excursion', 'excursions', 'tours']);
/** Landforms' nouns that open a place's name and a ship's named after it (`Loch Frisa`, `Glen Rosa`), folded. */
const LANDFORMS_FIRST = new Set(['loch', 'glen', 'lake', 'mount', 'ben', 'river', 'cape', 'isle', 'strath', 'lough']);
/** German words before a name that make it a district's or a station's. */
const DISTRICTS = new WordSet(['ortsteil', 'stadtteil', 'bezirk', 'stadtbezirk', 'viertel', 'station', 'haltestelle', 'bahnhof']);
/** German words before a name that make it a river's. */
const RIVER_WORDS = new WordSet(['fluss', 'flusses']);

/**
 * German words that start the hyphenated name of another town (`Neu-Ulm`, `Bad-Vilbel` misspelt),
 * folded. Not `Groß-` nor `Alt-`, which name the town itself (`Groß-Berlin`, `Alt-Wien`).
 */
const TOWN_PREFIXES = new WordSet(['neu', 'klein', 'ober', 'unter', 'nieder', 'hohen', 'bad']);
/** Districts and villages, capitalised before their name, that may be named after a landscape (folded). */
const DISTRICTS_NAMED_AFTER = new WordSet(['kanton', 'departement', 'landkreis', 'kreis', 'bezirk', 'canton', 'county', 'department', 'district', 'dorf', 'gemeinde']);

/** Nouns of the land and the sea that `of` and a name follow (`the Bay of Quinte`), folded. */
const FEATURES_OF = new WordSet(['bay', 'lake', 'gulf', 'sea', 'isle', 'straits', 'strait', 'cape', 'mount', 'vale']);

/** True if an article stands before `start`, and no verb of speech before it (`auf den Pilatus`; not `Sagt der Aiwanger`). */
function articleNotSaid(text: string, start: number, english: boolean): boolean {
  const article = wordBefore(text, start);
  if (article === null || !(english ? ENGLISH_ARTICLE : DEFINITE_DE).hasIn(text, article.from, article.to)) return false;
  return !wordOfBeforeAnyCase(text, article.from, english ? SPEECH_VERBS_EN : SPEECH_VERBS_DE);
}

const FROM_DE = new WordSet(['aus']);
/**
 * True if a capitalised word that is no place feature (`PLACE_FEATURES`) nor an acronym follows,
 * outside a headline in title case (`Paris Hilton`; not `as Paris AI start-up Alcyon raises`).
 */
function beforeSurname(text: string, end: number): boolean {
  const next = capitalisedWordAfter(text, end);
  if (next === null || PLACE_FEATURES.hasIn(text, next.from, next.to) || isUpperCase(text.charCodeAt(next.from + 1))) return false;
  return capitalisedWordAfter(text, next.to) === null;
}

/** Words after a town's name that make it an island's (`Vancouver Island`). */
const ISLANDS = new WordSet(['island', 'islands']);
/** Words before a name that make it a mountain's or a cape's (`Mount Kosciuszko`). */
const FEATURES_BEFORE = new WordSet(['mount', 'mt', 'cape']);
/** Heads of descriptions of parks and reserves (folded), also as the end of a compound (`Nationalpark`). */
const PARKS = /(?:park|reserve|reservat|schutzgebiet)$/;

/** German `an dem`, before which a town's name is a noun (`am Strande`). */

/** English nouns of land and water after a name that make it a place's (`Tennant Creek`). */
const LANDFORMS = new WordSet(['creek', 'river', 'valley', 'lake', 'bay', 'hills', 'hill', 'mountains', 'forest', 'moor']);
/** Nouns after a place's name that make a feature of it, which may be elsewhere (`Whitehaven Beach`). */
const FEATURES_AFTER = new WordSet(['beach', 'bay', 'creek', 'falls', 'valley', 'springs', 'point', 'harbour', 'harbor', 'heights']);

/** English words before a name that make it one of several (`a Picton`, `another Paris`). */
const OTHER_ONE = new WordSet(['a', 'an', 'another']);

/** Prepositions before a town where someone is, goes or is from (`grew up in Emerald`), not `of` or `to`. */
const HOME_LEADS = new WordSet(['in', 'from', 'at', 'near', 'aus', 'bei', 'nach']);
/** True if the capitalised word after `end` is followed by `, who` or a verb of speech (` Dalziel, who`, ` Dalziel said`), or the name at `start` follows one (`said Alex Mahlangu`). */
function surnameSpeaks(text: string, start: number, end: number): boolean {
  const next = capitalisedWordAfter(text, end)!;
  if (text.startsWith(', who ', next.to) || (text.charCodeAt(next.to) === 0x20 && SPEECH_VERBS_EN.hasIn(text, next.to + 1, wordEnd(text, next.to + 1)))) return true;
  const verb = wordBefore(text, start);
  return verb !== null && !isUpperCase(text.charCodeAt(verb.from)) && SPEECH_VERBS_EN.hasIn(text, verb.from, verb.to);
}
const ENGLISH = DESCRIPTION_LANGUAGES.indexOf('en');
/** A US politician and `from` before a name (`a Democrat from`, `the senator from`; not `a Christian Democrat from`, nor a `representative` or a `governor`, whom other countries have too). */
const POLITICIAN_FROM = /(?:\b[Aa] (?:Democrat|Republican)|[Ss]enator|[Cc]ongress(?:wo)?man) from $/;
/** True if the glossary has a US state of the name `key` (`Georgia` beside the country). */
function usStateOfName(index: MatcherIndex, key: string): boolean {
  return index.aliases.some((other) => other.key === key && other.type === 'place' && describesUsState(other));
}
/** True if the place's descriptions call it a US state (`US state in the Southeast`, `US-Bundesstaat`). */
function describesUsState(alias: AliasRecord): boolean {
  return describes(alias, 'bundesstaat') || (describes(alias, 'state') && describes(alias, 'us'));
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

/**
 * True if a German noun of a town stands right before the surname at `start` where it names the
 * town: a compound (`die Kreisstadt Lauterbach`, `die Nachbarstadt Lauterbach`), or a plain noun
 * after a preposition (`in der Stadt Lauterbach`, `im Dorf Söder`) — not the subject of a verb that
 * takes the person (`Am Abend empfing die Stadt Söder im Rathaus`, `Dass die Stadt Merz zum
 * Ehrenbürger ernennt`).
 */
function townOfSurname(text: string, start: number): boolean {
  if (!townNounBefore(text, start)) return false;
  const noun = wordBefore(text, start)!;
  if (!PLAIN_TOWN_NOUNS.hasIn(text, noun.from, noun.to)) return true;
  const article = wordBefore(text, noun.from);
  if (article === null || article.to !== noun.from - 1) return false;
  if (CONTRACTIONS.hasIn(text, article.from, article.to)) return true;
  return DEFINITE_DE.hasIn(text, article.from, article.to) && wordOfBeforeAnyCase(text, article.from, TOWN_PREPOSITIONS);
}
const PLAIN_TOWN_NOUNS = new WordSet(['stadt', 'dorf', 'gemeinde', 'ortschaft']);
const CONTRACTIONS = new WordSet(['im', 'vom', 'zum', 'zur', 'beim']);

/**
 * True if a comma, a state's name and a noun it qualifies follow `end` (`the Patapsco River,
 * Maryland officials said`): no namesake's state, the next clause's (not `Hudson, Ohio, a suburb`).
 */
function stateBeforeNoun(text: string, end: number): boolean {
  return STATE_BEFORE_NOUN.test(text.slice(end, end + 40));
}
const STATE_BEFORE_NOUN = /^, (?:\p{Lu}\p{Ll}+ ){1,2}\p{Ll}/u;

/** True if another name of the entry ends in the alias after a space (`VfB Stuttgart` of `Stuttgart`). */
function endsLongerName(index: MatcherIndex, record: number, alias: string): boolean {
  return entryNames(index, record).names.some((name) => name.length > alias.length + 1 && name.endsWith(alias) && name.charCodeAt(name.length - alias.length - 1) === 0x20);
}

/**
 * True if the word before `start` is a region's adjective, capitalised as a landscape's name opens
 * (`Fränkische`, `Märkischen`) or one the places know (`sächsischen`): `die Sächsische Schweiz`.
 */
function likenedLandscape(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  const folded = foldKey(text.slice(word.from, word.to));
  const key = germanAdjectiveKey(folded);
  if (key === 'n:ch' || OTHER_KINDS.test(folded)) return false;
  return key !== undefined || (isUpperCase(text.charCodeAt(word.from)) && REGION_ADJECTIVE.test(folded));
}
/** A declined adjective in `-isch` (folded). */
const REGION_ADJECTIVE = /isch(?:e|en|er|es)$/;
/**
 * Adjectives (folded) that describe the country itself or a part by its language: `die katholische
 * Schweiz`, `in der französischen Schweiz` (the Romandie), `der italienischen Schweiz` (Ticino).
 */
const OTHER_KINDS = /^(?:katholisch|evangelisch|reformiert|politisch|demokratisch|helvetisch|romantisch|typisch|franzosisch|italienisch|ratoromanisch|romanisch|deutsch)/;
