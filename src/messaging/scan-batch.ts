/** The matcher's side of a `scan` request, without the browser: used by the background service and the benchmark. */
import type { Matcher } from '../match/matcher';
import { MentionFlag } from './protocol';

/**
 * The mentions in a batch of texts, flat (see `MentionsMessage.mentions`). Short aliases are all
 * reported, marked conditional: the page decides by document position whether their full name
 * came before. `language`: the page's (see `MatchSession.language`); `others`: what the page's
 * earlier batches named people (see `MatchSession.others`), kept up to date.
 */
export function scanBatch(matcher: Matcher, texts: readonly string[], language = '', others = new Set<string>()): number[] {
  const mentions: number[] = [];
  const session = matcher.session({ keepConditional: true, language, others });
  texts.forEach((text, index) => {
    for (const m of matcher.scan(text, session)) {
      const flags = (m.conditional ? MentionFlag.Conditional : 0) | (m.fuzzy ? MentionFlag.Fuzzy : 0);
      mentions.push(index, m.start, m.end, m.entry, flags);
    }
  });
  return mentions;
}

