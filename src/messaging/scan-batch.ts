/** The matcher's side of a `scan` request, without the browser: used by the background service and the benchmark. */
import { guessLanguage } from '../match/language';
import type { Matcher } from '../match/matcher';
import { MentionFlag } from './protocol';

/**
 * The mentions in a batch of texts, flat (see `MentionsMessage.mentions`). Short aliases are all
 * reported, marked conditional: the page decides by document position whether their full name
 * came before. `language`: the page's (see `MatchSession.language`); where the page does not say,
 * the batch's text is asked (`guessLanguage`).
 */
export function scanBatch(matcher: Matcher, texts: readonly string[], language = ''): number[] {
  const mentions: number[] = [];
  const session = matcher.session({ keepConditional: true, language: language || guessLanguage(texts) });
  texts.forEach((text, index) => {
    for (const m of matcher.scan(text, session)) {
      const flags = (m.conditional ? MentionFlag.Conditional : 0) | (m.fuzzy ? MentionFlag.Fuzzy : 0);
      mentions.push(index, m.start, m.end, m.entry, flags);
    }
  });
  return mentions;
}

