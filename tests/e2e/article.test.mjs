/**
 * Kontext on a news article, in real browsers: the same spec for Chromium (MV3) and Firefox (MV2).
 *
 * The fixture is served as http://www.die-nachrichten.at/… (see support/fixture-server.mjs); the
 * expected mentions are counted by hand in expected/die-nachrichten-nordkorea.json.
 *
 * A browser that cannot be found or started fails every test of its block (never skips). Two
 * blocks run in Chromium alone: printing (print media is emulated over CDP only) and a stopped
 * service worker. Forced colours (a contrast theme) are a Firefox setting and Chromium's emulation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './pages/article-page.mjs';
import { OptionsPage, waitFor } from './pages/options-page.mjs';
import { fixturePath, repoRoot } from './support/fixture-server.mjs';
import { startSession } from './support/session.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const expected = readJson(resolve(import.meta.dirname, 'expected/die-nachrichten-nordkorea.json'));
const glossary = readJson(resolve(repoRoot, 'glossary/default.json'));
const entries = new Map(glossary.entries.map((e) => [e.id, e]));
const entry = (id) => {
  const found = entries.get(id);
  if (!found) throw new Error(`expected/…json names "${id}", which is not in glossary/default.json`);
  return found;
};

/** The ticker's clock: the page rewrites this text node every second by itself. */
const CLOCK = /^\+\+\+ Wien .* \+\+\+$/;
const ARTICLE_REGIONS = ['headline', 'lead', 'caption', 'body', 'byline', 'article-other'];

/** Locale messages, to accept the type label in whichever UI language the browser runs. */
function typeLabels(type) {
  const key = `type${type[0].toUpperCase()}${type.slice(1)}`;
  const labels = [];
  for (const locale of ['de', 'en']) {
    try {
      const label = readJson(resolve(repoRoot, `assets/public/_locales/${locale}/messages.json`))[key]?.message;
      if (label) labels.push(label);
    } catch {
      // no such locale file
    }
  }
  return labels;
}

