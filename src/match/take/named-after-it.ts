/**
 * Is it something named after the name? One of the questions `take` (in `../scan`) asks: a work, a
 * club, a venue, a street, a ship, a car, a drink, a studio, a band or a firm that bears a person's,
 * a town's or a firm's name (`die Allianz Arena`, `HMS Belfast`, `das Bankhaus Metzler`, `Quebec
 * City`) is not the entry the name is of.
 */
import type { Candidate } from '../scan';
import { AliasFlag, HAS_SMALL_LETTER, HotBit, UNIT_NOUN } from '../alias-index';
import { afterRelativePronoun, capitalisedWordAfter, compoundEndsIn, DATE_WORDS, DEFINITE_ARTICLES_DE, ENGLISH_ARTICLE, foldAt, isHyphen, isHyphenJoin, isLetter, isWordAfter, nounBefore, OPENING_QUOTES, opensSentence, QUOTES, sentenceAround, smallWordAfter, smallWordNext, TOWN_PREPOSITIONS, verbAfter, wordBefore, wordBeforeQuotes, wordEnd, wordOfBefore, wordOfBeforeAnyCase, wordStart } from '../text-around';
import { ADJECTIVE_ENDING, colourPair, drinkBefore } from '../common-words';
import { afterFirmCompound, afterFirmKind, afterFirmWord, afterFurnitureStore, beforeVenue, CAR_MAKERS, carMakerBefore, firmAcronym, FIRMS, headlineFirmWord, legalFormAfter, tradeNounBefore, venueAfter } from '../firms';
import { AREA_ENDS, describedWorks, describes, describesCitySpot, describesClub, describesIsland, describesRiver, describesTown, headIsClub, headWords } from '../descriptions';
import { afterInstitution, afterInstitutionOf, institutionAhead } from '../bodies';
import { aboardBefore, afterWorkNoun, bandBefore, beforeWork, innNameBefore, namedBefore, paperNounBefore, quotedLongerName, shipBefore, shipPrefixBefore } from '../media-and-works';
import { beforeGeneration, otherGeneration } from '../person-names';
import { beforeCompassMine, CLUB_INITIALS, lineEnds, PLACE_FEATURES, STADIUMS, townBeforeRegion } from '../place-names';
import { COUNTRY_NAMES } from '../places';
import { COMMA, foldKey, isApostrophe, isDash, isDigit, isUpperCase, JOIN } from '../fold';
import { romanNumberAfter } from '../acronyms';
import { WordSet } from '../word-set';
import { FIRST_NAMES } from '../first-names';

