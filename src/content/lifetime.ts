/**
 * One lifetime per content script: every listener, observer, timer and injected element is
 * registered here and released by `dispose()` — on extension reload/update ("context
 * invalidated"), on `pagehide`, or when Kontext is switched off for the site.
 */
export class Lifetime {
  private disposers: (() => void)[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Registers a clean-up; runs it at once if the lifetime is already over. */
  add(disposer: () => void): void {
    if (this.disposed) disposer();
    else this.disposers.push(disposer);
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

  timeout(callback: () => void, ms: number): () => void {
    const id = setTimeout(() => {
      if (!this.disposed) callback();
    }, ms);
    const cancel = () => clearTimeout(id);
    this.add(cancel);
    return cancel;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const disposers = this.disposers.reverse();
    this.disposers = [];
    for (const dispose of disposers) {
      try {
        dispose();
      } catch (error) {
        console.warn('Kontext: clean-up failed', error);
      }
    }
  }
}

/** Gives the main thread back (to input and rendering) between slices of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
