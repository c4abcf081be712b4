/** What a place's description tells the matcher about the place (src/match/places.ts). */
import { describe, expect, it } from 'vitest';
import { landscapeDescribed } from '../../src/match/places';
import { createMatcher } from '../../src/match/matcher';
import { entry } from '../support/entries';

describe('landscapeDescribed', () => {
  it('reads the head of the description’s first words, not a landscape that only qualifies it', () => {
    expect(landscapeDescribed(['Rechter Nebenfluss der Donau, entspringt in der Schweiz.'])).toBe(true);
    expect(landscapeDescribed(["Europe's second-longest river."])).toBe(true);
    expect(landscapeDescribed(['Mittelgebirge zwischen Genf und Basel.'])).toBe(true);
    expect(landscapeDescribed(['River city in Lower Bavaria, where three rivers meet.'])).toBe(false);
    expect(landscapeDescribed(['Fluss- und Hafenstadt an der Donau.'])).toBe(false);
    expect(landscapeDescribed(['Stadt am Bodensee.'])).toBe(false);
  });

  it('keeps a town whose description starts with a landscape after the name of its district (Landkreis Passau)', () => {
    const town = { ...entry('passau', 'Passau', [], undefined, 'place'), description: { de: 'Dreiflüssestadt in Niederbayern.', en: 'River city in Lower Bavaria.' } };
    const range = { ...entry('jura', 'Jura', [], undefined, 'place'), description: { de: 'Mittelgebirge zwischen Genf und Basel.', en: 'Mountain range between Geneva and Basel.' } };
    const m = createMatcher([town, range]);
    const text = 'Im Landkreis Passau und im Kanton Jura.';
    expect(m.scan(text, m.session({ language: 'de' })).map((x) => text.slice(x.start, x.end))).toEqual(['Passau']);
  });
});
