/**
 * Frames wait for text before Kontext starts in them. News pages carry many ad frames —
 * `about:blank` and `srcdoc` documents that scripts fill with images and more frames — and each
 * would get a whole Kontext: a port to the background, a scanner, a viewport probe that forces the
 * parent page's layout, a recovery timer. On the saved CNN page 19 such frames cost 170 of
 * Kontext's 210 ms, for no text at all. A frame starts once it has something to read.
 */
import { RunReader } from '../page/text-runs';
import type { Lifetime } from './lifetime';

/** How long a waiting frame's changes are collected before its text is looked at again. */
const RECHECK_MS = 500;

/** True if the document has a text run Kontext would read. */
export function hasReadableText(doc: Document): boolean {
  // Code counts here: whether Kontext reads it is a setting, known once it runs.
  return !!doc.body && new RunReader(doc.body, { includeCode: true }).next() !== null;
}

/** Calls `start` once `doc` has text to read — at once if it has — unless `lifetime` ends first. */
export function whenTextArrives(doc: Document, lifetime: Lifetime, start: () => void): void {
  if (hasReadableText(doc)) return start();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (lifetime.isDisposed || !hasReadableText(doc)) return;
      observer.disconnect();
      start();
    }, RECHECK_MS);
  });
  // The document itself, not its root element: `document.open()` replaces that.
  observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden'] });
  lifetime.add(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
