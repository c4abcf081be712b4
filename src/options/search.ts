/**
 * Searching the glossary in the options page. Names (and other names, and ids) that hold the query
 * as the matcher reads it — case, accents, spaces and dashes aside: `kimjong`, `Pjongjang` — come
 * first, those starting with it before the rest. Only when no name holds it does fuse.js look for
 * near ones, so that `plannet` still finds Planet Labs; with thousands of entries its near hits
 * (every `Nummer 12…` for `Nummer123`) would bury the one meant. Then plain substring hits in
 * descriptions, which fuzzy matching would flood with chance hits.
 */
import Fuse from 'fuse.js';
import { foldKey } from '../match/fold';
import { entryNames, type Entry } from '../glossary/types';

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
  const keys = entries.map((entry) => [...entryNames(entry), entry.id].map(foldKey));
  return (query) => {
    const q = query.trim();
    if (q === '') return [...entries];
    const folded = foldKey(q);
    const starting: Entry[] = [];
    const holding: Entry[] = [];
    if (folded !== '') {
      entries.forEach((entry, i) => {
        const names = keys[i]!;
        if (names.some((name) => name.startsWith(folded))) starting.push(entry);
        else if (names.some((name) => name.includes(folded))) holding.push(entry);
      });
    }
    const byName = starting.length + holding.length > 0 ? [...starting, ...holding] : fuse.search(q).map((r) => r.item);
    const named = new Set(byName);
    const needle = q.toLocaleLowerCase();
    const byText = entries.filter((e) => !named.has(e) && (e.description.de + '\n' + e.description.en).toLocaleLowerCase().includes(needle));
    return [...byName, ...byText];
  };
}
