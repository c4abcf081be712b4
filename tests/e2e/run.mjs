#!/usr/bin/env node
/**
 * `npm run test:e2e [-- <vitest args>]`: the real-browser tier on its own.
 *
 * Builds the extension first when `.output/` is missing or older than the sources (`--build`
 * forces a build, `--no-build` skips the check), makes sure both browsers are there (installing
 * them with apt-get when running as root), then runs vitest with vitest.e2e.config.ts.
 * `npm test` runs the same tier after its own build (see tests/run-all.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './support/browsers.mjs';
import { repoRoot } from './support/fixture-server.mjs';

const argv = process.argv.slice(2);
const forceBuild = argv.includes('--build');
const skipBuild = argv.includes('--no-build');
const vitestArgs = argv.filter((a) => a !== '--build' && a !== '--no-build');

/** Newest modification time below `path` (files only), 0 when it does not exist. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function buildIsStale() {
  const manifests = ['chrome-mv3', 'firefox-mv2'].map((d) => join(repoRoot, '.output', d, 'manifest.json'));
  if (!manifests.every((m) => existsSync(m))) return 'no build in .output/';
  const built = Math.min(...manifests.map((m) => statSync(m).mtimeMs));
  const sources = ['src', 'entrypoints', 'glossary', 'assets', 'wxt.config.ts', 'package.json'];
  const changed = sources.filter((s) => newest(join(repoRoot, s)) > built);
  return changed.length > 0 ? `changed since the last build: ${changed.join(', ')}` : '';
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const stale = forceBuild ? 'forced with --build' : skipBuild ? '' : buildIsStale();
if (stale) {
  console.log(`[e2e] building the extension (${stale})`);
  const build = spawnSync(npm, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

for (const kind of /** @type {const} */ (['chromium', 'firefox'])) {
  try {
    console.log(`[e2e] ${kind}: ${ensureBrowser(kind)}`);
  } catch (error) {
    // The tests of that browser will fail with the same message; run the others anyway.
    console.error(error instanceof Error ? error.message : String(error));
  }
}

const vitest = spawnSync(
  join(repoRoot, 'node_modules', '.bin', 'vitest'),
  ['run', '--config', 'vitest.e2e.config.ts', ...vitestArgs],
  { cwd: repoRoot, stdio: 'inherit' },
);
process.exit(vitest.status ?? 1);
