/**
 * Page object for a news article with Kontext running on it.
 *
 * What the test observes, and how:
 * - Highlights: the page world iterates `CSS.highlights` (the registry is the document's, shared
 *   with the content script) and reads each `kontext-*` Highlight's ranges. This works in Chromium
 *   and in Firefox (the page world can iterate the content script's Highlight objects there too).
 *   `highlightNamesAt()` cross-checks with hit-testing (`CSS.highlights.highlightsFromPoint`).
 * - Mentions are located by the test's own text search, never by asking the extension.
 * - The tooltip lives in a closed shadow root; it is read through the automation protocol
 *   (see `support/closed-shadow.mjs`), never through a hook in the extension.
 * - Text-node integrity: a preload script snapshots every text node at DOMContentLoaded (before
 *   the content script runs at document_idle) and records every later mutation in <body>;
 *   `textNodeDump()` compares the current state with that snapshot.
 * - Timing (`trackHighlights`): a preload script samples the number of highlighted ranges every
 *   20 ms in the page's own clock; `waitForStableHighlights()` / `highlightProgress()`.
 * - Teardown: `armTeardownProbe()` adds a `pagehide` listener after Kontext's, which records what
 *   Kontext left in the page at that moment; `leaveAndReadTeardown()` navigates away and reads it.
 */
import { evaluateInClosedShadowRoot } from '../support/closed-shadow.mjs';

/** Regions of the article page, in the order a range is classified (first match wins). */
export const REGIONS = {
  textarea: 'textarea',
  contenteditable: '[contenteditable]:not([contenteditable="false"])',
  headline: 'article h1',
  lead: 'article .lead',
  caption: 'article figcaption',
  body: 'article [itemprop="articleBody"]',
  byline: 'article .byline',
  'article-other': 'article',
  comments: '.comments',
  sidebar: 'aside',
  header: 'header',
  footer: 'footer',
};

/** Kontext's tooltip host: a `div` with this attribute (see tooltip-host.ts). */
const TOOLTIP_HOST = 'div[data-kontext-tooltip]';
const TEARDOWN_KEY = '__kontextE2eTeardown';

/**
 * Installed before any page script: snapshots text at DOMContentLoaded and logs text mutations.
 * `volatile` are regexes (as sources) for text the page itself rewrites (the ticker clock).
 */
function preload(volatileSources) {
  const volatile = volatileSources.map((s) => new RegExp(s));
  const isVolatile = (data) => volatile.some((re) => re.test(data));
  const e2e = (window.__kontextE2e = { before: null, mutations: [], loadId: Math.random().toString(36).slice(2) });
  const describe = (node) => {
    if (!node) return 'null';
    if (node.nodeType === Node.TEXT_NODE) return `#text(${JSON.stringify(node.data.slice(0, 60))})`;
    const el = /** @type {Element} */ (node);
    return `<${el.localName ?? node.nodeName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}>`;
  };
  const dumpNodes = () => {
    const out = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  };
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const nodes = dumpNodes();
      e2e.before = { nodes, data: nodes.map((n) => n.data), inBody: nodes.map((n) => document.body.contains(n)) };
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') {
            if (isVolatile(r.oldValue ?? '') && isVolatile(r.target.data)) continue;
            e2e.mutations.push(`characterData ${describe(r.target)} in ${describe(r.target.parentNode)} (was ${JSON.stringify(r.oldValue)})`);
          } else if (r.type === 'childList') {
            // The tooltip host is the extension's own node, appended to <html>, outside the page.
            const ours = (n) => n.nodeType === Node.ELEMENT_NODE && n.localName === 'div' && n.hasAttribute('data-kontext-tooltip');
            const added = [...r.addedNodes].filter((n) => !ours(n));
            const removed = [...r.removedNodes].filter((n) => !ours(n));
            if (added.length === 0 && removed.length === 0) continue;
            e2e.mutations.push(
              `childList in ${describe(r.target)}: +[${added.map(describe).join(', ')}] -[${removed.map(describe).join(', ')}]`,
            );
          }
        }
      });
      // The body's whole subtree, and <html>'s own children (where the tooltip host goes).
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      observer.observe(document.documentElement, { childList: true });
    },
    { once: true, capture: true },
  );
}

/**
 * Installed before any page script when `trackHighlights` is set: samples the total number of
 * ranges in the `kontext-*` highlights (the hover emphasis `kontext-active` not counted) every
 * 20 ms and records when it last changed, in the page's clock (`performance.now()`, i.e. ms since
 * navigation start). Timers and the registry are captured first, so page scripts cannot stop it.
 */
