import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/match/word-set';

describe('WordSet', () => {
  const set = new WordSet(['strasse', 'einem', 'fc', 'jurgen']);

  it('finds a word of a text where it stands, folded as foldKey folds it', () => {
    const text = 'Die Straße, EINEM, Fc und Jür\u00adgen; Strasse';
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(set.hasIn(text, ...at('Straße'))).toBe(true);
    expect(set.hasIn(text, ...at('EINEM'))).toBe(true);
    expect(set.hasIn(text, ...at('Fc'))).toBe(true);
    expect(set.hasIn(text, ...at('Jür\u00adgen'))).toBe(true);
    expect(set.hasIn(text, ...at('Strasse'))).toBe(true);
  });

  it('refuses words that are not in it, also longer ones and ones that start like a word of it', () => {
    const text = 'Die Straßenbahn, einer, FCB, Jürgens';
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    for (const word of ['Die', 'Straßenbahn', 'einer', 'FCB', 'Jürgens']) expect(set.hasIn(text, ...at(word))).toBe(false);
    expect(set.has('fc')).toBe(true);
    expect(set.has('FC')).toBe(false);
  });
});
