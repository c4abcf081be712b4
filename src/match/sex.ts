import { foldKey } from './fold';

/**
 * A person's sex as the German description names it by its first role (`BJP-Politikerin` f,
 * `Thüringer Umweltminister` m, `Sohn der Schauspielerin …` m), or ''. Only the first clause counts,
 * up to the words that name others (`Berater von Kanzlerin Merkel` is a man); an English title
 * tells nothing (`Chief Minister von Westbengalen`, `First Minister`).
 */
export function describedSex(description: string): string {
  const clause = description.split(/[,.;:(]/u, 1)[0]!.split(OTHERS, 1)[0]!;
  const words = clause.split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    const folded = foldKey(words[i]!);
    if (ENGLISH_TITLES.has(folded)) {
      i++;
      continue;
    }
    if (FEMALE_ROLE.test(folded)) return 'f';
    if (MALE_ROLE.test(folded)) return 'm';
  }
  return '';
}
/** Words after which a description names someone else (`Witwe des Präsidenten`, `Beraterin von Trump`). */
const OTHERS = / (?:von|vom|des|der|dem|den|eines|einer|für) /u;
const ENGLISH_TITLES = new Set(['chief', 'first', 'prime', 'deputy', 'foreign', 'home', 'shadow']);

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
  verleger reeder sammler banker berater vertreter mitarbeiter nachfolger vorganger kandidat`
  .trim()
  .split(/\s+/)
  .join('|');
// (Also those of other forms: `Virologe`, `Virologin`; `Landeshauptmann`, `Landeshauptfrau`; `Abgeordneter`.)
const FEMALE_ROLE = new RegExp(`(?:(?:${ROLES}|log)in|prinzessin|mutter|tochter|schwester|nichte|witwe|frau)$`);
const MALE_ROLE = new RegExp(`(?:${ROLES}|loge|prinz|vater|sohn|bruder|neffe|witwer|mann|vorsitzender|abgeordneter)$`);
