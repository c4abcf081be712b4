#!/usr/bin/env node
/**
 * `npm test`: every tier, in order, each streaming its usual output —
 *
 *   1. wxt prepare          (only when .wxt/ is missing; counts only if it fails)
 *   2. tsc --noEmit          (counts as one test)
 *   3. unit tier             (vitest run; happy-dom/Node)
 *   4. npm run build         (counts as one test; Chrome MV3 + Firefox MV2), then the Firefox MV3
 *      build, the store zips and `web-ext lint` of the Firefox build (one test each)
 *   5. e2e tier              (vitest run --config vitest.e2e.config.ts; real Chromium and Firefox)
 *
 * A failing tier does not stop the next ones, except that the e2e tier needs a successful build.
 * Vitest's counts come from its JSON reporter (written to a temporary file). The last line printed is
 * exactly `N passed, N failed`, totalled over all tiers; the exit code is non-zero when anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tmp = mkdtempSync(join(tmpdir(), 'kontext-test-all-'));

/** @type {{ tier: string, passed: number, failed: number, skipped: number, note?: string, seconds: number }[]} */
const results = [];

function banner(text) {
  const line = '═'.repeat(Math.max(8, 72 - text.length - 4));
  console.log(`\n══ ${text} ${line}`);
}

/** Runs a command with inherited stdio; resolves with its exit code (or 1 if it could not start). */
function run(command, args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolveRun(1);
    });
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

/** A step that counts as one test: passed when the command exits 0. */
async function step(tier, command, args, { countSuccess = true } = {}) {
  banner(tier);
  const started = Date.now();
  const code = await run(command, args);
  const seconds = (Date.now() - started) / 1000;
  if (code === 0) {
    if (countSuccess) results.push({ tier, passed: 1, failed: 0, skipped: 0, seconds });
  } else {
    results.push({ tier, passed: 0, failed: 1, skipped: 0, note: `exit code ${code}`, seconds });
  }
  return code === 0;
}

/** A vitest tier: counts from the JSON report; a crash or an error outside tests counts as one failure. */
async function vitestTier(tier, extraArgs) {
  banner(tier);
  const report = join(tmp, `${tier.replace(/\W+/g, '-')}.json`);
  const started = Date.now();
  const code = await run(bin('vitest'), [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(report)) {
    results.push({ tier, passed: 0, failed: 1, skipped: 0, note: `no report (exit code ${code})`, seconds });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  let note;
  // A skipped test proves nothing: it counts as failed (a missing browser is a failure, not a pass).
  failed += skipped;
  if (failed === 0 && (code !== 0 || json.success === false)) {
    // e.g. a spec file that fails to load, or an unhandled error: vitest fails the run without a failed test.
    failed = 1;
    note = `run failed outside any test (exit code ${code})`;
  } else if (json.numTotalTests === 0) {
    note = 'no tests found';
  }
  results.push({ tier, passed, failed, skipped, note, seconds });
}

try {
  if (!existsSync(join(root, '.wxt', 'tsconfig.json'))) {
    await step('wxt prepare', bin('wxt'), ['prepare'], { countSuccess: false });
  }
  await step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']);
  await vitestTier('unit tier (vitest run)', []);
  const built = await step('build (npm run build)', npm, ['run', 'build']);
  await step('build Firefox MV3 (npm run build:firefox-mv3)', npm, ['run', 'build:firefox-mv3']);
  await step('store zips (npm run zip)', npm, ['run', 'zip']);
  if (built) await step('web-ext lint, 0 errors (npm run lint:firefox)', npm, ['run', 'lint:firefox']);
  if (built) {
    // Find (or apt-install, when root) both browsers before the tier starts; a browser that is
    // still missing makes its e2e tests fail with the command to run.
    banner('browsers');
    await run(process.execPath, [join(root, 'tests', 'e2e', 'support', 'browsers.mjs'), '--install']);
    await vitestTier('e2e tier (vitest run --config vitest.e2e.config.ts)', ['--config', 'vitest.e2e.config.ts']);
  } else {
    results.push({ tier: 'e2e tier', passed: 0, failed: 1, skipped: 0, note: 'not run: the build failed', seconds: 0 });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }),
  { passed: 0, failed: 0 },
);
banner('summary');
for (const r of results) {
  const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  console.log(`${r.failed > 0 ? '✗' : '✓'} ${r.tier.padEnd(56)} ${counts.padEnd(30)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
