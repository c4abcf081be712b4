/**
 * Errors and warnings that come from Kontext, seen from outside the extension.
 *
 * The saved news pages bring their own scripts, which throw (their external resources do not load
 * here) — those are not Kontext's. A message counts as Kontext's when its source location, its
 * stack or its text points at the extension: a `chrome-extension://` / `moz-extension://` URL of
 * the extension, or the word "Kontext" (the content script prefixes every message with it).
 *
 * Sources: puppeteer's `console` events (types error, warn, assert; in both browsers they include
 * the content script's own console calls — a test checks that with a warning Kontext really logs)
 * and `pageerror` (uncaught exceptions and unhandled rejections). Both browsers report these for
 * isolated worlds too (checked with throws and rejections in puppeteer's own isolated world /
 * WebDriver BiDi sandbox; Kontext itself cannot be made to throw from outside).
 *
 *   const errors = collectKontextErrors(page, session.extensionBaseUrl);
 *   …
 *   expect(errors.list()).toEqual([]);
 *   errors.stop();
 */

/**
 * Messages the browser itself writes about the page's resources. Chromium attributes them to
 * whatever script was running when the request started — which is Kontext's when its reading of
 * the page (layout, visibility) makes the browser fetch a lazy image: "Mixed Content: … requested
 * an insecure element 'http://…'" with content.js as its location. They are about the page's own
 * resources, not errors of Kontext, so they are kept apart (see `attributedToKontext()`).
 */
const BROWSER_RESOURCE_MESSAGE = /^(Mixed Content: |Failed to load resource: )/;

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} extensionBaseUrl chrome-extension://<id>/ or moz-extension://<uuid>/
 */
export function collectKontextErrors(page, extensionBaseUrl) {
  /** @type {string[]} */
  const found = [];
  /** @type {string[]} */
  const all = [];
  /** @type {string[]} */
  const attributed = [];
  const ours = (...texts) => texts.some((t) => typeof t === 'string' && (t.includes(extensionBaseUrl) || /\bKontext\b/.test(t)));

  /** @param {import('puppeteer-core').ConsoleMessage} message */
  const onConsole = (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warn' && type !== 'assert') return;
    const where = [message.location()?.url ?? '', ...message.stackTrace().map((f) => f.url ?? '')];
    const line = `console.${type}: ${message.text()} (${where[0] || 'no location'})`;
    all.push(line);
    if (BROWSER_RESOURCE_MESSAGE.test(message.text()) && !/\bKontext\b/.test(message.text())) {
      if (ours(...where)) attributed.push(line);
    } else if (ours(message.text(), ...where)) {
      found.push(line);
    }
  };
  /** @param {unknown} error */
  const onPageError = (error) => {
    const e = /** @type {any} */ (error);
    const line = `pageerror: ${e?.message ?? String(error)}${e?.stack ? `\n${String(e.stack).split('\n').slice(0, 4).join('\n')}` : ''}`;
    all.push(line);
    if (ours(e?.message, e?.stack, String(error))) found.push(line);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    /** Kontext's errors and warnings so far. */
    list: () => found.slice(),
    /** Every error and warning so far (the page's own included), for diagnosis. */
    all: () => all.slice(),
    /** Browser messages about the page's resources that the browser located in Kontext's script. */
    attributedToKontext: () => attributed.slice(),
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}
