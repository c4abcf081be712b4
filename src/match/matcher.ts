/**
 * The matcher: glossary in, text in, mentions out. Pure TypeScript (no DOM, no browser APIs), so
 * the content script, the tests, the benchmark and command-line tools all use the same code.
 *
 *   const matcher = createMatcher(glossary.entries);
 *   const session = matcher.session();        // one per page: remembers what was mentioned
 *   matcher.scan('Nordkoreas Raketen …', session);
 */
import type { Entry } from '../glossary/types';
import { AliasFlag, buildAliasIndex, type MatcherIndex } from './alias-index';
import { DEFAULT_FUZZY, FuzzyStage, type FuzzyOptions } from './fuzzy';
import { scanExact, WordSink, type MatchSession, type Mention } from './scan';

export type { Mention, MatchSession } from './scan';

export interface MatcherOptions {
  /** Fuzzy matching settings; `false` turns the fuzzy stage off. */
  fuzzy?: Partial<FuzzyOptions> | false;
}

export type SessionOptions = Pick<MatchSession, 'keepConditional' | 'language' | 'others'>;

export interface Matcher {
  readonly entries: readonly Entry[];
  readonly index: MatcherIndex;
  session(options?: SessionOptions): MatchSession;
  /** Mentions in `text`, sorted by start, never overlapping. */
  scan(text: string, session?: MatchSession): Mention[];
  /** The exact stage alone (for the benchmark). */
  scanExact(text: string, session?: MatchSession): Mention[];
  /**
   * The entries (by index) some of whose mentions count only after another mention of them: short
   * aliases (`afterFullName`) and slips in short names. Sessions that `keepConditional` report
   * those mentions `conditional`.
   */
  readonly heldEntries: readonly number[];
}

export function createMatcher(entries: readonly Entry[], options: MatcherOptions = {}): Matcher {
  const index = buildAliasIndex(entries);
  const fuzzy =
    options.fuzzy === false
      ? undefined
      : new FuzzyStage(
          index,
          entries.map((e) => e.match?.fuzzy),
          entries.map((e) => e.type === 'person'),
          { ...DEFAULT_FUZZY, ...options.fuzzy },
        );
  const session = (options: SessionOptions = {}): MatchSession => ({ seen: new Set(), others: new Set(), ...options });
  const words = new WordSink();

  const held = new Set(index.aliases.filter((a) => a.flags & AliasFlag.AfterFullName).map((a) => a.entry));
  if (fuzzy && fuzzy.size > 0) for (const entry of fuzzy.confirmedEntries) held.add(entry);

  return {
    entries,
    index,
    session,
    heldEntries: [...held],
    scanExact(text, s = session()) {
      return scanExact(index, text, s);
    },
    scan(text, s = session()) {
      if (!fuzzy || fuzzy.size === 0) return scanExact(index, text, s);
      words.count = 0;
      const exact = scanExact(index, text, s, [], words);
      const found = fuzzy.scan(text, words, s);
      return found.length === 0 ? exact : merge(exact, found);
    },
  };
}

/**
 * The exact and the fuzzy mentions, each sorted by start, as one sorted list. A fuzzy mention
 * overlaps exact ones only where it holds them (a slip in a longer name, `Isar Aerospase`): it
 * replaces them.
 */
function merge(exact: Mention[], fuzzy: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  for (const slip of fuzzy) {
    while (i < exact.length && exact[i]!.start < slip.start) out.push(exact[i++]!);
    out.push(slip);
    while (i < exact.length && exact[i]!.start < slip.end) i++;
  }
  while (i < exact.length) out.push(exact[i++]!);
  return out;
}
