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

/**
 * `columns`: the paragraphs are laid out top to bottom in that many columns side by side (a long
 * list in CSS columns), in a holder element. `shift` moves everything down (an image that loads
 * above), without a scroll.
 */
function page(paragraphs: number, columns = 1) {
  let scrollY = 0;
  let shift = 0;
  /** Paragraphs from `shiftFrom` on are moved down by `later` more (a gallery above them loaded). */
  let shiftFrom = Infinity;
  let later = 0;
  const perColumn = Math.ceil(paragraphs / columns);
  Object.defineProperty(window, 'scrollY', { get: () => scrollY, configurable: true });
  const frames: FrameRequestCallback[] = [];
  const view = window as unknown as Record<string, unknown>;
  view.requestAnimationFrame = (f: FrameRequestCallback) => frames.push(f);
  view.cancelAnimationFrame = () => {};
  installHighlightStandIns();
  Object.defineProperty(window, 'innerHeight', { value: VIEW, configurable: true });
  document.body.innerHTML = '';
  const holder = document.createElement('div');
  holder.getBoundingClientRect = () => ({ top: shift - scrollY, bottom: shift + perColumn * LINE - scrollY, width: 300, height: perColumn * LINE }) as DOMRect;
  document.body.append(holder);
  const texts: Text[] = [];
  const rowOf = (i: number) => (i % perColumn) + (i >= shiftFrom ? later / LINE : 0);
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `Merkel ${i}`;
    p.getBoundingClientRect = () => {
      const top = shift + rowOf(i) * LINE - scrollY;
      return { top, bottom: top + LINE, width: 100, height: LINE } as DOMRect;
    };
    holder.append(p);
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
    /** Moves everything down by `by` pixels, as the page's own layout would. */
    shiftBy(by: number) {
      shift += by;
    },
    /** Moves the paragraphs from `index` on down by `by` pixels (what is above them grew). */
    shiftFrom(index: number, by: number) {
      shiftFrom = index;
      later = by;
    },
    holder,
    /** Paragraph numbers on screen whose live marks are not registered. */
    unregisteredOnScreen(marks: Mark[]) {
      return marks
        .filter((m) => m.live && !m.range)
        .map((m) => texts.indexOf(m.startNode))
        .filter((i) => shift + rowOf(i) * LINE - scrollY >= 0 && shift + rowOf(i) * LINE - scrollY < VIEW);
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

  it('registers the marks of every column of a long list in CSS columns that is on screen', () => {
    const p = page(9000, 3);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    h.commit();
    p.flush();
    expect(h.windowed).toBe(true);
    for (const y of [0, 20_000, 45_000, 59_000]) {
      p.scrollTo(y);
      const missing = p.unregisteredOnScreen(marks);
      expect(missing.length, `at ${y}: ${missing.slice(0, 5).join(', ')}`).toBe(0);
    }
  });

  it('measures again when the page moves its content without a scroll (an image loads above)', () => {
    const p = page(8000);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    h.commit();
    p.scrollTo(100_000);
    expect(p.unregisteredOnScreen(marks)).toEqual([]);
    // The next scroll finds the first chunk near the viewport moved, and measures all again.
    p.shiftBy(-30_000);
    p.scrollTo(100_000 + LINE);
    expect(p.unregisteredOnScreen(marks)).toEqual([]);
  });

  it('measures again when the page grows while no mark is near (a gallery’s images load)', async () => {
    const p = page(6000);
    p.shiftFrom(5000, 10_000);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    h.commit();
    // In the middle of the gallery: no mark near.
    p.scrollTo(5000 * LINE + 5000);
    p.shiftFrom(5000, 60_000);
    for (const y of [5000 * LINE + 60_000, 5000 * LINE + 62_000]) {
      p.scrollTo(y);
      // (A page that grows is measured again at most every quarter second.)
      await new Promise((resolve) => setTimeout(resolve, 300));
      p.flush();
      expect(p.unregisteredOnScreen(marks), `at ${y}`).toEqual([]);
    }
  });

  it('measures again when a box in the page scrolls (its marks move, the page and the marks above it do not)', () => {
    const p = page(8000);
    const h = new Highlighter(document, { deferred: true });
    const marks = p.texts.map((t) => add(h, t));
    h.commit();
    // The reader is where the article ends and a scrolling box (a ticker) begins, at paragraph 4000.
    p.scrollTo(4000 * LINE - 500);
    expect(p.unregisteredOnScreen(marks)).toEqual([]);
    // The box scrolls: its lines move up 20,000 px, the article above it stays.
    p.shiftFrom(4000, -20_000);
    p.holder.dispatchEvent(new Event('scroll'));
    p.flush();
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
