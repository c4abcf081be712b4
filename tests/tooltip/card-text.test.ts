import { describe, expect, it } from 'vitest';
import de from '../../assets/public/_locales/de/messages.json';
import en from '../../assets/public/_locales/en/messages.json';
import { DESCRIPTION_LANGUAGES, TYPE_LABEL_KEYS } from '../../src/glossary/types';
import { cardText } from '../../src/tooltip/card-text';

describe("the card's words in the page's language", () => {
  it('gives the labels of a German card in German and of an English card in English', () => {
    expect(['typePlace', 'tooltipAlsoKnownAs', 'tooltipSources', 'tooltipClose'].map((k) => cardText('de', k))).toEqual(['Ort', 'Auch:', 'Quellen', 'Schließen']);
    expect(['typePlace', 'tooltipAlsoKnownAs', 'tooltipSources', 'tooltipClose'].map((k) => cardText('en', k))).toEqual(['Place', 'Also:', 'Sources', 'Close']);
  });

  it('fills placeholders as browser.i18n does', () => {
    expect(cardText('de', 'tooltipAsOf', ['2026-11-01'])).toBe('Stand 2026-11-01');
    expect(cardText('en', 'tooltipAsOf', ['2026-11-01'])).toBe('as of 2026-11-01');
    expect(cardText('de', 'tooltipSlip', ['Nordkorae'])).toBe('„Nordkorae“ auf dieser Seite als Schreibfehler dieses Namens gelesen.');
    expect(cardText('en', 'tooltipSlip', ['Nordkorae'])).toBe('Read “Nordkorae” on this page as a misspelling of this name.');
  });

  it('knows every type label and tooltip message of both locales, word for word', () => {
    const locales = { de, en } as Record<string, Record<string, { message: string }>>;
    const keys = [...Object.values(TYPE_LABEL_KEYS), ...Object.keys(de).filter((k) => k.startsWith('tooltip') && !de[k as keyof typeof de].message.includes('$'))];
    for (const language of DESCRIPTION_LANGUAGES)
      for (const key of keys) expect(cardText(language, key), `${language} ${key}`).toBe(locales[language]![key]!.message);
  });
});
