/**
 * Which card a page gets, by its colours where the mention is (`pageIsDark`): a dark card on a
 * dark page, a light one on a light page, whatever the system's scheme.
 */
import { describe, expect, it } from 'vitest';
import { pageIsDark } from '../../src/tooltip/tooltip-host';

function page(html: string): Text {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = html;
  return document.getElementById('mention')!.firstChild as Text;
}

describe('pageIsDark', () => {
  it('reads the first background that is not transparent above the mention', () => {
    expect(pageIsDark(document, page('<div style="background-color: rgb(17, 17, 17)"><p><b id="mention">Hamhung</b></p></div>'))).toBe(true);
    expect(pageIsDark(document, page('<div style="background-color: rgb(250, 250, 245)"><p><b id="mention">Hamhung</b></p></div>'))).toBe(false);
    // A light box on a dark page: the box is what the card stands beside.
    const light = page('<div style="background-color: rgb(255, 255, 255)"><p id="mention">Hamhung</p></div>');
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageIsDark(document, light)).toBe(false);
    // A see-through tint is looked through.
    const tinted = page('<p id="mention" style="background-color: rgba(255, 255, 255, 0.1)">Hamhung</p>');
    document.body.style.backgroundColor = 'rgb(20, 24, 28)';
    expect(pageIsDark(document, tinted)).toBe(true);
  });

  it('takes a page without any background for light, unless it declares a dark colour scheme only', () => {
    expect(pageIsDark(document, page('<p id="mention">Hamhung</p>'))).toBe(false);
    const mention = page('<p id="mention">Hamhung</p>');
    document.documentElement.style.colorScheme = 'dark';
    expect(pageIsDark(document, mention)).toBe(true);
    document.documentElement.removeAttribute('style');
  });
});
