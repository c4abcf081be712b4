import { capitalInitials, foldKey } from './fold';

/**
 * The grammatical gender (m, f, n) of the noun that heads an entry's names that `acronym` spells, by
 * its ending (`Erneuerbare-Wärme-Gesetz` n, `Deutsche Bahn` f, `Bundesamt für Sicherheit in der
 * Informationstechnik` n: the head stands before `für`, `der`, `of` …), or '' where no such name
 * tells or they disagree. An acronym takes that name's gender (`das EWG`, `die DB`, `das BSI`).
 */
export function headGender(names: readonly string[], acronym: string): string {
  let gender = '';
  for (const name of names) {
    // Only a name the acronym spells (`Erneuerbare-Wärme-Gesetz` of EWG): not `Komitee für
    // Staatssicherheit` of KGB, whose gender German takes from elsewhere (der KGB).
    if (!/\p{Ll}/u.test(name) || capitalInitials(name) !== acronym) continue;
    // A compound's head is its last part (`Rundfunk-Sinfonie-Orchester` n); a German name's, the
    // first of its words that a noun of known gender ends, before its qualifiers (`Verkehrsverbund
    // Ost-Region` m, `Turnverein Hassee-Winterbek` m, `Deutsche Bahn` f); an English name's, its
    // last word (`National Transportation Safety Board`: none).
    const words = name.split(HEAD_ENDS, 1)[0]!.split(/\s+/u).map((word) => foldKey(word.split(/[\u2010-\u2015-]+/u).pop()!));
    const english = words.some((word) => ENGLISH_BODIES.has(word));
    const found = english ? genderOf(words[words.length - 1]!) : (words.map(genderOf).find((head) => head !== '') ?? '');
    if (found === '') continue;
    if (gender !== '' && gender !== found) return '';
    gender = found;
  }
  return gender;
}
const HEAD_ENDS = /\s+(?:für|fur|der|des|von|vom|zur|zum|im|in|und|of|for|on|and|the|de|du|la)\s+/iu;

/**
 * Words of English bodies' and events' names (folded): a name with one is English, its head its
 * last word (`Eurovision Song Contest` is no feminine `Eurovision`: `beim ESC`).
 */
const ENGLISH_BODIES = new Set(
  'board office agency authority council department service services administration bureau commissioner commission corporation company committee association federation foundation society trust group institute university college centre center contest championship championships cup awards games conference summit'.split(' '),
);

function genderOf(noun: string): string {
  for (const [gender, endings] of ENDINGS) if (endings.test(noun)) return gender;
  return '';
}
const ending = (words: string) => new RegExp(`(?:${words.trim().split(/\s+/).join('|')})$`);
/** Endings of nouns that name bodies, laws and plans, by gender (the longer first where one holds another: `gerichtshof`). */
const ENDINGS: [string, RegExp][] = [
  ['m', ending('vertrag verband verein bund ausschuss konzern dienst hof fonds kreis pakt sender rundfunk club klub gipfel plan senat rat')],
  ['n', ending('gesetz abkommen amt ministerium institut zentrum gericht werk unternehmen kommando parlament komitee buro museum theater orchester programm netzwerk bundnis haus kabinett konsortium sekretariat tribunal klinikum forum festival fernsehen')],
  ['f', ending('richtlinie verordnung ung heit keit schaft ion tat bank partei kommission agentur behorde akademie hochschule stiftung kammer polizei armee liga allianz versammlung bahn post gruppe firma initiative alternative linke')],
];
