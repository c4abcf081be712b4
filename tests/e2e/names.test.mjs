/**
 * How Kontext tells names from ordinary words and from other people, in the real pipeline (the
 * background's matcher, the page's document order), in Chromium and Firefox: a German politics
 * page (tests/e2e/fixtures/names/politik.html) with a glossary of its own.
 *
 * - `die Linke` is the party, `die linke Hand` is not; `Essen` is the city, `essen` is not.
 * - A slip in a short name (`Scholtz`) counts only after the page named the person, in document
 *   order, also when the name is in another paragraph; its card says it was read as a misspelling.
 * - `Martin Schulz` is not Olaf Scholz; `Melania Trump` is not Donald Trump, `Präsident Trump` is.
 * - `CDU/CSU` names the CSU; `der Europäischen Union` is the EU; `ein kalter Krieg` is no Cold War.
 * - On an English page (politics-en.html, `lang="en-GB"`) names take no bare genitive: `Fox’s` is
 *   Fox, `The Foxes` and `a Court of Appeals` are not Fox or the Court of Appeal.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './pages/article-page.mjs';
import { collectKontextErrors } from './support/kontext-errors.mjs';
import { glossaryEditsAdding, setExtensionStorage } from './support/extension-storage.mjs';
import { startSession } from './support/session.mjs';

const HOST = 'www.die-nachrichten.at';
const FIXTURES = resolve(import.meta.dirname, 'fixtures/names');

const person = (id, name, aliases) => ({ id, type: 'person', name, aliases, description: { de: `${name}.`, en: `${name}.` }, sources: [] });
const GLOSSARY = {
  entries: [
    person('scholz', 'Olaf Scholz', ['Scholz']),
    person('trump', 'Donald Trump', ['Trump']),
    { id: 'linke', type: 'organisation', name: 'Die Linke', aliases: ['Linke'], description: { de: 'Partei.', en: 'Party.' }, sources: [], match: { endings: ['n'] } },
    { id: 'essen', type: 'place', name: 'Essen', aliases: [], description: { de: 'Stadt.', en: 'City.' }, sources: [] },
    { id: 'csu', type: 'organisation', name: 'CSU', aliases: [], description: { de: 'Partei.', en: 'Party.' }, sources: [] },
    { id: 'eu', type: 'organisation', name: 'Europäische Union', aliases: ['European Union'], description: { de: 'EU.', en: 'EU.' }, sources: [] },
    { id: 'cold-war', type: 'event', name: 'Kalter Krieg', aliases: [], description: { de: 'Epoche.', en: 'Era.' }, sources: [] },
    { id: 'fox', type: 'organisation', name: 'Fox Corporation', aliases: ['Fox'], description: { de: 'Konzern.', en: 'Company.' }, sources: [] },
    { id: 'appeal', type: 'organisation', name: 'Court of Appeal', aliases: [], description: { de: 'Gericht.', en: 'Court.' }, sources: [] },
  ],
};

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s: names, words and people', (kind) => {
  /** @type {Awaited<ReturnType<typeof startSession>> | undefined} */
  let session;
  afterAll(async () => {
    await session?.close();
  });

  it('highlights the names, not the ordinary words, the slip before the name, or other people', async () => {
    session = await startSession(kind, { [HOST]: FIXTURES });
    await setExtensionStorage(session, { glossaryEdits: glossaryEditsAdding(GLOSSARY) });
    /** @type {ReturnType<typeof collectKontextErrors>} */
    let errors;
    const article = await ArticlePage.open(session.browser, session.server.url(HOST, '/politik.html'), {
      waitForHighlights: false,
      trackHighlights: true,
      beforeGoto: (tab) => {
        errors = collectKontextErrors(tab, session.extensionBaseUrl);
      },
    });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 15_000 });
    const ranges = (await article.highlightedRanges()).map((r) => `${r.name.replace('kontext-', '')}|${r.text}`);
    expect(ranges).toEqual([
      'person|Olaf Scholz',
      'place|Essen',
      'person|Donald Trump',
      'person|Scholtz',
      'organisation|die Linke',
      'person|Trump',
      'organisation|CSU',
      'organisation|Europäischen Union',
    ]);
    // The slip's card says it read the word as a misspelling; the name's card does not.
    await article.hover('Scholtz', { scope: '#after' });
    const slip = await article.waitForTooltip((c) => c.name === 'Olaf Scholz');
    expect(slip.slip).toBe('„Scholtz“ auf dieser Seite als Schreibfehler dieses Namens gelesen.');
    await article.unhover();
    await article.hover('Olaf Scholz', { scope: 'body' });
    const name = await article.waitForTooltip((c) => c.name === 'Olaf Scholz' && c.slip === null);
    expect(name.text).not.toContain('Schreibfehler');
    await article.unhover();
    expect(errors.list(), 'errors and warnings from Kontext').toEqual([]);
    errors.stop();
    await article.page.close();
  });

  it('reads an English page without the German bare genitive', async () => {
    const article = await ArticlePage.open(session.browser, session.server.url(HOST, '/politics-en.html'), {
      waitForHighlights: false,
      trackHighlights: true,
    });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 15_000 });
    const ranges = (await article.highlightedRanges()).map((r) => `${r.name.replace('kontext-', '')}|${r.text}`);
    expect(ranges).toEqual(['organisation|Fox', 'organisation|Fox’s', 'organisation|Court of Appeal', 'organisation|European Union', 'organisation|Europäische Union']);
    await article.page.close();
  });
});
