/**
 * Searching the glossary in the options page: fuzzy (fuse.js) over names, so `plannet` finds
 * Planet Labs, and plain substring search over descriptions, which fuzzy matching would flood
 * with chance hits. Name hits come first, in fuse.js's order.
 */
import Fuse from 'fuse.js';
import type { Entry } from '../glossary/types';

export function entrySearch(entries: readonly Entry[]): (query: string) => Entry[] {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'names.de', weight: 3 },
      { name: 'names.en', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'id', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
  });
  return (query) => {
    const q = query.trim();
    if (q === '') return [...entries];
    const byName = fuse.search(q).map((r) => r.item);
    const needle = q.toLocaleLowerCase();
    const byText = entries.filter(
      (e) => !byName.includes(e) && (e.description.de + '\n' + e.description.en).toLocaleLowerCase().includes(needle),
    );
    return [...byName, ...byText];
  };
}