/** True if the name is that of something named after it. */
export function namedAfterIt(c: Candidate): boolean {
  const { text, start, end, aliasEnd, alias, hot, english } = c;
  // `im Stadion von Hannover 96`, `Schalke 04 gewann`: a club named after the town by its year; `Bayern 3
  // meldete Stau`: a radio station by its number.
  if (!english && hot & AliasFlag.Place && end === aliasEnd && clubNumberAfter(text, end) && !wordOfBefore(text, start, NUMBERED_PLACE_LEADS, false) && !afterNumberedItem(text, start)) return true;
  // `he told Holyrood magazine`, `in an interview with Holyrood magazine`: a magazine named after the
  // parliament, the place or the person, as the one told (not `a Texas magazine`, `In Texas magazine
  // sales …`, `Taylor Swift magazine covers`; nor a publisher's or a magazine's own entry: `told Forbes magazine`).
  if (english && !(hot & AliasFlag.Medium) && end === aliasEnd && text.startsWith(' magazine', end) && magazineTold(text, start, end + 9) && !PUBLISHERS.some((word) => describes(alias, word))) return true;
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
  if (carMakerBefore(text, start) && (hot & AliasFlag.Thing || (hot & AliasFlag.Place && (describesTown(alias) || describesIsland(alias)))) && !CAR_MAKERS.hasIn(text, start, wordEnd(text, start))) return true;
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
  // `the recruitment firm Reed, …`, `the hedge fund Marshall Wace`: a firm named after the person,
  // after a firm's noun, where the name ends a phrase or goes on (not `the company Musk founded`).
  if (english && hot & AliasFlag.Surname && end === aliasEnd && wordOfBefore(text, start, FIRM_NOUNS_EN, false) && (capitalisedWordAfter(text, end) !== null || PHRASE_END.test(text.charAt(end)))) return true;
  // `Staff from Wasserman, the sports marketing agency`: so is one that an apposition calls a firm
  // (not after a preposition that opens a phrase the clause's subject follows: `Under Musk, the
  // company that …`, `Asked about Musk, the company declined`).
  if (english && hot & AliasFlag.Surname && end === aliasEnd && firmApposed(text, end) && !wordOfBeforeAnyCase(text, start, OPENING_PREPOSITIONS)) return true;
  // `die UAE Tour` beside the team UAE Team Emirates: a contest named like the team, not the team
  // (nor in a headline's title case, `Arsenal Cup Run Ends`, a compound, `Visma Tour-Sieger`, or a
  // list of contests: `gewann Jumbo-Visma Tour, Giro und Vuelta`).
  if (alias.type === 'organisation' && end === aliasEnd && headIsClub(alias) && isWordAfter(text, end, CONTESTS) && contestEndsPhrase(text, wordEnd(text, end + 1))) return true;
  // `der Chemiekonzern Ineos`, `der Küchentechnik-Hersteller Bora`, `the software group Visma` beside
  // the teams named after them: the sponsor.
  // (Not the team's own name: `Spanish club Real Madrid`, the first of its names.)
  if (alias.type === 'organisation' && end === aliasEnd && headIsClub(alias) && alias.alias !== alias.names[0] && (english ? wordOfBefore(text, start, SPONSOR_NOUNS_EN, false) || industryGiantBefore(text, start) : sponsorNounBefore(text, start))) return true;
  // `St Paddy’s Day`, `Valentine’s Day`: a day named after a saint in the genitive, after `St` or by
  // a saint's name the day goes by (not `Trump’s Day in Court`, `McIlroy's Day of Destiny`).
  if (
    english &&
    end > aliasEnd &&
    isApostrophe(text.charCodeAt(aliasEnd)) &&
    text.startsWith(' Day', end) &&
    foldAt(text, end + 4) <= JOIN &&
    (wordOfBeforeAnyCase(text, start, SAINTS_EN) || SAINTS_DAYS.has(alias.key))
  )
    return true;
  // `a Marshall Plan for local journalism`, `the Monroe Doctrine`: a policy of history named after
  // someone of the surname (not `the Trump Plan for Gaza`, which the glossary's Trump wrote).
  if (english && hot & AliasFlag.Person && end === aliasEnd && NAMESAKE_POLICIES.has(alias.key) && isWordAfter(text, end, POLICIES)) return true;
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
  // An English firm's noun after a person's or an event's name makes a firm named after it, but in
  // a headline in title case: `the telecoms company Mercury Communications` beside the Mercury
  // Prize, `Adani Enterprises`. Not `Group`, which names groups of states and events' own groups:
  // `the Ramstein Group`.
  if (english && (alias.type === 'person' || alias.type === 'event') && end === aliasEnd && isWordAfter(text, end, FIRM_NAME_ENDS_EN) && capitalisedWordAfter(text, wordEnd(text, end + 1)) === null) return true;
  // `die Betreiberin Nord Stream 2 AG`, `die Porsche AG` beside the pipeline and Ferdinand Porsche: a firm named after them.
  // (Not a place's: `die Flughafen Zürich AG` is in Zürich, `Baden AG` the town in Aargau — but for
  // the article the form takes and a town does not: `die Salzburg AG`, the city's utility.)
  if (!alias.firm && end === aliasEnd && text.charCodeAt(end) === 0x20 && isUpperCase(text.charCodeAt(end + 1)) && legalFormAfter(text, end, english, (hot & AliasFlag.Person) !== 0) && (!(hot & AliasFlag.Place) || (!english && wordOfBeforeAnyCase(text, start, DEFINITE_ARTICLES_DE)))) return true;
  // `entwickelt von Taurus Systems` beside the missile: a firm named after its weapon, by the English
  // noun a German text keeps in its name, after a preposition or a firm's noun (not in English,
  // whose headlines capitalise every word: `Germany Sends Patriot Systems`; nor the weapon's own
  // longer name, `das Iron Dome Defense System`, `um weitere Patriot Systems`).
  if (!english && alias.weapon && end === aliasEnd && isWordAfter(text, end, WEAPON_FIRMS) && nameEndsOrLegalForm(text, wordEnd(text, end + 1)) && weaponFirmLead(text, start)) return true;
  if (!(hot & AliasFlag.Place) && end === aliasEnd && english && isWordAfter(text, end, STREETS)) return true;
  // `the Koeberg Interchange closed`: a road junction (not a card's fee, `Visa Interchange Fees`,
  // nor a numbered one, `M25 Junction 10`, nor in a headline's title case).
  if (!(hot & AliasFlag.Place) && end === aliasEnd && english && isWordAfter(text, end, JUNCTIONS) && smallWordFollows(text, wordEnd(text, end + 1))) return true;
  // `an der Ottakringer Straße` beside the brewery, `die Wiener Straße`: a street named after it (German
  // writes a street after a person's full name with hyphens: `die Konrad-Adenauer-Straße`).
  // (Not a noun that opens a phrase after a place's, `in Tirol Straße und Schiene`, `Straße für Straße`.)
  if (!english && end === aliasEnd && isWordAfter(text, end, STREETS_DE) && !wordOfBeforeAnyCase(text, start, PLACE_LEADS_DE) && !smallWordAfter(text, wordEnd(text, end + 1), STREET_LINKS)) return true;
  // `on the High Street` beside the town of Street, `around Times Square` beside the payments firm: a
  // town or a firm named like a street's noun, after another word of the street's name.
  if (english && !(hot & AliasFlag.Person) && end === aliasEnd && STREETS.hasIn(text, start, end) && capitalisedBefore(text, start)) return true;
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
  // `Konkurrent Li Auto`, `der Autobauer Li Auto` beside William Li: a carmaker named so, after a
  // noun of a firm or a rival (not a headline's `Trump Auto Tariffs`, nor `Konkurrent Merz Auto fährt`).
  if (!english && hot & AliasFlag.Surname && end === aliasEnd && text.startsWith(' Auto', end) && foldAt(text, end + 5) <= JOIN && nounBefore(text, start, CARMAKER_NOUNS) && !DRIVES.hasIn(text, end + 6, wordEnd(text, end + 6))) return true;
  // `Autobauer wie Ford, General Motors und Stellantis`, `carmakers such as Ford`: firms named as
  // examples of their kind.
  if (hot & AliasFlag.Surname && end === aliasEnd && firmsLikeBefore(text, start, english)) return true;
  // `die Fischrestaurantkette Nordsee`: a chain or a brand named after the place.
  // (Not a country's or a town's genitive: `der größte Zulieferer Deutschlands`; nor a country,
  // which supplies too: `der Gaslieferant Norwegen`.)
  if (!english && hot & AliasFlag.Place && end === aliasEnd && afterFirmCompound(text, start) && !COUNTRY_NAMES.has(alias.key)) return true;
  // `das Gedicht „Ganymed“`, `the vampire film “Sinners”`, `der Anime-Klassiker „Akira“`: a work's
  // title in quotes, not the person, place or firm it names; `das Containerschiff „Hamburg
  // Express“`, `„Trump Tower“`: a quoted name that goes on from theirs is another's.
  if (hot & (AliasFlag.Person | AliasFlag.Place | AliasFlag.Thing) && start > 0 && QUOTES.has(text.charCodeAt(start - 1)) && ((QUOTES.has(text.charCodeAt(end)) && afterWorkNoun(text, start, alias)) || quotedLongerName(text, start, end)))
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
  // `die Panzerbrigade 45 „Litauen“`, `das Jagdgeschwader 71 „Richthofen“`: a place's or a person's
  // name in quotes after a unit's noun and number is the unit's.
  if (hot & (AliasFlag.Place | AliasFlag.Person) && start > 0 && QUOTES.has(text.charCodeAt(start - 1)) && QUOTES.has(text.charCodeAt(end)) && unitBefore(text, start))
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
      (PLACES_NAMED_AFTER.hasIn(text, end + 1, to) && !(GORGE.hasIn(text, end + 1, to) && describesRiver(alias)) && !(isWordAfter(text, to, CITY_OWN) && (CITY.hasIn(text, end + 1, to) ? describesTown(alias) : COUNTY.hasIn(text, end + 1, to) && (describes(alias, 'county') || headWords(alias).some((word) => AREA_ENDS.test(word)))))) ||
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
  // `since Vatican II`, `Lateran IV`: a council numbered after the place or the body it met in (or a
  // university, `Lyon III`), not the place nor the body. (Not a broadcaster's channel, `ORF III`, a
  // club's second team, `Borussia Dortmund II`, a country's second bob, `Deutschland II`, nor a
  // court's or a constituency's town: `das Landgericht München II`, `im Wahlkreis Berlin II`.)
  if (
    !(hot & (AliasFlag.Person | AliasFlag.Medium)) &&
    (hot & AliasFlag.Place || alias.type === 'organisation') &&
    end === aliasEnd &&
    romanNumberAfter(text, end) &&
    !headIsClub(alias) &&
    !COUNTRY_NAMES.has(alias.key) &&
    !nounBefore(text, start, DISTRICT_OFFICES)
  )
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

/** Nouns of a building before the name it bears (folded, capitalised). */
const BUILDINGS_BEFORE = new WordSet(['schloss', 'burg', 'palais', 'palast']);

/** Nouns of a drink before its name (folded). */
const BRAND_NOUNS = new WordSet('beer lager ale cider whiskey whisky gin vodka bier biermarke wodka'.split(' '));

/**
 * English words after a name, capitalised, that make it a street's, a square's or a park's named
 * after it (`Holyrood Park`, `Kennedy Street`). Not after a place's: `Tiananmen Square` is there.
 */
const STREETS = new WordSet(['park', 'street', 'road', 'square', 'avenue', 'lane', 'boulevard', 'gardens', 'terrace', 'crescent', 'common', 'hill', 'mound', 'bridge']);
/** German nouns of a street after a name (`Ottakringer Straße`); not those that are an object's too (`belegte Verstappen Platz zwei`). */
const STREETS_DE = new WordSet(['strasse', 'gasse', 'allee', 'chaussee']);
const STREET_LINKS = new WordSet(['und', 'oder', 'fur']);
/** Prepositions before a place's name, not a street's (`in Tirol Straße und Schiene`, `am Brenner`). */
const PLACE_LEADS_DE = new WordSet(['in', 'im', 'am', 'aus', 'bei', 'nach', 'von']);
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
/** English words after a place's name that make it a firm's (`Pilbara Minerals`, `Fortescue Metals`, `Georgia Power`). */
const PLACE_FIRMS = new WordSet(['minerals', 'metals', 'mining', 'resources', 'holdings', 'group', 'limited', 'ltd', 'plc', 'airlines', 'airways', 'brewing', 'power', 'electric', 'energy']);

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
export function namedAfterWords(text: string, start: number, end: number): boolean {
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
  'company firm group insurer airline carrier bank broadcaster network maker manufacturer retailer brewer brewery club team band newspaper paper union party charity foundation sponsor partner owner backer brand label house carmaker automaker studio publisher chain'.split(' '),
);

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

/** True if `told`, `to` or `with` stands before `start` and the phrase ends at `end` (`told Holyrood magazine in …`). */
function magazineTold(text: string, start: number, end: number): boolean {
  if (!wordOfBefore(text, start, TOLD, false)) return false;
  const next = text.charCodeAt(end);
  return next === 0x20 ? smallWordAfter(text, end, AFTER_TOLD) : !isLetter(next) && !isHyphen(next);
}
const TOLD = new WordSet(['told', 'to', 'with']);
/** Words of a description that make the entry the magazine's publisher (`told FT magazine`). */
const PUBLISHERS = ['magazine', 'publisher', 'newspaper', 'paper'];
/** Words after a magazine's name that end the phrase (`told Holyrood magazine in an interview`). */
const AFTER_TOLD = new WordSet('in on before after that this last earlier about for when while and'.split(' '));

/**
 * True if a number of two digits follows `end` and ends the phrase or comes before a word in small
 * letters that is no adjective (`von Hannover 96.`, `Hannover 96 gewann`; not `Hannover 96
 * Prozent`, `in Wien 30 neue Fälle`, `Hannover 2025`); or one digit before what a station or a
 * reactor does, or where it stands (`Bayern 3 meldete`, `Isar 2 bei Landshut`; not `muss Bayern 15
 * aufnehmen`, `erhält Bayern 2 mehr`).
 */
function clubNumberAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isDigit(text.charCodeAt(end + 1))) return false;
  if (!isDigit(text.charCodeAt(end + 2))) {
    if (text.charCodeAt(end + 2) !== 0x20) return false;
    const to = wordEnd(text, end + 3);
    // (Where it stands only before a town's name: not `gewann Bayern 3 bei 1 Unentschieden`.)
    return STATION_WORDS.hasIn(text, end + 3, to) || (STATION_PLACES.hasIn(text, end + 3, to) && capitalisedWordAfter(text, to) !== null);
  }
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
/** What a station or a reactor named by a place and a digit does, or where it stands (`Bayern 3 meldete`, `Isar 2 bei Landshut`). */
const STATION_WORDS = new WordSet('meldete meldet berichtete berichtet sendete sendet spielte spielt warnte warnt ging wurde'.split(' '));
const STATION_PLACES = new WordSet(['bei', 'nahe']);
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

