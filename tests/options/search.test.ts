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

  it('lists everything for an empty query', () => {
    expect(search('  ')).toHaveLength(DEFAULT_GLOSSARY.entries.length);
  });
});
