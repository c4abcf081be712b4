import { describe, expect, it } from 'vitest';
import { describedSex } from '../../src/match/sex';

describe('describedSex', () => {
  it('reads the role a German description opens with', () => {
    expect(describedSex('BJP-Politikerin, seit Februar 2025 Chief Minister von Delhi.')).toBe('f');
    expect(describedSex('Thüringer Umweltminister (BSW).')).toBe('m');
    expect(describedSex('Virologe an der Charité Berlin.')).toBe('m');
    expect(describedSex('Hautärztin in Köln.')).toBe('f');
    expect(describedSex('Landeshauptmann von Tirol.')).toBe('m');
    expect(describedSex('Schwester Kim Jong Uns.')).toBe('f');
    expect(describedSex('Wiener Kabarettist und Kunstsammler.')).toBe('m');
  });

  it('reads the first role, not those of others it names', () => {
    expect(describedSex('Sohn der Schauspielerin Romy Schneider.')).toBe('m');
    expect(describedSex('Berater von Kanzlerin Angela Merkel.')).toBe('m');
    expect(describedSex('Beraterin von US-Präsident Trump.')).toBe('f');
    expect(describedSex('Nichte von Donald Trump.')).toBe('f');
    expect(describedSex('Stellvertreterin von Präsident Selenskyj.')).toBe('f');
  });

  it('says nothing where the role does not tell', () => {
    expect(describedSex('Chief Minister von Westbengalen.')).toBe('');
    expect(describedSex('Ehemalige First Minister von Schottland.')).toBe('');
    expect(describedSex('Ko-Vorsitzende der Grünen.')).toBe('');
    expect(describedSex('Bundesrat.')).toBe('');
    // Only the first clause: what follows may name others.
    expect(describedSex('Tennisprofi, Sohn eines Trainers und einer Ärztin.')).toBe('');
    // `ist` alone is no role.
    expect(describedSex('Das ist er.')).toBe('');
  });
});