function trackHighlights() {
  const setIntervalOf = window.setInterval.bind(window);
  const now = performance.now.bind(performance);
  const registry = CSS.highlights;
  const entries = Object.getPrototypeOf(registry).entries;
  const iterate = () => entries.call(registry);
  const track = (window.__kontextHighlights = { total: 0, lastChange: 0, firstSeen: null, changes: 0 });
  const read = () => {
    let total = 0;
    try {
      for (const [name, highlight] of iterate()) {
        if (name.startsWith('kontext-') && name !== 'kontext-active') total += highlight.size;
      }
    } catch {
      // never let the probe throw into the page
    }
    return total;
  };
  setIntervalOf(() => {
    const total = read();
    if (total === track.total) return;
    track.total = total;
    track.lastChange = now();
    track.changes++;
    if (total > 0 && track.firstSeen === null) track.firstSeen = track.lastChange;
  }, 20);
}

/**
 * A `pagehide` listener the test adds after Kontext's own (listeners run in the order they were
 * added): it records what is left of Kontext at that moment — highlights, tooltip hosts, adopted
 * style sheets in open shadow roots — in sessionStorage, which survives the navigation.
 */
function teardownProbe(key) {
  addEventListener('pagehide', (event) => {
    const registry = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext-')) registry[name] = highlight.size;
    let adoptedSheets = 0;
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          adoptedSheets += el.shadowRoot.adoptedStyleSheets.length;
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    sessionStorage.setItem(
      key,
      JSON.stringify({ persisted: event.persisted, registry, hosts: document.querySelectorAll('div[data-kontext-tooltip]').length, adoptedSheets }),
    );
  });
}

export class ArticlePage {
  /**
   * @param {import('puppeteer-core').Page} page
   * @param {{ volatileText?: RegExp[] }} [options]
   */
  constructor(page, { volatileText = [] } = {}) {
    this.page = page;
    this.volatileText = volatileText;
  }

