/**
 * A guess at the language of text that does not say (a page without `<html lang>`: the saved CNN
 * and Washington Post pages have none), from its commonest short words. German and English are
 * told apart, which is what the matcher needs (see `MatchSession.language`); anything else, or too
 * little text to tell, is left unknown. The matcher's rules read a session's language through
 * `primaryLanguage` and `isGerman`.
 */
import type { MatchSession } from './scan';

/** Words frequent in one language and rare in the other. */
const GERMAN = new Set(['der', 'die', 'das', 'und', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'auch', 'wurde']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'it', 'he', 'she', 'are', 'this', 'by']);
/** How much text is read at most, and how many telling words it needs. */
const MAX_CHARS = 20_000;
const MIN_WORDS = 12;
const WORD = /\p{L}+/gu;

/** `de`, `en`, or empty when the texts do not tell. */
export function guessLanguage(texts: readonly string[]): string {
  let german = 0;
  let english = 0;
  let read = 0;
  for (const text of texts) {
    const part = text.length + read > MAX_CHARS ? text.slice(0, MAX_CHARS - read) : text;
    for (const [word] of part.matchAll(WORD)) {
      const lower = word.toLowerCase();
      if (GERMAN.has(lower)) german++;
      else if (ENGLISH.has(lower)) english++;
    }
    read += part.length;
    if (read >= MAX_CHARS) break;
  }
  if (german + english < MIN_WORDS) return '';
  if (english > 3 * german) return 'en';
  if (german > 3 * english) return 'de';
  return '';
}

/** `de` of `de-AT`; empty when the session's language is not known. */
export function primaryLanguage(session: MatchSession): string {
  const tag = session.language ?? '';
  // Asked twice per text, and a page sends thousands of them: the last answer is kept.
  if (tag !== lastTag) {
    lastTag = tag;
    lastPrimary = tag.split(/[-_]/)[0]!.toLowerCase();
  }
  return lastPrimary;
}
let lastTag = '';
let lastPrimary = '';

/** True if the page is German, or of no known language (read as German, see `takesBareGenitive`). */
export function isGerman(session: MatchSession): boolean {
  const language = primaryLanguage(session);
  return language === 'de' || language === '';
}
