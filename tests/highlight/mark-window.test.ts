/**
 * Near-viewport registration on very long pages (`Highlighter` + `MarkWindow`). happy-dom has no
 * layout and no highlight API: paragraphs get boxes from their index and the scroll position, and
 * `Highlight`/`StaticRange`/`CSS.highlights` are small stand-ins. What is checked is which marks
 * have their range registered, as the page is scrolled and changed.
 */
import { describe, expect, it } from 'vitest';
import { Highlighter, type Mark } from '../../src/highlight/highlighter';
import { installHighlightStandIns } from '../support/highlight-stand-ins';

const LINE = 20;
const VIEW = 1000;

function page(paragraphs: number) {
  let scrollY = 0;
  const frames: FrameRequestCallback[] = [];
  const view = window as unknown as Record<string, unknown>;
  view.requestAnimationFrame = (f: FrameRequestCallback) => frames.push(f);
  view.cancelAnimationFrame = () => {};
  installHighlightStandIns();
  Object.defineProperty(window, 'innerHeight', { value: VIEW, configurable: true });
  document.body.innerHTML = '';
  const texts: Text[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `Merkel ${i}`;
    p.getBoundingClientRect = () => {
      const top = i * LINE - scrollY;
      return { top, bottom: top + LINE, width: 100, height: LINE } as DOMRect;
    };
    document.body.append(p);
    texts.push(p.firstChild as Text);
  }
  const flush = () => {
    while (frames.length) frames.shift()!(0);
  };
  return {
    texts,
    flush,
    scrollTo(y: number) {
      scrollY = y;
      window.dispatchEvent(new Event('scroll'));
      flush();
    },
    /** Paragraph numbers on screen whose live marks are not registered. */
    unregisteredOnScreen(marks: Mark[]) {
      return marks
        .filter((m) => m.live && !m.range)
        .map((m) => texts.indexOf(m.startNode))
        .filter((i) => i * LINE - scrollY >= 0 && i * LINE - scrollY < VIEW);
    },
  };
}

const add = (h: Highlighter, t: Text, order = Number(t.data.slice(7))) => h.add(t, 0, t, 6, 0, "person", null, order);

describe('highlights built aside (a full scan)', () => {
  it('makes no ranges before commit, then shows every mark of a short page', () => {
    const p = page(300);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    expect(marks.filter((m) => m.range)).toHaveLength(0);
    expect(CSS.highlights.size).toBe(0);
    h.removeForNodes([p.texts[7]!]);
    h.commit();
    expect(h.windowed).toBe(false);
    expect(marks.filter((m) => m.range)).toHaveLength(299);
    expect(marks[7]!.range).toBeNull();
    expect(CSS.highlights.size).toBe(1);
  });
});

describe('near-viewport registration', () => {
  it('registers only the marks near the viewport once a page has thousands, and follows scrolling', () => {
    const p = page(8000);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    // Built aside: the window follows the marks as they come, and nothing is registered yet.
    p.flush();
    expect(h.windowed).toBe(true);
    expect(CSS.highlights.size).toBe(0);
    h.commit();
    p.flush();
    expect(CSS.highlights.size).toBe(1);
    const registered = () => marks.filter((m) => m.range).length;
    expect(registered()).toBeLessThan(1000);
    expect(p.unregisteredOnScreen(marks)).toEqual([]);
    for (const y of [50_000, 150_000, 10_000]) {
      p.scrollTo(y);
      expect(p.unregisteredOnScreen(marks), `at ${y}`).toEqual([]);
      expect(registered()).toBeLessThan(1000);
    }
    expect(marks[0]!.range, 'far above: hidden').toBeNull();
  });

  it('keeps marks drawn out of document order (short names released late) findable', () => {
    const p = page(8000);
    const h = new Highlighter(document, { deferred: true });
    const late = [100, 3000, 7000];
    const marks = p.texts.filter((_, i) => !late.includes(i)).map((t) => add(h, t));
    for (const i of late) marks.push(add(h, p.texts[i]!));
    h.commit();
    p.flush();
    for (const i of late) {
      p.scrollTo(i * LINE - 100);
      expect(p.unregisteredOnScreen(marks), `around ${i}`).toEqual([]);
    }
  });

  it('handles a block read again in the middle, and a feed appending at the end', () => {
    const p = page(8000);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.slice(0, 7900).map((t) => add(h, t));
    h.commit();
    p.flush();
    h.removeForNodes([p.texts[4000]!]);
    marks.push(add(h, p.texts[4000]!));
    for (let i = 7900; i < 8000; i++) marks.push(add(h, p.texts[i]!));
    p.flush();
    for (const y of [7950 * LINE - 500, 4000 * LINE - 300]) {
      p.scrollTo(y);
      expect(p.unregisteredOnScreen(marks), `at ${y}`).toEqual([]);
    }
  });

  it('opens the window when appended content passes the limit, after blocks were read again', () => {
    const p = page(6000);
    const h = new Highlighter(document);
    const marks = p.texts.slice(0, 4900).map((t) => add(h, t));
    for (let i = 2000; i < 2010; i++) {
      h.removeForNodes([p.texts[i]!]);
      marks.push(add(h, p.texts[i]!));
    }
    for (let i = 4900; i < 6000; i++) marks.push(add(h, p.texts[i]!));
    p.flush();
    expect(h.windowed).toBe(true);
    p.scrollTo(2000 * LINE - 300);
    expect(p.unregisteredOnScreen(marks)).toEqual([]);
  });

  it('forgets removed marks entirely, also thousands in one text node', () => {
    const p = page(10);
    const h = new Highlighter(document);
    const node = p.texts[0]!;
    for (let i = 0; i < 6000; i++) add(h, node);
    h.removeForNodes([node]);
    expect(h.size).toBe(0);
    expect(h.marksAt(node)).toEqual([]);
  });
});
