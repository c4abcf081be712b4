/**
 * happy-dom has no CSS Custom Highlight API: small stand-ins for `Highlight` (a Set of ranges),
 * `StaticRange` (keeps its init) and `CSS.highlights` (a Map), enough to check which ranges
 * Kontext registers under which name.
 */
export interface StandInRange {
  init: { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number };
}

export function installHighlightStandIns(): void {
  const view = window as unknown as Record<string, unknown>;
  view.Highlight = class extends Set<unknown> {
    priority = 0;
    constructor(...ranges: unknown[]) {
      super(ranges);
    }
  };
  view.StaticRange = class {
    constructor(readonly init: unknown) {}
  };
  Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
}
