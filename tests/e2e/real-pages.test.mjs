/**
 * Kontext on 16 news pages saved from the web (../shared/fixtures/real-pages, see SOURCE.md), in
 * Chromium and Firefox: real markup, real size, real page scripts (their external resources do not
 * load here, so they throw — that is the pages' business, not Kontext's).
 *
 * Each page is served under its own news domain (all 16 are in src/content/news-sites.ts; Yahoo's
 * finance.yahoo.com page as news.yahoo.com), over HTTPS: Chromium will not load HSTS-preloaded
 * hosts (bbc.com, nytimes.com, theguardian.com, wikipedia.org …) over http, so the fixture server
 * terminates TLS itself with a throw-away certificate (support/fixture-server.mjs).
 *
 * The glossary is fixtures/real-pages.glossary.json (60 entities the pages' articles mention),
 * added to the default glossary as the reader's edits in the extension's storage.local.
 *
 * Per page: highlights appear (and include two hand-picked mentions from the article); the page's
 * text nodes are the same objects with the same text, in the same order, as before Kontext ran;
 * nothing Kontext logs is an error or warning, and nothing it runs throws; and at `pagehide`
 * Kontext has removed every highlight and its tooltip host (which the test makes exist first by
 * resting the pointer on a mention). A table of sizes and timings is printed per browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './pages/article-page.mjs';
import { waitFor } from './pages/options-page.mjs';
import { glossaryEditsAdding, setExtensionStorage } from './support/extension-storage.mjs';
import { fixturePath, repoRoot } from './support/fixture-server.mjs';
import { startKontextProfiler } from './support/kontext-cpu.mjs';
import { collectKontextErrors } from './support/kontext-errors.mjs';
import { startSession } from './support/session.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const glossary = readJson(resolve(import.meta.dirname, 'fixtures/real-pages.glossary.json'));

/**
 * The pages, where they are served, and two mentions each that must be highlighted (taken from
 * the article's own text, in the exact form it has there).
 */
const PAGES = [
  { file: 'aktualne.html', host: 'sport.aktualne.cz', path: '/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/', mentions: ['West Ham', 'Premier League'] },
  { file: 'bbc-1.html', host: 'www.bbc.com', path: '/news/world-us-canada-33646704', mentions: ['Obama', 'Kenya'] },
  { file: 'breitbart.html', host: 'www.breitbart.com', path: '/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/', mentions: ['Snopes', 'Trump'] },
  { file: 'cnn.html', host: 'money.cnn.com', path: '/2016/02/01/news/economy/poverty-inequality-united-states/index.html', mentions: ['Stanford University', 'Finland'] },
  { file: 'folha.html', host: 'www1.folha.uol.com.br', path: '/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml', mentions: ['Tite', 'Corinthians'] },
  { file: 'guardian-1.html', host: 'www.theguardian.com', path: '/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings', mentions: ['Hori Parata', 'New Zealand'] },
  { file: 'heise.html', host: 'www.heise.de', path: '/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html', mentions: ['1Password', 'AgileBits'] },
  { file: 'lemonde-1.html', host: 'www.lemonde.fr', path: '/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html', mentions: ['François Hollande', 'CNIL'] },
  { file: 'liberation-1.html', host: 'www.liberation.fr', path: '/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483', mentions: ['Laurent Fabius', 'Népal'] },
  { file: 'nytimes-1.html', host: 'www.nytimes.com', path: '/2017/01/13/world/africa/sudan-sanctions.html', mentions: ['Sudan', 'South Sudan'] },
  // ChartBeat's "flicker control" hides <body> (a <style> in <head>) until its script, which does
  // not load here, removes that style; the test removes it as the script would, a second after load.
  { file: 'seattletimes-1.html', host: 'www.seattletimes.com', path: '/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/', mentions: ['Whole Foods', 'Seattle'], reveal: '#chartbeat-flicker-control-style' },
  { file: 'telegraph.html', host: 'www.telegraph.co.uk', path: '/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/', mentions: ['Robert Mugabe', 'Harare'] },
  { file: 'theverge.html', host: 'www.theverge.com', path: '/23752959/apple-vision-pro-headset-hands-on-demo-impressions', mentions: ['Vision Pro', 'Steve Jobs'] },
  { file: 'wapo-1.html', host: 'www.washingtonpost.com', path: '/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html', mentions: ['Tunisia', 'Bardo National Museum'] },
  { file: 'wikipedia.html', host: 'en.wikipedia.org', path: '/wiki/Mozilla', mentions: ['Mozilla Foundation', 'Firefox'] },
  { file: 'yahoo-1.html', host: 'news.yahoo.com', path: '/best-psvr-games-170003443.html', mentions: ['PlayStation VR', 'PSVR'] },
];

