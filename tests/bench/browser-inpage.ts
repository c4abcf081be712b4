/**
 * Kontext's own scanning code, bundled by `browser-bench.mjs` into a script for the page's main
 * world of a browser WITHOUT the extension. It gives the count of highlights the extension must
 * end with (the same matcher over the same text runs), and splits Kontext's time into its parts
 * without storage, validation or the content script's world:
 *   walk   — `RunReader` alone (Kontext's DOM walk: runs across inline elements);
 *   core   — `createMatcher` + walk + `matcher.scan` + `locate` + `new StaticRange`, without pauses;
 *   scanner — `PageScanner.scanAll()`, the content script's scanner itself (8 ms slices, highlights
 *             registered), with a glossary handed to it directly;
 *   coverage — run in the page WITH the extension after a load: where Kontext registers only the
 *             marks near the viewport (very long pages), scrolls to a few positions and checks that
 *             every mention the same matcher finds on screen is highlighted there.
 */
import { Lifetime } from '../../src/content/lifetime';
import { PageScanner, type PageMatcher } from '../../src/content/page-scanner';
import { scanBatch } from '../../src/messaging/scan-batch';
import type { Entry, Glossary } from '../../src/glossary/types';
import { createMatcher } from '../../src/match/matcher';
import { findScope } from '../../src/page/scope';
import { locate, RunReader } from '../../src/page/text-runs';

const fuzzyOption = (threshold: number) => (threshold > 0 ? { threshold } : (false as const));

async function walk(): Promise<{ ms: number; runs: number; chars: number }> {
  const start = performance.now();
  let runs = 0;
  let chars = 0;
  for (const root of await findScope(document, 'article'))
    for (let reader = new RunReader(root), run = reader.next(); run; run = reader.next()) {
      runs++;
      chars += run.text.length;
    }
  return { ms: performance.now() - start, runs, chars };
}

async function core(entries: Entry[], fuzzyThreshold: number) {
  const t0 = performance.now();
  const matcher = createMatcher(entries, { fuzzy: fuzzyOption(fuzzyThreshold) });
  const t1 = performance.now();
  const roots = await findScope(document, 'article');
  const t2 = performance.now();
  const session = matcher.session();
  let mentions = 0;
  let runs = 0;
  let scanMs = 0;
  const ranges: StaticRange[] = [];
  for (const root of roots)
    for (let reader = new RunReader(root), run = reader.next(); run; run = reader.next()) {
      runs++;
      const s = performance.now();
      const found = matcher.scan(run.text, session);
      scanMs += performance.now() - s;
      for (const m of found) {
        if (!entries[m.entry]) continue;
        const [startContainer, startOffset] = locate(run, m.start, false);
        const [endContainer, endOffset] = locate(run, m.end, true);
        ranges.push(new StaticRange({ startContainer, startOffset, endContainer, endOffset }));
        mentions++;
      }
    }
  const t3 = performance.now();
  return {
    buildMs: t1 - t0,
    scopeMs: t2 - t1,
    walkScanMs: t3 - t2,
    matcherScanMs: scanMs,
    runs,
    mentions,
    roots: roots.map((r) => r.tagName.toLowerCase()),
  };
}

/**
 * `PageScanner.scanAll` in the main world (viewport first, then the whole scope built aside and
 * registered once). `stubVisibility`: `checkVisibility` answers true without asking the
 * renderer (an experiment: what the per-run visibility check costs).
 */
async function scanner(entries: Entry[], fuzzyThreshold: number, options: { stubVisibility?: boolean } = {}) {
  const glossary: Glossary = { schemaVersion: 1, version: 1, id: 'bench', name: 'bench', entries };
  if (options.stubVisibility) Element.prototype.checkVisibility = () => true;
  const t0 = performance.now();
  const matcher = createMatcher(entries, { fuzzy: fuzzyOption(fuzzyThreshold) });
  const t1 = performance.now();
  const lifetime = new Lifetime();
  // The matcher in this page, answering as the background's matcher service does.
  const local: PageMatcher = {
    scan: async (texts, language) => scanBatch(matcher, texts, language),
    entry: (index) => glossary.entries[index],
    heldEntries: new Set(matcher.heldEntries),
  };
  const scanner = new PageScanner(document, local, lifetime, { scope: 'article', includeCode: false });
  await scanner.scanAll();
  const t2 = performance.now();
  const size = scanner.highlighter.size;
  lifetime.dispose();
  return { buildMs: t1 - t0, scanAllMs: t2 - t1, highlights: size };
}

/** Registered `kontext-*` range starts (text node → offsets). */
function registeredStarts(): Map<Node, number[]> {
  const starts = new Map<Node, number[]>();
  for (const [name, highlight] of CSS.highlights as unknown as Iterable<[string, Highlight]>) {
    if (!name.startsWith('kontext-') || name === 'kontext-active') continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) starts.set(r.startContainer, [...(starts.get(r.startContainer) ?? []), r.startOffset]);
  }
  return starts;
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? setTimeout(resolve, 150) : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

async function coverage(entries: Entry[], fuzzyThreshold: number, positions = [0, 0.25, 0.5, 0.75, 1]) {
  const matcher = createMatcher(entries, { fuzzy: fuzzyOption(fuzzyThreshold) });
  const session = matcher.session();
  const expected: { node: Text; offset: number }[] = [];
  for (const root of await findScope(document, 'article'))
    for (let reader = new RunReader(root), run = reader.next(); run; run = reader.next())
      for (const m of matcher.scan(run.text, session)) {
        const [node, offset] = locate(run, m.start, false);
        expected.push({ node, offset });
      }
  let checked = 0;
  const missing: string[] = [];
  const span = document.documentElement.scrollHeight - innerHeight;
  for (const at of positions) {
    scrollTo(0, at * span);
    await frames(3);
    const starts = registeredStarts();
    for (const { node, offset } of expected) {
      const box = node.parentElement?.getBoundingClientRect();
      if (!box || box.bottom < 0 || box.top > innerHeight) continue;
      checked++;
      if (!(starts.get(node) ?? []).includes(offset)) missing.push(`${node.data.slice(offset, offset + 24)} (at ${at})`);
    }
  }
  return { checked, missing: missing.slice(0, 10), missingCount: missing.length };
}

(globalThis as unknown as { __kontextBench: unknown }).__kontextBench = { walk, core, scanner, coverage };
