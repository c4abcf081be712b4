import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard } from '../../src/tooltip/EntityCard';
import { entry } from '../support/entries';

const t = (key: string) => `[${key}]`;
const root = document.createElement('div');
afterEach(() => render(null, root));

function card(e = entry('north-korea', 'North Korea', ['DPRK']), language: 'de' | 'en' = 'de') {
  render(<EntityCard entry={e} language={language} t={t} onClose={() => {}} />, root);
  return root.querySelector('[role="tooltip"]')!;
}

describe('EntityCard', () => {
  const korea = { ...entry('north-korea', 'North Korea', ['DPRK']), names: { de: 'Nordkorea' } };

  it('titles the card in the page language and lists the other names', () => {
    const de = card(korea, 'de');
    expect(de.querySelector('.name')!.textContent).toBe('Nordkorea');
    expect(de.querySelector('.aliases')!.textContent).toContain('North Korea · DPRK');
    expect(de.querySelector('.description')!.getAttribute('lang')).toBe('de');
    const en = card(korea, 'en');
    expect(en.querySelector('.name')!.textContent).toBe('North Korea');
    expect(en.querySelector('.aliases')!.textContent).toContain('Nordkorea · DPRK');
    expect(en.querySelector('.description')!.textContent).toBe('North Korea (en)');
  });

  it('links only http(s) sources, never giving the page a window handle', () => {
    const e = {
      ...korea,
      sources: [
        { label: 'Wiki', url: 'https://de.wikipedia.org/wiki/Nordkorea', asOf: '2026-11-25' },
        { label: 'Evil', url: 'javascript:alert(1)', asOf: '2026-11-25' },
      ],
    };
    const links = [...card(e).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://de.wikipedia.org/wiki/Nordkorea']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
  });
});
