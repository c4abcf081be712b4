import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/match/language';
import { createMatcher } from '../../src/match/matcher';
import { scanBatch } from '../../src/messaging/scan-batch';
import { entry } from '../support/entries';

const ENGLISH =
  'The Foxes won again at the weekend, and the club said that it was pleased with the result. ' +
  'It is the third win in a row for the side, which is now top of the table. The manager said he was proud of the players and that they are on the right track.';
const GERMAN =
  'Die Regierung hat sich auf einen Haushalt geeinigt, der für das kommende Jahr gilt. Das ist nicht ' +
  'das Ende der Debatte, denn die Opposition will mit einer Klage dagegen vorgehen. Auch die Länder sind mit dem Entwurf nicht zufrieden, wie ein Sprecher sagte.';

describe('guessLanguage', () => {
  it('tells German from English by their commonest words', () => {
    expect(guessLanguage([ENGLISH])).toBe('en');
    expect(guessLanguage([GERMAN])).toBe('de');
    expect(guessLanguage(['Kurz.', GERMAN.slice(0, 120), GERMAN.slice(120)])).toBe('de');
  });

  it('leaves too little text, or a mix, unknown', () => {
    expect(guessLanguage(['The Foxes won.'])).toBe('');
    expect(guessLanguage([ENGLISH, GERMAN])).toBe('');
    expect(guessLanguage([])).toBe('');
  });
});

describe('scanBatch on a page that does not state its language', () => {
  const matcher = createMatcher([entry('fox', 'Fox Corporation', ['Fox'], undefined, 'organisation')]);
  const spans = (texts: string[], language = '') => {
    const flat = scanBatch(matcher, texts, language);
    const out: string[] = [];
    for (let k = 0; k < flat.length; k += 5) out.push(texts[flat[k]!]!.slice(flat[k + 1], flat[k + 2]));
    return out;
  };

  it('reads English text without the German bare genitive', () => {
    expect(spans([ENGLISH])).toEqual([]);
    expect(spans([`${GERMAN} Die Foxes gewannen.`])).toEqual(['Foxes']);
    // The page's own statement wins over the guess.
    expect(spans([ENGLISH], 'de')).toEqual(['Foxes']);
  });
});