  /**
   * Opens `url` in a new tab and waits until Kontext has registered its highlights.
   * @param {import('puppeteer-core').Browser} browser
   * @param {string} url
   * `trackHighlights`: record when the number of highlighted ranges last changed (see
   * `highlightProgress`); `beforeGoto`: runs with the new tab before it navigates (e.g. to start
   * listening for errors or tracing).
   * @param {{ volatileText?: RegExp[], waitForHighlights?: boolean, trackHighlights?: boolean,
   *   beforeGoto?: (page: import('puppeteer-core').Page) => Promise<void> | void }} [options]
   */
  static async open(browser, url, options = {}) {
    const page = await browser.newPage();
    const article = new ArticlePage(page, options);
    await page.evaluateOnNewDocument(preload, article.volatileText.map((re) => re.source));
    if (options.trackHighlights) await page.evaluateOnNewDocument(trackHighlights);
    await options.beforeGoto?.(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (options.waitForHighlights !== false) await article.waitForHighlights();
    return article;
  }

  /** Names of the registered `kontext-*` highlights with their sizes. */
  async highlightRegistry() {
    return this.page.evaluate(() => {
      const out = {};
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext-')) out[name] = highlight.size;
      return out;
    });
  }

  /**
   * Waits until at least one `kontext-*` highlight has ranges and the total number of ranges has
   * stopped changing for `quietMs`.
   */
  async waitForHighlights({ timeout = 20_000, quietMs = 750 } = {}) {
    const deadline = Date.now() + timeout;
    let last = -1;
    let stableSince = Date.now();
    for (;;) {
      const registry = await this.highlightRegistry();
      const total = Object.values(registry).reduce((a, b) => a + b, 0);
      if (total !== last) {
        last = total;
        stableSince = Date.now();
      } else if (total > 0 && Date.now() - stableSince >= quietMs) {
        return registry;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Kontext registered no highlights within ${timeout} ms (CSS.highlights: ${JSON.stringify(registry)}; url ${this.page.url()})`,
        );
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /**
   * Every range of every `kontext-*` highlight: its highlight name, text and the page region it
   * is in (see REGIONS), in document order.
   * @returns {Promise<{ name: string, text: string, region: string, collapsed: boolean, kind: string }[]>}
   */
  async highlightedRanges() {
    return this.page.evaluate((regions) => {
      const out = [];
      const regionOf = (node) => {
        const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        if (!el) return 'detached';
        if (!el.isConnected) return 'detached';
        for (const [region, selector] of Object.entries(regions)) if (el.closest(selector)) return region;
        return 'elsewhere';
      };
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kontext-')) continue;
        // If a browser ever hid the content script's ranges from the page (Xray wrappers), say so
        // instead of reporting "no highlights"; hit-testing (highlightNamesAt) would then be the way.
        if (highlight.size > 0 && [...highlight].length === 0) {
          out.push({ name, text: `<${highlight.size} ranges not readable from the page>`, region: 'unreadable', collapsed: false, kind: '?', range: null });
          continue;
        }
        for (const abstract of highlight) {
          // Highlights may hold live Ranges or StaticRanges; read both through a live Range.
          const range = document.createRange();
          let text;
          try {
            range.setStart(abstract.startContainer, abstract.startOffset);
            range.setEnd(abstract.endContainer, abstract.endOffset);
            text = range.toString();
          } catch (error) {
            text = `<invalid ${abstract.constructor?.name ?? 'range'}: ${error}>`;
          }
          // A range in a form field counts there if either end is inside it.
          let region = regionOf(abstract.startContainer);
          const endRegion = regionOf(abstract.endContainer);
          if (endRegion === 'textarea' || endRegion === 'contenteditable') region = endRegion;
          out.push({ name, text, region, collapsed: abstract.collapsed, kind: abstract.constructor?.name ?? '?', range });
        }
      }
      out.sort((a, b) => {
        try {
          if (!a.range || !b.range) return 0;
          return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
        } catch {
          return 0; // a range in a detached subtree: no document order
        }
      });
      return out.map(({ range, ...rest }) => rest);
    }, REGIONS);
  }

  /** `highlightedRanges()` grouped to "name|text" → count, for one region (or all when omitted). */
  async highlightedTexts(region) {
    const counts = {};
    for (const r of await this.highlightedRanges()) {
      if (region && r.region !== region) continue;
      const key = `${r.name}|${r.text}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * Where the `occurrence`-th (0-based) whole-word occurrence of `text` inside `scope` is, found by
   * the test's own search of the page's text nodes. Scrolls it into view first.
   * @returns {Promise<{ x: number, y: number, width: number, height: number }>}
   */
  async locate(text, { scope = 'article [itemprop="articleBody"]', occurrence = 0 } = {}) {
    const box = await this.page.evaluate(
      (text, scope, occurrence) => {
        const root = document.querySelector(scope);
        if (!root) return { error: `no element matches ${scope}` };
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const word = /[\p{L}\p{N}]/u;
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          let i = n.data.indexOf(text);
          while (i >= 0) {
            const before = n.data[i - 1];
            const after = n.data[i + text.length];
            if ((!before || !word.test(before)) && (!after || !word.test(after))) {
              if (seen === occurrence) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + text.length);
                n.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
                const rect = range.getClientRects()[0];
                if (!rect) return { error: `"${text}" has no layout box` };
                return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
              }
              seen++;
            }
            i = n.data.indexOf(text, i + 1);
          }
        }
        return { error: `"${text}" occurs ${seen} time(s) in ${scope}, wanted occurrence #${occurrence}` };
      },
      text,
      scope,
      occurrence,
    );
    if ('error' in box) throw new Error(box.error);
    return box;
  }

  /**
   * Names of the highlights the page's hit-test finds at a viewport point: `highlightsFromPoint`
   * where the browser has it (Chromium; Firefox from 141), else the ranges of every highlight
   * that hold the caret position under the point and have a box there (Firefox ESR 140).
   */
  async highlightNamesAt(x, y) {
    return this.page.evaluate(
      (x, y) => {
        const names = [];
        if (typeof CSS.highlights.highlightsFromPoint === 'function') {
          for (const hit of CSS.highlights.highlightsFromPoint(x, y)) {
            const highlight = hit && 'highlight' in hit ? hit.highlight : hit; // spec'd result shape changed over time
            for (const [name, h] of CSS.highlights) if (h === highlight) names.push(name);
          }
          return names;
        }
        const caret = document.caretPositionFromPoint(x, y);
        if (!caret) return names;
        const inBox = (range) => [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
        for (const [name, highlight] of CSS.highlights) {
          for (const registered of highlight) {
            // Kontext registers StaticRanges: a live copy answers where it lies.
            const range = document.createRange();
            range.setStart(registered.startContainer, registered.startOffset);
            range.setEnd(registered.endContainer, registered.endOffset);
            if (range.isPointInRange(caret.offsetNode, caret.offset) && inBox(range)) {
              names.push(name);
              break;
            }
          }
        }
        return names;
      },
      x,
      y,
    );
  }

  /** Highlight names at the centre of an occurrence of `text` (see `locate`). */
  async highlightNamesOn(text, options) {
    const box = await this.locate(text, options);
    return this.highlightNamesAt(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the pointer away, then onto the middle of an occurrence of `text`. */
  async hover(text, options) {
    await this.page.bringToFront();
    const box = await this.locate(text, options);
    await this.page.mouse.move(5, 890);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    return box;
  }

  /** Moves the pointer to an empty corner of the viewport. */
  async unhover() {
    await this.page.mouse.move(5, 890, { steps: 2 });
  }

  /**
   * The tooltip card as the user sees it, read from the closed shadow root, or null.
   * @returns {Promise<null | {
   *   role: string, text: string, name: string | null, description: string | null, slip: string | null,
   *   links: { text: string, href: string }[], lang: string | null,
   *   box: { x: number, y: number, width: number, height: number }, viewport: { width: number, height: number },
   * }>}
   */
  async tooltip() {
    const card = await evaluateInClosedShadowRoot(this.page, TOOLTIP_HOST, (root) => {
      const el = root.querySelector('[role="tooltip"]');
      if (!el) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) return null;
      const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      const text = (sel) => {
        const found = el.querySelector(sel);
        return found ? clean(found.textContent) : null;
      };
      return {
        role: el.getAttribute('role'),
        text: clean(el.textContent),
        name: text('.name'),
        description: text('.description'),
        slip: text('.slip'),
        links: [...el.querySelectorAll('a[href]')].map((a) => ({ text: clean(a.textContent), href: a.href })),
        lang: el.closest('[lang]')?.getAttribute('lang') ?? null,
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        viewport: { width: window.innerWidth, height: window.innerHeight },
      };
    });
    return card ?? null;
  }

  /** The visible tooltip card's whole text (whitespace collapsed), or null. */
  async tooltipText() {
    return (await this.tooltip())?.text ?? null;
  }

  /** Waits for a visible tooltip card satisfying `predicate` (default: any). */
  async waitForTooltip(predicate = () => true, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      last = await this.tooltip();
      if (last && predicate(last)) return last;
      if (Date.now() > deadline) {
        throw new Error(`no matching tooltip within ${timeout} ms; last seen: ${JSON.stringify(last)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The tooltip host element's box and visibility, as the page sees it (light DOM only). */
  async tooltipHost() {
    return this.page.evaluate((selector) => {
      const hosts = [...document.querySelectorAll(selector)];
      const host = hosts[0];
      if (!host) return null;
      const rect = host.getBoundingClientRect();
      return {
        count: hosts.length,
        parent: host.parentElement?.localName ?? null,
        pageCanSeeShadowRoot: host.shadowRoot !== null,
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        viewport: { width: innerWidth, height: innerHeight },
      };
    }, TOOLTIP_HOST);
  }

  /**
   * The page's text now compared with the snapshot taken at DOMContentLoaded (before the content
   * script ran), with the page's own volatile text (the clock) masked:
   * - `before` / `now`: TreeWalker dumps of every text node's data in <body>;
   * - `changed`: text nodes of the snapshot (whole document) that were removed or whose data changed;
   * - `addedInBody`: text nodes in <body> that were not there before;
   * - `mutations`: every text/child-list mutation seen in <body> (or of <html>'s children) since.
   */
  async textNodeDump() {
    return this.page.evaluate((volatileSources) => {
      const volatile = volatileSources.map((s) => new RegExp(s));
      const mask = (data) => (volatile.some((re) => re.test(data)) ? '<volatile>' : data);
      const e2e = window.__kontextE2e;
      if (!e2e?.before) throw new Error('the preload snapshot is missing (page not opened with ArticlePage.open?)');
      const where = (n) => {
        const el = n.parentElement;
        return el ? `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className : ''}` : 'detached';
      };
      const bodyNodes = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) bodyNodes.push(n);
      const beforeNodes = e2e.before.nodes;
      const beforeSet = new Set(beforeNodes);
      const changed = [];
      beforeNodes.forEach((n, i) => {
        const was = mask(e2e.before.data[i]);
        if (!n.isConnected) changed.push(`removed: ${JSON.stringify(was.slice(0, 80))} (was in ${where(n)})`);
        else if (mask(n.data) !== was) changed.push(`changed in ${where(n)}: ${JSON.stringify(was.slice(0, 80))} -> ${JSON.stringify(n.data.slice(0, 80))}`);
      });
      return {
        before: e2e.before.data.filter((_, i) => e2e.before.inBody[i]).map(mask),
        now: bodyNodes.map((n) => mask(n.data)),
        changed,
        addedInBody: bodyNodes.filter((n) => !beforeSet.has(n)).map((n) => `${where(n)}: ${JSON.stringify(n.data.slice(0, 80))}`),
        mutations: e2e.mutations.slice(),
      };
    }, this.volatileText.map((re) => re.source));
  }

  /**
   * The highlight tracker's state (page opened with `trackHighlights`): the number of ranges now,
   * when it last changed and when the first range appeared (ms since navigation start), and the
   * page clock now.
   * @returns {Promise<{ total: number, lastChange: number, firstSeen: number | null, changes: number, now: number }>}
   */
  async highlightProgress() {
    return this.page.evaluate(() => {
      const track = window.__kontextHighlights;
      if (!track) throw new Error('the highlight tracker is missing (open the page with trackHighlights)');
      return { ...track, now: performance.now() };
    });
  }

  /**
   * Waits until the number of highlighted ranges has not changed for `quietMs` (page opened with
   * `trackHighlights`). With `allowNone`, a page that shows no highlight for `timeout` ms resolves
   * with total 0 instead of failing.
   */
  async waitForStableHighlights({ quietMs = 1000, timeout = 20_000, allowNone = false } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const progress = await this.highlightProgress();
      if (progress.total > 0 && progress.now - progress.lastChange >= quietMs) return progress;
      if (Date.now() > deadline) {
        if (allowNone && progress.total === 0) return progress;
        throw new Error(`highlights not stable within ${timeout} ms: ${JSON.stringify(progress)} (url ${this.page.url()})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * A highlighted mention the reader can see: the first range (in registry order) with a layout
   * box whose centre, once scrolled into view, hits the mention's own element (not a banner above
   * it). Null when there is none.
   * @returns {Promise<null | { text: string, name: string, x: number, y: number }>}
   */
  async visibleMention() {
    return this.page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
        for (const r of highlight) {
          const parent = r.startContainer.parentElement;
          if (!parent || !r.startContainer.isConnected || r.startContainer.getRootNode() !== document) continue;
          const range = document.createRange();
          try {
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue;
          }
          parent.scrollIntoView({ block: 'center', inline: 'nearest' });
          const box = range.getClientRects()[0];
          if (!box || box.width < 2 || box.height < 2) continue;
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
          const hit = document.elementFromPoint(x, y);
          if (!hit || !(hit === parent || parent.contains(hit) || hit.contains(parent))) continue;
          return { text: range.toString(), name, x, y };
        }
      }
      return null;
    });
  }

  /** Moves the pointer onto a point (from `visibleMention`), the way a reader would. */
  async hoverAt({ x, y }) {
    await this.page.bringToFront();
    await this.page.mouse.move(5, 890);
    await this.page.mouse.move(x, y, { steps: 4 });
  }

  /** Size of the page: its HTML and the text of its <body> (scripts and styles left out). */
  async textStats() {
    return this.page.evaluate(() => {
      let text = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) text += /** @type {Text} */ (n).data.length;
      return { text, html: document.documentElement.outerHTML.length };
    });
  }

  /**
   * Adds the teardown probe (see `teardownProbe`) to the page. Call it after Kontext has started,
   * so that the probe runs after Kontext's own `pagehide` listener.
   */
  async armTeardownProbe() {
    await this.page.evaluate(teardownProbe, TEARDOWN_KEY);
  }

  /**
   * Leaves the page for `url` (same origin, so sessionStorage carries over) and returns what the
   * teardown probe saw at `pagehide`: Kontext's highlights, tooltip hosts and shadow-root style
   * sheets left at that moment.
   * @returns {Promise<{ persisted: boolean, registry: Record<string, number>, hosts: number, adoptedSheets: number }>}
   */
  async leaveAndReadTeardown(url) {
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const json = await this.page.evaluate((key) => sessionStorage.getItem(key), TEARDOWN_KEY);
    if (!json) throw new Error(`the teardown probe left no record (armTeardownProbe not called, or pagehide never fired)`);
    return JSON.parse(json);
  }

  /** Identifies this document load; changes when the tab reloads or navigates. */
  async loadId() {
    return this.page.evaluate(() => window.__kontextE2e?.loadId ?? null);
  }

  async screenshot(path) {
    await this.page.screenshot({ path, type: 'png' });
  }
}
