/**
 * Highlight styles for open shadow roots. `::highlight()` rules in the document's style sheet do
 * not reach into shadow trees, so each shadow root Kontext reads adopts one shared constructed
 * style sheet. Adopting a sheet changes no node of the page; `clear()` takes it back out.
 */
import css from './highlights.css?inline';

export class ShadowStyles {
  private readonly roots = new Set<ShadowRoot>();
  private sheet: CSSStyleSheet | null = null;

  /** Styles `root`; false if it was already known. */
  add(root: ShadowRoot): boolean {
    if (this.roots.has(root)) return false;
    this.roots.add(root);
    try {
      const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
      if (!view) return true;
      if (!this.sheet) {
        this.sheet = new view.CSSStyleSheet();
        this.sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // A browser without constructable style sheets: the highlights exist but are not painted.
    }
    return true;
  }

  clear(): void {
    const sheet = this.sheet;
    for (const root of this.roots) {
      try {
        if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page may have frozen the array; nothing else to undo.
      }
    }
    this.roots.clear();
    this.sheet = null;
  }
}