const REPLICA = new WordSet(['replica']);
const MERCHANDISE = new WordSet('shirt shirts jersey jerseys kit kits cap caps scarf scarves top tops strip strips helmet helmets model models'.split(' '));

/** Vehicles, in small letters after a surname, that make it their maker's (`Ford pickups`, `Porsche cars`). */
const VEHICLES = new WordSet('car cars truck trucks pickup pickups van vans sedan sedans tractor tractors engine engines dealership dealerships'.split(' '));
/** A carmaker's plant after its name in the genitive (`’s assembly plant`, `’s truck plant`). */
const CAR_PLANT = /^ (?:assembly (?:plant|line)s?|(?:car |truck |engine )?(?:plant|factory|plants|factories)|dealerships)(?!\p{L})/u;

/** English words after a firm's name that make it a contest's (`the DP World Tour`). */
const CONTESTS = new WordSet('tour cup championship championships trophy masters'.split(' '));
/** English nouns that end a firm's name (`Mercury Communications`, `Adani Enterprises`), folded. */
const FIRM_NAME_ENDS_EN = new WordSet('communications holdings industries technologies airlines pharmaceuticals enterprises corporation corp'.split(' '));
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

/** True if the contest's word that ends at `at` ends a phrase: not a compound's, a list's or a headline's. */
function contestEndsPhrase(text: string, at: number): boolean {
  const next = text.charCodeAt(at);
  return !isHyphen(next) && next !== COMMA && capitalisedWordAfter(text, at) === null && !smallWordAfter(text, at, AND_OR);
}
const AND_OR = new WordSet(['und', 'oder', 'and', 'or']);
/**
 * True if a German noun of a firm that sponsors teams stands before `start` (`der Chemiekonzern
 * Ineos`): `FIRM_COMPOUND` (firms.ts) without the nouns that name teams too (`die Spitzengruppe`,
 * `die Weltmarke FC Bayern`, `der Punktelieferant`).
 */
function sponsorNounBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from))) return false;
  // (Also the last part of a compound with a hyphen: `Küchentechnik-Hersteller`.)
  if (word.from > 1 && isHyphen(text.charCodeAt(word.from - 1)) && isLetter(text.charCodeAt(word.from - 2))) return SPONSOR_NOUNS.test('-' + foldKey(text.slice(word.from, word.to)));
  return SPONSOR_NOUNS.test(text.slice(word.from, word.to));
}
const SPONSOR_NOUNS = /[\p{Ll}-](?:konzern|hersteller|firma|kette|versorger|anbieter|produzent)$/u;
/** English nouns of a firm before a sponsor's name (`the chemicals group Ineos`; `giant` only after an industry's word, being said of clubs too: `the Italian giant Juventus`). */
const SPONSOR_NOUNS_EN = new WordSet(['group', 'company', 'firm', 'conglomerate', 'maker', 'manufacturer', 'brand', 'retailer']);
/** True if `giant` and before it an industry's word stand before `start` (`the petrochemicals giant Ineos`). */
function industryGiantBefore(text: string, start: number): boolean {
  const giant = wordBefore(text, start);
  if (giant === null || !GIANT.hasIn(text, giant.from, giant.to)) return false;
  const industry = wordBefore(text, giant.from);
  return industry !== null && INDUSTRIES.hasIn(text, industry.from, industry.to);
}
const GIANT = new WordSet(['giant']);
const INDUSTRIES = new WordSet('chemicals petrochemicals chemical oil energy steel tech software retail mining media banking insurance telecoms pharmaceuticals pharma food drinks'.split(' '));
/** `St`, `Saint` before a saint's day (`St Paddy’s Day`), and the names days go by without it (folded). */
const SAINTS_EN = new WordSet(['st', 'saint']);
const SAINTS_DAYS = new Set(['paddy', 'patrick', 'valentine', 'andrew', 'george', 'david', 'stephen', 'swithin']);
/** A mark that ends a phrase after a name (`the recruitment firm Reed, said`). */
const PHRASE_END = /^[,;:.)!?]$/;
/** Nouns (folded) of a court, an office or a constituency that numbers the districts of a town (`Landgericht München II`). */
const DISTRICT_OFFICES = /(?:gericht|gerichts|anwaltschaft|wahlkreis|wahlkreises|amt|amts|kreis|kreises|bezirk|bezirks)$/;
/** English nouns of a firm before its name (`the recruitment firm Reed`); not those of a trade a person has too (`the publisher Murdoch`, `the retailer Green`). */
const FIRM_NOUNS_EN = new WordSet(['firm', 'company', 'chain', 'fund', 'carmaker', 'bank', 'insurer', 'label', 'agency', 'consultancy']);
/**
 * True if an apposition after `end` of up to four small words ends in a firm's noun (`, the sports
 * marketing agency`, `, a law firm that …`; not `, the company chairman`, nor `, the head of the
 * agency`, whose words hold a preposition).
 */
