/**
 * Keeps only the marks near the viewport registered, on pages with very many of them. Every frame
 * after a registered highlight changed, the browser re-validates all of its ranges: with tens of
 * thousands of ranges that is a long task of its own (half a second for 66,000 on a 10 MB page).
 *
 * Marks are grouped by the element that holds their first text node, and an IntersectionObserver
 * with a margin of two screens above and below tells which groups are near: their marks are shown
 * (their ranges registered), the others hidden. Scrolling brings marks in before they are seen.
 */
import type { Mark } from './highlighter';

/** How far beyond the viewport marks stay registered. */
const MARGIN = '200% 0px';

export class MarkWindow {
  private readonly groups = new Map<Element, Mark[]>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    view: Window & typeof globalThis,
    private readonly show: (mark: Mark) => void,
    private readonly hide: (mark: Mark) => void,
  ) {
    this.observer = new view.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: MARGIN });
  }

  add(mark: Mark): void {
    const element = mark.startNode.parentElement;
    mark.group = element;
    if (!element) return;
    let group = this.groups.get(element);
    if (!group) {
      this.groups.set(element, (group = []));
      this.observer.observe(element);
    }
    group.push(mark);
    if (this.near.has(element)) this.show(mark);
  }

  delete(mark: Mark): void {
    const element = mark.group;
    const group = element && this.groups.get(element);
    if (!group) return;
    const at = group.indexOf(mark);
    if (at >= 0) group.splice(at, 1);
    if (group.length === 0) {
      this.groups.delete(element);
      this.near.delete(element);
      this.observer.unobserve(element);
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.groups.clear();
    this.near.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const group = this.groups.get(entry.target);
      if (!group) continue;
      if (entry.isIntersecting) {
        if (this.near.has(entry.target)) continue;
        this.near.add(entry.target);
        for (const mark of group) this.show(mark);
      } else if (this.near.delete(entry.target)) {
        for (const mark of group) this.hide(mark);
      }
    }
  }
}
