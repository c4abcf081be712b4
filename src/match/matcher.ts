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


export type SessionOptions = Pick<MatchSession, 'keepConditional' | 'language'>;

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
  const session = (options: SessionOptions = {}): MatchSession => ({ seen: new Set(), ...options });
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

/** Two lists of mentions, each sorted by start and not overlapping the other, as one sorted list. */
function merge(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
