#!/usr/bin/env node
/**
 * `npm run bench:browser`: Kontext in headless Chromium on a generated, seeded 1 MiB news page
 * (about 18,000 text nodes, one <article>) with a 1,000-entry / 3,000-alias glossary, against a
 * floor (a TreeWalker pass over the same text) and mark.js, all measured in this run. Then the
 * same on a 10× page. Targets are checked and printed, not asserted (machines differ).
 *
 * The page is served as http://www.die-nachrichten.at/bench/… through the e2e fixture server (an
 * HTTP proxy), so the production manifest's match patterns apply. The glossary goes into the
 * extension's storage.local as `glossaryEdits` (upserts; the default entries are deleted, so the
 * glossary is exactly the generated one), written from the extension's options page. Settings are
 * left at their defaults: article scope, fuzzy stage on.
 *
 * Three browsers, one after the other, all started by `launchChromium` with the same flags:
 *   baseline — an empty extension: floor, heap baseline, mark.js, and Kontext's own code run in
 *              the page's main world (the expected highlight count; the time without the
 *              extension around it);
 *   kontext  — the built extension (.output/chrome-mv3), a fresh tab per load, each load traced
 *              (task boundaries only) so that every main-thread task is seen;
 *   profile  — an unminified build of the same sources (.cache/wxt-profile), one load per page
 *              size under the CDP CPU profiler and a Blink trace: hotspots by function name, and
 *              what each task over 50 ms consisted of.
 * Every figure is explained where it is printed; raw results go to .cache/bench-browser/.
 *
 * Options: --no-build (use the existing .output/chrome-mv3), --loads=N (1× page, default 5),
 * --big-loads=N (10× page, default 3), --no-big, --no-markjs, --no-profile, --markjs-cap=SECONDS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { OptionsPage } from '../e2e/pages/options-page.mjs';
import { browserVersion, ensureBrowser, launchChromium } from '../e2e/support/browsers.mjs';
import { repoRoot, startFixtureServer } from '../e2e/support/fixture-server.mjs';

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const OPTS = {
  build: !flag('no-build'),
  loads: option('loads', 5),
  bigLoads: option('big-loads', 3),
  big: !flag('no-big'),
  markjs: !flag('no-markjs'),
  profile: !flag('no-profile'),
  markjsCapMs: option('markjs-cap', 60) * 1000,
};

const MiB = 1 << 20;
const HOST = 'www.die-nachrichten.at';
const CACHE = resolve(repoRoot, '.cache/bench-browser');
const PAGES = join(CACHE, 'pages');
const FUZZY_THRESHOLD = 0.25; // DEFAULT_SETTINGS.fuzzyThreshold (settings are left at their defaults)
const STABLE_MS = 1000; // the highlight count must stay unchanged this long (at the expected count)
const STABLE_UNKNOWN_MS = 2000; // … or this long when it never reaches the expected count
const started = performance.now();
const log = (...a) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Build and bundle

/** Runs a build command; once more after a pause if it fails (another build may share .output/). */
function run(cmd, args) {
  const t = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      return performance.now() - t;
    } catch (error) {
      if (attempt < 2) {
        log(`${cmd} ${args.join(' ')} failed; trying once more`);
        execFileSync('sleep', ['3']);
        continue;
      }
      process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''));
      throw new Error(`${cmd} ${args.join(' ')} failed`);
    }
  }
}

/** `?inline` CSS imports (Vite's) as text, for bundling src/ with esbuild. */
const inlineCss = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

