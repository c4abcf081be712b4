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

describe('towns named for their district', () => {
  const ried = { ...entry('ried', 'Ried im Innkreis', ['Ried'], undefined, 'place'), description: { de: 'Bezirkshauptstadt im Innviertel (Oberösterreich).', en: 'District town in the Innviertel, Upper Austria.' } };
  const neumarkt = entry('neumarkt', 'Neumarkt in der Oberpfalz', ['Neumarkt'], undefined, 'place');
  const m = createMatcher([ried, neumarkt]);
  const found = (text: string) => m.scan(text, m.session({ language: 'de' })).map((x) => text.slice(x.start, x.end));

  it('leaves a namesake in another district (Ried im Traunkreis, Neumarkt in der Steiermark)', () => {
    expect(found('Beratung gibt es in Ried und in Ried im Traunkreis.')).toEqual(['Ried']);
    expect(found('Neumarkt in der Steiermark ist nicht Neumarkt in der Oberpfalz.')).toEqual(['Neumarkt in der Oberpfalz']);
  });

  it('keeps the town before its own region, a landscape, its description’s words and ordinary nouns (Ried im Innviertel, Ried im Sommer)', () => {
    expect(found('Ried im Innviertel, Ried im Sommer, Ried im Vorjahr, Ried im Innkreis, Neumarkt in der Zeitung, Neumarkt im Schwarzwald.')).toEqual([
      'Ried',
      'Ried',
      'Ried',
      'Ried im Innkreis',
      'Neumarkt',
      'Neumarkt',
    ]);
    const bare = createMatcher([entry('ried', 'Ried im Innkreis', ['Ried'], undefined, 'place')]);
    expect(bare.scan('Das Spiel in Ried im Innviertel endete 2:1.', bare.session({ language: 'de' })).length).toBe(1);
  });
});
