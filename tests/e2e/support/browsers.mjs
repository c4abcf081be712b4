/**
 * Finds the system's Chromium and Firefox and starts them with a built Kontext extension.
 * Shared by the e2e tests, `npm test`, `npm run demo` and `.ci/run`. Nothing here downloads a
 * browser: a missing one is installed with apt-get when that is possible (root + Debian/Ubuntu),
 * otherwise the error names the command to run.
 *
 *   const { browser, extensionId, extensionBaseUrl } = await launchChromium('.output/chrome-mv3', { proxyPort });
 *   const { browser, extensionId, extensionBaseUrl } = await launchFirefox('.output/firefox-mv2', { proxyPort });
 *
 * Command line: `node tests/e2e/support/browsers.mjs [--install] [chromium] [firefox]` prints the paths found
 * (and with --install installs what is missing); exits 1 when a browser is missing.
 *
 * Environment: CHROME_PATH / FIREFOX_PATH pick a binary; KONTEXT_HEADFUL=1 shows the windows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Firefox extension UUID the tests fix, so its pages live at a known moz-extension:// URL. */
export const FIREFOX_EXTENSION_UUID = '6f1e2d3c-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
    paths: [
      '/usr/lib/chromium/chromium',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    aptPackage: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    paths: [
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/bin/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    aptPackage: 'firefox-esr',
  },
};

/** @typedef {'chromium' | 'firefox'} BrowserKind */

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Debian's /usr/bin/chromium is a shell script that adds flags of its own (a `--load-extension=`
 * list, a broken /dev/shm check); start the real binary beside it instead. Symlinks
 * (/usr/bin/firefox-esr → /usr/lib/firefox-esr/firefox-esr) are resolved too.
 */
