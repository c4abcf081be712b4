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
    // The first word that a noun of known gender ends (`Verkehrsverbund Ost-Region` m, `Deutsche
    // Bahn` f): a compound's head is its last part (`Rundfunk-Sinfonieorchester` n), a name's the
    // noun before its qualifiers.
    let found = '';
    for (const word of name.split(HEAD_ENDS, 1)[0]!.split(/\s+/u)) {
      found = genderOf(foldKey(word.split(/[\u2010-\u2015-]+/u).pop()!));
      if (found !== '') break;
    }
    if (found === '') continue;
    if (gender !== '' && gender !== found) return '';
    gender = found;
  }
  return gender;
}
const HEAD_ENDS = /\s+(?:für|fur|der|des|von|vom|zur|zum|im|in|und|of|for|on|and|the|de|du|la)\s+/iu;

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
