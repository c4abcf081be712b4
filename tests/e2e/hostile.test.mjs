/**
 * Kontext on pages that make life hard for an extension, in Chromium and Firefox. The pages are
 * tests/e2e/fixtures/hostile/*.html, served as http://www.die-nachrichten.at/<name>.html (a news
 * domain of the manifest); the default glossary is used (Kim Jong Un, Planet Labs, Moskau …).
 *
 * - react-style: an app that keeps references to the text nodes it made, writes to them and
 *   replaces whole subtrees; its own consistency checks must pass, and Kontext must follow it.
 * - infinite-scroll: 50 articles appended while the reader scrolls; the late ones are highlighted,
 *   also after a glossary edit has the page read again.
 * - ticker: one text node rewritten every 100 ms for 10 s; Kontext's script time stays small.
 * - churn: 300 rows rewritten every frame (and the whole board every tenth) for 5 s; Kontext
 *   backs off to a small share of the time, and highlights the board once it settles.
 * - shadow-iframe: open shadow roots (nested, with a slot), a closed one, a same-origin iframe and
 *   a srcdoc iframe, a sandboxed one; a component defined late, and a theme switch that replaces the roots' sheets.
 * - comment-form: input, textarea and a contenteditable editor: nothing highlighted inside, and
 *   typing (glossary names included) works.
 * - spa: a single-page app; a story opened with pushState is read as an article (not the sidebar),
 *   like the story loaded on its own, and the back button brings the front page back.
 * - dialog: a consent dialog (opening a second after load) and a newsletter dialog hide the page
 *   around the article (aria-hidden on its wrapper); once closed, the story is highlighted again.
 * - story-dialog: a front page opens a story in a modal dialog (no new URL): the story becomes the
 *   scope; once the dialog closes (the element stays), the front page is read again, and the story
 *   once it is shown again.
 * - front-consent: a front page (read whole) with a consent banner and a consent dialog added a
 *   second later: neither is highlighted.
 * - ticker again: switched to design mode ("edit this page"), the page loses its highlights, and
 *   typing draws none; switched back, it is read anew.
 * - lightbox: a mention in a modal dialog gets its card in the dialog's top layer, usable.
 * - read-more: the rest of a story shown at a click is highlighted, its comments shown so are not.
 * - drag: a native drag of a draggable teaser closes the card on its mention.
 * - lookalike: the page's own div[data-kontext-tooltip] with a closed shadow root survives Kontext's start.
 * - evicts: the page removes what is added to <html> and wipes added elements' styles, or also removes what
 *   is added to <body>; cards still open.
 * - banner: a consent banner shown as a manual popover (top layer) does not cover the card; a page
 *   that styles every ::backdrop is not dimmed while a card is open.
 * - rewritten: the page writes itself anew after load (document.open() erases every listener); it
 *   is read again and its cards open.
 * - dossier: 400 paragraphs, about 4,800 mentions; moving the pointer over them costs Kontext little
 *   (Chromium's profiler), and the card opens.
 * - fights-back: the page stops pointer and key events, forges the events of WXT's content-script context (one ends it), defines
 *   a custom element named like a tooltip host, turns right to left, zooms and transforms its root;
 *   Kontext goes on, and its card is the page's to see but not to read, left to right, at its mention.
 * - long-story: after an entry is deleted, a pointer resting on a mention gets its own card.
 * - url-churn: a long story that writes the reading position into its URL every 100 ms for 10 s;
 *   a new URL with the same view is not read again (Kontext's script time stays small).
 * - clearing: the page calls CSS.highlights.clear() and takes over a kontext-* name, then empties every highlight; Kontext's
 *   highlights come back, and the page's own highlight is left alone.
 * - one-text: 6,000 mentions in one text node of one tall element; the near-viewport window still works.
 * - ad-swap: an ad script replaces (or moves to the side rail) the slot after each of 600 paragraphs every 5 ms
 *   while Kontext reads; a component with a shadow tree rewrites its light text.
 * - many-mentions: 18,000 mentions, then long stretches without any; only those near the viewport
 *   are registered, and scrolling brings the others in (the reader sees every one highlighted, and
 *   the tooltip works there).
 * - columns-list: past that many mentions, a long list in three CSS columns: every item on screen,
 *   in every column, is highlighted.
 * Last, in Chromium: uninstalling the extension while a page is open.
 *
 * Every test also checks that nothing Kontext logs is an error or warning and nothing it runs throws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './pages/article-page.mjs';
import { OptionsPage, waitFor } from './pages/options-page.mjs';
import { startKontextProfiler } from './support/kontext-cpu.mjs';
import { collectKontextErrors } from './support/kontext-errors.mjs';
import { evaluateInClosedShadowRoot } from './support/closed-shadow.mjs';
import { builtExtensionDir, startSession } from './support/session.mjs';

const HOST = 'www.die-nachrichten.at';
const HOSTILE = resolve(import.meta.dirname, 'fixtures/hostile');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * In the page: which occurrences of `names` (whole words, as written) in the text under
 * `rootSelector` are highlighted by a range that starts exactly there, which are not, and how
 * many of Kontext's ranges point into text that is no longer in the document (stale).
 * @returns {{ found: number, missing: string[], stale: number, ranges: number }}
 */
function coverageInPage(rootSelector, names) {
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`no ${rootSelector}`);
  const starts = new Map();
  let stale = 0;
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
    for (const r of highlight) {
      ranges++;
      if (!r.startContainer.isConnected) {
        stale++;
        continue;
      }
      const list = starts.get(r.startContainer) ?? [];
      list.push(r.startOffset);
      starts.set(r.startContainer, list);
    }
  }
  const word = /[\p{L}\p{N}]/u;
  const missing = [];
  let found = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const name of names) {
      for (let i = n.data.indexOf(name); i >= 0; i = n.data.indexOf(name, i + 1)) {
        const before = n.data[i - 1];
        const after = n.data[i + name.length];
        if ((before && word.test(before)) || (after && word.test(after))) continue;
        found++;
        if (!(starts.get(n) ?? []).includes(i)) missing.push(`${name} in ${JSON.stringify(n.data.slice(0, 70))}`);
      }
    }
  }
  return { found, missing, stale, ranges };
}

/** In the page: the text of every kontext-* range by where it starts (#app, #sidebar, elsewhere), sorted, and how many are stale. */
function regionsInPage() {
  const out = { main: [], sidebar: [], other: [], stale: 0 };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
    for (const r of highlight) {
      if (!r.startContainer.isConnected) {
        out.stale++;
        continue;
      }
      const text = r.startContainer === r.endContainer ? r.startContainer.data.slice(r.startOffset, r.endOffset) : '<several nodes>';
      const el = r.startContainer.parentElement;
      (el?.closest('#app') ? out.main : el?.closest('#sidebar') ? out.sidebar : out.other).push(text);
    }
  }
  for (const list of [out.main, out.sidebar, out.other]) list.sort();
  return out;
}

/**
 * Runs `start` in the page and waits until `done` holds there (at most 15 s), with Kontext's script
 * time profiled meanwhile: `{ wall, cpu }` (`cpu` null in Firefox, see `startKontextProfiler`).
 */
async function profileWhile(session, page, start, done, what) {
  const profiler = await startKontextProfiler(page, session.extensionBaseUrl);
  const started = Date.now();
  await page.evaluate(start);
  await waitFor(() => page.evaluate(done), Boolean, { timeout: 15_000, interval: 250, what });
  const wall = Date.now() - started;
  return { wall, cpu: await profiler?.stop() };
}