function firmApposed(text: string, end: number): boolean {
  const article = text.startsWith(', the ', end) ? end + 6 : text.startsWith(', a ', end) ? end + 4 : text.startsWith(', an ', end) ? end + 5 : -1;
  if (article < 0) return false;
  let from = article;
  for (let words = 0; words < 4; words++) {
    if (!isLetter(text.charCodeAt(from)) || isUpperCase(text.charCodeAt(from))) return false;
    let to = wordEnd(text, from);
    while (isHyphenJoin(text, to)) to = wordEnd(text, to + 1);
    // (Not a list's: `names Musk, the company, and three directors`.)
    if (FIRM_NOUNS_EN.hasIn(text, from, to))
      return text.charCodeAt(to) !== 0x20 ? (PHRASE_END.test(text.charAt(to)) || isDash(text.charCodeAt(to))) && !text.startsWith(', and ', to) && !text.startsWith(', or ', to) : APPOSITION_GOES_ON.hasIn(text, to + 1, wordEnd(text, to + 1));
    if (APPOSITION_LINKS.hasIn(text, from, to) || text.charCodeAt(to) !== 0x20) return false;
    from = to + 1;
  }
  return false;
}
/** Prepositions before a name that open a phrase the clause's subject follows (`Under Musk, the company …`). */
const OPENING_PREPOSITIONS = new WordSet(['under', 'for', 'before', 'after', 'without', 'with', 'since', 'like', 'unlike', 'about', 'despite']);
/** Small words that go on after an apposition's noun (`the agency he founded`, `a firm that`). */
const APPOSITION_GOES_ON = new WordSet(['that', 'which', 'he', 'she', 'it', 'they', 'founded', 'owned', 'run', 'based', 'whose', 'where']);
/** Small words in an apposition that make its last noun another's (`the head of the agency`). */
const APPOSITION_LINKS = new WordSet(['of', 'at', 'for', 'in', 'with', 'by', 'from', 'to', 'the', 'a', 'an', 'and', 'or']);
/** Policies named after a person (`the Marshall Plan`), and the surnames of history's best known (folded). */
const POLICIES = new WordSet(['plan', 'doctrine']);
const NAMESAKE_POLICIES = new Set(['marshall', 'monroe', 'truman', 'brezhnev', 'schuman', 'dawes', 'morgenthau', 'hallstein', 'sinatra']);

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
/** Lower-case nouns after a place's name that make a kind of animal or food of it (`Canada geese`, `Murray cod`, `Brussels sprouts`). */
const PLACE_KINDS = new WordSet(['geese', 'goose', 'cod', 'sprouts', 'fries', 'cheese', 'pastry', 'pastries', 'bacon', 'terrier', 'terriers', 'retriever', 'retrievers', 'pony', 'ponies']);