/** True if `text` is `mention` or an inflected form of it (Kontext highlights `Stanford University's`). */
const isFormOf = (text, mention) => text === mention || (text.startsWith(mention) && /^(['’]s|s|es)$/u.test(text.slice(mention.length)));

/** Where each page's tab goes to leave it (same origin, so the teardown probe's record survives). */
const LEAVE_PATH = '/e2e-left-the-page';

/** One host → { path → file } per page: only the page's own path is served, anything else is a 404. */
const HOSTS = Object.fromEntries(PAGES.map((p) => [p.host, { [p.path]: fixturePath(`real-pages/${p.file}`) }]));

describe('the real-page glossary fixture', () => {
  it('is a valid glossary (glossary/glossary.schema.json), with ids and names that do not clash with the default glossary', () => {
    const schema = readJson(resolve(repoRoot, 'glossary/glossary.schema.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(glossary), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const defaults = readJson(resolve(repoRoot, 'glossary/default.json')).entries;
    const taken = new Map();
    for (const e of defaults) for (const name of [e.name, ...e.aliases]) taken.set(name.toLowerCase(), e.id);
    for (const e of glossary.entries) {
      expect(defaults.some((d) => d.id === e.id), `id ${e.id}`).toBe(false);
      for (const name of [e.name, ...e.aliases]) expect(taken.get(name.toLowerCase()), `${e.id}: "${name}"`).toBeUndefined();
      for (const name of [e.name, ...e.aliases]) taken.set(name.toLowerCase(), e.id);
    }
    expect(glossary.entries.length).toBeGreaterThanOrEqual(30);
    expect(glossary.entries.length).toBeLessThanOrEqual(60);
  });
});

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s: real news pages', (kind) => {
  /** @type {Promise<Awaited<ReturnType<typeof startSession>>> | undefined} */
  let setup;
  const ready = () => (setup ??= startSession(kind, HOSTS, { https: true }));
  /** @type {Promise<void> | undefined} */
  let installed;
  /** Installs the real-page glossary once (after the error collector's self-check). */
  const withGlossary = async () => {
    const session = await ready();
    await (installed ??= setExtensionStorage(session, { glossaryEdits: glossaryEditsAdding(glossary) }));
    return session;
  };
  /** @type {Record<string, string | number>[]} */
  const rows = [];

  afterAll(async () => {
    if (rows.length > 0) printTable(kind, rows);
    const session = await setup?.catch(() => undefined);
    await session?.close();
  });

  it("sees Kontext's own warnings, so that finding none on the pages means something", async () => {
    const session = await ready();
    // An entry that fails validation: Kontext ignores it and says so with console.warn.
    await setExtensionStorage(session, { glossaryEdits: { upserts: { 'not-an-entry': { id: 'not-an-entry' } }, deleted: [] } });
    const page = PAGES.find((p) => p.file === 'heise.html');
    let errors;
    const article = await ArticlePage.open(session.browser, session.server.url(page.host, page.path, 'https'), {
      waitForHighlights: false,
      beforeGoto: (tab) => {
        errors = collectKontextErrors(tab, session.extensionBaseUrl);
      },
    });
    try {
      const seen = await waitFor(
        async () => errors.list(),
        (list) => list.length > 0,
        { timeout: 10_000, what: "Kontext's warning about the invalid glossary edit" },
      );
      expect(seen.join('\n')).toMatch(/Kontext: ignored 1 invalid glossary edit/);
    } finally {
      errors?.stop();
      await article.page.close();
    }
  });

  it.each(PAGES)('$file as $host: highlights, unchanged text nodes, no Kontext errors, teardown at pagehide', async (spec) => {
    const session = await withGlossary();
    const url = session.server.url(spec.host, spec.path, 'https');
    /** @type {ReturnType<typeof collectKontextErrors> | undefined} */
    let errors;
    /** @type {Awaited<ReturnType<typeof startKontextProfiler>> | undefined} */
    let profiler;
    const article = await ArticlePage.open(session.browser, url, {
      waitForHighlights: false,
      trackHighlights: true,
      beforeGoto: async (tab) => {
        errors = collectKontextErrors(tab, session.extensionBaseUrl);
        profiler = await startKontextProfiler(tab, session.extensionBaseUrl);
      },
    });
    const row = { page: spec.reveal ? `${spec.file} *` : spec.file, host: spec.host };
    rows.push(row);
    try {
      if (spec.reveal) {
        await new Promise((r) => setTimeout(r, 1000));
        await article.page.evaluate((selector) => document.querySelector(selector)?.remove(), spec.reveal);
      }
      const progress = await article.waitForStableHighlights({ quietMs: 1000, timeout: 6_000, allowNone: true });
      const cpu = await profiler?.stop();
      profiler = undefined;
      const stats = await article.textStats();
      const ranges = await article.highlightedRanges();
      const dcl = await article.page.evaluate(() => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0);
      Object.assign(row, {
        text: stats.text,
        mentions: ranges.length,
        all: progress.total === 0 ? '–' : Math.round(progress.lastChange),
        afterDcl: progress.total === 0 || !dcl ? '–' : Math.round(progress.lastChange - dcl),
        longest: cpu ? cpu.longestTaskMs.toFixed(1) : 'n/a',
        script: cpu ? cpu.kontextMs.toFixed(0) : 'n/a',
      });

      // Highlights appear, on real text, including the article's own mentions.
      if (ranges.length === 0) {
        const state = await article.page.evaluate(() => ({ visibility: document.visibilityState, url: location.href }));
        console.log(`[${kind}] ${spec.file}: no highlights after 6 s; tracker ${JSON.stringify(progress)}; ${JSON.stringify(state)}`);
      }
      expect(ranges.length, 'highlighted ranges').toBeGreaterThan(0);
      expect(ranges.filter((r) => r.collapsed || r.text.trim() === '' || r.region === 'detached'), 'empty or detached ranges').toEqual([]);
      const texts = [...new Set(ranges.map((r) => r.text))];
      for (const mention of spec.mentions) {
        expect(texts.filter((t) => isFormOf(t, mention)), `"${mention}" highlighted (highlighted: ${texts.join(', ')})`).not.toEqual([]);
      }

      // The page's text nodes: same nodes, same text, same order as at DOMContentLoaded.
      const dump = await article.textNodeDump();
      // (The removed flicker-control <style> takes its text node with it; that is the page's doing.)
      const changed = dump.changed.filter((c) => !(spec.reveal && c.endsWith('(was in style)')));
      expect(changed, 'text nodes removed or changed').toEqual([]);
      expect(dump.addedInBody, 'text nodes added').toEqual([]);
      expect(dump.now.length).toBe(dump.before.length);
      expect(dump.now).toEqual(dump.before);

      // Make the tooltip host exist: rest the pointer on a mention the reader can see.
      const mention = await article.visibleMention();
      expect(mention, 'a visible highlighted mention to rest the pointer on').not.toBeNull();
      await article.hoverAt(mention);
      const host = await waitFor(() => article.tooltipHost(), (h) => h !== null, { timeout: 5_000, what: 'the tooltip host' });
      expect(host.count).toBe(1);

      // Teardown at pagehide: nothing of Kontext is left in the page at that moment.
      await article.armTeardownProbe();
      const left = await article.leaveAndReadTeardown(session.server.url(spec.host, LEAVE_PATH, 'https'));
      row.teardown = left.hosts === 0 && Object.keys(left.registry).length === 0 ? 'clean' : 'LEFT OVER';
      expect(left.registry, 'kontext-* highlights left at pagehide').toEqual({});
      expect(left.hosts, 'tooltip hosts left at pagehide').toBe(0);

      const attributed = errors?.attributedToKontext() ?? [];
      if (attributed.length > 0) {
        console.log(`[${kind}] ${spec.file}: ${attributed.length} browser message(s) about page resources located in Kontext's script (not counted), e.g. ${attributed[0].slice(0, 160)}`);
      }
      expect(errors?.list(), 'errors and warnings from Kontext').toEqual([]);
    } finally {
      await profiler?.stop().catch(() => {});
      errors?.stop();
      await article.page.close().catch(() => {});
    }
  });
});

/** Prints one browser's table to stdout (it shows in `npm test`'s output). */
function printTable(kind, rows) {
  const columns = [
    ['page', 'page'],
    ['host', 'served as https://'],
    ['text', 'text (chars)'],
    ['mentions', 'mentions'],
    ['all', 'all highlights (ms)'],
    ['afterDcl', 'after DOMContentLoaded (ms)'],
    ['longest', 'longest Kontext task (ms)'],
    ['script', 'Kontext script (ms)'],
    ['teardown', 'teardown'],
  ];
  const cells = rows.map((r) => columns.map(([key]) => String(r[key] ?? '?')));
  const widths = columns.map(([, title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => (i <= 1 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const out = [
    '',
    `Kontext on real news pages — ${kind}` +
      (kind === 'firefox' ? ' (Firefox: no way to attribute script time to the extension over WebDriver BiDi: n/a)' : ''),
    'all highlights: ms from navigation start to the last change of the number of highlighted ranges (then stable for 1 s);',
    "after DOMContentLoaded: the same from the end of the page's DOMContentLoaded (the page's scripts from hosts that do not answer here hold it up);",
    "Kontext task/script time: V8's sampling profiler (CDP, 100 µs), samples with content-scripts/content.js on the stack;",
    'longest task = longest uninterrupted stretch of such samples (wall time between samples; profiler running, 2-core CI box)',
    line(columns.map(([, title]) => title)),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
    ...(rows.some((r) => String(r.page).endsWith('*')) ? ['* <body> hidden by the page until 1 s after load (ChartBeat flicker control, lifted by the test)'] : []),
    '',
  ];
  console.log(out.join('\n'));
}