/** Expected "kontext-<type>|<text>" → count, per region. */
function expectedByRegion() {
  const byRegion = Object.fromEntries(ARTICLE_REGIONS.map((r) => [r, {}]));
  for (const m of expected.mentions) {
    const key = `kontext-${entry(m.entity).type}|${m.text}`;
    byRegion[m.region][key] = (byRegion[m.region][key] ?? 0) + m.count;
  }
  return byRegion;
}

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s', (kind) => {
  /** @type {Promise<{ session: Awaited<ReturnType<typeof startSession>>, article: ArticlePage }> | undefined} */
  let setup;
  /** Starts the browser once per block; a failure fails every test that needs it. */
  const ready = () =>
    (setup ??= (async () => {
      const session = await startSession(kind, { [expected.host]: fixturePath(expected.fixture) });
      try {
        const article = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path), {
          volatileText: [CLOCK],
        });
        return { session, article };
      } catch (error) {
        await session.close();
        throw error;
      }
    })());

  afterAll(async () => {
    const done = await setup?.catch(() => undefined);
    await done?.session.close();
  });

  it('starts with the extension installed and the article served as www.die-nachrichten.at', async () => {
    const { session, article } = await ready();
    expect(session.extensionId).toBeTruthy();
    expect(article.page.url()).toBe(session.server.url(expected.host, expected.path));
    expect(await article.page.evaluate(() => document.documentElement.lang)).toBe('de-AT');
  });

  it('highlights every mention of every glossary entity in the article, and nothing else there', async () => {
    const { article } = await ready();
    const ranges = await article.highlightedRanges();
    expect(ranges.filter((r) => r.collapsed), 'collapsed ranges').toEqual([]);
    const actual = Object.fromEntries(ARTICLE_REGIONS.map((r) => [r, {}]));
    for (const r of ranges) {
      if (!(r.region in actual)) continue;
      const key = `${r.name}|${r.text}`;
      actual[r.region][key] = (actual[r.region][key] ?? 0) + 1;
    }
    const outside = ranges.filter((r) => !(r.region in actual));
    if (outside.length > 0) {
      console.info(`[${kind}] ${outside.length} highlight(s) outside the article:`, outside.map((r) => `${r.region}: ${r.text}`).join(', '));
    }
    expect(actual).toEqual(expectedByRegion());
  });

  it('highlights nothing in the comment form (textarea, contenteditable)', async () => {
    const { article } = await ready();
    const inFields = (await article.highlightedRanges()).filter(
      (r) => r.region === 'textarea' || r.region === 'contenteditable',
    );
    expect(inFields).toEqual([]);
    for (const { region, text } of expected.notInFormFields) {
      if (region !== 'contenteditable') continue; // a textarea's text has no layout box to hit-test
      const names = await article.highlightNamesOn(text, { scope: '.comments [contenteditable="true"]' });
      expect(names, `hit-test on "${text}" in the contenteditable`).toEqual([]);
    }
  });

  it('hit-tests a mention to its highlight (CSS.highlights.highlightsFromPoint)', async () => {
    const { article } = await ready();
    const { text, scope, occurrence, entity } = expected.hover;
    expect(await article.highlightNamesOn(text, { scope, occurrence })).toEqual([`kontext-${entry(entity).type}`]);
    expect(await article.highlightNamesOn('Rüstungsfabrik', { scope })).toEqual([]);
  });

  it('shows the tooltip with the German description when the pointer rests on "Planet Labs"', async () => {
    const { article } = await ready();
    const { text, scope, occurrence } = expected.hover;
    const planet = entry(expected.hover.entity);
    await article.hover(text, { scope, occurrence });
    const card = await article.waitForTooltip((c) => c.name === planet.name);

    expect(card.role).toBe('tooltip');
    expect(card.description).toBe(planet.description.de);
    for (const alias of planet.aliases) expect(card.text).toContain(alias);
    const labels = typeLabels(planet.type);
    if (labels.length > 0) expect(labels.some((label) => card.text.includes(label)), `type label ${labels.join(' / ')}`).toBe(true);
    const hrefs = card.links.map((l) => l.href);
    for (const source of planet.sources) expect(hrefs).toContain(new URL(source.url).href);

    // Visible, inside the viewport, and closed to the page.
    expect(card.box.width).toBeGreaterThan(0);
    expect(card.box.height).toBeGreaterThan(0);
    expect(card.box.x).toBeGreaterThanOrEqual(0);
    expect(card.box.y).toBeGreaterThanOrEqual(0);
    expect(card.box.x + card.box.width).toBeLessThanOrEqual(card.viewport.width + 1);
    expect(card.box.y + card.box.height).toBeLessThanOrEqual(card.viewport.height + 1);
    const host = await article.tooltipHost();
    expect(host).toMatchObject({ count: 1, parent: 'html', pageCanSeeShadowRoot: false });
  });

  it("leaves the page's text nodes exactly as they were", async () => {
    const { article } = await ready();
    const dump = await article.textNodeDump();
    expect(dump.now).toEqual(dump.before);
    expect(dump.changed).toEqual([]);
    expect(dump.addedInBody).toEqual([]);
    expect(dump.mutations).toEqual([]);
  });

  it('updates the open tab\'s tooltip, without a reload, after the description is edited in the options page', async () => {
    const { session, article } = await ready();
    const { text, scope, occurrence } = expected.hover;
    const planet = entry(expected.hover.entity);
    const loadId = await article.loadId();

    const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
    expect(await options.entryIds()).toContain(planet.id);
    const edited = `Geänderte Beschreibung (${kind} e2e): Satellitenbetreiber aus San Francisco.`;
    const { previous, status } = await options.editDescription(planet.id, edited);
    expect(previous).toBe(planet.description.de);
    expect(status).not.toBe('');

    await article.hover(text, { scope, occurrence });
    const card = await article.waitForTooltip((c) => c.name === planet.name && c.description === edited, { timeout: 15_000 });
    expect(card.description).toBe(edited);
    expect(await article.loadId()).toBe(loadId);
    await options.close();
  });
});