/** In the page (or a frame): the text of every kontext-* range and whether it lies in a shadow tree. */
function rangesInPage() {
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
    for (const r of highlight) {
      const range = document.createRange();
      let text = '';
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        text = range.toString();
      } catch {
        // a range across shadow boundaries cannot be set on a live Range
        text = r.startContainer === r.endContainer ? r.startContainer.data.slice(r.startOffset, r.endOffset) : '<cross-node>';
      }
      const rootNode = r.startContainer.getRootNode();
      out.push({ name, text, inShadow: rootNode instanceof ShadowRoot, host: rootNode instanceof ShadowRoot ? rootNode.host.localName : null });
    }
  }
  return out;
}

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s: hostile pages', (kind) => {
  /** @type {Promise<Awaited<ReturnType<typeof startSession>>> | undefined} */
  let setup;
  const ready = () => (setup ??= startSession(kind, { [HOST]: HOSTILE }));
  /** @type {(() => Promise<void>)[]} */
  const cleanups = [];

  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => {});
    const session = await setup?.catch(() => undefined);
    await session?.close();
  });

  /** Opens a hostile page with the highlight tracker and Kontext's error collector. */
  async function open(name, options = {}) {
    const session = await ready();
    /** @type {ReturnType<typeof collectKontextErrors>} */
    let errors;
    const article = await ArticlePage.open(session.browser, session.server.url(HOST, `/${name}.html${options.query ?? ''}`), {
      waitForHighlights: false,
      trackHighlights: true,
      ...options,
      beforeGoto: async (tab) => {
        errors = collectKontextErrors(tab, session.extensionBaseUrl);
        await options.beforeGoto?.(tab);
      },
    });
    const close = async () => {
      errors.stop();
      await article.page.close().catch(() => {});
    };
    cleanups.push(close);
    return { session, article, page: article.page, errors: () => errors.list(), close };
  }

  it('React-style page: its own consistency checks pass, and Kontext follows its text updates and re-renders', async () => {
    const { page, article, errors, close } = await open('react-style');
    await article.waitForStableHighlights({ quietMs: 300, timeout: 10_000 }).catch(() => {}); // it never stops changing
    await sleep(3000);
    const names = await page.evaluate(() => window.__app.names);
    const consistency = await page.evaluate(() => window.__consistency);
    console.log(`[${kind}] react-style after ~3 s: ${JSON.stringify(consistency)}`);
    expect(consistency.errors, "the app's own consistency errors").toEqual([]);
    expect(consistency.ok).toBe(true);
    expect(consistency.renders, 're-renders of the story list').toBeGreaterThanOrEqual(4);
    expect(consistency.updates, 'text updates through kept references').toBeGreaterThanOrEqual(20);

    // Twice: stop the app, give Kontext a moment, and check that the DOM as it is now is covered.
    for (const round of [1, 2]) {
      await page.evaluate(() => window.__app.pause());
      const coverage = await waitFor(
        () => page.evaluate(coverageInPage, '#app', names),
        (c) => c.missing.length === 0 && c.stale === 0,
        { timeout: 3000, what: 'highlights on the rendered mentions' },
      ).catch(async () => page.evaluate(coverageInPage, '#app', names));
      expect(coverage.found, `round ${round}: mentions rendered`).toBeGreaterThanOrEqual(8);
      expect(coverage.missing, `round ${round}: rendered mentions without a highlight`).toEqual([]);
      expect(coverage.stale, `round ${round}: ranges left on replaced text`).toBe(0);
      await page.evaluate(() => window.__app.resume());
      await sleep(1500);
    }
    const after = await page.evaluate(() => window.__consistency);
    expect(after.errors).toEqual([]);
    expect(after.ok).toBe(true);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a page with 18,000 mentions: those near the viewport are registered, and scrolling brings the rest, also into sparse parts', async () => {
    const { page, article, errors, close } = await open('many-mentions');
    const NAMES = ['Kim Jong Un', 'Moskau', 'Pjöngjang'];
    /** In the page: registered kontext ranges, and how the paragraphs on screen are covered. */
    const inView = () =>
      page.evaluate((names) => {
        const starts = new Map();
        let ranges = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
          for (const r of highlight) {
            ranges++;
            starts.set(r.startContainer, [...(starts.get(r.startContainer) ?? []), r.startOffset]);
          }
        }
        let shown = 0;
        const missing = [];
        for (const p of document.querySelectorAll('#story p:not(.filler)')) {
          const box = p.getBoundingClientRect();
          if (box.bottom < 0 || box.top > innerHeight) continue;
          const text = p.firstChild;
          for (const name of names) {
            if ((starts.get(text) ?? []).includes(text.data.indexOf(name))) shown++;
            else missing.push(`${name} in ${p.dataset.n}`);
          }
        }
        const first = document.querySelector('#story p').firstChild;
        return { ranges, shown, missing, firstRegistered: starts.has(first) };
      }, NAMES);

    await article.waitForStableHighlights({ quietMs: 1000, timeout: 30_000 });
    const top = await inView();
    console.log(`[${kind}] many mentions, at the top: ${top.ranges} ranges registered, ${top.shown} mentions on screen highlighted`);
    expect(top.missing, 'mentions on screen without a highlight').toEqual([]);
    expect(top.shown).toBeGreaterThan(10);
    expect(top.ranges, 'ranges registered (only those near the viewport)').toBeLessThan(3000);

    // Jump into the middle of the dense part: the paragraphs there become highlighted, the top ones not.
    await page.evaluate(() => document.querySelector('#story p[data-n="3000"]').scrollIntoView({ block: 'center' }));
    const middle = await waitFor(inView, (v) => v.shown > 10 && v.missing.length === 0, { timeout: 5000, what: 'highlights after scrolling' }).catch(inView);
    console.log(`[${kind}] many mentions, in the middle: ${middle.ranges} ranges registered, ${middle.shown} mentions on screen highlighted`);
    expect(middle.missing, 'mentions on screen after scrolling without a highlight').toEqual([]);
    expect(middle.firstRegistered, 'the first paragraph, far above, still registered').toBe(false);
    expect(middle.ranges).toBeLessThan(3000);

    // Far down, where mentions are sparse: the reader is inside a run of marks whose first and last
    // lie many screens away.
    await page.evaluate(() => document.querySelector('#story p[data-n="10000"]').scrollIntoView({ block: 'center' }));
    const sparse = await waitFor(inView, (v) => v.shown > 0 && v.missing.length === 0, { timeout: 5000, what: 'highlights in the sparse part' }).catch(inView);
    console.log(`[${kind}] many mentions, sparse part: ${sparse.ranges} ranges registered, ${sparse.shown} mentions on screen highlighted`);
    expect(sparse.missing, 'mentions on screen in the sparse part without a highlight').toEqual([]);
    expect(sparse.shown).toBe(3);
    await page.evaluate(() => document.querySelector('#story p[data-n="1500"]').scrollIntoView({ block: 'center' }));
    await sleep(500);

    // The tooltip works on a mention that was registered by scrolling.
    const mention = await article.visibleMention();
    expect(mention, 'a visible highlighted mention').not.toBeNull();
    await article.hoverAt(mention);
    const card = await article.waitForTooltip();
    expect(NAMES.some((n) => card.text.includes(n.split(' ')[0]))).toBe(true);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('infinite scroll: all 50 appended articles get their mentions highlighted, also after a glossary edit', async () => {
    const { session, page, article, errors, close } = await open('infinite-scroll');
    await article.waitForStableHighlights({ quietMs: 500, timeout: 10_000 });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const added = await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.__feed.added;
      });
      if (added >= 50) break;
      if (Date.now() > deadline) throw new Error(`only ${added} of 50 articles were appended`);
      await page.mouse.wheel({ deltaY: 2000 }).catch(() => {});
      await sleep(150);
    }
    const progress = await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const perArticle = await page.evaluate(() => {
      const counts = {};
      for (const el of document.querySelectorAll('#feed article')) counts[el.dataset.n] = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
        for (const r of highlight) {
          const n = r.startContainer.parentElement?.closest('#feed article')?.dataset.n;
          if (n !== undefined) counts[n]++;
        }
      }
      return counts;
    });
    const without = Object.entries(perArticle).filter(([, count]) => count === 0).map(([n]) => Number(n));
    console.log(
      `[${kind}] infinite scroll: ${Object.keys(perArticle).length} articles appended, ${without.length} without highlights` +
        `${without.length ? ` (${without.join(', ')})` : ''}; all highlights stable ${Math.round(progress.lastChange)} ms after navigation`,
    );
    expect(Object.keys(perArticle).length).toBe(50);
    expect(without, 'appended articles without any highlight').toEqual([]);
    const NAMES = ['Kim Jong Un', 'Planet Labs', 'Sam Lair', 'Moskau', 'Pjöngjang', 'Hamhung', 'Kiew', 'Russland', 'Nordkorea', 'Ukraine'];
    const coverage = await page.evaluate(coverageInPage, 'main', NAMES);
    expect(coverage.missing.slice(0, 10), `mentions without a highlight (${coverage.missing.length} of ${coverage.found})`).toEqual([]);

    // A glossary edit has the page read again: the appended stories stay in the scope.
    await page.evaluate(() => (window.__before = CSS.highlights.get('kontext-person')));
    const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
    await options.editDescription('kim-jong-un', 'Machthaber Nordkoreas (e2e: geändert, während der Feed offen war).');
    await options.close();
    await page.bringToFront();
    await waitFor(() => page.evaluate(() => CSS.highlights.get('kontext-person') !== window.__before), Boolean, { timeout: 10_000, what: 'the feed read again after the glossary edit' });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const again = await page.evaluate(coverageInPage, 'main', NAMES);
    expect(again.found).toBe(coverage.found);
    expect(again.missing.slice(0, 10), `after the glossary edit, mentions without a highlight (${again.missing.length} of ${again.found})`).toEqual([]);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('single-page app: a story opened with pushState is read as an article (the sidebar stays clean), reading on keeps both stories, and Back brings the front page back', async () => {
    const { session, page, errors, close } = await open('spa');
    const regions = () => page.evaluate(regionsInPage);
    const view = (name) => waitFor(() => page.evaluate(() => window.__spa.view), (v) => v === name, { timeout: 5000, what: `the ${name} view` });
    const settled = (predicate, what) => waitFor(regions, predicate, { timeout: 10_000, interval: 200, what }).catch(regions);

    // The front page has no article: the whole page is read, the sidebar too.
    const front = await settled((r) => r.main.length >= 2 && r.sidebar.length >= 2, 'highlights on the front page');
    expect(front.main).toEqual(['Kim Jong Un', 'Planet Labs']);
    expect(front.sidebar).toEqual(['Moskau', 'Pjöngjang', 'Planet Labs']);

    // A story opened in the app: read like the same story loaded on its own — the article only.
    await page.click('.teaser a');
    await view('story');
    const story = await settled((r) => r.main.includes('KN-23') && r.sidebar.length === 0 && r.stale === 0, 'the story read as an article');
    const alone = await page.browser().newPage();
    await alone.goto(session.server.url(HOST, '/spa.html?story=hamhung'));
    const aloneRegions = await waitFor(
      () => alone.evaluate(() => CSS.highlights.size),
      (size) => size > 0,
      { timeout: 10_000, what: 'highlights on the story loaded on its own' },
    ).then(() => sleep(1500)).then(() => alone.evaluate(regionsInPage));
    await alone.close();
    console.log(`[${kind}] spa: front ${front.main.length}+${front.sidebar.length} (main+sidebar), story ${story.main.length}+${story.sidebar.length}, story loaded alone ${aloneRegions.main.length}+${aloneRegions.sidebar.length}`);
    expect(story.main.length, 'mentions in the story').toBeGreaterThanOrEqual(8);
    expect(story.sidebar, 'highlights in the sidebar of the story').toEqual([]);
    expect(story.stale, 'ranges left on the front page').toBe(0);
    expect(story.main, 'the story as when loaded on its own').toEqual(aloneRegions.main);
    expect(aloneRegions.sidebar).toEqual([]);

    // Reading on: the next story is appended and its URL replaces the first's. Both stories stay
    // highlighted (the first is not dropped from the scope by the navigation), the sidebar clean.
    await page.evaluate(() => window.__spa.readOn());
    const next = await settled((r) => r.main.includes('Sam Lair') && r.main.includes('KN-23'), 'the next story');
    await sleep(2000); // the navigation's rescan, when the location watcher polls (Firefox)
    const both = await regions();
    console.log(`[${kind}] spa: after reading on ${both.main.length}+${both.sidebar.length}`);
    expect(both.main.length, 'mentions in both stories').toBeGreaterThanOrEqual(story.main.length + 8);
    expect(both.main.filter((t) => t === 'KN-23'), 'the first story still highlighted').toEqual(['KN-23']);
    expect(both.sidebar).toEqual([]);
    expect(both).toEqual(next);

    // Back to the front page (popstate): the whole page again, nothing left of the stories. (As the
    // reader's Back, not `page.goBack()`, which in Firefox ESR 140 waits for a load that a history
    // step within the document never brings.)
    await page.evaluate(() => history.back());
    await view('front');
    const back = await settled((r) => r.main.length >= 2 && r.sidebar.length >= 2 && r.stale === 0, 'the front page again');
    expect(back).toEqual(front);

    // A jump to an anchor is no new view: the page is not read again (its highlights stay the same objects).
    await page.evaluate(() => (window.__registered = [...CSS.highlights].filter(([name]) => name.startsWith('kontext-'))));
    await page.evaluate(() => (location.hash = '#sidebar'));
    await sleep(2000);
    expect(await page.evaluate(() => window.__registered.length), 'highlights registered before the jump').toBeGreaterThan(0);
    const kept = await page.evaluate(() => window.__registered.every(([name, highlight]) => CSS.highlights.get(name) === highlight));
    expect(kept, 'the same highlights registered after a jump to an anchor').toBe(true);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("live ticker: a text node rewritten every 100 ms for 10 s stays correctly highlighted, at little CPU", async () => {
    const { session, page, article, errors, close } = await open('ticker', { volatileText: [/^\+\+\+ .* \+\+\+$/] });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const { wall, cpu } = await profileWhile(session, page, () => window.__startTicker(10_000, 100), () => window.__ticker.done, 'the ticker to finish');
    const ticker = await page.evaluate(() => window.__ticker);
    console.log(
      `[${kind}] ticker: ${ticker.rewrites} rewrites in ${wall} ms; Kontext script time ` +
        (cpu
          ? `${cpu.kontextMs.toFixed(1)} ms (${((cpu.kontextMs / wall) * 100).toFixed(2)} % of the time), longest stretch ${cpu.longestTaskMs.toFixed(1)} ms, ${cpu.stretches} stretches`
          : 'n/a (Firefox: no attribution of script time to the extension over WebDriver BiDi)'),
    );
    expect(ticker.rewrites).toBeGreaterThanOrEqual(80);
    if (cpu) expect(cpu.kontextMs, "Kontext's script time while the ticker ran (ms)").toBeLessThan(0.05 * wall);

    // The ticker's last text is highlighted exactly, and no range is left on older text.
    await sleep(500);
    const names = ['Kim Jong Un', 'Moskau', 'Planet Labs', 'Pjöngjang', 'Russland'];
    const coverage = await page.evaluate(coverageInPage, '#ticker', names);
    expect(coverage.missing, `ticker text ${JSON.stringify(ticker.text)}`).toEqual([]);
    const tickerRanges = await page.evaluate(() => {
      const node = document.getElementById('ticker').firstChild;
      const out = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
        for (const r of highlight) if (r.startContainer === node) out.push(node.data.slice(r.startOffset, r.endOffset));
      }
      return out;
    });
    expect(coverage.found, 'names in the last ticker text').toBe(2);
    expect(tickerRanges.filter((t) => !names.includes(t)), 'ranges in the ticker that are not a name (left from older text)').toEqual([]);
    expect(tickerRanges.length).toBe(coverage.found);
    const dump = await article.textNodeDump();
    expect(dump.changed, 'text nodes removed or changed (the ticker masked)').toEqual([]);
    expect(dump.now).toEqual(dump.before);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a story whose URL follows the reader (replaceState every 100 ms for 10 s) is not read again each time, keeps its highlights, and its cards open', async () => {
    const { session, page, article, errors, close } = await open('url-churn');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 20_000 });
    const before = await page.evaluate(rangesInPage);
    const { wall, cpu } = await profileWhile(session, page, () => window.__startUrlChurn(10_000, 100), () => window.__urlChurn.done, 'the URL changes to end');
    const changes = await page.evaluate(() => window.__urlChurn.changes);
    console.log(
      `[${kind}] url-churn: ${changes} URL changes in ${wall} ms; Kontext script time ` +
        (cpu
          ? `${cpu.kontextMs.toFixed(1)} ms (${((cpu.kontextMs / wall) * 100).toFixed(2)} % of the time), longest stretch ${cpu.longestTaskMs.toFixed(1)} ms`
          : 'n/a (Firefox: no attribution of script time to the extension over WebDriver BiDi)'),
    );
    expect(changes).toBeGreaterThanOrEqual(80);
    if (cpu) expect(cpu.kontextMs, "Kontext's script time while the URL changed (ms)").toBeLessThan(0.05 * wall);
    await sleep(1500);
    const after = await page.evaluate(rangesInPage);
    expect(after.length, 'highlights after the URL changes').toBe(before.length);
    // A card opens, and stays open, while the URL goes on changing.
    await page.evaluate(() => window.__startUrlChurn(4_000, 100));
    await article.hover('Hamhung', { scope: '#story' });
    await article.waitForTooltip((c) => c.name === 'Hamhung');
    await sleep(1500);
    expect((await article.tooltip())?.name, 'the card, 1.5 s on while the URL changes').toBe('Hamhung');
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a log of 6,000 mentions in one text node registers only those near the viewport, and those wherever the reader scrolls', async () => {
    const { page, article, errors, close } = await open('one-text');
    /** In the page: registered kontext ranges, and the mentions on screen without one. */
    const inView = () =>
      page.evaluate(() => {
        const text = document.getElementById('log')?.firstChild;
        if (!text) return { ranges: 0, shown: 0, missing: ['the log itself'] };
        const starts = new Set();
        let ranges = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
          for (const r of highlight) {
            ranges++;
            if (r.startContainer === text) starts.add(r.startOffset);
          }
        }
        // Only the text about the viewport is looked at: measuring all 6,000 mentions took seconds.
        const box = document.getElementById('log').getBoundingClientRect();
        const offsetAt = (y) => document.caretPositionFromPoint(box.left + 5, Math.min(Math.max(y, box.top + 2, 2), box.bottom - 2, innerHeight - 2))?.offset ?? -1;
        const first = offsetAt(0);
        const last = offsetAt(innerHeight);
        if (first < 0 || last < 0) return { ranges, shown: 0, missing: ['no caret position on screen'] };
        const from = Math.max(0, first - 200);
        const to = last + 200;
        const probe = document.createRange();
        let shown = 0;
        const missing = [];
        for (const name of ['Kim Jong Un', 'Hamhung']) {
          for (let at = text.data.indexOf(name, from); at >= 0 && at < to; at = text.data.indexOf(name, at + 1)) {
            probe.setStart(text, at);
            probe.setEnd(text, at + name.length);
            const box = probe.getBoundingClientRect();
            if (box.bottom < 0 || box.top > innerHeight) continue;
            if (starts.has(at)) shown++;
            else missing.push(`${name} at ${at}`);
          }
        }
        return { ranges, shown, missing };
      });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 30_000 });
    const top = await waitFor(inView, (v) => v.shown > 10 && v.missing.length === 0, { timeout: 5000, what: 'the mentions on screen to be highlighted' }).catch(inView);
    console.log(`[${kind}] one text node, at the top: ${top.ranges} ranges registered, ${top.shown} mentions on screen highlighted`);
    expect(top.missing, 'mentions on screen without a highlight').toEqual([]);
    expect(top.ranges, 'ranges registered (only those near the viewport)').toBeLessThan(2000);
    for (const at of [0.5, 0.97]) {
      await page.evaluate((at) => window.scrollTo(0, at * document.documentElement.scrollHeight), at);
      const there = await waitFor(inView, (v) => v.shown > 10 && v.missing.length === 0, { timeout: 5000, what: 'highlights after scrolling' }).catch(inView);
      expect(there.missing, `mentions on screen without a highlight at ${at * 100} % of the page`).toEqual([]);
      expect(there.shown).toBeGreaterThan(10);
      expect(there.ranges).toBeLessThan(2000);
    }
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a long list in CSS columns on a page with thousands of mentions is highlighted in every column on screen', async () => {
    const { page, article, errors, close } = await open('columns-list');
    /** In the page: per column of the list, how many items on screen are highlighted, of how many. */
    const inView = () =>
      page.evaluate(() => {
        const starts = new Set();
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
          for (const r of highlight) starts.add(r.startContainer);
        }
        const columns = new Map();
        for (const li of document.querySelectorAll('#list li')) {
          const box = li.getBoundingClientRect();
          if (box.bottom < 0 || box.top > innerHeight) continue;
          const column = columns.get(Math.round(box.left)) ?? { shown: 0, all: 0 };
          column.all++;
          if (starts.has(li.firstChild)) column.shown++;
          columns.set(Math.round(box.left), column);
        }
        return [...columns.values()];
      });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 30_000 });
    for (const at of [0.2, 0.5]) {
      await page.evaluate((at) => {
        const list = document.getElementById('list');
        window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + at * list.offsetHeight);
      }, at);
      const columns = await waitFor(inView, (c) => c.length === 3 && c.every((x) => x.all > 5 && x.shown === x.all), { timeout: 5000, what: 'every column on screen highlighted' }).catch(inView);
      console.log(`[${kind}] columns list at ${at * 100} %: ${columns.map((c) => `${c.shown}/${c.all}`).join(', ')}`);
      expect(columns.length, 'columns on screen').toBe(3);
      for (const column of columns) expect(column.shown, 'items on screen highlighted in a column').toBe(column.all);
    }
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('moving the pointer over a long dossier (about 4,800 mentions, those near the viewport registered) costs Kontext little, and the card opens there', async () => {
    const { session, page, article, errors, close } = await open('dossier');
    await article.waitForStableHighlights({ quietMs: 1500, timeout: 30_000 });
    // Those near the viewport are registered (see `MarkWindow`): the pointer moves over them.
    const mentions = (await page.evaluate(rangesInPage)).length;
    expect(mentions, 'mentions highlighted near the viewport').toBeGreaterThan(100);
    await page.mouse.move(700, 300);
    const profiler = await startKontextProfiler(page, session.extensionBaseUrl);
    const started = Date.now();
    // Two seconds of a reader's pointer zig-zagging over the text, a move per frame or so.
    for (let i = 0; i < 120; i++) await page.mouse.move(300 + ((i * 37) % 500), 200 + ((i * 53) % 500));
    const wall = Date.now() - started;
    const cpu = await profiler?.stop();
    console.log(
      `[${kind}] dossier: ${mentions} mentions registered, 120 pointer moves in ${wall} ms; Kontext script time ` +
        (cpu ? `${cpu.kontextMs.toFixed(1)} ms (${((cpu.kontextMs / wall) * 100).toFixed(1)} %), longest stretch ${cpu.longestTaskMs.toFixed(1)} ms` : 'n/a (Firefox)'),
    );
    // (Asking the browser which highlights lie under the pointer at every move took 71 % of the time.)
    if (cpu) expect(cpu.kontextMs, "Kontext's script time while the pointer moved (ms)").toBeLessThan(0.15 * wall);
    await article.hover('Planet Labs', { scope: '#body', occurrence: 2 });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a dialog that hides the page around the article leaves it highlighted once closed, each time', async () => {
    const { page, errors, close } = await open('dialog');
    const names = ['Kim Jong Un', 'Moskau', 'Hamhung', 'Planet Labs', 'Pjöngjang', 'Russland', 'KN-23'];
    const coverage = () => page.evaluate(coverageInPage, '#story', names);
    await waitFor(coverage, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story to be highlighted at load' });
    // The consent dialog opens a second after load and hides the page around the story.
    await waitFor(() => page.evaluate(() => window.__consentShown === true), Boolean, { timeout: 5_000, interval: 100, what: 'the consent dialog' });
    await waitFor(coverage, (c) => c.ranges === 0, { timeout: 5_000, interval: 100, what: 'the highlights to go while the consent dialog hides the page' });
    await page.click('#accept');
    const shown = await waitFor(coverage, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story to be highlighted after consent' });
    expect(shown.found).toBe(9);
    await page.evaluate(() => window.__openNewsletter());
    await waitFor(coverage, (c) => c.ranges === 0, { timeout: 5_000, interval: 100, what: 'the highlights to go while the newsletter dialog hides the page' });
    await page.click('#dismiss');
    const again = await waitFor(coverage, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story to be highlighted again' });
    expect(again.stale).toBe(0);
    expect(again.ranges).toBe(again.found);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a story opened in a dialog over a front page becomes the scope, and the front page is read again once the dialog closes', async () => {
    const { page, errors, close } = await open('story-dialog');
    const names = ['Kim Jong Un', 'Hamhung', 'Planet Labs', 'Moskau', 'Pjöngjang', 'Russland', 'KN-23'];
    const front = () => page.evaluate(coverageInPage, '#front', names);
    await waitFor(front, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the front page to be read whole at load' });
    await page.click('#open');
    const story = () => page.evaluate(coverageInPage, '#story', names);
    await waitFor(story, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story in the dialog to be highlighted' });
    // The story is the scope now: the teasers behind the dialog lost their marks.
    await waitFor(front, (c) => c.missing.length === c.found, { timeout: 5_000, interval: 100, what: 'the teasers to be left out while the story is open' });
    // Closed (not removed: the page keeps the dialog), the story is no longer shown. Before, the
    // scope stayed on it and the front page stayed bare.
    await page.click('#close');
    const again = await waitFor(front, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the front page to be read again once the dialog closed' });
    expect(again.stale).toBe(0);
    expect(await page.evaluate(() => document.getElementById('story').isConnected)).toBe(true);
    // Shown again, the story is the scope again.
    await page.evaluate(() => document.getElementById('open').click());
    await waitFor(front, (c) => c.missing.length === c.found, { timeout: 5_000, interval: 100, what: 'the teasers to be left out once the story is shown again' });
    expect((await story()).missing).toEqual([]);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it.each([false, true])('a story the page shows a moment after load becomes the scope once shown (rendered anew before: %s): the side rail read meanwhile is left again', async (anew) => {
    const { page, errors, close } = await open('late-story');
    const names = ['Kim Jong Un', 'Hamhung', 'Planet Labs', 'Moskau', 'Pjöngjang', 'Russland', 'KN-23'];
    const rail = () => page.evaluate(coverageInPage, '#rail', names);
    // While the story is hidden, the scope is what is shown around it (the rail with it).
    await waitFor(rail, (c) => c.found > 0 && c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the rail to be read while the story is hidden' });
    if (anew) {
      await page.evaluate(() => window.__renderStoryAnew());
      await sleep(1500);
    }
    await page.evaluate(() => window.__showStory());
    const story = await waitFor(() => page.evaluate(coverageInPage, '#story', names), (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story to be highlighted once shown' });
    expect(story.found).toBeGreaterThanOrEqual(20);
    await waitFor(rail, (c) => c.missing.length === c.found, { timeout: 5_000, interval: 100, what: 'the rail to be left out once the story is shown' });
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a story kept in two copies (wide screens, phones), both shown a moment after load: the wide copy becomes the scope, the side rail read meanwhile is left again', async () => {
    const { page, errors, close } = await open('late-story-copies');
    const names = ['Kim Jong Un', 'Hamhung', 'Planet Labs', 'Moskau', 'Pjöngjang', 'Russland', 'KN-23'];
    const rail = () => page.evaluate(coverageInPage, '#rail', names);
    await waitFor(rail, (c) => c.found > 0 && c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the rail to be read while the story is hidden' });
    await page.evaluate(() => window.__showStory());
    const story = await waitFor(() => page.evaluate(coverageInPage, '#wide', names), (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the wide copy to be highlighted once shown' });
    expect(story.found).toBeGreaterThanOrEqual(20);
    await waitFor(rail, (c) => c.missing.length === c.found, { timeout: 5_000, interval: 100, what: 'the rail to be left out once the story is shown' });
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a front page read whole leaves its consent banner and a consent dialog added later unhighlighted', async () => {
    const { page, errors, close } = await open('front-consent');
    const names = ['Kim Jong Un', 'Hamhung', 'Planet Labs', 'Moskau', 'Pjöngjang', 'Russland', 'KN-23'];
    const front = () => page.evaluate(coverageInPage, '#front', names);
    await waitFor(front, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the front page to be highlighted' });
    await waitFor(() => page.evaluate(() => window.__lateConsent === true), Boolean, { timeout: 5_000, interval: 100, what: 'the late consent dialog' });
    // Long enough for the late dialog to be read, were it read.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const banner = await page.evaluate(coverageInPage, '#onetrust-banner-sdk', names);
    const dialog = await page.evaluate(coverageInPage, '#didomi-host', names);
    expect(banner.found).toBeGreaterThan(0);
    expect(banner.missing.length, 'names in the consent banner left unhighlighted').toBe(banner.found);
    expect(dialog.found).toBeGreaterThan(0);
    expect(dialog.missing.length, 'names in the late consent dialog left unhighlighted').toBe(dialog.found);
    expect((await front()).missing).toEqual([]);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a page switched to design mode (an "edit this page" tool) loses its highlights until switched back', async () => {
    const { page, errors, close } = await open('ticker');
    const names = ['Kim Jong Un', 'Moskau', 'Hamhung', 'Planet Labs', 'Pjöngjang', 'Russland'];
    const coverage = () => page.evaluate(coverageInPage, 'article', names);
    await waitFor(coverage, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the story to be highlighted at load' });
    await page.evaluate(() => (document.designMode = 'on'));
    await waitFor(coverage, (c) => c.ranges === 0, { timeout: 5_000, interval: 100, what: 'the highlights to go in design mode' });
    // Typing a name in the editable page draws nothing.
    await page.click('article h1');
    await page.keyboard.type(' Nordkorea ');
    await sleep(1500);
    expect((await coverage()).ranges, 'ranges in design mode').toBe(0);
    await page.evaluate(() => (document.designMode = 'off'));
    const back = await waitFor(coverage, (c) => c.missing.length === 0, { timeout: 5_000, interval: 100, what: 'the highlights to come back' });
    expect(back.stale).toBe(0);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a page that never stops changing (300 rows rewritten every frame) gets little of Kontext\'s time, and is right once it settles', async () => {
    const { session, page, article, errors, close } = await open('churn');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const { wall, cpu } = await profileWhile(session, page, () => window.__startChurn(5_000), () => window.__churn.done, 'the churn to end');
    const frames = await page.evaluate(() => window.__churn.frames);
    console.log(
      `[${kind}] churn: ${frames} frames of 300 rewritten rows in ${wall} ms; Kontext script time ` +
        (cpu
          ? `${cpu.kontextMs.toFixed(1)} ms (${((cpu.kontextMs / wall) * 100).toFixed(2)} % of the time), longest stretch ${cpu.longestTaskMs.toFixed(1)} ms`
          : 'n/a (Firefox: no attribution of script time to the extension over WebDriver BiDi)'),
    );
    expect(frames).toBeGreaterThanOrEqual(50);
    // Following every frame's changes at once took 9–10 % of the time on the CI machine; backing
    // off (a twentieth at most) about 5 %.
    if (cpu) expect(cpu.kontextMs, "Kontext's script time while the page churned (ms)").toBeLessThan(0.07 * wall);

    // Within the longest back-off, the board's final text is highlighted exactly, with no range
    // left on text the page replaced.
    const names = ['Kim Jong Un', 'Moskau', 'Planet Labs', 'Hamhung', 'KN-23', 'Pjöngjang', 'Russland'];
    const coverage = await waitFor(
      () => page.evaluate(coverageInPage, '#board', names),
      (c) => c.missing.length === 0 && c.stale === 0,
      { timeout: 5_000, interval: 250, what: 'the final board to be highlighted' },
    );
    expect(coverage.found, 'names on the final board').toBe(210);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('open shadow roots (nested, slotted) and same-origin, srcdoc and sandboxed srcdoc iframes are highlighted in their own documents', async () => {
    const { page, article, errors, close } = await open('shadow-iframe', {
      beforeGoto: (tab) =>
        tab.evaluateOnNewDocument(() => {
          // The open shadow roots' markup as the page made it, to compare afterwards.
          addEventListener('load', () => {
            const out = [];
            const walk = (root) => {
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { out.push(el.shadowRoot.innerHTML); walk(el.shadowRoot); }
            };
            walk(document);
            window.__shadowBefore = out;
          });
        }),
    });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    await sleep(500); // the frames have their own Kontext
    const main = await page.evaluate(rangesInPage);
    const shadowTexts = main.filter((r) => r.inShadow).map((r) => `${r.host}: ${r.text}`).sort();
    const lightTexts = main.filter((r) => !r.inShadow).map((r) => r.text);
    const frames = {};
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const heading = await frame.evaluate(() => document.querySelector('h2')?.textContent).catch(() => null);
      const key = frame.url().endsWith('/shadow-iframe-frame.html') ? 'same-origin' : frame.url() !== 'about:srcdoc' ? frame.url() : heading === 'Eilmeldung' ? 'sandboxed' : 'srcdoc';
      frames[key] = (await frame.evaluate(rangesInPage).catch((e) => [{ text: `<error: ${e.message}>` }])).map((r) => r.text).sort();
    }
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('news-card')].map((card) => ({
        card: card.shadowRoot.adoptedStyleSheets.length,
        quote: card.shadowRoot.querySelector('news-quote')?.shadowRoot.adoptedStyleSheets.length ?? null,
      })),
    );
    console.log(`[${kind}] shadow/iframe: shadow ranges ${JSON.stringify(shadowTexts)}; light ${JSON.stringify(lightTexts)}; frames ${JSON.stringify(frames)}; adopted sheets ${JSON.stringify(sheets)}`);

    expect(lightTexts, 'the slotted light-DOM text').toContain('Kiew');
    expect(shadowTexts, 'mentions inside the open shadow roots').toEqual([
      'news-card: Hamhung',
      'news-card: Hamhung',
      'news-card: Planet Labs',
      'news-card: Planet Labs',
      'news-quote: Kim Jong Un',
    ]);
    expect(sheets.every((s) => s.card >= 1 && (s.quote === null || s.quote >= 1)), 'highlight styles adopted in each open shadow root').toBe(true);
    expect(frames['same-origin'], 'same-origin iframe').toEqual(expect.arrayContaining(['Hamhung', 'Kim Jong Un', 'Nordkorea', 'Russland']));
    expect(frames.srcdoc, 'srcdoc iframe').toEqual(expect.arrayContaining(['Kiew', 'Ukraine']));
    expect(frames.sandboxed, 'sandboxed srcdoc iframe').toEqual(expect.arrayContaining(['Moskau', 'Pjöngjang']));

    const shadowNow = await page.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { out.push(el.shadowRoot.innerHTML); walk(el.shadowRoot); }
      };
      walk(document);
      return { now: out, before: window.__shadowBefore };
    });
    expect(shadowNow.now, "the shadow roots' markup").toEqual(shadowNow.before);
    const dump = await article.textNodeDump();
    expect(dump.changed).toEqual([]);
    expect(dump.now).toEqual(dump.before);

    await article.armTeardownProbe();
    const left = await article.leaveAndReadTeardown(`http://${HOST}/not-here`);
    expect(left.registry, 'kontext-* highlights left at pagehide').toEqual({});
    expect(left.adoptedSheets, 'style sheets left in open shadow roots at pagehide').toBe(0);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a card opened in a small same-origin frame (a ticker box, a fact box) fits in the frame, and can be read by scrolling it', async () => {
    const { page, article, errors, close } = await open('shadow-iframe');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    await page.evaluate(() => {
      const frame = document.getElementById('same-origin');
      frame.style.height = '110px';
      frame.scrollIntoView({ block: 'center' });
    });
    const frame = page.frames().find((f) => f.url().endsWith('/shadow-iframe-frame.html'));
    const box = await page.evaluate(() => JSON.parse(JSON.stringify(document.getElementById('same-origin').getBoundingClientRect())));
    const word = await waitFor(
      () =>
        frame.evaluate(() => {
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('kontext-')) continue;
            for (const registered of highlight) {
              // (Registered as static ranges: a live one is made to measure.)
              const range = document.createRange();
              range.setStart(registered.startContainer, registered.startOffset);
              range.setEnd(registered.endContainer, registered.endOffset);
              const rect = range.getClientRects()[0];
              if (rect && rect.top >= 0 && rect.bottom <= innerHeight) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
            }
          }
          return null;
        }),
      Boolean,
      { timeout: 5_000, interval: 200, what: 'a mention in view in the frame' },
    );
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + 1 + word.x, box.y + 1 + word.y, { steps: 4 });
    const card = await waitFor(
      () =>
        frame.evaluate(() => {
          const host = document.querySelector('[data-kontext-tooltip]');
          if (!host || getComputedStyle(host).display === 'none' || getComputedStyle(host).visibility === 'hidden') return null;
          const rect = host.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, viewport: innerHeight };
        }),
      Boolean,
      { timeout: 5_000, interval: 100, what: "the frame's card" },
    );
    expect(card.top, 'card top in the frame').toBeGreaterThanOrEqual(0);
    expect(card.bottom, `card bottom in a frame ${card.viewport} px tall`).toBeLessThanOrEqual(card.viewport + 1);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a component defined late has its shadow root read, and a theme switch that replaces a root\'s sheets gets the highlight styles back', async () => {
    const { page, article, errors, close } = await open('shadow-iframe');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const late = () => page.evaluate(rangesInPage).then((ranges) => ranges.filter((r) => r.host === 'late-quote').map((r) => r.text));
    expect(await late()).toEqual([]);
    await page.evaluate(() => window.__defineLate());
    expect(await waitFor(late, (texts) => texts.length > 0, { timeout: 5_000, interval: 200, what: 'the late component to be read' })).toEqual(['Pjöngjang']);
    const sheets = () => page.evaluate(() => [...document.querySelectorAll('news-card')].map((card) => card.shadowRoot.adoptedStyleSheets.length));
    expect(await sheets()).toEqual([1, 1]);
    await page.evaluate(() => window.__darkTheme());
    expect(await waitFor(sheets, (n) => n.every((x) => x === 2), { timeout: 5_000, interval: 200, what: "Kontext's sheet back beside the theme's" })).toEqual([2, 2]);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("the rest of a story shown at a click is highlighted, and the comments shown so inside the article are not", async () => {
    const { page, article, errors, close } = await open('read-more');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    await page.click('#more');
    await page.click('#show-comments');
    await waitFor(() => article.highlightNamesOn('Planet Labs', { scope: '#rest' }), (names) => names.length > 0, { timeout: 5_000, interval: 200, what: 'the rest to be highlighted' });
    await sleep(1000);
    expect(await article.highlightNamesOn('Moskau', { scope: '#comments' }), 'highlights in the comments').toEqual([]);
    expect(await article.highlightNamesOn('Planet Labs', { scope: '#comments' }), 'highlights in the comments').toEqual([]);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a mention in a modal dialog (a lightbox) opens its card above the dialog, where it can be used', async () => {
    const { page, article, errors, close } = await open('lightbox');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    await page.click('#enlarge');
    await waitFor(() => article.highlightNamesOn('Hamhung', { scope: '#lightbox' }), (names) => names.length > 0, { timeout: 5_000, interval: 200, what: 'the caption in the dialog to be highlighted' });
    await article.hover('Hamhung', { scope: '#lightbox' });
    const card = await article.waitForTooltip((c) => (c.name ?? '').includes('Hamhung'));
    // The card is on top: the page's hit test at its centre finds the tooltip's host, not the dialog or its backdrop.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-kontext-tooltip'), { x: card.box.x + card.box.width / 2, y: card.box.y + card.box.height / 2 });
    expect(hit, "the tooltip's host on top").toBe(true);
    expect(await article.tooltipHost()).toMatchObject({ count: 1, parent: 'dialog' });
    // Closed, the card's host is not left behind in the page's dialog.
    await article.unhover();
    await waitFor(() => article.tooltipHost(), (host) => host?.parent === 'html', { timeout: 5_000, interval: 100, what: "the tooltip's host back at the document's root" });
    // A gallery component whose dialog is in its shadow tree, the caption slotted in: the card opens
    // there too, and stays open while the pointer moves onto it.
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getElementById('gallery').open());
    await article.hover('Hamhung', { scope: '#gallery-caption' });
    // (The host is in the component's shadow tree, with its dialog: the page sees it there.)
    const galleryCard = () =>
      page.evaluate(() => {
        const host = document.getElementById('gallery').shadowRoot.querySelector('div[data-kontext-tooltip]');
        if (!host) return null;
        const box = host.getBoundingClientRect();
        return { shown: getComputedStyle(host).display !== 'none' && box.width > 0, x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
    const inGallery = await waitFor(galleryCard, (card) => !!card?.shown, { timeout: 5_000, interval: 100, what: 'the card in the gallery dialog' });
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, inGallery)).toBe('x-gallery');
    await page.mouse.move(inGallery.x, inGallery.y, { steps: 4 });
    await sleep(800);
    expect((await galleryCard())?.shown, 'the card with the pointer on it').toBe(true);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("a card opens above the page's consent banner in the top layer, and a page that styles every backdrop is not dimmed by it", async () => {
    const { page, article, errors, close } = await open('banner');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    await article.hover('Planet Labs', { scope: '#lead' });
    const card = await article.waitForTooltip((c) => c.name === 'Planet Labs');
    const bannerTop = await page.evaluate(() => document.getElementById('consent').getBoundingClientRect().top);
    expect(card.box.y + card.box.height, 'the card reaches into the banner').toBeGreaterThan(bannerTop + 20);
    // The page's own hit test where the card and the banner overlap finds the card's host.
    const onTop = ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-kontext-tooltip') ?? false;
    const overlap = { x: card.box.x + card.box.width / 2, y: (Math.max(card.box.y, bannerTop) + card.box.y + card.box.height) / 2 };
    expect(await page.evaluate(onTop, overlap), 'the card above the banner').toBe(true);
    // The banner opened again after the card: the next card goes above it once more.
    await article.unhover();
    await waitFor(() => article.tooltip(), (c) => c === null, { timeout: 5_000, interval: 100, what: 'the card to close' });
    await page.evaluate(() => {
      const banner = document.getElementById('consent');
      banner.hidePopover();
      banner.showPopover();
    });
    await article.hover('Planet Labs', { scope: '#lead' });
    const again = await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(await page.evaluate(onTop, { x: again.box.x + again.box.width / 2, y: again.box.y + again.box.height - 10 }), 'the card above the banner shown again').toBe(true);

    // A site that keeps one popover open (its menu): a card away from the menu is no popover, and
    // the menu stays open.
    await article.unhover();
    await waitFor(() => article.tooltip(), (c) => c === null, { timeout: 5_000, interval: 100, what: 'the card to close' });
    await page.evaluate(() => {
      document.getElementById('consent').hidePopover();
      window.__exclusivePopovers();
      document.getElementById('menu').showPopover();
    });
    await article.hover('Planet Labs', { scope: '#lead' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(await page.evaluate(() => ({ menu: document.getElementById('menu').matches(':popover-open'), closed: window.__closedByPage })), "the page's menu").toEqual({ menu: true, closed: [] });
    await page.evaluate(() => {
      document.getElementById('menu').hidePopover();
      window.__exclusive = false;
    });
    // A site that styles every `::backdrop`, its banner shown again: the card above the banner must
    // not put a grey veil over the page.
    await article.unhover();
    await waitFor(() => article.tooltip(), (c) => c === null, { timeout: 5_000, interval: 100, what: 'the card to close' });
    await page.evaluate(() => {
      window.__styleBackdrops();
      document.getElementById('consent').showPopover();
    });
    const corner = { x: 2, y: 2, width: 4, height: 4 };
    const before = await page.screenshot({ clip: corner, encoding: 'base64' });
    await article.hover('Planet Labs', { scope: '#lead' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(await page.screenshot({ clip: corner, encoding: 'base64' }), "the page's corner while the card is open").toBe(before);

    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a native drag of a teaser closes the card on its mention', async () => {
    const { page, article, errors, close } = await open('drag');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const box = await article.hover('Kim Jong Un', { scope: '#item' });
    await article.waitForTooltip((c) => c.name === 'Kim Jong Un');
    const drop = await page.evaluate(() => {
      const r = document.getElementById('drop').getBoundingClientRect();
      return { x: r.x + 60, y: r.y + 60 };
    });
    await page.mouse.down();
    try {
      await page.mouse.move(box.x - 30, box.y + box.height / 2 + 20, { steps: 5 });
      await page.mouse.move(drop.x, drop.y, { steps: 8 });
      expect(await page.evaluate(() => window.__dragStarted), 'the drag began').toBe(true);
      await waitFor(() => article.tooltip(), (c) => c === null, { timeout: 3_000, interval: 100, what: 'the card to close when the drag began' });
    } finally {
      await page.mouse.up();
    }
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("a page's own widget built like Kontext's card host is left alone when Kontext starts", async () => {
    const { page, article, errors, close } = await open('lookalike');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    expect(await page.evaluate(() => document.getElementById('widget')?.isConnected ?? false), "the page's widget").toBe(true);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it.each(['', '?body'])("a page that takes whatever is added to <html> out again and wipes added elements' styles (or also takes out what is added to <body>: %s) still gets its cards, next to their mentions", async (query) => {
    const { page, article, errors, close } = await open('evicts', { query });
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    for (const name of ['Planet Labs', 'Hamhung']) {
      const box = await article.hover(name, { scope: '#lead' });
      const card = await article.waitForTooltip((c) => (c.name ?? '').includes(name));
      const gapBelow = card.box.y - (box.y + box.height);
      const gapAbove = box.y - (card.box.y + card.box.height);
      expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove)), `${name}: card next to the word`).toBeLessThan(20);
      await article.unhover();
      await waitFor(() => article.tooltip(), (c) => c === null, { timeout: 5_000, interval: 100, what: 'the card to close' });
    }
    expect(await page.evaluate(() => window.__evicted), 'times the page took the host out').toBeGreaterThan(query ? 1 : 0);
    if (!query) expect(await page.evaluate(() => window.__wiped), "times the page wiped the host's style").toBeGreaterThan(0);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('after an entry is deleted, a pointer resting on a mention gets its own card, never another entry\'s', async () => {
    const { session, page, article, errors, close } = await open('long-story');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 30_000 });
    const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
    // (`browser` in Firefox, where `chrome` answers with callbacks only.)
    const saved = await options.page.evaluate(() => (globalThis.browser ?? chrome).storage.local.get('glossaryEdits'));
    try {
      await page.bringToFront();
      const box = await article.locate('Planet Labs', { scope: '#p0' });
      await article.unhover();
      // `kn-23` comes first in the glossary: deleting it shifts every other entry's number by one.
      await options.page.evaluate((edits) => (globalThis.browser ?? chrome).storage.local.set({ glossaryEdits: { upserts: {}, ...edits, deleted: [...(edits?.deleted ?? []), 'kn-23'] } }), saved.glossaryEdits);
      await page.bringToFront();
      await sleep(150);
      await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 2 });
      const seen = [];
      for (let k = 0; k < 25; k++) {
        await sleep(150);
        seen.push((await article.tooltip())?.name ?? 'none');
      }
      expect(seen.filter((name) => name !== 'Planet Labs' && name !== 'none'), 'cards of other entries over "Planet Labs"').toEqual([]);
      expect(seen.at(-1), 'the card under the resting pointer once the page is read again').toBe('Planet Labs');
    } finally {
      await options.page.evaluate((value) => {
        const storage = (globalThis.browser ?? chrome).storage.local;
        return value === undefined ? storage.remove('glossaryEdits') : storage.set({ glossaryEdits: value });
      }, saved.glossaryEdits);
      await options.close();
    }
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a pagehide the page fires itself does not switch Kontext off', async () => {
    const { page, article, errors, close } = await open('ticker');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const before = (await page.evaluate(rangesInPage)).length;
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    await sleep(500);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Später: Planet Labs meldet neue Bilder aus Hamhung.';
      document.querySelector('article').append(p);
    });
    await waitFor(() => page.evaluate(rangesInPage), (ranges) => ranges.length === before + 2, { timeout: 5_000, interval: 200, what: 'the paragraph added after the fake pagehide to be highlighted' });
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("a page that turns Kontext's machinery against it: pointer events stopped, WXT's events forged, a custom element of a host's name, right to left, a zoomed or transformed root", async () => {
    const { session, page, article, errors, close } = await open('fights-back');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const before = (await page.evaluate(rangesInPage)).length;
    expect(before, 'mentions highlighted').toBeGreaterThanOrEqual(6);
    // The events of WXT's content-script context carry the extension's id: its runtime id.
    const id = kind === 'chromium' ? session.extensionId : JSON.parse(readFileSync(resolve(builtExtensionDir('firefox'), 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
    await page.evaluate((id) => window.__switchOff(id), id);
    await sleep(1500);
    expect((await page.evaluate(rangesInPage)).length, 'highlights after the forged events').toBe(before);
    await page.evaluate(() => document.querySelector('article').insertAdjacentHTML('beforeend', '<p>Später: Planet Labs meldet neue Bilder aus Hamhung.</p>'));
    await waitFor(() => page.evaluate(rangesInPage), (ranges) => ranges.length === before + 2, { timeout: 5_000, interval: 200, what: 'a paragraph added after the forged events to be highlighted' });
    // The card opens, in a host the page's custom element never touches: nothing to read for it.
    await article.hover('Planet Labs', { scope: 'article' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(await page.evaluate(() => ({ constructed: window.__constructed, leaked: window.__leaked() }))).toEqual({ constructed: 0, leaked: null });
    // On a right-to-left page the card still reads left to right.
    await article.unhover();
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await article.hover('Planet Labs', { scope: 'article' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    const direction = await evaluateInClosedShadowRoot(page, 'div[data-kontext-tooltip]', (root) => getComputedStyle(root.querySelector('.card')).direction);
    expect(direction, "the card's direction on a right-to-left page").toBe('ltr');
    // Esc closes it, though the page stops key events too.
    await page.keyboard.press('Escape');
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 3_000, interval: 100, what: 'the card to close on Esc' });
    // A page that zooms or transforms its root moves what is fixed in it: the card is still at its mention.
    for (const rule of ['html { zoom: 1.5 }', 'html { transform: translateZ(0) } body { padding-bottom: 2000px }']) {
      await page.evaluate((rule) => {
        document.getElementById('fights-back-style')?.remove();
        document.head.insertAdjacentHTML('beforeend', `<style id="fights-back-style">${rule}</style>`);
        scrollTo(0, 120);
      }, rule);
      await article.hover('Planet Labs', { scope: 'article' });
      await article.waitForTooltip((c) => c.name === 'Planet Labs');
      const mention = await article.locate('Planet Labs', { scope: 'article' });
      const { box } = await article.tooltipHost();
      const gap = Math.min(Math.abs(box.y - (mention.y + mention.height)), Math.abs(mention.y - (box.y + box.height)));
      expect({ rule, gap: gap < 20, overlap: box.x < mention.x + mention.width && mention.x < box.x + box.width }).toEqual({ rule, gap: true, overlap: true });
      await page.keyboard.press('Escape');
    }
    // Selecting all closes the card: the reader means the page (Chromium would copy the card too).
    await article.hover('Planet Labs', { scope: 'article' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 3_000, interval: 100, what: 'the card to close on select-all' });
    // The wheel turns under a resting pointer: the card follows its mention, and closes once
    // neither it nor its mention is under the pointer (it floated off screen before).
    await page.evaluate(() => scrollTo(0, 0));
    await article.hover('Planet Labs', { scope: 'article' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    for (let i = 0; i < 4; i++) await page.mouse.wheel({ deltaY: 300 });
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 3_000, interval: 100, what: 'the card to close when its mention scrolled away' });
    // A paragraph the page writes with the same text at every frame keeps its marks: its card opens.
    await page.evaluate(() => scrollTo(0, 0));
    await article.hover('Pjöngjang', { scope: '#rendered' });
    await article.waitForTooltip((c) => (c.name ?? '').includes('Pjöngjang'));
    // Text the page made `user-select: all` (Firefox's caret then names the paragraph, not its text).
    await article.unhover();
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 3_000, interval: 100, what: 'the card over the next line to close' });
    await article.hover('Hamhung', { scope: '#select-all' });
    await article.waitForTooltip((c) => c.name === 'Hamhung');
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("a page's own pointer moves open no card (it could read it); Esc closes the card, not the page's dialog under it; a teaser under a link stretched over it opens its card, which closes when the page rewrites the text", async () => {
    const { page, article, errors, close } = await open('fights-back');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    // The page sends pointer moves of its own over a mention, as a script that dumps cards would.
    const at = await article.locate('Planet Labs', { scope: 'article' });
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y);
      for (let i = 0; i < 5; i++) target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
    }, { x: at.x + at.width / 2, y: at.y + at.height / 2 });
    await sleep(1000);
    expect(await article.tooltipHost(), 'a card opened by the page').toBeNull();
    // A modal gallery of the story's: one Esc closes the card on it, and the gallery stays.
    await page.evaluate(() => {
      document.querySelector('article').insertAdjacentHTML('beforeend', '<dialog id="gallery"><p id="caption">Kim Jong Un besucht die Fabrik in Hamhung.</p></dialog>');
      document.getElementById('gallery').showModal();
    });
    await waitFor(() => article.highlightNamesOn('Hamhung', { scope: '#caption' }), (names) => names.length > 0, { timeout: 5_000, interval: 200, what: 'the caption in the dialog to be highlighted' });
    await article.hover('Hamhung', { scope: '#caption' });
    await article.waitForTooltip((c) => (c.name ?? '').includes('Hamhung'));
    await page.keyboard.press('Escape');
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 3_000, interval: 100, what: 'the card to close on Esc' });
    expect(await page.evaluate(() => document.getElementById('gallery').open), "the page's dialog after one Esc").toBe(true);
    await page.evaluate(() => document.getElementById('gallery').close());
    // A teaser whose link is stretched over it (`.stretched-link::after { inset: 0 }`).
    await page.evaluate(() => {
      document.head.insertAdjacentHTML('beforeend', '<style>.teaser { position: relative } .stretched::after { content: ""; position: absolute; inset: 0; z-index: 1 }</style>');
      document.querySelector('article').insertAdjacentHTML(
        'beforeend',
        '<div class="teaser"><h3><a class="stretched" href="#story">Analyse der Bilder</a></h3><p id="teaser-text">Was die Aufnahmen über Hamhung verraten.</p></div>',
      );
    });
    await page.evaluate(() => document.getElementById('teaser-text').scrollIntoView({ block: 'center' }));
    const inTeaser = () =>
      page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-')) continue;
          for (const r of highlight) if (r.startContainer.parentElement?.id === 'teaser-text') return true;
        }
        return false;
      });
    await waitFor(inTeaser, (found) => found, { timeout: 5_000, interval: 200, what: "the teaser's mention to be highlighted" });
    await article.hover('Hamhung', { scope: '#teaser-text' });
    await article.waitForTooltip((c) => (c.name ?? '').includes('Hamhung'));
    // The page rewrites the text under the resting pointer (a ticker, a recycled row): the card
    // for what is no longer there closes.
    await page.evaluate(() => {
      const text = document.getElementById('teaser-text').firstChild;
      text.data = 'Das Wetter: sonnig, später Regen im Osten des Landes.';
    });
    await waitFor(() => article.tooltipHost(), (host) => host?.box.width === 0, { timeout: 4_000, interval: 100, what: 'the card of the rewritten text to close' });
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it.each(['swap', 'move'])('ad slots the page keeps replacing (%s) while Kontext reads: every paragraph is highlighted once, the side rail never, and a component re-read alone', async (mode) => {
    const { page, article, errors, close } = await open('ad-swap', { query: `?mode=${mode}` });
    await waitFor(() => page.evaluate(() => window.__swaps), (swaps) => swaps > 0, { timeout: 10_000, interval: 200, what: 'the ad script to run' });
    await sleep(4500); // the ad script stops after 4 s
    await article.waitForStableHighlights({ quietMs: 800, timeout: 15_000 }).catch(() => {}); // the component keeps changing
    // Only the marks near the viewport are registered (2,400 here): the story is read screen by
    // screen, then the side rail (grown long with the slots moved there) and the footer, each
    // paragraph counted where it was registered.
    const where = await page.evaluate(async () => {
      const count = {};
      const look = async () => {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
        const here = {};
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
          for (const r of highlight) {
            const el = r.startContainer.parentElement;
            const key = el?.closest('#side, #foot') ? 'outside' : (el?.closest('p')?.id ?? 'other');
            here[key] = (here[key] ?? 0) + 1;
          }
        }
        for (const [key, n] of Object.entries(here)) count[key] = Math.max(count[key] ?? 0, n);
      };
      const last = document.getElementById('p599');
      for (let y = 0; ; y += innerHeight) {
        scrollTo(0, y);
        await look();
        if (last.getBoundingClientRect().bottom <= innerHeight) break;
      }
      for (const id of ['side', 'foot']) {
        document.getElementById(id).scrollIntoView();
        await look();
      }
      scrollTo(0, 0);
      return count;
    });
    const paragraphs = Object.entries(where).filter(([key]) => /^p\d+$/.test(key));
    console.log(`[${kind}] ad slots (${mode}): ${paragraphs.length} of 600 paragraphs highlighted, ${where.outside ?? 0} ranges outside the article, ${where['after-box']} on the paragraph after the component`);
    expect(paragraphs.length, 'paragraphs with highlights').toBe(600);
    expect(paragraphs.filter(([, n]) => n !== 4), 'paragraphs without exactly their 4 mentions').toEqual([]);
    expect(where.outside ?? 0, 'ranges in the side rail and footer').toBe(0);
    expect(where['after-box'], 'ranges on the paragraph after the re-read component').toBe(1);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('a page that writes itself anew after load (document.open) is read again, and its cards open', async () => {
    const { page, article, errors, close } = await open('rewritten');
    await article.waitForStableHighlights({ quietMs: 800, timeout: 10_000 });
    await page.evaluate(() => window.__rewrite());
    await waitFor(() => page.evaluate(rangesInPage), (ranges) => ranges.some((r) => r.text === 'Moskau'), { timeout: 5_000, interval: 200, what: 'the new page to be highlighted' });
    await article.hover('Planet Labs', { scope: 'article' });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it('comment form: nothing highlighted in input, textarea or the contenteditable editor, and typing works', async () => {
    const { page, article, errors, close } = await open('comment-form');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const fields = ['textarea', 'contenteditable'];
    const before = await article.highlightedRanges();
    const inArticle = before.filter((r) => !fields.includes(r.region)).length;
    expect(inArticle, 'highlights in the article').toBeGreaterThanOrEqual(6);
    expect(before.filter((r) => fields.includes(r.region)), 'highlights in the form').toEqual([]);
    const dump = await article.textNodeDump();
    expect(dump.changed).toEqual([]);
    expect(dump.now).toEqual(dump.before);

    const initial = await page.evaluate(() => ({
      name: document.getElementById('name').value,
      comment: document.getElementById('comment').value,
      editor: document.getElementById('editor').textContent,
    }));
    const typed = { name: ' trifft Kim Jong Un', comment: ' Neu: Planet Labs zeigt Hamhung.', editor: ' Auch Kim Jong Un war in Moskau.' };
    await page.bringToFront();
    const control = kind === 'firefox' || process.platform !== 'darwin' ? 'Control' : 'Meta';
    for (const [id, text] of Object.entries(typed)) {
      await page.click(`#${id}`);
      await page.keyboard.down(control);
      await page.keyboard.press('End');
      await page.keyboard.up(control);
      await page.keyboard.type(text, { delay: 5 });
    }
    await sleep(700); // Kontext's mutation batch, and more
    const after = await page.evaluate(() => ({
      name: document.getElementById('name').value,
      comment: document.getElementById('comment').value,
      editor: document.getElementById('editor').textContent,
      focused: document.activeElement?.id,
    }));
    expect(after.name).toBe(initial.name + typed.name);
    expect(after.comment).toBe(initial.comment + typed.comment);
    expect(after.editor).toBe(initial.editor + typed.editor);
    expect(after.focused).toBe('editor');
    const ranges = await article.highlightedRanges();
    expect(ranges.filter((r) => fields.includes(r.region)), 'highlights in the form after typing').toEqual([]);
    expect(ranges.filter((r) => !fields.includes(r.region)).length, 'highlights in the article after typing').toBe(inArticle);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  it("a page that clears CSS.highlights, takes over a kontext-* name or empties Kontext's highlights gets them back, and keeps its own", async () => {
    const { page, article, errors, close } = await open('clearing');
    await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
    const registry = () =>
      page.evaluate(() => {
        const out = {};
        for (const [name, highlight] of CSS.highlights) out[name] = highlight.size;
        return out;
      });
    const original = await registry();
    const ours = Object.fromEntries(Object.entries(original).filter(([name]) => name.startsWith('kontext-') && name !== 'kontext-active'));
    expect(Object.keys(ours).length).toBeGreaterThan(0);
    expect(original['page-search'], "the page's own highlight, left alone").toBe(1);

    // 1. The page clears the whole registry.
    await page.evaluate(() => window.__page.clearAll());
    expect(await registry()).toEqual({});
    let t0 = Date.now();
    const back = await waitFor(registry, (r) => Object.entries(ours).every(([name, size]) => r[name] === size), {
      timeout: 5000,
      what: "Kontext's highlights after CSS.highlights.clear()",
    });
    const clearRecovery = Date.now() - t0;
    expect(back['page-search'], 'Kontext does not bring back (or touch) the page’s own names').toBeUndefined();

    // 2. The page puts its own Highlight under one of Kontext's names.
    const [taken, size] = Object.entries(ours)[0];
    await page.evaluate((name) => window.__page.hijack(name), taken);
    expect(await page.evaluate((name) => window.__page.ownsName(name), taken)).toBe(true);
    t0 = Date.now();
    await waitFor(
      () => page.evaluate((name) => ({ own: window.__page.ownsName(name), size: CSS.highlights.get(name)?.size ?? 0 }), taken),
      (v) => !v.own && v.size === size,
      { timeout: 5000, what: `Kontext's ${taken} after the page replaced it` },
    );
    const hijackRecovery = Date.now() - t0;

    // 3. The page's own highlight survives Kontext's recovery.
    await page.evaluate(() => window.__page.restoreSearch());
    await sleep(1500);
    expect((await registry())['page-search']).toBe(1);

    // 4. The page empties every Highlight in the registry, Kontext's too.
    await page.evaluate(() => window.__page.emptyAll());
    const emptied = await registry();
    expect(Object.keys(ours).map((name) => emptied[name]), "Kontext's highlights, emptied by the page").toEqual(Object.keys(ours).map(() => 0));
    t0 = Date.now();
    await waitFor(registry, (r) => Object.entries(ours).every(([name, size]) => r[name] === size), { timeout: 5000, what: "Kontext's highlights filled again" });
    const refill = Date.now() - t0;
    expect((await registry())['page-search'], "the page's own highlight").toBe(1);
    console.log(`[${kind}] clearing page: highlights back ${clearRecovery} ms after clear(), ${hijackRecovery} ms after a name was taken over, ${refill} ms after they were emptied`);
    const dump = await article.textNodeDump();
    expect(dump.changed).toEqual([]);
    expect(dump.now).toEqual(dump.before);
    expect(errors(), 'errors and warnings from Kontext').toEqual([]);
    await close();
  });

  // Chromium keeps running a content script whose extension is gone (an "orphan"), so Kontext can
  // and must notice and clean up. (Firefox unloads the content script's sandbox at once, so no code
  // of Kontext can run after an uninstall there; see the report.) Runs last: it removes Kontext.
  // Firefox unloads the content script of a reloaded or updated extension and starts the new copy in
  // open pages; what the old one put in the page stays unless the new one takes it out. (Chromium's
  // old copy cleans up itself: see the uninstall test.) Runs last: it reloads Kontext.
  if (kind === 'firefox') {
    it('after the extension is reloaded, an open card and the old highlights go, and the new copy opens one card', async () => {
      const { session, page, article, errors, close } = await open('comment-form');
      await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
      const mention = await article.visibleMention();
      expect(mention).not.toBeNull();
      await article.hoverAt(mention);
      await waitFor(() => article.tooltip(), (c) => c !== null, { timeout: 5000, what: 'the card' });
      const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
      await options.page.evaluate(() => browser.runtime.reload()).catch(() => {});
      // (The reload discards the options tab; WebDriver BiDi may answer for it while the article tab
      // is activated: again after a moment, a few times.)
      for (let attempt = 0; ; attempt++) {
        try {
          await page.bringToFront();
          break;
        } catch (error) {
          if (attempt >= 4) throw error;
          await sleep(500);
        }
      }
      const hosts = () =>
        page.evaluate(() => [...document.querySelectorAll('div[data-kontext-tooltip]')].map((host) => getComputedStyle(host).display));
      // The new copy starts in the page and takes the old card out.
      await waitFor(hosts, (shown) => !shown.includes('block'), { timeout: 10_000, interval: 250, what: 'the old card to go' });
      expect(await page.evaluate(() => CSS.highlights.has('kontext-active')), "the old card's emphasis").toBe(false);
      await page.mouse.move(5, 890, { steps: 2 });
      await page.mouse.move(mention.x, mention.y, { steps: 4 });
      await waitFor(hosts, (shown) => shown.length === 1 && shown[0] === 'block', { timeout: 10_000, interval: 250, what: "one card, the new copy's" });
      expect(errors(), 'errors and warnings from Kontext').toEqual([]);
      await close();
    });
  }

  // Chromium starts no content script in pages open when an extension is updated: the new copy is
  // started there by the background (`open-tabs.ts`). The old one takes its highlights out.
  if (kind === 'chromium') {
    it('after the extension is updated, an open page gets its highlights back and its cards open', async () => {
      const { session, page, article, errors, close } = await open('comment-form');
      await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
      const mention = await article.visibleMention();
      expect(mention).not.toBeNull();
      const marks = () => page.evaluate(() => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0));
      const before = await marks();
      expect(before).toBeGreaterThan(0);
      // Installing the same unpacked build again is an update of it (the same id).
      expect(await session.browser.installExtension(builtExtensionDir(kind))).toBe(session.extensionId);
      // The old copy takes its highlights out within a second or two (it cannot reach the extension
      // any more); the new one, started by the background, puts them back.
      await sleep(3000);
      await waitFor(marks, (n) => n === before, { timeout: 15_000, interval: 250, what: 'the highlights to be there after the update' });
      await page.mouse.move(5, 890, { steps: 2 });
      await page.mouse.move(mention.x, mention.y, { steps: 4 });
      await waitFor(() => article.tooltip(), (c) => c !== null, { timeout: 10_000, what: "the new copy's card" });
      expect(await page.evaluate(() => document.querySelectorAll('div[data-kontext-tooltip]').length)).toBe(1);
      expect(errors(), 'errors and warnings from Kontext').toEqual([]);
      await close();
    });
  }

  if (kind === 'chromium') {
    it('uninstalling the extension removes the highlights and the tooltip host from an open page', async () => {
      const { session, page, article, errors, close } = await open('comment-form');
      await article.waitForStableHighlights({ quietMs: 1000, timeout: 10_000 });
      const mention = await article.visibleMention();
      expect(mention).not.toBeNull();
      await article.hoverAt(mention);
      await waitFor(() => article.tooltipHost(), (h) => h !== null, { timeout: 5000, what: 'the tooltip host' });
      await session.browser.uninstallExtension(session.extensionId);
      const state = () =>
        page.evaluate(() => {
          const registry = {};
          for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext-')) registry[name] = highlight.size;
          return { registry, hosts: document.querySelectorAll('div[data-kontext-tooltip]').length };
        });
      // The reader goes on reading: the pointer moves over the page.
      await page.mouse.move(5, 890, { steps: 2 });
      await page.mouse.move(mention.x, mention.y, { steps: 4 });
      const left = await waitFor(state, (s) => Object.keys(s.registry).length === 0 && s.hosts === 0, {
        timeout: 5000,
        what: 'Kontext to clean up after being uninstalled',
      }).catch(async () => state());
      expect.soft(errors(), 'errors and warnings from Kontext').toEqual([]);
      expect.soft(left.hosts, 'tooltip hosts 5 s after uninstalling').toBe(0);
      expect(left.registry, 'kontext-* highlights 5 s after uninstalling').toEqual({});
      await close();
    });
  }
});
