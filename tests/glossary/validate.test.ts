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
    const bad = { ...entry('planet-labs', '  '), description: { de: '', en: ' ' } };
    expect(entryProblems(bad, others).map((p) => `${p.field}:${p.message}`)).toEqual([
      'id:errorIdDuplicate',
      'name:errorNameEmpty',
      'description.de:errorDescriptionEmpty',
      'description.en:errorDescriptionEmpty',
    ]);
    // A description in one language is enough (the card shows it on every page), and storage keeps it.
    const english = { ...entry('x', 'Xenon'), description: { de: '', en: 'A gas.' } };
    expect(entryProblems(english, others)).toEqual([]);
    expect(v.safeParse(EntrySchema, english).success).toBe(true);
    expect(v.safeParse(EntrySchema, { ...english, description: { de: ' ', en: '' } }).success).toBe(false);
    expect(entryProblems(entry('Nope Nope', 'N'), others)[0]).toMatchObject({ field: 'id', message: 'errorIdFormat' });
  });

  it('refuses the ids storage cannot keep, and names the matcher reads as another entry\'s or as nothing', () => {
    for (const id of ['prototype', 'constructor']) {
      expect(entryProblems(entry(id, 'Prototype'), others).map((p) => `${p.field}:${p.message}`)).toEqual(['id:errorIdReserved']);
      expect(v.safeParse(EntrySchema, entry(id, 'Prototype')).success).toBe(false);
    }
    // A zero-width space or another accent does not make a name new: the matcher reads both as one.
    expect(entryProblems(entry('x', 'Planet\u200BLabs'), others).map((p) => p.message)).toEqual(['errorAliasDuplicate']);
    expect(entryProblems(entry('x', 'Xenon', ['Plänet Labs PBC']), others).map((p) => p.message)).toEqual(['errorAliasDuplicate']);
    expect(entryProblems(entry('x', '\u200B\u200B'), others).map((p) => `${p.field}:${p.message}`)).toEqual(['name:errorAliasNoLetters']);
    expect(entryProblems(entry('x', 'Xenon', ['!!!']), others).map((p) => `${p.field}:${p.message}`)).toEqual(['aliases:errorAliasNoLetters']);
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

  it('refuses, field by field, what storage would refuse: too long, too many', () => {
    const long = { ...entry('x', 'Xenon', ['a'.repeat(201), 'Xe']), description: { de: 'd'.repeat(2001), en: 'e' }, match: { exclude: ['x'.repeat(201)] } };
    expect(entryProblems(long, others)).toEqual([
      { field: 'aliases', message: 'errorTooLong', params: ['200'] },
      { field: 'description.de', message: 'errorTooLong', params: ['2000'] },
      { field: 'match.exclude', message: 'errorTooLong', params: ['200'] },
    ]);
    const many = entry('x', 'Xenon', Array.from({ length: 101 }, (_, i) => `Xenon ${i}`));
    expect(entryProblems(many, others)).toEqual([{ field: 'aliases', message: 'errorTooMany', params: ['100'] }]);
    // Whatever the form accepts, storage keeps.
    for (const e of [long, many]) expect(v.safeParse(EntrySchema, e).success).toBe(false);
    expect(v.safeParse(EntrySchema, entry('x', 'Xenon', ['a'.repeat(200)])).success).toBe(true);
    expect(entryProblems(entry('x', 'Xenon', ['a'.repeat(200)]), others)).toEqual([]);
  });

  it('refuses a name of one letter among other signs, which would be found wherever that letter stands', () => {
    expect(entryProblems(entry('c', '(C)'), others)).toEqual([{ field: 'name', message: 'errorAliasSymbols', params: ['(C)'] }]);
    expect(entryProblems(entry('fs', 'F Sharp', ['F.']), others)).toEqual([{ field: 'aliases', message: 'errorAliasSymbols', params: ['F.'] }]);
    expect(entryProblems(entry('x', 'X', ['U.S.', '(Test)']), others)).toEqual([]);
    // (Signs at a name's end the matcher keeps: it finds `C++` only as written.)
    expect(entryProblems(entry('cpp', 'C++'), others)).toEqual([]);
    expect(entryProblems(entry('fs', 'F Sharp', ['F#']), others)).toEqual([]);
  });

  it('tells a name that ends in signs from its letters alone (`Disney+` and `Disney`)', () => {
    const media = [entry('disney', 'Disney'), entry('cpp', 'C++')];
    expect(entryProblems(entry('disney-plus', 'Disney+'), media)).toEqual([]);
    expect(entryProblems(entry('csharp', 'C#'), media)).toEqual([]);
    expect(entryProblems(entry('cpp2', 'c++'), media)).toMatchObject([{ message: 'errorAliasDuplicate' }]);
    expect(entryProblems(entry('disney2', 'DISNEY'), media)).toMatchObject([{ message: 'errorAliasDuplicate' }]);
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
