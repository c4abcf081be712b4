/**
 * Reading and writing the extension's `storage.local` from a test, the way the extension's own
 * pages do: in the extension's options page (chrome-extension://<id>/options.html,
 * moz-extension://<uuid>/options.html), with `chrome.storage.local` / `browser.storage.local`.
 * Nothing in the extension is changed for the tests; open tabs see the change through their
 * storage listeners, as they would after an edit in the options page.
 *
 *   await setExtensionStorage(session, { glossaryEdits: { upserts: { … }, deleted: [] } });
 */
import { OptionsPage } from '../pages/options-page.mjs';

/**
 * @param {{ browser: import('puppeteer-core').Browser, extensionBaseUrl: string }} session
 * @param {(page: import('puppeteer-core').Page) => Promise<T>} fn
 * @template T
 */
async function inOptionsPage(session, fn) {
  const options = await OptionsPage.open(session.browser, session.extensionBaseUrl);
  try {
    return await fn(options.page);
  } finally {
    await options.close().catch(() => {});
  }
}

/** Writes `items` to the extension's storage.local. */
export async function setExtensionStorage(session, items) {
  await inOptionsPage(session, (page) =>
    page.evaluate(async (json) => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      await api.storage.local.set(JSON.parse(json));
    }, JSON.stringify(items)),
  );
}

/** Removes `keys` from the extension's storage.local. */
export async function removeExtensionStorage(session, keys) {
  await inOptionsPage(session, (page) =>
    page.evaluate(async (keys) => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      await api.storage.local.remove(keys);
    }, keys),
  );
}

/** Reads `keys` from the extension's storage.local. */
export async function getExtensionStorage(session, keys) {
  return inOptionsPage(session, (page) =>
    page.evaluate(async (keys) => {
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      return JSON.stringify(await api.storage.local.get(keys));
    }, keys),
  ).then((json) => JSON.parse(json));
}

/**
 * The storage value that adds every entry of `glossary` to the default glossary, as the options
 * page would store it (`glossaryEdits`: `{ upserts: { id: entry }, deleted: [] }`).
 * @param {{ entries: { id: string }[] }} glossary
 */
export function glossaryEditsAdding(glossary) {
  return { upserts: Object.fromEntries(glossary.entries.map((e) => [e.id, e])), deleted: [] };
}
