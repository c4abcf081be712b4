import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from '../../src/glossary/default-glossary';
import { entrySearch } from '../../src/options/search';

const search = entrySearch(DEFAULT_GLOSSARY.entries);
const ids = (q: string) => search(q).map((e) => e.id);

describe('glossary search', () => {
  it('finds names despite typos, first', () => {
    expect(ids('plannet')[0]).toBe('planet-labs');
    expect(ids('plannet')).toHaveLength(1);
    expect(ids('Pjöngjang')[0]).toBe('pyongyang');
    expect(ids('Kim Jong-un')[0]).toBe('kim-jong-un');
  });

  it('finds words in descriptions without fuzzy noise', () => {
    const found = ids('Kurzstreckenrakete');
    expect(found).toEqual(expect.arrayContaining(['kn-23', 'kn-24']));
    expect(found).toHaveLength(2);
  });

  it('finds a name written without its spaces or accents, and takes no near names over it in a large glossary', () => {
    expect(ids('kimjong')[0]).toBe('kim-jong-un');
    const base = DEFAULT_GLOSSARY.entries[0]!;
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base, id: `nummer-${i}`, name: `Nummer ${i}`, aliases: [] }));
    const inMany = entrySearch(many);
    expect(inMany('Nummer123').map((e) => e.name)).toEqual(['Nummer 123', ...Array.from({ length: 10 }, (_, k) => `Nummer 123${k}`)]);
    // Near names only where no name holds the query.
    expect(inMany('Numer 2999').map((e) => e.name)).toContain('Nummer 2999');
  });

  it('lists everything for an empty query', () => {
    expect(search('  ')).toHaveLength(DEFAULT_GLOSSARY.entries.length);
  });
});
