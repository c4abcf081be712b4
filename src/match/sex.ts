import { foldKey } from './fold';

/**
 * A person's sex as the German description's first clause names it by a role: 'f' for
 * `BJP-Politikerin`, `Witwe des …`; 'm' for `Thüringer Umweltminister`, `SPD-Politiker`; '' where
 * none does, or both do (`Sohn der Schauspielerin …`). German only: English role nouns
 * (`minister`, `politician`) do not tell.
 */
export function describedSex(description: string): string {
  let sex = '';
  for (const word of description.split(/[,.;:(]/u, 1)[0]!.split(/[^\p{L}]+/u)) {
    const folded = foldKey(word);
    const found = FEMALE_ROLE.test(folded) ? 'f' : MALE_ROLE.test(folded) ? 'm' : '';
    if (found === '') continue;
    if (sex !== '' && sex !== found) return '';
    sex = found;
  }
  return sex;
}

/**
 * Roles whose feminine form adds `in` (folded, so `Ärztin`, `Königin` are `arztin`, `konigin`):
 * words of the common endings (`Politiker`, `Jurist`, `Ingenieur`, of three letters or more before
 * `ist`, not `ist` itself) and others by name.
 */
const ROLES = `.{3,}iker .{3,}ist .{3,}eur minister prasident chef trainer spieler sanger unternehmer grunder meister kanzler
  direktor autor moderator restaurator senator investor auditor inspektor professor kurator koordinator manager sprecher
  richter forscher wissenschaftler schriftsteller kunstler dirigent sportler fahrer pilot astronaut botschafter diplomat
  leiter fuhrer inhaber besitzer eigentumer vorsteher landrat bauer landwirt winzer brauer anwalt arzt konig furst graf
  herzog milliardar gewerkschafter maler okonom kommissar sekretar kapitan torwart sturmer verteidiger machthaber schwinger
  verleger reeder sammler banker`
  .trim()
  .split(/\s+/)
  .join('|');
// (Also those of other forms: `Virologe`, `Virologin`; `Landeshauptmann`, `Landeshauptfrau`; `Abgeordneter`.)
const FEMALE_ROLE = new RegExp(`(?:(?:${ROLES}|log)in|prinzessin|mutter|tochter|schwester|witwe|frau)$`);
const MALE_ROLE = new RegExp(`(?:${ROLES}|loge|prinz|vater|sohn|bruder|witwer|mann|vorsitzender|abgeordneter)$`);