// Chrome stops an extension's service worker after 30 s without events, and with it the open tabs'
// ports to the matcher service: a glossary change made then must still reach them. (Firefox keeps
// an MV2 background page running.)
// Print media can be emulated over CDP only (WebDriver BiDi has no such command): Chromium alone.
/** The most frequent colour of a screenshot of `clip` (the background behind a word), as `r,g,b`. */
async function dominantColour(page, clip) {
  const png = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map();
    for (let i = 0; i < pixels.length; i += 4) {
      const colour = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }, png);
}

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s: forced colours (a contrast theme)', (kind) => {
  /** @type {Awaited<ReturnType<typeof startSession>> | undefined} */
  let session;
  afterAll(async () => session?.close());

  it('draws the highlights in a colour of their own, which the plain text around them does not have', async () => {
    // Firefox: "override the page's colours" (what a Windows contrast theme turns on); Chromium: emulated.
    session = await startSession(kind, { [expected.host]: fixturePath(expected.fixture) }, { firefoxPrefs: { 'browser.display.document_color_use': 2 } });
    const article = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path));
    if (kind === 'chromium') await (await article.page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await article.waitForHighlights();
    expect(await article.page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours on').toBe(true);
    const BODY = 'article [itemprop="articleBody"]';
    // (A clip is in the page's coordinates, `locate`'s box in the viewport's.)
    const clipOf = async (box) => {
      const { x, y } = await article.page.evaluate(() => ({ x: scrollX, y: scrollY }));
      return { x: Math.round(box.x + x) + 1, y: Math.round(box.y + y) + 1, width: Math.max(2, Math.round(box.width) - 2), height: Math.max(2, Math.round(box.height) - 2) };
    };
    const mention = await dominantColour(article.page, await clipOf(await article.locate('Hamhung', { scope: BODY })));
    const plain = await dominantColour(article.page, await clipOf(await article.locate('Fabrik', { scope: BODY })));
    expect(mention, `a mention's background (${mention}) against plain text's (${plain})`).not.toBe(plain);
  });
});

describe('chromium: printing', () => {
  /** @type {Awaited<ReturnType<typeof startSession>> | undefined} */
  let session;
  afterAll(async () => session?.close());

  it('leaves the highlights off a printed page, and shows them again on screen', async () => {
    session = await startSession('chromium', { [expected.host]: fixturePath(expected.fixture) });
    const article = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path));
    /** Per registered kontext-* highlight: its style on the element where its first range starts. */
    const styles = () =>
      article.page.evaluate(() => {
        const out = {};
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('kontext-')) continue;
          const [first] = highlight;
          const style = getComputedStyle(first.startContainer.parentElement, `::highlight(${name})`);
          out[name] = `${style.backgroundColor} / ${style.textDecorationLine}`;
        }
        return out;
      });
    const screen = await styles();
    expect(Object.keys(screen).length, 'highlight types on the page').toBeGreaterThanOrEqual(3);
    for (const [name, style] of Object.entries(screen)) expect(style, `${name} on screen`).not.toMatch(/^rgba\(0, 0, 0, 0\) \/ none$/);
    await article.page.emulateMediaType('print');
    const printed = await styles();
    expect(printed).toEqual(Object.fromEntries(Object.keys(screen).map((name) => [name, 'rgba(0, 0, 0, 0) / none'])));
    await article.page.emulateMediaType('screen');
    expect(await styles()).toEqual(screen);
    // A card open when the reader prints is not printed over the text.
    const { text, scope, occurrence } = expected.hover;
    await article.hover(text, { scope, occurrence });
    await article.waitForTooltip((c) => c.name === entry(expected.hover.entity).name);
    const hostDisplay = () => article.page.evaluate(() => getComputedStyle(document.querySelector('div[data-kontext-tooltip]')).display);
    expect(await hostDisplay(), 'the open card on screen').toBe('block');
    await article.page.emulateMediaType('print');
    expect(await hostDisplay(), 'the open card in print').toBe('none');
    await article.page.emulateMediaType('screen');
  });
});

describe('chromium: a stopped service worker', () => {
  /** @type {Awaited<ReturnType<typeof startSession>> | undefined} */
  let session;
  afterAll(async () => session?.close());

  it('is woken by a glossary change, and the open tab hears of it', async () => {
    session = await startSession('chromium', { [expected.host]: fixturePath(expected.fixture) });
    const article = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path));
    const isWorker = (t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBaseUrl);
    const before = await (await session.browser.waitForTarget(isWorker, { timeout: 10_000 })).worker();
    await before.evaluate(() => (globalThis.kontextE2eMarker = 'before the stop'));
    await before.close();
    await waitFor(async () => session.browser.targets().filter(isWorker).length, (n) => n === 0, { timeout: 10_000, what: 'the service worker to stop' });

    const { text, scope, occurrence } = expected.hover;
    const planet = entry(expected.hover.entity);
    const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
    const edited = `Beschreibung, geändert während der Service Worker ruhte (e2e).`;
    await options.editDescription(planet.id, edited);
    await article.hover(text, { scope, occurrence });
    const card = await article.waitForTooltip((c) => c.name === planet.name && c.description === edited, { timeout: 15_000 });
    expect(card.description).toBe(edited);
    // It really was a new service worker that answered.
    const after = await (await session.browser.waitForTarget(isWorker, { timeout: 10_000 })).worker();
    expect(await after.evaluate(() => globalThis.kontextE2eMarker ?? 'a new one')).toBe('a new one');
    await options.close();
  });
});
