/**
 * The keyboard's side of `HoverController`: a Tab to an element whose text holds a mention opens
 * its card, the focus leaving it (or the card) closes it, and neither a script's focus nor a
 * scroll under the resting pointer takes it over. happy-dom has no layout: what lies under the
 * pointer is set by the test (`markAtPoint` is replaced), and the card is a small stand-in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../src/highlight/highlighter';

const under: { mark: Mark | undefined } = { mark: undefined };
vi.mock('../../src/highlight/hit-test', () => ({ markAtPoint: () => under.mark, rectsOf: () => [] }));

const { HoverController, watchPointer } = await import('../../src/content/hover');
const { Lifetime } = await import('../../src/content/lifetime');
const { Highlighter } = await import('../../src/highlight/highlighter');
const { installHighlightStandIns } = await import('../support/highlight-stand-ins');

const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const matches = Element.prototype.matches;

function setup() {
  installHighlightStandIns();
  (window as unknown as { requestAnimationFrame: (f: FrameRequestCallback) => number }).requestAnimationFrame = (f) => setTimeout(() => f(0), 0) as unknown as number;
  // happy-dom knows no `:focus-visible`: every focus here is shown as the keyboard's would be.
  Element.prototype.matches = function (selector: string) {
    return selector === ':focus-visible' || matches.call(this, selector);
  };
  document.body.innerHTML = '<p id="text">Kim Jong Un und Merkel</p><a id="link" href="#">Kim Jong Un</a><button id="next">Weiter</button><a id="slip" href="#">Mer<b>kl</b></a>';
  const host = document.createElement('div');
  document.body.append(host);
  const highlighter = new Highlighter(document);
  const link = document.getElementById('link')!;
  const text = document.getElementById('text')!.firstChild as Text;
  highlighter.add(link.firstChild as Text, 0, link.firstChild as Text, 11, 0, 'person', null, 1);
  const merkel = highlighter.add(text, 16, text, 22, 1, 'person', null, 0);
  // A slip in a name, written across two text nodes.
  const slip = document.getElementById('slip')!;
  const [mer, kl] = [slip.firstChild as Text, slip.lastChild!.firstChild as Text];
  highlighter.add(mer, 0, kl, 2, 1, 'person', [mer, kl], 2, 'Merkl');
  const shown: string[] = [];
  const slips: (string | undefined)[] = [];
  let open = false;
  const tooltip = {
    get isOpen() {
      return open;
    },
    show: (content: { entry: { id: string }; slip?: string }) => {
      open = true;
      shown.push(content.entry.id);
      slips.push(content.slip);
    },
    hide: () => {
      open = false;
    },
    position: async () => {},
    contains: (event: Event) => event.composedPath().includes(host),
    hosts: (node: Node) => node === host,
    covers: () => false,
  };
  const lifetime = new Lifetime();
  const entries = [{ id: 'kim' }, { id: 'merkel' }];
  const hover = new HoverController(document, lifetime, () => highlighter, tooltip as never, (mark) => entries[mark.entry] as never, () => 'de');
  const focus = (el: Element, related: Element | null = null) => el.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, relatedTarget: related })));
  const blur = (el: Element, related: Element | null = null) => el.dispatchEvent(trusted(new FocusEvent('focusout', { bubbles: true, relatedTarget: related })));
  const tab = () => window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
  const move = (x: number, y: number) => window.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' })));
  const touch = (type: string, x: number, y: number) =>
    window.dispatchEvent(trusted(new PointerEvent(type, { clientX: x, clientY: y, pointerType: 'touch', isPrimary: true })));
  const tap = (x: number, y: number, toX = x, toY = y) => {
    touch('pointerdown', x, y);
    touch('pointerup', toX, toY);
  };
  return { host, link, slip, next: document.getElementById('next')!, merkel, shown, slips, tooltip, lifetime, hover, focus, blur, tab, move, tap };
}

afterEach(() => {
  Element.prototype.matches = matches;
  under.mark = undefined;
});

describe('the card and the keyboard', () => {
  it('opens for a Tab to a link with a mention, and not for a focus no Tab came before (a script’s)', () => {
    const s = setup();
    s.focus(s.link);
    expect(s.tooltip.isOpen, 'a card for a script’s focus').toBe(false);
    s.tab();
    s.focus(s.link);
    expect(s.shown).toEqual(['kim']);
    s.lifetime.dispose();
  });

  it('tells the card a slip in a name as the matcher read it', () => {
    const s = setup();
    s.tab();
    s.focus(s.link);
    s.tab();
    s.focus(s.slip, s.link);
    expect(s.shown).toEqual(['kim', 'merkel']);
    expect(s.slips).toEqual([undefined, 'Merkl']);
    s.lifetime.dispose();
  });

  it('closes when the focus leaves the card for the page, after going into it from the link', async () => {
    const s = setup();
    s.tab();
    s.focus(s.link);
    s.blur(s.link, s.host);
    s.focus(s.host, s.link);
    expect(s.tooltip.isOpen, 'open while the focus is in the card').toBe(true);
    s.blur(s.host, null);
    expect(s.tooltip.isOpen, 'open after the focus left the card').toBe(false);
    // Nor does a resting pointer keep it afterwards.
    s.move(500, 500);
    await wait(400);
    expect(s.tooltip.isOpen).toBe(false);
    s.lifetime.dispose();
  });

  it('keeps the keyboard’s card when the Tab scrolls another mention under the resting pointer', async () => {
    const s = setup();
    s.move(10, 10);
    await wait(20);
    s.tab();
    s.focus(s.link);
    under.mark = s.merkel;
    window.dispatchEvent(new Event('scroll'));
    await wait(200);
    expect(s.shown).toEqual(['kim']);
    expect(s.tooltip.isOpen).toBe(true);
    // The next Tab moves on to an element without a mention: the card closes.
    s.tab();
    s.blur(s.link, s.next);
    s.focus(s.next, s.link);
    expect(s.tooltip.isOpen).toBe(false);
    s.lifetime.dispose();
  });
});

describe('the card and the touchscreen', () => {
  it('opens for a tap on a mention, closes at a tap elsewhere, and takes a swipe for no tap', () => {
    const s = setup();
    under.mark = s.merkel;
    s.tap(100, 100, 160, 300);
    expect(s.tooltip.isOpen, 'a card for a swipe').toBe(false);
    s.tap(100, 100);
    expect(s.shown).toEqual(['merkel']);
    under.mark = undefined;
    s.tap(400, 400);
    expect(s.tooltip.isOpen, 'open after a tap beside it').toBe(false);
    s.lifetime.dispose();
  });
});

describe('the card and a pointer that rested on a mention while Kontext started', () => {
  it('opens once the mention is highlighted, where the pointer was seen before the controller listened', async () => {
    const early = watchPointer(window);
    const move = (x: number, y: number) => window.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' })));
    move(40, 12);
    const seen = early.take();
    expect(seen).toEqual({ x: 40, y: 12 });
    // Taken once: it listens no more.
    move(1, 1);
    expect(early.take()).toEqual({ x: 40, y: 12 });
    const s = setup();
    under.mark = s.merkel;
    s.hover.recheck();
    await wait(600);
    expect(s.tooltip.isOpen, 'no card before the seed: the controller never saw the pointer').toBe(false);
    s.hover.seed(seen);
    s.hover.recheck();
    await wait(600);
    expect(s.shown).toEqual(['merkel']);
    s.lifetime.dispose();
  });
});

