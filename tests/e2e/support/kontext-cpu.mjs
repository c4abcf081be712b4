/**
 * How much main-thread time Kontext's content script takes, measured from outside (Chromium only).
 *
 * V8's sampling profiler over CDP (`Profiler` domain of the page's session, one sample every
 * 100 µs). Content scripts run in the page's isolate, so their frames are in the samples with
 * their own URL (`chrome-extension://<id>/content-scripts/content.js`). A sample is Kontext's when
 * a frame of its stack is in that file — which includes the DOM calls Kontext makes.
 *
 * - `kontextMs`: the time of all of Kontext's samples;
 * - `longestTaskMs`: the longest uninterrupted stretch of Kontext's samples — how long Kontext
 *   held the main thread at once. Garbage collection in the middle of such a stretch counts to
 *   it; idle time, the browser's own work (`(program)`) and page scripts end it.
 *
 * (A trace with `RunTask` events gives exact task boundaries, but stopping a trace took 5–6 s on
 * the larger pages, and tracing doubled their load time; the profiler costs milliseconds, and gave
 * figures of the same size on the pages tried.) Firefox offers no such attribution over WebDriver
 * BiDi; callers report n/a there.
 *
 *   const profiler = await startKontextProfiler(page, extensionBaseUrl); // null in Firefox
 *   … // navigate, wait
 *   const cpu = await profiler?.stop(); // { kontextMs, longestTaskMs, stretches, profiledMs }
 */

/** Sampling interval, µs. */
const INTERVAL_US = 100;
/** Gaps between samples longer than this are not time of the sample before them. */
const MAX_SAMPLE_US = 5_000;

/**
 * @typedef {{
 *   kontextMs: number,     // Kontext's sampled script time
 *   longestTaskMs: number, // the longest uninterrupted stretch of Kontext's script
 *   stretches: number,     // how many separate stretches Kontext ran in
 *   profiledMs: number,    // the time the profile covers
 * }} KontextCpu
 */

/**
 * Starts profiling the page's main thread (also across navigations of the tab). Null where the
 * browser cannot (Firefox).
 * @param {import('puppeteer-core').Page} page
 * @param {string} extensionBaseUrl chrome-extension://<id>/
 */
export async function startKontextProfiler(page, extensionBaseUrl) {
  if (page.browser().protocol !== 'cdp') return null;
  const client = await page.createCDPSession();
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await client.send('Profiler.start');
  let stopped = false;
  return {
    /** @returns {Promise<KontextCpu>} */
    async stop() {
      if (stopped) throw new Error('profiler already stopped');
      stopped = true;
      try {
        const { profile } = await client.send('Profiler.stop');
        return analyseProfile(profile, `${extensionBaseUrl}content-scripts/`);
      } finally {
        await client.detach().catch(() => {});
      }
    },
  };
}

/**
 * @param {{ nodes: { id: number, callFrame: { url: string, functionName: string }, children?: number[] }[],
 *   samples: number[], timeDeltas: number[], startTime: number, endTime: number }} profile CDP Profiler.Profile
 * @param {string} scriptPrefix URL prefix of Kontext's content script(s)
 * @returns {KontextCpu}
 */
export function analyseProfile(profile, scriptPrefix) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const memo = new Map();
  const isKontext = (id) => {
    if (memo.has(id)) return memo.get(id);
    memo.set(id, false);
    const node = nodes.get(id);
    const result = !!node && (node.callFrame.url.startsWith(scriptPrefix) || (parents.has(id) && isKontext(parents.get(id))));
    memo.set(id, result);
    return result;
  };
  const isGc = (id) => nodes.get(id)?.callFrame.functionName === '(garbage collector)';

  const { samples, timeDeltas } = profile;
  const duration = (i) => Math.min(MAX_SAMPLE_US, Math.max(0, timeDeltas[i + 1] ?? 0));
  let kontext = 0;
  let longest = 0;
  let stretches = 0;
  let run = 0;
  let pendingGc = 0; // GC time after a Kontext sample, counted if Kontext's script goes on after it
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i];
    const d = duration(i);
    if (isKontext(id)) {
      if (run === 0) stretches++;
      kontext += d;
      run += pendingGc + d;
      pendingGc = 0;
      longest = Math.max(longest, run);
    } else if (run > 0 && isGc(id)) {
      pendingGc += d;
    } else {
      run = 0;
      pendingGc = 0;
    }
  }
  return {
    kontextMs: kontext / 1000,
    longestTaskMs: longest / 1000,
    stretches,
    profiledMs: (profile.endTime - profile.startTime) / 1000,
  };
}
