/**
 * The tooltip's life on the sample article, in both browsers: it opens next to each mention the
 * pointer rests on (not only the first), closes when the pointer leaves (also into an embedded
 * frame, or out of the window) or on Esc (which goes on to a field the reader types in), ignores
 * text covered by an overlay, opens for a link with a mention that Tab focuses and for a tap on a
 * touchscreen, matches the page's darkness, lets the wheel scroll a box it was carried over, and
 * opening it does not make Kontext read the page again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './pages/article-page.mjs';
import { evaluateInClosedShadowRoot } from './support/closed-shadow.mjs';
import { fixturePath } from './support/fixture-server.mjs';
import { startSession } from './support/session.mjs';

const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, 'expected/die-nachrichten-nordkorea.json'), 'utf8'));
const BODY = 'article [itemprop="articleBody"]';

/** Waits until `check` returns true (polling), or fails with `what`. */
async function until(check, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True if a `kontext-*` highlight starts in the text of the element with id `id`. */
function highlightedIn(page, id) {
  return page.evaluate((id) => [...CSS.highlights].some(([name, h]) => name.startsWith('kontext-') && [...h].some((r) => r.startContainer.parentElement?.id === id)), id);
}

describe.each(/** @type {const} */ (['chromium', 'firefox']))('%s', (kind) => {
  let setup;
  const ready = () =>
    (setup ??= (async () => {
      const session = await startSession(kind, { [expected.host]: fixturePath(expected.fixture) });
      const article = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path));
      await article.waitForHighlights();
      return { session, article };
    })());

  afterAll(async () => {
    const done = await setup?.catch(() => undefined);
    await done?.session.close();
  });

  it('opens a card next to every mention hovered in turn, and closes it when the pointer leaves', async () => {
    const { article } = await ready();
    for (const [text, name] of [
      ['Hamhung', 'Hamhung'],
      ['Kim Jong Un', 'Kim Jong Un'],
      ['Middlebury Institute of International Studies', 'Middlebury Institute of International Studies at Monterey'],
      ['Planet Labs', 'Planet Labs'],
    ]) {
      const box = await article.hover(text, { scope: BODY });
      const card = await article.waitForTooltip((c) => c.name === name);
      // Inside the viewport, and next to the word: directly below or above it, horizontally overlapping.
      expect(card.box.x).toBeGreaterThanOrEqual(0);
      expect(card.box.y).toBeGreaterThanOrEqual(0);
      expect(card.box.x + card.box.width).toBeLessThanOrEqual(card.viewport.width + 1);
      expect(card.box.y + card.box.height).toBeLessThanOrEqual(card.viewport.height + 1);
      const gapBelow = card.box.y - (box.y + box.height);
      const gapAbove = box.y - (card.box.y + card.box.height);
      expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove)), `${text}: card next to the word`).toBeLessThan(20);
      expect(card.box.x < box.x + box.width && card.box.x + card.box.width > box.x, `${text}: card overlaps the word horizontally`).toBe(true);
      // The host is the card's size: no invisible strip beside it catches the page's clicks.
      const host = await article.tooltipHost();
      expect(Math.abs(host.box.width - card.box.width), `${text}: host ${host.box.width} px wide, card ${card.box.width} px`).toBeLessThanOrEqual(1);
      await article.unhover();
      await until(async () => (await article.tooltip()) === null, `the ${name} card to close`);
    }
  });

  it('closes on Esc, and stays closed while the pointer rests on the mention', async () => {
    const { article } = await ready();
    const box = await article.hover('Hamhung', { scope: BODY });
    await article.waitForTooltip((c) => c.name === 'Hamhung');
    await article.page.keyboard.press('Escape');
    await until(async () => (await article.tooltip()) === null, 'the card to close on Esc');
    // A small move on the same word does not bring it back…
    await article.page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await article.tooltip(), 'a card after Esc and a small move').toBeNull();
    // …coming back after leaving it does.
    await article.unhover();
    await article.hover('Hamhung', { scope: BODY });
    await article.waitForTooltip((c) => c.name === 'Hamhung');
  });

  it('closes when the pointer leaves the page into an embedded frame below the mention, or out of the window', async () => {
    const { article } = await ready();
    const page = article.page;
    await article.unhover();
    // A paragraph with a mention, and under it an embed (a video, a chart: another document).
    await page.evaluate((body) => {
      const p = document.createElement('p');
      p.id = 'embedded';
      p.textContent = 'Die Grafik zeigt die Fabrik in Hamhung.';
      // The embed inside a player component's shadow root: the page sees the component, not the frame.
      const frame = document.createElement('video-embed');
      frame.id = 'embed';
      frame.style.cssText = 'display:block;width:100%;height:320px';
      const inner = document.createElement('iframe');
      inner.srcdoc = '<p>Video</p>';
      inner.style.cssText = 'display:block;width:100%;height:320px;border:0';
      frame.attachShadow({ mode: 'open' }).append(inner);
      document.querySelector(body).prepend(p, frame);
      window.scrollTo(0, 0);
    }, BODY);
    try {
      await until(() => highlightedIn(page, 'embedded'), 'the paragraph to be highlighted');
      const word = await article.hover('Hamhung', { scope: '#embedded' });
      const card = await article.waitForTooltip((c) => c.name === 'Hamhung');
      const frame = await page.evaluate(() => JSON.parse(JSON.stringify(document.getElementById('embed').getBoundingClientRect())));
      // Into the frame, beside the card: the page sees no more moves.
      const x = card.box.x > frame.x + 60 ? frame.x + 30 : Math.min(frame.x + frame.width - 30, card.box.x + card.box.width + 30);
      await page.mouse.move(x, frame.y + frame.height - 40, { steps: 3 });
      await until(async () => (await article.tooltip()) === null, 'the card to close once the pointer is in the frame');
      // Out of the window, from the mention (WebDriver BiDi moves no pointer out of the viewport).
      if (kind === 'chromium') {
        await article.hover('Hamhung', { scope: '#embedded' });
        await article.waitForTooltip((c) => c.name === 'Hamhung');
        await page.mouse.move(word.x + word.width / 2, -5, { steps: 2 });
        await until(async () => (await article.tooltip()) === null, 'the card to close once the pointer left the window');
      }
    } finally {
      await page.evaluate(() => ['embedded', 'embed'].forEach((id) => document.getElementById(id)?.remove()));
    }
  });

  it('lets Esc through to a field the reader types in while the pointer rests on a mention, and closes the card', async () => {
    const { article } = await ready();
    const page = article.page;
    await article.unhover();
    await page.evaluate((body) => {
      const form = document.createElement('p');
      form.id = 'search';
      form.innerHTML = '<input id="query" type="search"> Mehr über Hamhung';
      document.querySelector(body).prepend(form);
      window.__escapes = [];
      document.getElementById('query').addEventListener('keydown', (e) => e.key === 'Escape' && window.__escapes.push('field'));
      window.scrollTo(0, 0);
    }, BODY);
    try {
      await until(() => highlightedIn(page, 'search'), 'the paragraph to be highlighted');
      await page.focus('#query');
      await page.keyboard.type('Kim');
      await article.hover('Hamhung', { scope: '#search' });
      await article.waitForTooltip((c) => c.name === 'Hamhung');
      await page.keyboard.press('Escape');
      await until(async () => (await article.tooltip()) === null, 'the card to close on Esc');
      expect(await page.evaluate(() => window.__escapes)).toEqual(['field']);
    } finally {
      await page.evaluate(() => document.getElementById('search')?.remove());
    }
  });

  it('opens no card while the reader drags a selection across a mention, and closes an open one when a drag starts', async () => {
    const { article } = await ready();
    const page = article.page;
    const target = await article.locate('Planet Labs', { scope: BODY });
    // From a few lines above the mention, the button held: rest on the mention, then go on.
    await article.unhover();
    await page.mouse.move(target.x + 2, Math.max(5, target.y - 60));
    await page.mouse.down();
    try {
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
      for (let k = 0; k < 8; k++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await article.tooltip(), 'a card while the selection is dragged').toBeNull();
      }
      await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 6 });
    } finally {
      await page.mouse.up();
    }
    expect(await page.evaluate(() => getSelection().toString()), 'the selection made').toContain('Planet Labs');
    // An open card closes as soon as a drag begins beside it.
    await page.evaluate(() => getSelection().removeAllRanges());
    await article.hover('Planet Labs', { scope: BODY });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    await page.mouse.down();
    try {
      await page.mouse.move(target.x - 40, target.y + target.height / 2, { steps: 4 });
      await until(async () => (await article.tooltip()) === null, 'the card to close when a drag starts');
    } finally {
      await page.mouse.up();
    }
    await page.evaluate(() => getSelection().removeAllRanges());
  });

  it('does not read the page again when the card first opens', async () => {
    const { session, article } = await ready();
    // A fresh page, its article made 40 times longer before Kontext reads it, so that reading it
    // again would take several frames: the host element is created by this first hover.
    const fresh = await ArticlePage.open(session.browser, session.server.url(expected.host, expected.path), {
      beforeGoto: (page) =>
        page.evaluateOnNewDocument(() => {
          document.addEventListener('DOMContentLoaded', () => {
            const body = document.querySelector('[itemprop="articleBody"]');
            const copy = body.innerHTML;
            body.insertAdjacentHTML('beforeend', copy.repeat(40));
          });
        }),
    });
    await fresh.waitForHighlights();
    const before = await fresh.page.evaluate(() => {
      const count = () => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('kontext-') && name !== 'kontext-active') n += h.size;
        return n;
      };
      window.__kontextCounts = [];
      const sample = () => {
        window.__kontextCounts.push(count());
        if (window.__kontextCounts.length < 90) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      return count();
    });
    await fresh.hover('Planet Labs', { scope: BODY });
    await fresh.waitForTooltip((c) => c.name === 'Planet Labs');
    await new Promise((r) => setTimeout(r, 1000));
    const counts = await fresh.page.evaluate(() => window.__kontextCounts);
    expect(before).toBeGreaterThan(1000);
    expect(new Set(counts), 'highlight count in every frame after the first hover').toEqual(new Set([before]));
    await fresh.page.close();
    await article.page.bringToFront();
  });

  it('opens no card for text covered by an overlay', async () => {
    const { article } = await ready();
    // Put a mention under the fixed cookie banner at the bottom of the viewport.
    const point = await article.page.evaluate(() => {
      const banner = document.querySelector('.cookie');
      const bannerBox = banner.getBoundingClientRect();
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('kontext-')) continue;
        for (const r of h) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getBoundingClientRect();
          const delta = rect.top + rect.height / 2 - (bannerBox.top + bannerBox.height / 2);
          window.scrollBy(0, delta);
          const moved = range.getBoundingClientRect();
          if (moved.top >= bannerBox.top && moved.bottom <= bannerBox.bottom) {
            const x = moved.left + moved.width / 2;
            const y = moved.top + moved.height / 2;
            if (banner.contains(document.elementFromPoint(x, y))) return { x, y, text: range.toString() };
          }
        }
      }
      return null;
    });
    expect(point, 'a mention under the cookie banner').not.toBeNull();
    await article.page.mouse.move(point.x, point.y - 40);
    await article.page.mouse.move(point.x, point.y, { steps: 3 });
    await new Promise((r) => setTimeout(r, 800));
    expect(await article.tooltip()).toBeNull();
  });

  it('shows a dark card on a dark page and a light one on a light page', async () => {
    const { article } = await ready();
    const page = article.page;
    /** The card's background, as luminance (0 black, 1 white). */
    const cardLuminance = () =>
      evaluateInClosedShadowRoot(page, 'div[data-kontext-tooltip]', (root) => {
        const [r, g, b] = getComputedStyle(root.querySelector('[role="tooltip"]')).backgroundColor.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    await article.unhover();
    await page.evaluate((body) => {
      for (const el of [document.documentElement, document.body, ...document.querySelectorAll(`${body}, ${body} *`)]) {
        el.dataset.kontextTestBackground = el.style.background;
        // (In a colour space browsers report as written, as a page's style sheet may: `oklch()`.)
        el.style.background = 'oklch(0.2 0 0)';
      }
    }, BODY);
    try {
      await article.hover('Kim Jong Un', { scope: BODY });
      await article.waitForTooltip((c) => c.name === 'Kim Jong Un');
      expect(await cardLuminance(), 'the card on a dark page').toBeLessThan(0.3);
    } finally {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[data-kontext-test-background]')) {
          el.style.background = el.dataset.kontextTestBackground;
          delete el.dataset.kontextTestBackground;
        }
      });
    }
    await article.unhover();
    await until(async () => (await article.tooltip()) === null, 'the card to close');
    await article.hover('Planet Labs', { scope: BODY });
    await article.waitForTooltip((c) => c.name === 'Planet Labs');
    expect(await cardLuminance(), 'the card on a light page').toBeGreaterThan(0.8);
    await article.unhover();
    await until(async () => (await article.tooltip()) === null, 'the card to close');
  });

  it('lets the wheel go on scrolling a box the card came to rest over, and closes the card its mention left', async () => {
    const { article } = await ready();
    const page = article.page;
    await article.unhover();
    await until(async () => (await article.tooltip()) === null, 'no card before the hover');
    // The article's body in a box of its own, as an app shell lays out a story.
    const { body: bodyBox } = await page.evaluate((sel) => {
      const body = document.querySelector(sel);
      body.style.height = '360px';
      body.style.overflowY = 'auto';
      body.scrollTop = 0;
      body.scrollIntoView({ block: 'start' });
      return { body: JSON.parse(JSON.stringify(body.getBoundingClientRect())) };
    }, BODY);
    try {
      // A mention near the top of the box, so that the card opens below it, inside the box.
      const box = await article.locate('Hamhung', { scope: BODY });
      expect(box.y, 'the mention in the box').toBeGreaterThan(bodyBox.y);
      await article.hover('Hamhung', { scope: BODY });
      await article.waitForTooltip((c) => c.name === 'Hamhung');
      const scroll = () => page.evaluate((sel) => ({ box: document.querySelector(sel).scrollTop, page: window.scrollY }), BODY);
      const before = await scroll();
      // The first tick carries the card up under the resting pointer; the next ones must reach the box still.
      for (let tick = 0; tick < 4; tick++) {
        await page.mouse.wheel({ deltaY: 100 });
        await new Promise((r) => setTimeout(r, 400));
      }
      const after = await scroll();
      expect(after.box - before.box, 'the box scrolled by every tick').toBeGreaterThanOrEqual(350);
      expect(after.page, 'the page itself did not scroll').toBe(before.page);
      await until(async () => (await article.tooltip()) === null, 'the card to close once its mention left the pointer');
    } finally {
      await page.evaluate((sel) => {
        const body = document.querySelector(sel);
        body.style.height = '';
        body.style.overflowY = '';
        window.scrollTo(0, 0);
      }, BODY);
      await article.unhover();
    }
  });

  it('opens the card of a mention tapped on a touchscreen, and closes it at a tap beside it', async () => {
    const { article } = await ready();
    const page = article.page;
    await article.unhover();
    await until(async () => (await article.tooltip()) === null, 'no card before the tap');
    const box = await article.locate('Hamhung', { scope: BODY });
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const card = await article.waitForTooltip((c) => c.name === 'Hamhung');
    expect(Math.min(Math.abs(card.box.y - (box.y + box.height)), Math.abs(box.y - (card.box.y + card.box.height))), 'card next to the word').toBeLessThan(20);
    // A tap beside the text, where there is no mention and no card.
    await page.touchscreen.tap(5, Math.round(card.viewport.height / 2));
    await until(async () => (await article.tooltip()) === null, 'the card to close at a tap beside it');
  });

  it('opens the card of a mention in a link that Tab moves the focus to, and closes it when the focus moves on or on Esc', async () => {
    const { article } = await ready();
    const page = article.page;
    await article.unhover();
    // A paragraph with a link whose text is a mention, between two without one.
    await page.evaluate((body) => {
      const p = document.createElement('p');
      p.id = 'keyboard';
      p.innerHTML = '<button id="kbd-before">Teilen</button> Mehr über <a id="kbd-link" href="#hamhung">Hamhung</a> und <a id="kbd-after" href="#mehr">weitere Berichte</a>.';
      document.querySelector(body).prepend(p);
      window.scrollTo(0, 0);
    }, BODY);
    try {
      await until(() => highlightedIn(page, 'kbd-link'), 'the link to be highlighted');
      await page.focus('#kbd-before');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('kbd-link');
      const card = await article.waitForTooltip((c) => c.name === 'Hamhung');
      const link = await page.evaluate(() => JSON.parse(JSON.stringify(document.getElementById('kbd-link').getBoundingClientRect())));
      expect(Math.min(Math.abs(card.box.y - (link.y + link.height)), Math.abs(link.y - (card.box.y + card.box.height))), 'card next to the link').toBeLessThan(20);
      await page.keyboard.press('Tab');
      await until(async () => (await article.tooltip()) === null, 'the card to close when the focus moves on');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await article.waitForTooltip((c) => c.name === 'Hamhung');
      await page.keyboard.press('Escape');
      await until(async () => (await article.tooltip()) === null, 'the card to close on Esc');
      // A click's focus is the pointer's: clicked beside its text, a link with a mention opens no card.
      const padded = await page.evaluate(() => {
        const a = document.getElementById('kbd-after');
        a.style.paddingLeft = '120px';
        a.textContent = 'Hamhung';
        return JSON.parse(JSON.stringify(a.getBoundingClientRect()));
      });
      await until(() => highlightedIn(page, 'kbd-after'), 'the padded link to be highlighted');
      await page.mouse.click(padded.x + 20, padded.y + padded.height / 2);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('kbd-after');
      await new Promise((r) => setTimeout(r, 500));
      expect(await article.tooltip(), 'a card for the focus of a click').toBeNull();
    } finally {
      await page.evaluate(() => document.getElementById('keyboard')?.remove());
    }
  });
});
