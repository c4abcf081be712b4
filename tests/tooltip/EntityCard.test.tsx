import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // The card declares the language it speaks, whatever the page's (`<html lang="cs">`).
    expect(en.getAttribute('lang')).toBe('en');
    expect(card(korea, 'de').getAttribute('lang')).toBe('de');
  });

  it('says so where it read a slip in the name, and only there', () => {
    const tr = (key: string, substitutions?: string[]) => `[${key}: ${substitutions?.join(' ') ?? ''}]`;
    render(<EntityCard entry={korea} language="de" t={tr} onClose={() => {}} slip="Nordkorae" />, root);
    expect(root.querySelector('.slip')!.textContent).toBe('[tooltipSlip: Nordkorae]');
    expect(card(korea, 'de').querySelector('.slip')).toBeNull();
  });

  it('shows the description of the other language where the author wrote one only', () => {
    const english = card({ ...korea, description: { de: '', en: 'A state in East Asia.' } }, 'de').querySelector('.description')!;
    expect(english.textContent).toBe('A state in East Asia.');
    expect(english.getAttribute('lang')).toBe('en');
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

  it('opens a source whose click the page cancelled, and only then', () => {
    const url = 'https://de.wikipedia.org/wiki/Nordkorea';
    const link = card({ ...korea, sources: [{ label: 'Wiki', url, asOf: '2026-11-25' }] }).querySelector('a')!;
    document.body.append(root);
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    // (Cancelled after the card saw it, so that the test environment does not follow the link.)
    const late = (event: Event) => event.preventDefault();
    document.addEventListener('click', late);
    try {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      expect(opened).not.toHaveBeenCalled();
      // A page that cancels clicks outside its own links, in the capture phase.
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('click', cancel, true);
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      document.removeEventListener('click', cancel, true);
      expect(opened).toHaveBeenCalledWith(url, '_blank', 'noopener,noreferrer');
    } finally {
      document.removeEventListener('click', late);
      opened.mockRestore();
      root.remove();
    }
  });
});
