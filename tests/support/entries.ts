import type { Entry, MatchRules } from '../../src/glossary/types';

/** A glossary entry with placeholder texts, for tests that only care about names and rules. */
export function entry(id: string, name: string, aliases: string[] = [], match?: MatchRules, type: Entry['type'] = 'other'): Entry {
  return {
    id,
    type,
    name,
    aliases,
    description: { de: `${name} (de)`, en: `${name} (en)` },
    sources: [],
    ...(match ? { match } : {}),
  };
}
