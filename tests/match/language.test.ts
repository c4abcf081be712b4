import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/match/language';

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