function realBinary(kind, path) {
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    return path;
  }
  if (kind === 'chromium') {
    const isScript = readFileSync(real).subarray(0, 2).toString('latin1') === '#!';
    if (isScript && isExecutable('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  }
  return real;
}

/**
 * The browser's executable, or undefined. An explicitly set CHROME_PATH / FIREFOX_PATH that does
 * not exist is an error, not a reason to look elsewhere.
 * @param {BrowserKind} kind
 */
export function findBrowser(kind) {
  const spec = BROWSERS[kind];
  const explicit = process.env[spec.env];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${spec.env}=${explicit} is not an executable file.`);
    return realBinary(kind, explicit);
  }
  for (const name of spec.names) {
    const found = onPath(name);
    if (found) return realBinary(kind, found);
  }
  for (const path of spec.paths) if (isExecutable(path)) return realBinary(kind, path);
  return undefined;
}

function installCommand(kind, sudo = '') {
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${BROWSERS[kind].aptPackage}`;
}

function canApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && Boolean(onPath('apt-get'));
}

/**
 * The browser's executable; installs it with apt-get when it is missing and we are root on a
 * machine with apt-get. Otherwise throws an error that names the command to run.
 * @param {BrowserKind} kind
 * @param {{ install?: boolean }} [options]
 */
export function ensureBrowser(kind, { install = true } = {}) {
  const found = findBrowser(kind);
  if (found) return found;
  const spec = BROWSERS[kind];
  if (install && canApt()) {
    const command = installCommand(kind);
    console.error(`[browsers] ${kind} not found; installing it: ${command}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', spec.aptPackage]]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) throw new Error(`[browsers] apt-get ${args.join(' ')} failed (exit ${result.status}).`);
    }
    const installed = findBrowser(kind);
    if (installed) return installed;
    throw new Error(`[browsers] installed ${spec.aptPackage}, but still cannot find ${kind}.`);
  }
  const sudo = typeof process.getuid === 'function' && process.getuid() === 0 ? '' : 'sudo ';
  throw new Error(
    `[browsers] ${kind} not found (looked at $${spec.env}, ${spec.names.join(', ')} on PATH and the usual paths).\n` +
      `Install it with:\n  ${installCommand(kind, sudo)}\n` +
      `or point ${spec.env} at an existing binary.`,
  );
}

/** The installed browser's version string, e.g. "Chromium 156.0…" (for logs). */
export function browserVersion(executablePath) {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return 'unknown version';
  }
}

const headless = process.env.KONTEXT_HEADFUL !== '1';

/** puppeteer-core, loaded on first launch (so the command line works before `npm ci`). */
async function puppeteer() {
  return (await import('puppeteer-core')).default;
}

/**
 * @typedef {{
 *   browser: import('puppeteer-core').Browser,
 *   kind: BrowserKind,
 *   executablePath: string,
 *   extensionId: string,
 *   extensionBaseUrl: string,
 * }} LaunchedBrowser
 * @typedef {{ proxyPort?: number, args?: string[], install?: boolean, acceptInsecureCerts?: boolean, firefoxPrefs?: Record<string, unknown> }} LaunchOptions
 *   `acceptInsecureCerts`: accept the fixture server's self-signed HTTPS certificate (see fixture-server.mjs);
 *   `firefoxPrefs`: more preferences for Firefox (a reader's settings, such as forced colours).
 */

function readManifest(extDir) {
  const path = join(extDir, 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`No built extension at ${extDir} (${path}: ${error.message}). Run \`npm run build\` first.`);
  }
}

/**
 * Chromium with the unpacked extension installed (CDP `Extensions.loadUnpacked`).
 * @param {string} extDir e.g. `.output/chrome-mv3`
 * @param {LaunchOptions} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchChromium(extDir, { proxyPort, args = [], install = true, acceptInsecureCerts = false } = {}) {
  const dir = resolve(extDir);
  readManifest(dir);
  const executablePath = ensureBrowser('chromium', { install });
  const browser = await (await puppeteer()).launch({
    executablePath,
    pipe: true,
    enableExtensions: true,
    acceptInsecureCerts,
    headless,
    defaultViewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForEngagedSites',
      '--window-size=1280,900',
      ...(proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'] : []),
      ...args,
    ],
  });
  try {
    const extensionId = await browser.installExtension(dir);
    return { browser, kind: 'chromium', executablePath, extensionId, extensionBaseUrl: `chrome-extension://${extensionId}/` };
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

/**
 * Firefox with the extension installed as a temporary add-on (WebDriver BiDi `webExtension.install`).
 * The extension's internal UUID is fixed with `extensions.webextensions.uuids`, so its pages are
 * at `moz-extension://${FIREFOX_EXTENSION_UUID}/…`.
 * @param {string} extDir e.g. `.output/firefox-mv2`
 * @param {LaunchOptions} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchFirefox(extDir, { proxyPort, args = [], install = true, acceptInsecureCerts = false, firefoxPrefs = {} } = {}) {
  const dir = resolve(extDir);
  const manifest = readManifest(dir);
  const geckoId = (manifest.browser_specific_settings ?? manifest.applications)?.gecko?.id;
  if (!geckoId) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  const executablePath = ensureBrowser('firefox', { install });
  const proxyPrefs = proxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        // HTTPS goes to the same proxy, which refuses it at once: nothing reaches the network.
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.socks_remote_dns': false,
      }
    : {};
  const browser = await (await puppeteer()).launch({
    browser: 'firefox',
    executablePath,
    acceptInsecureCerts,
    headless,
    defaultViewport: { width: 1280, height: 900 },
    // moz-extension:// pages can only be driven with system access.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900', ...args],
    extraPrefsFirefox: {
      ...proxyPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'dom.security.https_only_mode_pbm': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.newtabpage.enabled': false,
      'layout.css.highlight-api.enabled': true,
      ...firefoxPrefs,
    },
  });
  try {
    const extensionId = await browser.installExtension(dir);
    return {
      browser,
      kind: 'firefox',
      executablePath,
      extensionId,
      extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    };
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

/**
 * @param {BrowserKind} kind
 * @param {string} extDir
 * @param {LaunchOptions} [options]
 */
export function launchBrowser(kind, extDir, options) {
  return kind === 'chromium' ? launchChromium(extDir, options) : launchFirefox(extDir, options);
}

/** How long a browser may take to close before its process is killed. */
const CLOSE_TIMEOUT_MS = 20_000;

/**
 * Closes a launched browser; if it does not close in time (a loaded machine, a WebDriver BiDi
 * session that no longer answers), kills its process, so that a test's teardown never hangs.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function closeBrowser(browser) {
  let timer;
  const closed = await Promise.race([
    browser.close().then(
      () => true,
      () => false,
    ),
    new Promise((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(false), CLOSE_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!closed) browser.process()?.kill('SIGKILL');
}

/** The built extension's folder for a browser, under the repository's `.output/`. */
export function extensionDir(kind, repoRoot = process.cwd()) {
  return resolve(repoRoot, '.output', kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

// Command line.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const install = argv.includes('--install');
  /** @type {BrowserKind[]} */
  const kinds = /** @type {BrowserKind[]} */ (argv.filter((a) => a === 'chromium' || a === 'firefox'));
  let failed = false;
  for (const kind of kinds.length > 0 ? kinds : /** @type {BrowserKind[]} */ (['chromium', 'firefox'])) {
    try {
      const path = ensureBrowser(kind, { install });
      console.log(`${kind}: ${path} (${browserVersion(path)})`);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
