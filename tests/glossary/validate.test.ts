import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { entryProblems, EntrySchema, isWebUrl } from '../../src/glossary/validate';
import { entry } from '../support/entries';

describe('entryProblems', () => {
  const others = [entry('planet-labs', 'Planet Labs', ['Planet Labs PBC'])];

  it('accepts a complete entry', () => {
    expect(entryProblems(entry('x', 'Xenon'), others)).toEqual([]);
  });

  it('explains an empty name, a bad or duplicate id and an empty description', () => {
    const bad = { ...entry('planet-labs', '  '), description: { de: '', en: 'x' } };
    expect(entryProblems(bad, others).map((p) => `${p.field}:${p.message}`)).toEqual([
      'id:errorIdDuplicate',
      'name:errorNameEmpty',
      'description.de:errorDescriptionEmpty',
    ]);
    expect(entryProblems(entry('Nope Nope', 'N'), others)[0]).toMatchObject({ field: 'id', message: 'errorIdFormat' });
  });

  it('refuses links that are not http or https', () => {
    const e = { ...entry('x', 'X'), sources: [{ label: 'Evil', url: 'javascript:alert(1)', asOf: '2026-01-01' }] };
    expect(entryProblems(e, others)).toEqual([{ field: 'sources.0.url', message: 'errorUrl', params: ['javascript:alert(1)'] }]);
    expect(isWebUrl('https://de.wikipedia.org/wiki/KN-23')).toBe(true);
    expect(isWebUrl('data:text/html,x')).toBe(false);
    expect(isWebUrl('/relative')).toBe(false);
  });

  it('asks for a missing link address instead of calling it a wrong one', () => {
    for (const url of ['', '  ', 'https://', 'http://']) {
      const e = { ...entry('x', 'X'), sources: [{ label: 'Quelle', url, asOf: '2026-01-01' }] };
      expect(entryProblems(e, others), JSON.stringify(url)).toEqual([{ field: 'sources.0.url', message: 'errorUrlMissing' }]);
    }
  });

  it('refuses a name that belongs to another entry', () => {
    expect(entryProblems(entry('y', 'Y', ['planet labs pbc']), others)[0]).toMatchObject({ message: 'errorAliasDuplicate' });
  });
});

describe('EntrySchema', () => {
  it('rejects unknown fields and types', () => {
    expect(v.safeParse(EntrySchema, { ...entry('x', 'X'), extra: 1 }).success).toBe(false);
    expect(v.safeParse(EntrySchema, { ...entry('x', 'X'), type: 'alien' }).success).toBe(false);
    expect(v.safeParse(EntrySchema, entry('x', 'X')).success).toBe(true);
  });
});
