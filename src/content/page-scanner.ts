/**
 * Finds and highlights mentions in one document: reads its article as text runs, runs the matcher
 * over each, and draws the results. Work is done in slices of a few milliseconds so that no long
 * task blocks the page, and is then kept up to date incrementally from a MutationObserver: only the
 * blocks that changed are read again.
 */
import type { Glossary } from '../glossary/types';
import { Highlighter } from '../highlight/highlighter';
import type { Matcher, MatchSession } from '../match/matcher';
import { blockElement, iterateRuns, isExcludedWithin, locate, type TextRun } from '../page/text-runs';
import { findScope } from '../page/scope';
import { yieldToMain, type Lifetime } from './lifetime';

/** How long one slice of work may take before the scanner yields. */
const SLICE_MS = 8;

export class PageScanner {
  readonly highlighter: Highlighter;
  private scope: Element;
  private session: MatchSession;
  private generation = 0;
  private pending = new Set<Node>();
  private flushScheduled = false;

  constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private glossary: Glossary,
    private readonly lifetime: Lifetime,
  ) {
    this.highlighter = new Highlighter(doc);
    this.scope = findScope(doc);
    this.session = matcher.session();
    lifetime.add(() => {
      this.generation++;
      this.highlighter.clear();
    });
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    lifetime.add(() => observer.disconnect());
  }

  get entries(): Glossary['entries'] {
    return this.glossary.entries;
  }

  /** Starts over with another glossary (the reader edited it). */
  async reset(matcher: Matcher, glossary: Glossary): Promise<void> {
    this.matcher = matcher;
    this.glossary = glossary;
    await this.scanAll();
  }

  /** Clears everything and highlights the whole scope, in slices. Resolves when done. */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    this.highlighter.clear();
    this.session = this.matcher.session();
    this.scope = findScope(this.doc);
    await this.scanRoot(this.scope, generation);
  }

  private async scanRoot(root: Node, generation: number): Promise<void> {
    let sliceStart = performance.now();
    for (const run of iterateRuns(root)) {
      if (generation !== this.generation || this.lifetime.isDisposed) return;
      this.highlightRun(run);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        sliceStart = performance.now();
      }
    }
    this.highlighter.ensureRegistered();
  }

  private highlightRun(run: TextRun): void {
    const mentions = this.matcher.scan(run.text, this.session);
    for (const m of mentions) {
      const entry = this.glossary.entries[m.entry];
      if (!entry) continue;
      const [startNode, startOffset] = locate(run, m.start, false);
      const [endNode, endOffset] = locate(run, m.end, true);
      const first = run.nodes.indexOf(startNode);
      const last = run.nodes.indexOf(endNode, first);
      this.highlighter.add(startNode, startOffset, endNode, endOffset, m.entry, entry.type, run.nodes.slice(first, last + 1));
    }
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      for (const node of record.removedNodes) this.forget(node);
      for (const node of record.addedNodes) this.pending.add(node);
      if (record.addedNodes.length > 0 || record.removedNodes.length > 0) this.pending.add(record.target);
    }
    if (this.pending.size > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      // Bursts (infinite scroll, hydration) are handled together, a moment later.
      this.lifetime.timeout(() => void this.flush(), 50);
    }
  }

  /** Drops the marks of every text node in a removed subtree. */
  private forget(node: Node): void {
    if (node.nodeType === 3) return this.highlighter.removeForNodes([node as Text]);
    if (node.nodeType !== 1) return;
    const walker = this.doc.createTreeWalker(node, 0x4);
    const texts: Text[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
    this.highlighter.removeForNodes(texts);
  }

  /** Re-reads the blocks that changed. */
  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const blocks = new Set<Element>();
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const block = blockElement(node);
      if (!block || !this.scope.contains(block) && !block.contains(this.scope)) continue;
      if (block.contains(this.scope) && block !== this.scope) {
        // The scope itself was replaced or moved: start over.
        this.pending.clear();
        return this.scanAll();
      }
      if (isExcludedWithin(block)) continue;
      blocks.add(block);
    }
    this.pending.clear();
    // Nested blocks are covered by their ancestors.
    const roots = [...blocks].filter((b) => ![...blocks].some((other) => other !== b && other.contains(b)));
    const generation = this.generation;
    for (const root of roots) {
      this.forget(root);
      await this.scanRoot(root, generation);
    }
    this.highlighter.ensureRegistered();
  }
}
