/**
 * Highlight styles for open shadow roots. `::highlight()` rules in the document's style sheet do
 * not reach into shadow trees, so each shadow root Kontext reads adopts one shared constructed
 * style sheet. Adopting a sheet changes no node of the page; `clear()` takes it back out.
 *
 * A feed of components may make and drop shadow roots for as long as the tab is open. Roots whose
 * host has left the document are let go (and given back their sheets) whenever the list has
 * doubled since the last look; one that comes back is read, and styled, anew.
 */
import css from './highlights.css?inline';

/** The list is first looked through at this size. */
const FIRST_PRUNE = 64;
/** A root gets the sheet back at most this often in a row (see `ensure`). */
const MAX_READOPTIONS = 3;

export class ShadowStyles {
  private readonly roots = new Set<ShadowRoot>();
  /** How often each root got the sheet back (see `ensure`). */
  private readonly readopted = new WeakMap<ShadowRoot, number>();
  private sheet: CSSStyleSheet | null = null;
  private pruneAt = FIRST_PRUNE;

  /** How many shadow roots are styled. */
  get size(): number {
    return this.roots.size;
  }

  /** The roots styled. */
  get all(): Iterable<ShadowRoot> {
    return this.roots;
  }

  /** Styles `root`; false if it was already known. */
  add(root: ShadowRoot): boolean {
    if (this.roots.has(root)) return false;
    if (this.roots.size >= this.pruneAt) this.prune();
    this.roots.add(root);
    try {
      const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
      if (!view) return true;
      if (!this.sheet) {
        this.sheet = new view.CSSStyleSheet();
        this.sheet.replaceSync(css);
      }
      adoptedOf(root).push(this.sheet);
    } catch {
      // A browser without constructable style sheets: the highlights exist but are not painted.
    }
    return true;
  }

  /**
   * Adopts the sheet again where the page replaced a root's sheets (a theme switch assigns
   * `adoptedStyleSheets` anew): the highlights there would lose their colours. A page that takes
   * it out at every look is left alone after `MAX_READOPTIONS` looks in a row, rather than fought.
   */
  ensure(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    for (const root of this.roots) {
      if (!root.host.isConnected) continue;
      try {
        const sheets = adoptedOf(root);
        // Kept since the last look: a theme switched now and then is no fight.
        if (sheets.includes(sheet)) {
          this.readopted.delete(root);
          continue;
        }
        const times = this.readopted.get(root) ?? 0;
        if (times >= MAX_READOPTIONS) continue;
        this.readopted.set(root, times + 1);
        sheets.push(sheet);
      } catch {
        // The page froze the array: nothing to do.
      }
    }
  }

  clear(): void {
    for (const root of this.roots) this.release(root);
    this.roots.clear();
    this.sheet = null;
    this.pruneAt = FIRST_PRUNE;
  }

  /** Lets go of the roots whose host is no longer in the document. */
  private prune(): void {
    for (const root of this.roots) {
      if (root.host.isConnected) continue;
      this.release(root);
      this.roots.delete(root);
    }
    this.pruneAt = Math.max(FIRST_PRUNE, this.roots.size * 2);
  }

  private release(root: ShadowRoot): void {
    const sheet = this.sheet;
    try {
      const sheets = adoptedOf(root);
      const at = sheet ? sheets.indexOf(sheet) : -1;
      if (at >= 0) sheets.splice(at, 1);
    } catch {
      // The page may have frozen the array; nothing else to undo.
    }
  }
}

/**
 * A root's list of adopted sheets, to change in place. A Firefox content script sees the page's
 * list through a wrapper that refuses every access ("Accessing from Xray wrapper is not
 * supported": no root got the highlight styles in Firefox ESR 140); it works on the page's own
 * list instead (`wrappedJSObject`), which only the page's code could have changed.
 */
function adoptedOf(root: ShadowRoot): CSSStyleSheet[] {
  return ((root as { wrappedJSObject?: ShadowRoot }).wrappedJSObject ?? root).adoptedStyleSheets;
}
