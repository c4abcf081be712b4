/**
 * One helper that starts a browser with the built extension and the fixture server as its proxy
 * (STYLE practice 12). Specs get a `Session` and open page objects from it.
 *
 * The extension is taken from `.output/chrome-mv3` / `.output/firefox-mv2`, or from
 * `$KONTEXT_E2E_OUTPUT/<same names>` when that is set (to try the tests on another build).
 */
import { resolve } from 'node:path';
import { closeBrowser, launchBrowser } from './browsers.mjs';
import { repoRoot, startFixtureServer } from './fixture-server.mjs';

/** @typedef {import('./browsers.mjs').BrowserKind} BrowserKind */

/** The built extension's folder for a browser. */
export function builtExtensionDir(kind) {
  const output = process.env.KONTEXT_E2E_OUTPUT ? resolve(process.env.KONTEXT_E2E_OUTPUT) : resolve(repoRoot, '.output');
  return resolve(output, kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/**
 * @param {BrowserKind} kind
 * @param {Parameters<typeof startFixtureServer>[0]} hosts what the fixture server serves
 * @param {{ https?: boolean, firefoxPrefs?: Record<string, unknown> }} [options] `https`: serve the hosts over HTTPS too (self-signed; the
 *   browser is told to accept it), for hosts the browsers only load over HTTPS (HSTS preload);
 *   `firefoxPrefs`: a Firefox reader's settings (forced colours)
 */
export async function startSession(kind, hosts, { https = false, firefoxPrefs } = {}) {
  const server = await startFixtureServer(hosts, { https });
  try {
    const launched = await launchBrowser(kind, builtExtensionDir(kind), { proxyPort: server.port, acceptInsecureCerts: https, firefoxPrefs });
    return {
      ...launched,
      server,
      async close() {
        await closeBrowser(launched.browser);
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
