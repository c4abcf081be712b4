/**
 * One lifetime per content script: every listener, observer, timer and injected element is
 * registered here and released by `dispose()` — on extension reload/update ("context
 * invalidated"), on `pagehide`, or when Kontext is switched off for the site.
 */
export class Lifetime {
  /** In the order registered; a timer's clean-up leaves when the timer fires or is cancelled. */
  private disposers = new Set<() => void>();
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** How many clean-ups are registered (a page open for hours must not collect them). */
  get size(): number {
    return this.disposers.size;
  }

  /** Registers a clean-up; runs it at once if the lifetime is already over. */
  add(disposer: () => void): void {
    if (this.disposed) disposer();
    else this.disposers.add(disposer);
  }

  listen<K extends string>(
    target: EventTarget,
    type: K,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener, options);
    this.add(() => target.removeEventListener(type, listener, options));
  }

  /** Calls `callback` once after `ms`, unless cancelled (the returned function) or disposed first. */
  timeout(callback: () => void, ms: number): () => void {
    const id = setTimeout(() => {
      this.disposers.delete(cancel);
      if (!this.disposed) callback();
    }, ms);
    const cancel = () => {
      clearTimeout(id);
      this.disposers.delete(cancel);
    };
    this.add(cancel);
    return cancel;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const disposers = [...this.disposers].reverse();
    this.disposers = new Set();
    for (const dispose of disposers) {
      try {
        dispose();
      } catch (error) {
        console.warn('Kontext: clean-up failed', error);
      }
    }
  }
}

/** How long work may go on yielding with `scheduler.yield()` before the renderer gets a turn. */
const FRAME_BUDGET_MS = 40;
let lastTaskYield = 0;

/**
 * Gives the main thread back between slices of work. `scheduler.yield()` lets input in and
 * resumes first, but its continuations run ahead of rendering; so at least every
 * `FRAME_BUDGET_MS` the work yields with a plain task instead, and the page can paint.
 */
export function yieldToMain(): Promise<void> {
  const now = performance.now();
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield && now - lastTaskYield < FRAME_BUDGET_MS) return scheduler.yield();
  lastTaskYield = now;
  return new Promise((resolve) => setTimeout(resolve, 0));
}
