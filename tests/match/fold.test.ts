import { describe, expect, it } from 'vitest';
import { foldCode, foldKey, foldWithOffsets, JOIN, SEP, transliterateUmlauts } from '../../src/match/fold';

describe('foldCode', () => {
  it('classifies ASCII (by arithmetic) as Unicode does: letters and digits in small letters, the rest separates', () => {
    for (let code = 0; code < 0x80; code++) {
      const ch = String.fromCharCode(code);
      const expected = /\p{M}/u.test(ch) ? JOIN : /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : SEP;
      expect(foldCode(code), `U+${code.toString(16)}`).toBe(expected);
    }
  });
});

describe('foldKey', () => {
  it('folds case, diacritics, ß and every dash and space', () => {
    expect(foldKey('Kim Jong-un')).toBe('kimjongun');
    expect(foldKey('KIM\u00a0JONG\u2011UN')).toBe('kimjongun');
    expect(foldKey('Hamhŭng')).toBe('hamhung');
    expect(foldKey('Hamhüng')).toBe('hamhung');
    expect(foldKey('Straße')).toBe('strasse');
    expect(foldKey('Hwasong–11A')).toBe('hwasong11a');
    expect(foldKey('Plan\u00adet\u200bLabs')).toBe('planetlabs');
  });

  it('folds letters whose stroke Unicode does not decompose (ø, ł, đ)', () => {
    expect(foldKey('Ødegaard')).toBe('odegaard');
    expect(foldKey('Højlund')).toBe('hojlund');
    expect(foldKey('Wałęsa')).toBe('walesa');
    expect(foldKey('ŁÓDŹ')).toBe('lodz');
    expect(foldKey('Đoković')).toBe('dokovic');
  });

  it('drops combining marks but keeps the letters they decorate', () => {
    expect(foldKey('Hamhu\u0306ng')).toBe('hamhung');
    expect(foldKey('Pjo\u0308ngjang')).toBe('pjongjang');
  });

  it('keeps letters of other scripts', () => {
    expect(foldKey('Москва')).toBe('москва');
    expect(foldKey('함흥')).toBe('함흥');
  });

  it('transliterates umlauts as a second spelling', () => {
    expect(foldKey(transliterateUmlauts('Pjöngjang'))).toBe('pjoengjang');
    expect(transliterateUmlauts('Österreich')).toBe('Oesterreich');
  });
});

describe('foldWithOffsets', () => {
  const check = (input: string) => {
    const { text, origin } = foldWithOffsets(input);
    expect(origin.length).toBe(text.length);
    return { text, origin };
  };

  it('maps every folded character back to the character it came from', () => {
    const input = 'Kim Jong Un’s Besuch';
    const { text, origin } = check(input);
    expect(text).toBe('kim jong un s besuch');
    expect(input[origin[text.indexOf('besuch')]!]).toBe('B');
  });

  it('skips soft hyphens and combining marks, so offsets still land on the letters', () => {
    const input = 'Ham\u00adhu\u0308ng ist';
    const { text, origin } = check(input);
    expect(text).toBe('hamhung ist');
    expect(origin[3]).toBe(4); // h after the soft hyphen
    expect(origin[5]).toBe(7); // n after the combining diaeresis
    expect(input.slice(origin[0]!, origin[6]! + 1)).toBe('Ham\u00adhu\u0308ng');
  });

  it('treats emoji (surrogate pairs) as separators', () => {
    const input = 'Ukraine🇺🇦Russland';
    const { text, origin } = check(input);
    expect(text).toBe('ukraine russland');
    expect(input.slice(origin[8]!)).toBe('Russland');
  });

  it('expands ß to two characters that both point at it', () => {
    const { text, origin } = check('Groß');
    expect(text).toBe('gross');
    expect([origin[3], origin[4]]).toEqual([3, 3]);
  });
});
