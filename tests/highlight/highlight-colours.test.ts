/**
 * The highlight styles as a reader sees them: each type's underline must stand out from the page
 * whether the page is light or dark (a dark line vanishes on a dark page), and each type must keep
 * a colour and a line of its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/glossary/types';
import { ROOT } from '../support/paths';

const css = readFileSync(resolve(ROOT, 'src/highlight/highlights.css'), 'utf8');
/** The first rule for `::highlight(kontext-<type>)`, outside the media queries. */
function declarations(type: string): string {
  const match = new RegExp(`^::highlight\\(kontext-${type}\\) \\{([^}]*)\\}`, 'm').exec(css);
  expect(match, `a rule for kontext-${type}`).not.toBeNull();
  return match![1]!;
}

type Rgba = [number, number, number, number];
function parseColour(text: string): Rgba {
  const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(text);
  expect(match, `a colour in "${text}"`).not.toBeNull();
  return [Number(match![1]), Number(match![2]), Number(match![3]), match![4] === undefined ? 1 : Number(match![4])];
}
/** `colour` drawn over the opaque `page`. */
function over([r, g, b, a]: Rgba, page: Rgba): Rgba {
  return [r * a + page[0] * (1 - a), g * a + page[1] * (1 - a), b * a + page[2] * (1 - a), 1];
}
/** WCAG relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const WHITE: Rgba = [255, 255, 255, 1];
const DARK_PAGE: Rgba = [18, 18, 18, 1];

describe('highlight styles', () => {
  // One colour can be only so far from two grounds this far apart: about 2.6:1 from each, under
  // the person's strong yellow. A dark line (the first styles) stood at 1.4:1 on a dark page.
  it.each(ENTITY_TYPES)('draw the %s underline at 2.5:1 or more against a white page and against a dark one', (type) => {
    const decoration = /text-decoration: underline (\w+) (rgba?\([^)]*\))/.exec(declarations(type));
    expect(decoration, `kontext-${type} has an underline`).not.toBeNull();
    const line = parseColour(decoration![2]!);
    for (const page of [WHITE, DARK_PAGE]) {
      // The line is drawn over the type's tint, over the page.
      const ground = over(parseColour(/background-color: (rgba?\([^)]*\))/.exec(declarations(type))![1]!), page);
      expect(contrast(over(line, ground), ground), `kontext-${type} on ${page.join(',')}`).toBeGreaterThanOrEqual(2.5);
    }
  });

  it('give every type a tint and a line (style and thickness) of its own', () => {
    const tints = ENTITY_TYPES.map((type) => /background-color: (rgba?\([^)]*\))/.exec(declarations(type))![1]);
    const lines = ENTITY_TYPES.map((type) => /text-decoration: underline (\w+) rgba?\([^)]*\)( \d+px)?/.exec(declarations(type))!.slice(1).join(''));
    expect(new Set(tints).size).toBe(ENTITY_TYPES.length);
    expect(new Set(lines).size).toBe(ENTITY_TYPES.length);
  });
});
