/**
 * Page object for Kontext's options page (the glossary editor), in its own tab.
 *
 * Stable hooks the options page provides: list rows `[data-entry-id="…"]` with an edit button
 * `[data-action="edit"]`; the form's `textarea[name="description.de"]` and `[data-action="save"]`;
 * a status message in `[role="status"]`.
 *
 * Firefox: moz-extension:// pages need `--remote-allow-system-access`, and `page.goto` there may
 * never report the load, so navigation is started without waiting and `location` is polled.
 */
export class OptionsPage {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /**
   * Opens `<extensionBaseUrl>options.html` in a new tab.
   * @param {import('puppeteer-core').Browser} browser
   * @param {string} extensionBaseUrl e.g. chrome-extension://<id>/ or moz-extension://<uuid>/
   */
  static async open(browser, extensionBaseUrl) {
    const page = await browser.newPage();
    const url = new URL('options.html', extensionBaseUrl).href;
    if (browser.protocol === 'cdp') {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    } else {
      await page.goto(url, { waitUntil: 'load', timeout: 1_500 }).catch(() => {});
      await waitFor(
        async () => page.evaluate(() => [location.href, document.readyState]).catch(() => null),
        (v) => v !== null && v[0] === url && v[1] === 'complete',
        { timeout: 20_000, what: `the options page at ${url}` },
      );
    }
    const options = new OptionsPage(page);
    await options.waitForEntry('planet-labs').catch(() => {}); // the list renders asynchronously
    return options;
  }

  /** The list row of an entry. */
  entrySelector(id) {
    return `[data-entry-id="${id}"]`;
  }

  async waitForEntry(id, { timeout = 15_000 } = {}) {
    return this.page.waitForSelector(this.entrySelector(id), { timeout });
  }

  /** Ids of the entries listed. */
  async entryIds() {
    return this.page.$$eval('[data-entry-id]', (rows) => rows.map((r) => r.getAttribute('data-entry-id')));
  }

  /** Opens the editor for an entry and returns the German description it shows. */
  async openEditor(id) {
    await this.page.bringToFront();
    const row = await this.waitForEntry(id);
    const edit = await row.waitForSelector('[data-action="edit"]', { timeout: 10_000 });
    await edit.click();
    const field = await this.page.waitForSelector('textarea[name="description.de"]', { visible: true, timeout: 10_000 });
    return field.evaluate((el) => el.value);
  }

  /**
   * Edits an entry's German description the way a user would (open the editor, select all, type,
   * save). Resolves with the description the editor showed first and the status message after saving.
   * @param {string} id
   * @param {string} text
   * @returns {Promise<{ previous: string, status: string }>}
   */
  async editDescription(id, text) {
    const previous = await this.openEditor(id);
    const field = await this.page.waitForSelector('textarea[name="description.de"]', { visible: true });
    if (!field) throw new Error('the description field disappeared');
    await field.click();
    await field.evaluate((el) => el.select());
    await this.page.keyboard.press('Backspace');
    await field.type(text);
    const typed = await field.evaluate((el) => el.value);
    if (typed !== text) throw new Error(`the description field holds ${JSON.stringify(typed)}, not the typed text`);
    const before = await this.status();
    await this.page.click('[data-action="save"]');
    const status = await waitFor(
      () => this.status(),
      (value) => value !== '' && value !== before,
      { timeout: 10_000, what: 'a status message after saving' },
    );
    return { previous, status };
  }

  /** The text of the status message (`[role="status"]`), or ''. */
  async status() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[role="status"]')]
        .map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '')
        .filter(Boolean)
        .join(' | '),
    );
  }

  async close() {
    await this.page.close();
  }
}

/**
 * Polls `read()` until `done(value)`; throws with the last value after `timeout`.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} done
 */
export async function waitFor(read, done, { timeout = 10_000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (done(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
