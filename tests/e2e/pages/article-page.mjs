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

const TOOLTIP_HOST = 'kontext-tooltip';

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
            const ours = (n) => n.nodeType === Node.ELEMENT_NODE && n.localName === 'kontext-tooltip';
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
   * @param {{ volatileText?: RegExp[], waitForHighlights?: boolean }} [options]
   */
  static async open(browser, url, options = {}) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const article = new ArticlePage(page, options);
    await page.evaluateOnNewDocument(preload, article.volatileText.map((re) => re.source));
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

  /** Names of the highlights the page's hit-test finds at a viewport point. */
  async highlightNamesAt(x, y) {
    return this.page.evaluate(
      (x, y) => {
        const names = [];
        const hits = CSS.highlights.highlightsFromPoint(x, y);
        for (const hit of hits) {
          const highlight = hit && 'highlight' in hit ? hit.highlight : hit; // spec'd result shape changed over time
          for (const [name, h] of CSS.highlights) if (h === highlight) names.push(name);
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
   *   role: string, text: string, name: string | null, description: string | null,
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

  /** Identifies this document load; changes when the tab reloads or navigates. */
  async loadId() {
    return this.page.evaluate(() => window.__kontextE2e?.loadId ?? null);
  }

  async screenshot(path) {
    await this.page.screenshot({ path, type: 'png' });
  }
}
