/**
 * The matcher: glossary in, text in, mentions out. Pure TypeScript (no DOM, no browser APIs), so
 * the content script, the tests, the benchmark and command-line tools all use the same code.
 *
 *   const matcher = createMatcher(glossary.entries);
 *   const session = matcher.session();        // one per page: remembers what was mentioned
 *   matcher.scan('Nordkoreas Raketen …', session);
 */
import type { Entry } from '../glossary/types';
import { buildAliasIndex, type MatcherIndex } from './alias-index';
import { DEFAULT_FUZZY, FuzzyStage, type FuzzyOptions } from './fuzzy';
import { scanExact, type MatchSession, type Mention, type WordSink } from './scan';

export type { Mention, MatchSession } from './scan';

export interface MatcherOptions {
  /** Fuzzy matching settings; `false` turns the fuzzy stage off. */
  fuzzy?: Partial<FuzzyOptions> | false;
}


export interface Matcher {
  readonly entries: readonly Entry[];
  readonly index: MatcherIndex;
  session(options?: { keepConditional?: boolean }): MatchSession;
  /** Mentions in `text`, sorted by start, never overlapping. */
  scan(text: string, session?: MatchSession): Mention[];
  /** The exact stage alone (for the benchmark). */
  scanExact(text: string, session?: MatchSession): Mention[];
}

export function createMatcher(entries: readonly Entry[], options: MatcherOptions = {}): Matcher {
  const index = buildAliasIndex(entries);
  const fuzzy =
    options.fuzzy === false
      ? undefined
      : new FuzzyStage(
          index,
          entries.map((e) => e.match?.fuzzy),
          { ...DEFAULT_FUZZY, ...options.fuzzy },
        );
  const session = (options: { keepConditional?: boolean } = {}): MatchSession => ({ seen: new Set(), ...options });

  return {
    entries,
    index,
    session,
    scanExact(text, s = session()) {
      return scanExact(index, text, s);
    },
    scan(text, s = session()) {
      if (!fuzzy || fuzzy.size === 0) return scanExact(index, text, s);
      const words: WordSink = { starts: [], ends: [] };
      const exact = scanExact(index, text, s, [], words);
      const found = fuzzy.scan(text, words);
      if (found.length === 0) return exact;
      for (const m of found) s.seen.add(m.entry);
      return [...exact, ...found].sort((a, b) => a.start - b.start);
    },
  };
}