/** What a city, a county, a charity, a bridge, a gorge or a club named after a place adds to its name (`Quebec City`, `Howrah Bridge`, `Cheddar Gorge`, `Bath Rugby`). */
const PLACES_NAMED_AFTER = new WordSet(['city', 'county', 'foundation', 'institute', 'bridge', 'gorge', 'rugby']);
const COUNTY = new WordSet(['county']);
/** (A river's gorge is the river's: `the Rhine Gorge`, `the Avon Gorge`.) */
const GORGE = new WordSet(['gorge']);
const TOWN = new WordSet(['town']);
const CITY = new WordSet(['city']);
const LINE = new WordSet(['line']);
const CITY_OWN = new WordSet(['hall', 'council', 'councillor', 'councilor', 'councillors', 'councilors', 'manager']);

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

/** Words after a name that make it a film studio's or a record label's (`Bavaria Film`). */
const STUDIOS = new WordSet(['film', 'films', 'pictures', 'studios', 'records']);
/** English nouns of a work before its title, unquoted (`the comedy Quality Street`). */
const WORKS_BEFORE_EN = new WordSet(['comedy', 'play', 'novel', 'film', 'movie', 'musical', 'opera', 'documentary', 'sitcom', 'song', 'album', 'poem']);

/**
 * True if a capitalised word stands one space before `start` after one in small letters (`the High
 * Street`): not one that opens a sentence, a day's or a month's name (`On Monday Street was cut
 * off`), nor a run of capitalised words (`told BBC Somerset Street …`, a headline's `Flooding Hits Street`).
 */
function capitalisedBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const word = wordBefore(text, start);
  if (word === null || !isUpperCase(text.charCodeAt(word.from)) || opensSentence(text, word.from) || DATE_WORDS.hasIn(text, word.from, word.to)) return false;
  const before = wordBefore(text, word.from);
  return before !== null && !isUpperCase(text.charCodeAt(before.from));
}

/** English nouns in the name of a firm named after its weapon (`Taurus Systems`, `Eurofighter Technologies`), folded. */
const WEAPON_FIRMS = new WordSet(['systems', 'industries', 'technologies', 'dynamics', 'aerospace']);

/** True if no capitalised word follows `end`, or a legal form (`Taurus Systems GmbH`). */
function nameEndsOrLegalForm(text: string, end: number): boolean {
  return capitalisedWordAfter(text, end) === null || (text.charCodeAt(end) === 0x20 && legalFormAfter(text, end, false, false));
}

/** True if a preposition a maker takes (`von`, `bei`) or a firm's noun (`Rüstungskonzern`) stands before `start`. */
function weaponFirmLead(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && (WEAPON_FIRM_LEADS.hasIn(text, word.from, word.to) || FIRM_NOUN_END.test(foldKey(text.slice(word.from, word.to))));
}
const WEAPON_FIRM_LEADS = new WordSet(['von', 'vom', 'bei', 'beim', 'mit', 'durch']);
const FIRM_NOUN_END = /(?:hersteller|konzern|firma|unternehmen|gruppe)$/;

