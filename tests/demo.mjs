#!/usr/bin/env node
/**
 * `npm run demo [-- --firefox] [-- --no-build]`: builds the extension, serves the sample article as
 * http://www.die-nachrichten.at/…, opens it in headless Chromium (or Firefox) with Kontext,
 * waits for the highlights, rests the pointer on "Planet Labs", waits for the tooltip and saves a
 * 1280×900 screenshot to artifacts/demo.png (artifacts/demo-firefox.png). Prints the file's path.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticlePage } from './e2e/pages/article-page.mjs';
import { fixturePath, startFixtureServer } from './e2e/support/fixture-server.mjs';
import { browserVersion, closeBrowser, launchBrowser } from './e2e/support/browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const kind = args.includes('--firefox') ? 'firefox' : 'chromium';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const scenario = JSON.parse(readFileSync(join(root, 'tests/e2e/expected/die-nachrichten-nordkorea.json'), 'utf8'));

if (!args.includes('--no-build')) {
  const script = kind === 'firefox' ? 'build:firefox' : 'build:chrome';
  console.log(`[demo] npm run ${script}`);
  const build = spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`[demo] the build failed (exit ${build.status})`);
    process.exit(1);
  }
}

const extDir = join(root, '.output', kind === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
const out = join(root, 'artifacts', kind === 'firefox' ? 'demo-firefox.png' : 'demo.png');
mkdirSync(join(root, 'artifacts'), { recursive: true });

const server = await startFixtureServer({ [scenario.host]: fixturePath(scenario.fixture) });
/** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
let launched;
try {
  launched = await launchBrowser(kind, extDir, { proxyPort: server.port });
  console.log(`[demo] ${browserVersion(launched.executablePath)} with Kontext (${launched.extensionId})`);
  const url = server.url(scenario.host, scenario.path);
  const article = await ArticlePage.open(launched.browser, url);
  const registry = await article.highlightRegistry();
  const total = Object.values(registry).reduce((a, b) => a + b, 0);
  console.log(`[demo] ${url}: ${total} highlighted mentions (${Object.entries(registry).map(([n, c]) => `${n} ${c}`).join(', ')})`);

  const { text, scope, occurrence } = scenario.hover;
  await article.hover(text, { scope, occurrence });
  const card = await article.waitForTooltip((c) => c.name !== null && c.name !== '');
  console.log(`[demo] tooltip: ${card.name} — ${(card.description ?? '').slice(0, 90)}…`);
  await new Promise((r) => setTimeout(r, 300)); // let the card finish any entrance transition
  await article.screenshot(out);
  console.log(out);
} catch (error) {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (launched) await closeBrowser(launched.browser);
  await server.close();
}