async function bundle() {
  mkdirSync(PAGES, { recursive: true });
  await esbuild.build({
    entryPoints: [resolve(repoRoot, 'tests/bench/browser-page.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(CACHE, 'browser-page.mjs'),
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: [resolve(repoRoot, 'tests/bench/browser-inpage.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    outfile: join(CACHE, 'browser-inpage.js'),
    plugins: [inlineCss],
    logLevel: 'warning',
  });
  return import(pathToFileURL(join(CACHE, 'browser-page.mjs')).href);
}

// ---------------------------------------------------------------------------------------------
// Page-side instrumentation (evaluateOnNewDocument: runs before anything of the page)

/**
 * Records, in page time (ms since navigation start, performance.now()):
 * - `csStart`: when Kontext's content script started — WXT's ContentScriptContext dispatches
 *   `<extension id>:content:wxt:content-script-started` on `document` synchronously as it is
 *   constructed, before `main()`; DOM events reach main-world listeners;
 * - `changes`: every change of the total range count of the `kontext*` highlights in
 *   CSS.highlights, polled in the page (the registry is the document's, shared with the content
 *   script's world), so no protocol round-trip sits in the measurement — and every time Kontext
 *   registers new Highlight objects (`swaps`): a full scan registers its highlights at once when
 *   done, replacing the viewport's first ones, which on a long page may leave the count unchanged;
 * - longtask and long-animation-frame entries (for comparison with the trace);
 * - performance marks (bench-cs-start, bench-dcl, bench-sync) that tie trace and profile clocks
 *   to the page's.
 */
function preload(extensionId) {
  const bench = {
    csStart: null,
    count: 0,
    swaps: 0,
    changes: [],
    longtasks: [],
    loafs: [],
  };
  Object.defineProperty(window, '__bench', { value: bench, enumerable: false });
  // A marker for the CPU profile: its samples map the profile's clock onto the page's.
  Object.defineProperty(window, '__benchSync', {
    value: function benchClockSync() {
      const t = performance.now();
      performance.mark('bench-sync');
      while (performance.now() - t < 3);
      return t;
    },
  });
  if (extensionId) {
    document.addEventListener(`${extensionId}:content:wxt:content-script-started`, () => {
      if (bench.csStart !== null) return;
      bench.csStart = performance.now();
      performance.mark('bench-cs-start'); // ties the trace's clock to the page's
    });
  }
  document.addEventListener('DOMContentLoaded', () => performance.mark('bench-dcl'));
  const total = () => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext')) n += highlight.size;
    return n;
  };
  // A swap: every kontext highlight registered now is one not seen before.
  const seen = new WeakSet();
  const swapped = () => {
    let fresh = 0;
    let old = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kontext')) continue;
      if (seen.has(highlight)) old++;
      else {
        seen.add(highlight);
        fresh++;
      }
    }
    return fresh > 0 && old === 0;
  };
  const poll = () => {
    const n = total();
    const fresh = swapped();
    if (fresh) bench.swaps++;
    if (n !== bench.count || fresh) {
      bench.count = n;
      bench.changes.push([performance.now(), n]);
    }
  };
  // Three pollers: Chromium runs scheduler.yield() continuations before ordinary tasks, so while
  // Kontext works in yielded slices a plain interval is starved; frames (rAF) and user-blocking
  // tasks still get their turn between the slices.
  setInterval(poll, 4);
  const frame = () => {
    poll();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  if (globalThis.scheduler?.postTask) {
    const urgent = () => {
      poll();
      scheduler.postTask(urgent, { priority: 'user-blocking', delay: 4 });
    };
    scheduler.postTask(urgent, { priority: 'user-blocking', delay: 4 });
  }
  // Observer callbacks are queued at low priority and may wait while Kontext works; readBench()
  // takes the pending records synchronously.
  const onLongTasks = (entries) => {
    for (const e of entries) bench.longtasks.push([e.startTime, e.duration]);
  };
  const onFrames = (entries) => {
    for (const e of entries)
      bench.loafs.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({
          url: s.sourceURL,
          fn: s.sourceFunctionName,
          invoker: s.invoker,
          invokerType: s.invokerType,
          start: s.startTime,
          duration: s.duration,
          forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
  };
  bench.flush = () => {};
  try {
    const longtasks = new PerformanceObserver((list) => onLongTasks(list.getEntries()));
    longtasks.observe({ type: 'longtask', buffered: true });
    const frames = new PerformanceObserver((list) => onFrames(list.getEntries()));
    frames.observe({ type: 'long-animation-frame', buffered: true });
    bench.flush = () => {
      onLongTasks(longtasks.takeRecords());
      onFrames(frames.takeRecords());
    };
  } catch {}
}

/** The highlight count and when it last changed (cheap: polled while Kontext works). */
function readState() {
  const b = window.__bench;
  return { now: performance.now(), count: b.count, swaps: b.swaps, last: b.changes.at(-1) ?? null };
}

/** What the page recorded, plus navigation timing. */
function readBench() {
  const b = window.__bench;
  b.flush();
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    now: performance.now(),
    csStart: b.csStart,
    count: b.count,
    first: b.changes.find((c) => c[1] > 0)?.[0] ?? null,
    last: b.changes.at(-1) ?? null,
    changes: b.changes.length,
    longtasks: b.longtasks,
    loafs: b.loafs,
    dcl: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventEnd ?? null,
    responseEnd: nav?.responseEnd ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const range = (xs) => {
  const s = xs.filter(Number.isFinite);
  return s.length ? [Math.min(...s), Math.max(...s)] : [NaN, NaN];
};

async function heapUsed(page, { gc = true } = {}) {
  const cdp = await page.createCDPSession();
  try {
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (!gc) return { used: before };
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { beforeGc: before, used: after };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** A fresh tab on `url`; `trace`: trace categories to record from before the navigation. */
async function openPage(browser, url, extensionId, { waitUntil = 'load', timeout = 120_000, trace = null } = {}) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(preload, extensionId ?? null);
  if (trace) await page.tracing.start({ categories: trace });
  await page.goto(url, { waitUntil, timeout });
  return page;
}

/** Task boundaries only: cheap enough for every load. `blink.user_timing` carries the clock marks. */
const TASK_TRACE = ['toplevel', 'blink.user_timing'];

async function stopTrace(page) {
  return JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
}

/** Tasks shorter than this are not kept from a trace: a longest task of 0 means none this long. */
const TRACED_TASK_MS = 20;

/**
 * The top-level tasks of the page's main thread from a trace, on the page's clock (ms since
 * navigation start): the outermost `toplevel` events — `ThreadControllerImpl::RunTask`, and also
 * work outside it: IPC dispatch (`Receive mojo message`) and the microtask checkpoint after it
 * (`BlinkScheduler_PerformMicrotaskCheckpoint`), where the content script's code runs when the
 * extension's storage reply resolves its promises. The longtask API and LoAF do not see that work.
 * The main thread and the clock offset come from a `performance.mark` the page made
 * (bench-cs-start / bench-dcl).
 */
function traceTasks(events, minMs = TRACED_TASK_MS) {
  // The last mark: the traced navigation's (a page loaded before may have left its own).
  const mark = events.findLast((e) => e.cat === 'blink.user_timing' && /^bench-(cs-start|dcl)$/.test(e.name) && e.args?.data?.startTime !== undefined);
  if (!mark) return null;
  const toPage = (ts) => mark.args.data.startTime + (ts - mark.ts) / 1000;
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur && e.cat.split(',').includes('toplevel'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let until = -Infinity;
  for (const e of mine) {
    if (e.ts + e.dur <= until) continue; // nested in a task already taken
    until = e.ts + e.dur;
    if (e.dur >= minMs * 1000) tasks.push({ start: toPage(e.ts), duration: e.dur / 1000, ts: e.ts, name: e.name });
  }
  return { tasks, toPage, pid: mark.pid, tid: mark.tid, syncTs: events.find((e) => e.name === 'bench-sync' && e.pid === mark.pid)?.ts ?? null };
}

/** Floor: one TreeWalker pass reading every text node's data, cold (first pass in a fresh page), then warm. */
function floorPass() {
  const pass = (root) => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += n.data.length;
    }
    return { ms: performance.now() - t0, nodes, chars };
  };
  const article = document.querySelector('article');
  const cold = pass(article);
  const warm = pass(article);
  const page = pass(document.documentElement);
  return { cold: cold.ms, warm: warm.ms, nodes: cold.nodes, chars: cold.chars, pageNodes: page.nodes, pageMs: page.ms };
}

/** Baseline load: no content script. Heap (GC'd) after the same settle time as a Kontext load, then the floor. */
async function baselineLoad(browser, url, settleMs) {
  const page = await openPage(browser, url, null, { trace: TASK_TRACE });
  try {
    await sleep(settleMs);
    const bench = await page.evaluate(readBench);
    bench.traced = traceTasks(await stopTrace(page));
    const heap = await heapUsed(page);
    const floor = await page.evaluate(floorPass);
    return { heap, floor, dcl: bench.dcl, load: bench.load, tasks: tasksOf(bench) };
  } finally {
    await page.close();
  }
}

/** Kontext's own code in the main world of a fresh baseline page (see browser-inpage.ts). */
async function inPage(browser, url, entries, what, options = {}) {
  const page = await openPage(browser, url, null);
  try {
    await sleep(300);
    await page.addScriptTag({ path: join(CACHE, 'browser-inpage.js') });
    return await page.evaluate(
      async (what, entries, threshold, options) => {
        const k = window.__kontextBench;
        if (what === 'walk') return k.walk();
        if (what === 'core') return k.core(entries, threshold);
        return k.scanner(entries, threshold, options);
      },
      what,
      entries,
      FUZZY_THRESHOLD,
      options,
    );
  } finally {
    await page.close();
  }
}

/** mark.js on a fresh baseline page (no extension): every alias, capped; the cap is checked per alias. */
async function markjsLoad(browser, url, aliases, capMs) {
  const page = await openPage(browser, url, null);
  try {
    await sleep(300);
    await page.addScriptTag({ path: resolve(repoRoot, 'node_modules/mark.js/dist/mark.min.js') });
    return await page.evaluate(
      (aliases, capMs) => {
        const article = document.querySelector('article');
        const t0 = performance.now();
        const deadline = t0 + capMs;
        let marks = 0;
        let done = 0;
        const check = () => {
          if (performance.now() > deadline) throw new Error('capped');
        };
        let capped = false;
        try {
          // mark.js recurses once per keyword; batches keep the stack shallow.
          for (let i = 0; i < aliases.length; i += 50) {
            const batch = aliases.slice(i, i + 50);
            new window.Mark(article).mark(batch, {
              separateWordSearch: false,
              accuracy: 'complementary',
              acrossElements: false,
              diacritics: true,
              filter: () => (check(), true),
              noMatch: () => check(),
              done: (n) => {
                marks += n;
              },
            });
            done += batch.length;
            check();
          }
        } catch (error) {
          if (String(error?.message) !== 'capped') throw error;
          capped = true;
        }
        const ms = performance.now() - t0;
        return { ms, capped, aliasesDone: done, marks: capped ? null : marks, elements: document.querySelectorAll('mark').length };
      },
      aliases,
      capMs,
    );
  } finally {
    await page.close();
  }
}

/** One Kontext load: waits until the highlight count reached `expected` (or stopped changing), then collects. */
async function kontextLoad(browser, extensionId, url, expected, timeoutMs, entries) {
  const page = await openPage(browser, url, extensionId, { trace: TASK_TRACE });
  try {
    const deadline = Date.now() + timeoutMs;
    let b;
    for (;;) {
      const state = await page.evaluate(readState);
      const quiet = state.last ? state.now - state.last[0] : 0;
      if (state.count > 0 && state.count === expected && quiet >= STABLE_MS) break;
      // Fewer ranges than mentions (near-viewport registration): done once the full scan's
      // highlights replaced the viewport's first ones, or after a long quiet.
      if (state.count > 0 && quiet >= STABLE_UNKNOWN_MS && (state.swaps >= 2 || quiet >= 3 * STABLE_UNKNOWN_MS)) break;
      if (Date.now() > deadline) break;
      await sleep(100);
    }
    const timedOut = Date.now() > deadline;
    b = await page.evaluate(readBench);
    b.traced = traceTasks(await stopTrace(page));
    const heap = await heapUsed(page);
    // Fewer ranges than mentions: Kontext registers only those near the viewport (very long
    // pages). Check, after the measurement, that every mention on screen is highlighted while
    // scrolling through the page.
    let windowed = null;
    if (b.count < expected && !timedOut) {
      await page.addScriptTag({ path: join(CACHE, 'browser-inpage.js') });
      windowed = await page.evaluate((entries, threshold) => window.__kontextBench.coverage(entries, threshold), entries, FUZZY_THRESHOLD);
    }
    return { ...b, heap, timedOut, windowed };
  } finally {
    await page.close();
  }
}

/**
 * Tasks while Kontext works: from content-script start to the last highlight change (for a page
 * without the extension: from DOMContentLoaded to the end of the wait). Task lengths come from the
 * trace (all top-level tasks of the main thread, IPC dispatch included); the page has no scripts
 * of its own, so what runs then is Kontext's or the rendering it causes — the profiled load splits
 * them. Also kept: what the web APIs report (longtask entries; long animation frames, whose
 * duration is how long the page went without a frame) — Chromium does not name extension
 * scripts in LoAF entries (their `scripts` list stays empty; checked with a busy-looping test
 * extension).
 */
function tasksOf(load) {
  const from = load.csStart ?? load.dcl ?? 0;
  const to = load.last?.[0] ?? load.now;
  const overlaps = (start, duration) => start + duration >= from && start <= to;
  const tasks = (load.traced?.tasks ?? []).filter((t) => overlaps(t.start, t.duration));
  const longtasks = load.longtasks.filter(([s, d]) => overlaps(s, d));
  const frames = load.loafs.filter((f) => overlaps(f.start, f.duration));
  return {
    traced: !!load.traced,
    tasks: tasks.map(({ start, duration, name }) => ({ start, duration, name })),
    // A load without a trace says nothing about its tasks (NaN fails the check).
    longest: load.traced ? Math.max(0, ...tasks.map((t) => t.duration)) : NaN,
    over50: tasks.filter((t) => t.duration > 50).length,
    longtaskApi: Math.max(0, ...longtasks.map(([, d]) => d)),
    longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
    framesOver50: frames.length,
  };
}

// ---------------------------------------------------------------------------------------------
// CPU profile of one load (unminified build)

/**
 * Self and inclusive time per content-script function, native work inside the window in which the
 * content script ran, and — with the page clock mapped onto the profile's clock by a marker
 * function (`benchClockSync`, called from the page at a known performance.now()) — when each phase
 * of Kontext ran, and an `attribute(fromUs, toUs)` for what ran in a task.
 */
function summarizeProfile(profile, syncPageMs, csStart, lastChange) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const short = (url) => (url.startsWith('chrome-extension://') ? url.replace(/^chrome-extension:\/\/[^/]+\//, '') : url ? url.replace(/^.*\//, '') : '');
  const key = (n) => {
    const f = n.callFrame;
    const where = short(f.url);
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}:${f.lineNumber + 1}` : ''}`;
  };
  const isExt = (n) => n.callFrame.url.startsWith('chrome-extension://');
  // Sample i starts at times[i] (µs) and lasts until the next sample.
  const times = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  const samples = profile.samples.map((id, i) => {
    const stack = [];
    for (let n = id; n !== undefined; n = parent.get(n)) stack.push(nodes.get(n));
    return { top: nodes.get(id), stack, at: times[i], dt: (profile.timeDeltas[i + 1] ?? 0) / 1000, ext: stack.some(isExt) };
  });
  const syncSample = samples.find((x) => x.stack.some((n) => n.callFrame.functionName === 'benchClockSync'));
  const toPage = syncSample ? (us) => syncPageMs + (us - syncSample.at) / 1000 : null;
  // Only this load's Kontext: from its content-script start to its last highlight (the tiny page
  // loaded before runs a Kontext of its own).
  if (toPage) for (const x of samples) if (x.ext && (toPage(x.at) < csStart - 1 || toPage(x.at) > lastChange + 50)) x.ext = false;

  const self = new Map();
  const incl = new Map();
  const first = new Map();
  const last = new Map();
  let extTotal = 0;
  let firstExt = Infinity;
  let lastExt = -Infinity;
  for (const x of samples) {
    if (!x.ext) continue;
    extTotal += x.dt;
    firstExt = Math.min(firstExt, x.at);
    lastExt = Math.max(lastExt, x.at);
    self.set(key(x.top), (self.get(key(x.top)) ?? 0) + x.dt);
    for (const k of new Set(x.stack.filter(isExt).map(key))) {
      incl.set(k, (incl.get(k) ?? 0) + x.dt);
      if (!first.has(k)) first.set(k, x.at);
      last.set(k, x.at);
    }
  }
  const special = new Map();
  for (const x of samples) {
    if (x.at < firstExt || x.at > lastExt || x.ext) continue;
    const name = ['(garbage collector)', '(program)', '(idle)'].includes(x.top.callFrame.functionName) ? x.top.callFrame.functionName : 'other (page, puppeteer)';
    special.set(name, (special.get(name) ?? 0) + x.dt);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const phase = (k) => (toPage ? [toPage(first.get(k)) - csStart, toPage(last.get(k)) - csStart] : null);

  /** Content-script JS and GC samples between two profile times (µs). */
  const attribute = (fromUs, toUs) => {
    let ext = 0;
    let gc = 0;
    let otherJs = 0;
    const by = new Map();
    for (const x of samples) {
      if (x.at < fromUs || x.at >= toUs) continue;
      const name = x.top.callFrame.functionName;
      if (x.ext) {
        ext += x.dt;
        by.set(key(x.top), (by.get(key(x.top)) ?? 0) + x.dt);
      } else if (name === '(garbage collector)') gc += x.dt;
      else if (!['(program)', '(idle)', '(root)'].includes(name)) otherJs += x.dt;
    }
    return { ext, gc, otherJs, top: top(by, 4) };
  };
  return {
    extTotal,
    windowMs: (lastExt - firstExt) / 1000,
    self: top(self, 20),
    incl: top(incl, 30),
    special,
    phase,
    attribute,
    syncUs: syncSample ? syncSample.at : null,
  };
}

/**
 * What the background (the matcher service's worker) did while the page waited for its answers:
 * its JS, idle time and garbage collection from the page's content-script start to the last
 * highlight, the busiest functions, and when the service's phases ran. `at(us)`: a profile time as
 * ms after the content-script start (both processes share the monotonic clock).
 */
function summarizeBackground(profile, at, lastMs) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const where = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const span = new Map();
  const special = new Map();
  let js = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const ms = at(t);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (ms < 0 || ms > lastMs) return;
    const top = nodes.get(id);
    const fn = top.callFrame.functionName;
    if (['(garbage collector)', '(program)', '(idle)', '(root)'].includes(fn)) {
      special.set(fn, (special.get(fn) ?? 0) + dt);
      return;
    }
    js += dt;
    self.set(name(top), (self.get(name(top)) ?? 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const node = nodes.get(n);
      const f = node.callFrame.functionName;
      if (!['answer', 'scanBatch', 'scan', 'receive', 'build', 'createMatcher'].includes(f) || seen.has(f)) continue;
      seen.add(f);
      const s = span.get(f) ?? { from: ms, to: ms, v: 0 };
      s.to = ms;
      s.v += dt;
      span.set(f, s);
    }
  });
  return { js, special, self: [...self].sort((a, b) => b[1] - a[1]).slice(0, 12), phases: [...span].sort((a, b) => a[1].from - b[1].from) };
}

/**
 * What the page's main thread did in each task over 50 ms in Kontext's window (a trace with the
 * `toplevel` and `blink` categories): Blink's rendering lifecycle phases and HTML parsing from the
 * trace; content-script JS and GC from the CPU profile samples inside the task (the trace and the
 * profile share the renderer's monotonic clock; the run checks it with the bench-sync mark).
 */
function summarizeTrace(events, traced, from, to, attribute) {
  const mine = events.filter((e) => e.ph === 'X' && e.pid === traced.pid && e.tid === traced.tid && e.dur);
  const PHASES = {
    'LocalFrameView::RunStyleAndLayoutLifecyclePhases': 'style+layout',
    'LocalFrameView::UpdateStyleAndLayout': 'style+layout (forced)',
    'LocalFrameView::RunCompositingInputsLifecyclePhase': 'compositing inputs',
    'LocalFrameView::RunPrePaintLifecyclePhase': 'pre-paint',
    'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  };
  const phaseOf = (e) => PHASES[e.name] ?? (e.name.startsWith('HTMLDocumentParser::') ? 'HTML parser' : null);
  return traced.tasks
    .filter((t) => t.duration > 50 && t.start + t.duration >= from && t.start <= to)
    .map((task) => {
      const end = task.ts + task.duration * 1000;
      const inside = mine.filter((e) => phaseOf(e) && e.ts >= task.ts && e.ts + e.dur <= end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const phases = new Map();
      let coveredUntil = -Infinity;
      for (const e of inside) {
        if (e.ts + e.dur <= coveredUntil) continue; // nested in one already counted
        phases.set(phaseOf(e), (phases.get(phaseOf(e)) ?? 0) + e.dur / 1000);
        coveredUntil = e.ts + e.dur;
      }
      return { start: task.start, duration: task.duration, phases: [...phases], ...attribute(task.ts, end) };
    });
}

async function profileLoad(browser, extensionId, blankUrl, url, expected, timeoutMs) {
  // Start on a tiny page of the same host (same renderer process), so the profiler already runs
  // in that process when the big page loads.
  const page = await openPage(browser, blankUrl, extensionId);
  try {
    await sleep(1000); // let the tiny page's own Kontext finish
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // The background's matcher service, profiled alongside (its clock is the renderer's).
    const worker = browser.targets().find((t) => t.type() === 'service_worker' && t.url().includes(extensionId));
    const bg = worker ? await worker.createCDPSession() : null;
    if (bg) {
      await bg.send('Profiler.enable');
      await bg.send('Profiler.setSamplingInterval', { interval: 100 });
      await bg.send('Profiler.start');
    }
    await page.tracing.start({ categories: ['toplevel', 'blink', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await page.evaluate(readState);
      const quiet = state.last ? state.now - state.last[0] : 0;
      if (state.count > 0 && quiet >= (state.count === expected ? 500 : STABLE_UNKNOWN_MS)) break;
      if (Date.now() > deadline) break;
      await sleep(100);
    }
    const b = await page.evaluate(readBench);
    const sync = await page.evaluate(() => window.__benchSync());
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const bgProfile = bg ? (await bg.send('Profiler.stop')).profile : null;
    await bg?.detach();
    const events = await stopTrace(page);
    b.traced = traceTasks(events);
    const tasks = tasksOf(b);
    const last = b.last?.[0] ?? b.now;
    const summary = summarizeProfile(profile, sync, b.csStart, last);
    const clockSkewMs = summary.syncUs !== null && b.traced?.syncTs ? (summary.syncUs - b.traced.syncTs) / 1000 : null;
    const long = b.traced && summary.syncUs !== null ? summarizeTrace(events, b.traced, b.csStart, last, summary.attribute) : [];
    const background = bgProfile && summary.syncUs !== null ? summarizeBackground(bgProfile, (us) => sync + (us - summary.syncUs) / 1000 - b.csStart, last - b.csStart) : null;
    return { bench: b, tasks, summary, long, clockSkewMs, background };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Glossary into the extension's storage

async function installGlossary(launched, entries, defaultIds) {
  const options = await OptionsPage.open(launched.browser, launched.extensionBaseUrl);
  try {
    const upserts = Object.fromEntries(entries.map((e) => [e.id, e]));
    const stored = await options.page.evaluate(
      async (json) => {
        const items = JSON.parse(json);
        await chrome.storage.local.set(items);
        await chrome.storage.local.remove('settings'); // defaults: article scope, fuzzy on
        const back = await chrome.storage.local.get('glossaryEdits');
        return Object.keys(back.glossaryEdits?.upserts ?? {}).length;
      },
      JSON.stringify({ glossaryEdits: { upserts, deleted: defaultIds }, glossaryEdits$: { v: 1 } }),
    );
    if (stored !== entries.length) throw new Error(`storage holds ${stored} upserts, not ${entries.length}`);
  } finally {
    await options.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

/** The commit the extension was built from, and whether src/ or entrypoints/ had changes. */
function sourcesState() {
  try {
    const git = (...a) => execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'entrypoints', 'glossary', 'wxt.config.ts').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted file(s) in src/, entrypoints/, glossary/` : ' (clean)'}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  log(`options: ${JSON.stringify(OPTS)}`);
  if (OPTS.profile) {
    // WXT rewrites .wxt/tsconfig.json for this output folder; put the project's back afterwards.
    const wxtTsconfig = resolve(repoRoot, '.wxt/tsconfig.json');
    const saved = readFileSync(wxtTsconfig, 'utf8');
    try {
      const ms = run('npx', ['wxt', 'build', '-c', 'tests/bench/wxt.profile.config.ts']);
      log(`built an unminified copy for the profile (.cache/wxt-profile/chrome-mv3) in ${(ms / 1000).toFixed(1)} s`);
    } finally {
      writeFileSync(wxtTsconfig, saved);
    }
  }
  if (OPTS.build) {
    log('npm run build:chrome …');
    const ms = run('npm', ['run', 'build:chrome']);
    log(`built .output/chrome-mv3 in ${(ms / 1000).toFixed(1)} s`);
  }
  const gen = await bundle();
  const glossary = gen.benchGlossary();
  const invalid = gen.invalidEntries(glossary.entries);
  if (invalid.length) throw new Error(`generated entries fail EntrySchema: ${invalid.slice(0, 5).join(', ')} …`);
  const defaultIds = JSON.parse(readFileSync(resolve(repoRoot, 'glossary/default.json'), 'utf8')).entries.map((e) => e.id);

  const sizes = [{ name: '1×', factor: 1, loads: OPTS.loads }];
  if (OPTS.big) sizes.push({ name: '10×', factor: 10, loads: OPTS.bigLoads });
  for (const size of sizes) {
    const page = gen.buildPage(glossary.entries, size.factor * MiB, 12);
    size.file = `page-${size.factor}x.html`;
    size.htmlBytes = Buffer.byteLength(page.html);
    size.page = page;
    writeFileSync(join(PAGES, size.file), page.html);
  }
  writeFileSync(join(PAGES, 'blank.html'), '<!doctype html><html lang="de"><title>blank</title><p>leer</p></html>');
  const emptyExt = join(CACHE, 'empty-extension');
  mkdirSync(emptyExt, { recursive: true });
  writeFileSync(join(emptyExt, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0' }));

  // Served as http://www.die-nachrichten.at/bench/<file> through the fixture server (the browsers' proxy).
  const routes = Object.fromEntries([...sizes.map((s) => s.file), 'blank.html'].map((f) => [`/bench/${f}`, join(PAGES, f)]));
  const fixture = await startFixtureServer({ [HOST]: routes });
  const urlOf = (file) => fixture.url(HOST, `/bench/${file}`);

  const chromium = ensureBrowser('chromium');
  const results = { version: browserVersion(chromium), sizes, sources: sourcesState(), machine: '' };
  try {
    // --- baseline browser: floor, heap, Kontext code in the page, mark.js ---------------------
    let launched = await launchChromium(emptyExt, { proxyPort: fixture.port });
    try {
      for (const size of sizes) {
        const u = urlOf(size.file);
        size.core = await inPage(launched.browser, u, glossary.entries, 'core');
        size.walk = await inPage(launched.browser, u, glossary.entries, 'walk');
        size.scanner = await inPage(launched.browser, u, glossary.entries, 'scanner');
        log(`${size.name}: expected ${size.core.mentions} highlights (core ${JSON.stringify(size.core)}; scanner ${JSON.stringify(size.scanner)})`);
        size.baseline = [];
        for (let i = 0; i < size.loads; i++) size.baseline.push(await baselineLoad(launched.browser, u, size.factor === 1 ? 1500 : 3000));
        log(`${size.name}: baseline ${size.baseline.map((b) => `${b.floor.cold.toFixed(1)} ms / ${(b.heap.used / MiB).toFixed(1)} MiB`).join(', ')}`);
        if (OPTS.markjs && size.factor === 1) {
          size.markjs = await markjsLoad(launched.browser, u, glossary.aliases, OPTS.markjsCapMs);
          log(`${size.name}: mark.js ${JSON.stringify(size.markjs)}`);
        }
      }
    } finally {
      await launched.browser.close();
    }

    // --- Kontext ------------------------------------------------------------------------------
    launched = await launchChromium(resolve(repoRoot, '.output/chrome-mv3'), { proxyPort: fixture.port });
    try {
      await installGlossary(launched, glossary.entries, defaultIds);
      for (const size of sizes) {
        const u = urlOf(size.file);
        size.kontext = [];
        for (let i = 0; i < size.loads; i++) {
          const load = await kontextLoad(launched.browser, launched.extensionId, u, size.core.mentions, size.factor === 1 ? 60_000 : 240_000, glossary.entries);
          load.tasks = tasksOf(load);
          delete load.loafs; // keep the raw results small
          size.kontext.push(load);
          log(
            `${size.name} load ${i + 1}: cs start ${load.csStart?.toFixed(0)} ms, highlights ${load.first?.toFixed(0)}–${load.last?.[0].toFixed(0)} ms, ` +
              `${load.count} ranges, longest task ${load.tasks.longest.toFixed(0)} ms, heap ${(load.heap.used / MiB).toFixed(1)} MiB` +
              (load.windowed ? `; near-viewport registration: ${load.windowed.checked - load.windowed.missingCount} of ${load.windowed.checked} on-screen mentions highlighted` : ''),
          );
        }
      }
    } finally {
      await launched.browser.close();
    }

    // --- profile (unminified build) ----------------------------------------------------------
    if (OPTS.profile) {
      launched = await launchChromium(resolve(repoRoot, '.cache/wxt-profile/chrome-mv3'), { proxyPort: fixture.port });
      try {
        await installGlossary(launched, glossary.entries, defaultIds);
        for (const size of sizes) {
          // One load first, as in the timed loads (all but the first of which find the background's
          // matcher warm): the profile shows a typical load, not the worker's first.
          await kontextLoad(launched.browser, launched.extensionId, urlOf(size.file), size.core.mentions, size.factor === 1 ? 60_000 : 240_000, glossary.entries);
          size.profile = await profileLoad(launched.browser, launched.extensionId, urlOf('blank.html'), urlOf(size.file), size.core.mentions, size.factor === 1 ? 60_000 : 240_000);
          log(`${size.name}: profiled one load (${size.profile.summary.extTotal.toFixed(0)} ms in the content script)`);
        }
      } finally {
        await launched.browser.close();
      }
    }
  } finally {
    await fixture.close();
  }
  results.machine = `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end (other processes disturb the times)`;
  report(results, glossary);
  const raw = join(CACHE, 'last-run.json');
  writeFileSync(raw, JSON.stringify(results, (k, v) => (k === 'html' ? undefined : v)));
  console.log(`raw results: ${raw}`);
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (x) => (Number.isFinite(x) ? `${x >= 100 ? x.toFixed(0) : x.toFixed(1)} ms` : '—');
/** A longest traced task: 0 means that the trace held none of `TRACED_TASK_MS` or more. */
const taskMs = (x) => (x === 0 ? `< ${TRACED_TASK_MS} ms` : fmtMs(x));
const fmtMiB = (x) => `${(x / MiB).toFixed(1)} MiB`;
const shortFn = (name) => name.replace(/ content-scripts\/content\.js/, '');

function report(results, glossary) {
  const ms = fmtMs;
  const row = (label, value, extra = '') => console.log(`  ${label.padEnd(62)} ${String(value).padStart(11)}  ${extra}`);
  const checks = [];
  console.log(
    `\nKontext browser benchmark — ${results.version}, headless; ${glossary.entries.length} entries / ${glossary.aliasCount} aliases ` +
      `(the generated glossary only: default entries deleted); article scope, fuzzy on (default settings)`,
  );
  console.log(`sources: ${results.sources}; machine: ${results.machine}`);
  for (const size of results.sizes) {
    const k = size.kontext;
    const mm = (xs) => {
      const [a, b] = range(xs);
      return `${ms(a)}–${ms(b)}`;
    };
    const floors = size.baseline.map((b) => b.floor.cold);
    const floor = median(floors);
    const fromCs = k.map((l) => (l.last && l.csStart !== null ? l.last[0] - l.csStart : NaN));
    const fromNav = k.map((l) => l.last?.[0] ?? NaN);
    const setup = k.map((l) => (l.first !== null && l.csStart !== null ? l.first - l.csStart : NaN));
    const scan = k.map((l) => (l.first !== null && l.last ? l.last[0] - l.first : NaN));
    const longest = k.map((l) => l.tasks.longest);
    const heapK = median(k.map((l) => l.heap.used));
    const heapB = median(size.baseline.map((b) => b.heap.used));
    const added = heapK - heapB;
    const counts = [...new Set(k.map((l) => l.count))];
    const b0 = size.baseline[0].floor;
    console.log(
      `\n${size.name} page: ${(size.htmlBytes / 1e6).toFixed(2)} MB of HTML, ${b0.pageNodes.toLocaleString('en')} text nodes ` +
        `(${b0.nodes.toLocaleString('en')} in <article>, ${(b0.chars / 1e6).toFixed(2)} M chars); medians of ${k.length} fresh loads [min–max]`,
    );
    row('floor: one TreeWalker pass over the <article> text, cold', ms(floor), `[${mm(floors)}]  (warm ${ms(median(size.baseline.map((b) => b.floor.warm)))})  = 1×`);
    row('Kontext: content-script start → all highlights registered', ms(median(fromCs)), `[${mm(fromCs)}]  ${(median(fromCs) / floor).toFixed(0)}× floor`);
    row('  start → first highlight (port, config, scope, viewport blocks)', ms(median(setup)), `[${mm(setup)}]`);
    row('  first → last highlight (sliced scan)', ms(median(scan)), `[${mm(scan)}]`);
    row(
      'Kontext: navigation start → all highlights registered',
      ms(median(fromNav)),
      `[${mm(fromNav)}]  (DCL ${ms(median(k.map((l) => l.dcl)))}, load ${ms(median(k.map((l) => l.load)))}, content script ${ms(median(k.map((l) => l.csStart)))})`,
    );
    if (size.markjs) {
      const m = size.markjs;
      const est = m.capped ? (m.ms / m.aliasesDone) * glossary.aliases.length : m.ms;
      row(
        'mark.js 8, all aliases, one load',
        m.capped ? `capped ${(m.ms / 1000).toFixed(0)} s` : ms(m.ms),
        m.capped
          ? `after ${m.aliasesDone} of ${glossary.aliases.length} aliases (${m.elements} <mark>s); ≈ ${(est / 1000).toFixed(0)} s for all, extrapolated; ≥ ${(m.ms / floor).toFixed(0)}× floor`
          : `${m.elements} <mark>s; ${(m.ms / floor).toFixed(0)}× floor`,
      );
    } else row('mark.js', 'skipped', size.factor === 1 ? '(--no-markjs)' : '(1× page only)');
    row('Kontext\'s code in the main world, no extension, one run each (cold: the matcher as a page would run it itself):', '', '');
    row('  createMatcher (alias index + fuzzy stage)', ms(size.core.buildMs), '');
    row('  findScope + RunReader (the DOM walk alone)', ms(size.walk.ms), `${size.walk.runs.toLocaleString('en')} runs; ${(size.walk.ms / floor).toFixed(1)}× floor`);
    row('  walk + matcher.scan + StaticRanges, synchronous', ms(size.core.scopeMs + size.core.walkScanMs), `matcher.scan ${ms(size.core.matcherScanMs)} of it; ${((size.core.scopeMs + size.core.walkScanMs) / floor).toFixed(1)}× floor`);
    row('  PageScanner.scanAll with that matcher answering in the page', ms(size.scanner.scanAllMs), `${size.scanner.highlights} highlights`);
    const over = k.map((l) => l.tasks.over50);
    row(
      'longest main-thread task while Kontext works (trace)',
      taskMs(median(longest)),
      `[${taskMs(Math.min(...longest))}–${taskMs(Math.max(...longest))}]  tasks > 50 ms per load: ${median(over)} [${range(over).join('–')}]; page alone after DCL: ${taskMs(median(size.baseline.map((b) => b.tasks.longest)))}`,
    );
    row(
      '  longtask API / longest animation frame (LoAF) meanwhile',
      `${ms(median(k.map((l) => l.tasks.longtaskApi)))}`,
      `/ ${ms(median(k.map((l) => l.tasks.longestFrame)))} [${mm(k.map((l) => l.tasks.longestFrame))}] without a frame; page alone: ${ms(median(size.baseline.map((b) => b.tasks.longestFrame)))}`,
    );
    row('JS heap after GC: with Kontext − page alone', fmtMiB(added), `${fmtMiB(heapK)} − ${fmtMiB(heapB)} (with Kontext before GC: ${fmtMiB(median(k.map((l) => l.heap.beforeGc)))})`);
    const windowed = k.map((l) => l.windowed).filter(Boolean);
    row(
      'highlights (ranges) registered',
      counts.join(' / '),
      windowed.length
        ? `of ${size.core.mentions} mentions: only those near the viewport; scrolling to 5 positions, ${windowed.map((w) => `${w.checked - w.missingCount} of ${w.checked}`).join(' / ')} mentions on screen were highlighted`
        : `expected ${size.core.mentions} (the same matcher run over the page in the main world)${k.some((l) => l.timedOut) ? '  TIMED OUT' : ''}`,
    );
    const tag = size.name;
    checks.push([`${tag}: all highlights ≤ 3× floor — ${(median(fromCs) / floor).toFixed(0)}×`, median(fromCs) <= 3 * floor]);
    checks.push([`${tag}: no Kontext task > 50 ms — longest ${taskMs(Math.max(...longest))}`, Math.max(...longest) <= 50]);
    checks.push([`${tag}: heap added ≤ 10 MB — ${(added / 1e6).toFixed(1)} MB`, added <= 10 * 1e6]);
    if (windowed.length === k.length)
      checks.push([
        `${tag}: every mention on screen highlighted while scrolling (near-viewport registration) — ${windowed.map((w) => `${w.checked - w.missingCount}/${w.checked}`).join(', ')}`,
        windowed.every((w) => w.checked > 0 && w.missingCount === 0),
      ]);
    else checks.push([`${tag}: every highlight — ${counts.join('/')} of ${size.core.mentions}`, counts.length === 1 && counts[0] === size.core.mentions]);
    if (size.markjs) checks.push([`${tag}: Kontext faster than mark.js — ${(median(fromCs) / 1000).toFixed(2)} s vs ${size.markjs.capped ? '> ' : ''}${(size.markjs.ms / 1000).toFixed(0)} s`, median(fromCs) < size.markjs.ms]);
  }
  console.log('\ntargets:');
  for (const [name, ok] of checks) console.log(`  ${ok ? '✔' : '✘'} ${name}`);
  for (const size of results.sizes) if (size.profile) printProfile(size);
  console.log(`\n(total run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

function printProfile(size) {
  const ms = fmtMs;
  const p = size.profile;
  const s = p.summary;
  const cs = p.bench.csStart;
  console.log(
    `\nWhere the time goes — one profiled ${size.name} load (unminified build of the same sources, CPU profile at 100 µs + trace): ` +
      `content-script start → last highlight ${ms(p.bench.last?.[0] - cs)}; content-script JS ${ms(s.extTotal)}; meanwhile ` +
      [...s.special].filter(([, v]) => v >= 0.5).map(([n, v]) => `${n} ${ms(v)}`).join(', ') +
      (p.clockSkewMs !== null ? ` (profile/trace clock check: ${p.clockSkewMs.toFixed(2)} ms)` : ''),
  );
  if (s.phase) {
    const names = ['start', 'findScope', 'visibleBlocks', 'scanAll', 'scanRoots', 'next', 'drawBatch', 'highlightMention', 'release'];
    const phases = [];
    for (const [k, v] of s.incl) {
      const name = k.split(' ')[0];
      if (!names.includes(name) || phases.some((x) => x.name === name)) continue;
      const [from, to] = s.phase(k);
      phases.push({ name, from, to, v });
    }
    phases.sort((a, b) => a.from - b.from);
    console.log('  phases: function — first…last sample (ms after content-script start) — time in it');
    for (const x of phases) console.log(`    ${x.name.padEnd(16)} ${x.from.toFixed(0).padStart(6)} … ${x.to.toFixed(0).padEnd(6)} ${ms(x.v).padStart(9)}`);
  }
  const list = (title, entries) => {
    console.log(`  ${title}:`);
    for (let i = 0; i < entries.length; i += 2)
      console.log(
        entries
          .slice(i, i + 2)
          .map(([n, v]) => `    ${ms(v).padStart(9)}  ${shortFn(n).padEnd(38)}`)
          .join(''),
      );
  };
  list('self time (content.js:line; native calls under their own name)', s.self);
  list('inclusive time', s.incl.slice(0, 20));
  if (p.long.length) {
    const total = new Map();
    const add = (k, v) => total.set(k, (total.get(k) ?? 0) + v);
    console.log(`  tasks > 50 ms on the page's main thread (ms after content-script start: duration = parts):`);
    for (const t of p.long) {
      const parts = [...t.phases];
      const phaseSum = parts.reduce((n, [, v]) => n + v, 0);
      parts.push(['content-script JS', t.ext], ['GC', t.gc]);
      if (t.otherJs >= 0.5) parts.push(['other JS', t.otherJs]);
      parts.push(['other native', Math.max(0, t.duration - phaseSum - t.ext - t.gc - t.otherJs)]);
      for (const [n, v] of parts) add(n, v);
      console.log(
        `    +${(t.start - cs).toFixed(0).padStart(5)}  ${ms(t.duration).padStart(8)} = ` +
          parts.filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ') +
          (t.top.length ? `   [${t.top.map(([n, v]) => `${shortFn(n)} ${v.toFixed(0)}`).join(', ')}]` : ''),
      );
    }
    console.log(
      `    all ${p.long.length}: ${ms(p.long.reduce((n, t) => n + t.duration, 0))} = ` +
        [...total].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${ms(v)}`).join(', '),
    );
  } else console.log('  no task over 50 ms on the page\'s main thread while Kontext worked');
  const bg = p.background;
  if (!bg) return console.log('  background: not profiled (no service worker target)');
  console.log(
    `  background (the matcher service's worker), content-script start → last highlight: JS ${ms(bg.js)}, ` +
      [...bg.special].filter(([, v]) => v >= 0.5).map(([n, v]) => `${n} ${ms(v)}`).join(', '),
  );
  for (const [n, x] of bg.phases) console.log(`    ${n.padEnd(16)} ${x.from.toFixed(0).padStart(6)} … ${x.to.toFixed(0).padEnd(6)} ${ms(x.v).padStart(9)}`);
  list('background self time', bg.self);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