/** True if a unit's noun and its number stand before the quotation mark before `start` (`die Panzerbrigade 45 „Litauen“`). */
function unitBefore(text: string, start: number): boolean {
  const number = wordBeforeQuotes(text, start);
  if (number === null || !isDigit(text.charCodeAt(number.from)) || !isDigit(text.charCodeAt(number.to - 1))) return false;
  const unit = wordBefore(text, number.from);
  return unit !== null && isUpperCase(text.charCodeAt(unit.from)) && UNIT_NOUN.test(foldKey(text.slice(unit.from, unit.to)));
}

/** True if a plural noun of firms and `wie`, `such as` or `like` stand before `start` (`Autobauer wie`, `carmakers such as`). */
function firmsLikeBefore(text: string, start: number, english: boolean): boolean {
  const like = english ? (text.endsWith(' such as ', start) ? start - 8 : text.endsWith(' like ', start) ? start - 5 : -1) : text.endsWith(' wie ', start) ? start - 4 : -1;
  if (like < 1) return false;
  const noun = wordBefore(text, like);
  return noun !== null && (english ? FIRMS_PLURAL_EN : FIRMS_PLURAL_DE).test(foldKey(text.slice(noun.from, noun.to)));
}
/** Plural nouns of firms (folded; German also as a compound's end: `Autobauer`, `Modekonzerne`). */
const FIRMS_PLURAL_EN = /^(?:carmakers|automakers|companies|firms|manufacturers|makers|brands|retailers|chains|banks|lenders|insurers|airlines|groups)$/;
const FIRMS_PLURAL_DE = /(?:autobauer|hersteller|konzerne|unternehmen|firmen|marken|ketten|banken|versicherer|fluggesellschaften|airlines|handler|anbieter)$/;

/** Nouns of a carmaker or a rival before its name (folded, a compound's end: `Konkurrent`, `Autobauer`, `Elektroautohersteller`). */
const CARMAKER_NOUNS = /(?:autobauer|hersteller|konzern|konkurrent|mitbewerber|rivale)$/;
/** Forms of `fahren` after `Auto`: a person who drives (`sein Konkurrent Merz Auto fährt`). */
const DRIVES = new WordSet('fahren fahrt fuhr fuhren gefahren'.split(' '));
