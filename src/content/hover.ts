/**
 * Opens the tooltip when the pointer rests on a highlighted mention and closes it when the pointer
 * leaves both the mention and the tooltip (after a short grace period, so the pointer can travel
 * into the card to follow a link), or on Esc. Pointer moves are hit-tested at most once a frame.
 * While a button is held (the reader drags to select a quotation) no card opens, and an open one
 * closes: it would cover the lines being selected.
 *
 * On a touchscreen a tap on a mention opens its card, and a tap elsewhere (not on the card) closes
 * it; the tap goes on to the page as it was (a mention in a link still follows the link).
 *
 * A reader on the keyboard gets the card too: when Tab moves the focus to an element of the page
 * (a link, a button, a focusable heading) whose text holds a mention, that mention's card opens,
 * and it closes when the focus goes elsewhere (or on Esc). Not on a click's focus: there the
 * pointer is the reader's.
 */
import type { DescriptionLanguage, Entry } from '../glossary/types';
import { contains, markAtPoint, rectsOf } from '../highlight/hit-test';
import type { Highlighter, Mark } from '../highlight/highlighter';
import type { TooltipHost } from '../tooltip/tooltip-host';
import type { Lifetime } from './lifetime';

const OPEN_DELAY_MS = 120;
/** How far a finger may move, and how long it may rest, for a touch to be a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;
/** How soon after a Tab a focus counts as the reader's. */
const TAB_FOCUS_MS = 500;
const CLOSE_DELAY_MS = 300;
/** How long after leaving an element a move must come for the pointer to be still in the document. */
const LEFT_MS = 100;

/**
 * Notes where the reader's pointer moves while Kontext starts (before its controller listens, while
 * the matcher service answers), so that a pointer already resting on a mention opens its card once
 * the mention is highlighted.
 */
export function watchPointer(view: Window): { take(): { x: number; y: number } | undefined; stop(): void } {
  let last: { x: number; y: number } | undefined;
  const note = (event: Event) => {
    const e = event as PointerEvent;
    if (isReadersPointer(e)) last = { x: e.clientX, y: e.clientY };
  };
  view.addEventListener('pointermove', note, { passive: true, capture: true });
  const stop = () => view.removeEventListener('pointermove', note, { capture: true });
  return {
    take() {
      stop();
      return last;
    },
    stop,
  };
}

/**
 * True for a move of the reader's mouse or pen: a page that sends its own moves over every mention
 * would open each card, and could read it (`window.find`, the selection); a finger taps instead.
 */
function isReadersPointer(event: PointerEvent): boolean {
  return event.isTrusted && event.pointerType !== 'touch';
}

export class HoverController {
  private frame = 0;
  private last = { x: 0, y: 0 };
  /** Whether the pointer has been over the page at all (`last` is where). */
  private moved = false;
  /** A button was held at the last move (a selection being dragged). */
  private dragging = false;
  private current: Mark | undefined;
  /** The mention whose card the reader closed with Esc: it stays closed until the pointer leaves it. */
  private dismissed: Mark | undefined;
  /**
   * True while the reader's last move put the pointer on the card: there it stays open, for its
   * links. A card that a scroll carried under the resting pointer is not the reader's to keep.
   */
  private onCard = false;
  /** The element whose keyboard focus opened the card: the pointer, wherever it rests, leaves it open. */
  private focused: Element | undefined;
  /** When the reader last pressed Tab (a focus soon after is theirs, not a script's). */
  private tabbedAt = -Infinity;
  /** Where and when a finger touched the screen, until it lifts (a tap, if it hardly moved). */
  private touch: { x: number; y: number; at: number } | undefined;
  private cancelOpen: (() => void) | undefined;
  /** Pending after the pointer left an element, until a move in the document shows it is still here. */
  private cancelLeft: (() => void) | undefined;
  private cancelClose: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly lifetime: Lifetime,
    private readonly highlighter: () => Highlighter,
    private readonly tooltip: TooltipHost,
    private readonly entryOf: (mark: Mark) => Entry | undefined,
    private readonly language: () => DescriptionLanguage,
  ) {
    const view = doc.defaultView!;
    // On the window, capturing: the first stop of every event, before any of the page's elements
    // (a drag or gesture library that stops pointer events on the document does not blind Kontext).
    lifetime.listen(view, 'pointermove', (e) => this.onMove(e as PointerEvent), { passive: true, capture: true });
    lifetime.listen(view, 'pointerout', (e) => this.onOut(e as PointerEvent), { passive: true, capture: true });
    lifetime.listen(view, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    lifetime.listen(view, 'pointerdown', (e) => this.onTouchStart(e as PointerEvent), { passive: true, capture: true });
    lifetime.listen(view, 'pointerup', (e) => this.onTouchEnd(e as PointerEvent), { passive: true, capture: true });
    lifetime.listen(view, 'pointercancel', () => (this.touch = undefined), { passive: true, capture: true });
    lifetime.listen(view, 'focusin', (e) => this.onFocus(e as FocusEvent), { passive: true, capture: true });
    lifetime.listen(view, 'focusout', (e) => this.onBlur(e as FocusEvent), { passive: true, capture: true });
    // A native drag (a link, an image, a draggable teaser): Firefox sends no pointer move with the
    // button held before it, so the drag itself closes the card and keeps others shut until it ends.
    lifetime.listen(view, 'dragstart', (e) => this.onDrag(e, true), { passive: true, capture: true });
    lifetime.listen(view, 'dragend', (e) => this.onDrag(e, false), { passive: true, capture: true });
    lifetime.listen(view, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    lifetime.listen(view, 'resize', () => void this.tooltip.position(), { passive: true });
    lifetime.add(() => view.cancelAnimationFrame(this.frame));
  }

  close(): void {
    this.cancelOpen?.();
    this.cancelClose?.();
    this.current = undefined;
    this.focused = undefined;
    this.highlighter().setActive(undefined);
    this.tooltip.hide();
  }

  private onMove(event: PointerEvent): void {
    if (!isReadersPointer(event)) return;
    this.cancelLeft?.();
    this.cancelLeft = undefined;
    this.last = { x: event.clientX, y: event.clientY };
    this.moved = true;
    if (this.dismissed) this.leftDismissed(event);
    this.onCard = this.tooltip.contains(event);
    if (this.onCard) {
      // The pointer is in the card: keep it open.
      this.cancelClose?.();
      this.cancelClose = undefined;
      return;
    }
    this.dragging = event.buttons !== 0;
    if (this.dragging) return this.shutForDrag();
    this.checkSoon();
  }

  /**
   * Forgets the mention whose card Esc closed once the pointer has been off it, at any point of a
   * move (the moves of one frame come as one, with the points in between): a pointer that leaves
   * and comes back before the next look under it, as on a page that keeps the main thread busy,
   * opens the card again.
   */
  private leftDismissed(event: PointerEvent): void {
    const points = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const point of points.length > 0 ? points : [event]) {
      if (!contains(this.doc, this.dismissed!, point.clientX, point.clientY)) {
        this.dismissed = undefined;
        return;
      }
    }
  }

  /**
   * The pointer left an element. Within the document a move follows at once; none follows where it
   * left the document: out of the window, or into a frame (an embedded video, a chart, an advert),
   * also one in a component's shadow root, whose moves this document does not see. Then it is off
   * every mention: an open card closes after the usual grace period (it would stay over the embed),
   * unless the keyboard opened it.
   */
  private onOut(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch' || this.tooltip.contains(event)) return;
    // (Only toward nothing, a frame, or a component that may hold one: a page that changes under the
    // resting pointer, or scrolls it, sends outs between its elements with no move.)
    const to = event.relatedTarget;
    if (to !== null && !(to instanceof this.doc.defaultView!.Element && mayHoldFrame(to))) return;
    this.cancelLeft?.();
    this.cancelLeft = this.lifetime.timeout(() => {
      this.cancelLeft = undefined;
      this.onLeft();
    }, LEFT_MS);
  }

  /** No move followed the pointer leaving an element: it is outside the document (see `onOut`). */
  private onLeft(): void {
    this.moved = false;
    this.cancelOpen?.();
    this.cancelOpen = undefined;
    if (!this.focused) this.closeSoon();
  }

  /** Closes an open card after the grace period (once, however often asked), unless the pointer comes back. */
  private closeSoon(): void {
    if (!this.tooltip.isOpen || this.cancelClose) return;
    this.cancelClose = this.lifetime.timeout(() => {
      this.cancelClose = undefined;
      this.close();
    }, CLOSE_DELAY_MS);
  }

  private onDrag(event: Event, started: boolean): void {
    if (!event.isTrusted || this.tooltip.contains(event)) return;
    this.dragging = started;
    if (started) this.shutForDrag();
  }

  /** A drag began: no card opens until it ends, and an open one closes. */
  private shutForDrag(): void {
    this.cancelOpen?.();
    this.cancelOpen = undefined;
    if (this.tooltip.isOpen) this.close();
  }

  /** Looks under the pointer at the next frame (once, however many moves or scrolls come first). */
  private checkSoon(): void {
    if (this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  /**
   * The page or a box in it scrolled under the resting pointer (a wheel sends no pointer move):
   * the card follows its mention, and what is under the pointer is looked at again, so that a
   * card whose mention scrolled away closes rather than float over text no one sees.
   */
  private onScroll(): void {
    void this.tooltip.position();
    // (Not for a card the keyboard opened: a Tab scrolls its link into view under the resting pointer.)
    if (this.moved && this.tooltip.isOpen && !this.focused) this.checkSoon();
  }

  /**
   * Where the reader's pointer rested before this controller listened (see `watchPointer`): looked
   * at by the next `recheck`, once the page's mentions are highlighted.
   */
  seed(point: { x: number; y: number } | undefined): void {
    if (!point || this.moved) return;
    this.last = point;
    this.moved = true;
  }

  /** Looks again under the resting pointer (the page was read again: the marks are new). */
  recheck(): void {
    if (this.moved) this.check();
  }

  /**
   * Closes a card whose mention the page has since rewritten (a ticker, a recycled row of a
   * virtual list: the card named what is no longer there), and looks again under the pointer.
   */
  refresh(): void {
    if (!this.current || this.current.live || !this.tooltip.isOpen) return;
    this.close();
    this.recheck();
  }

  private onTouchStart(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType !== 'touch') return;
    // A second finger makes it a gesture (a pinch), not a tap.
    if (!event.isPrimary) {
      this.touch = undefined;
      return;
    }
    this.touch = { x: event.clientX, y: event.clientY, at: event.timeStamp };
  }

  /** A tap: on a mention, its card opens at once; elsewhere an open card closes (not a tap on it). */
  private onTouchEnd(event: PointerEvent): void {
    const touch = this.touch;
    this.touch = undefined;
    if (!touch || !event.isTrusted || event.pointerType !== 'touch' || this.tooltip.contains(event)) return;
    const x = event.clientX;
    const y = event.clientY;
    // A swipe or a long press (the reader scrolls or selects) is no tap.
    if (Math.hypot(x - touch.x, y - touch.y) > TAP_SLOP_PX || event.timeStamp - touch.at > TAP_MS) return;
    if (this.tooltip.covers(x, y)) return;
    const mark = markAtPoint(this.doc, this.highlighter(), x, y);
    if (mark && mark !== this.current) this.openNow(mark, x, y);
    else if (!mark && this.tooltip.isOpen) this.close();
  }

  /** Keyboard focus on an element of the page whose text holds a mention: its card opens. */
  private onFocus(event: FocusEvent): void {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof this.doc.defaultView!.Element) || this.tooltip.contains(event)) return;
    // The reader's Tab, not a click's focus (`:focus-visible` tells them apart) nor a script's (a
    // single-page app focusing its headline, a focus trap): that follows no Tab just before.
    if (this.doc.defaultView!.performance.now() - this.tabbedAt > TAB_FOCUS_MS || !matchesSafely(target, ':focus-visible')) return;
    const mark = firstMarkIn(this.doc, this.highlighter(), target);
    if (!mark) return;
    this.openNow(mark);
    this.focused = target;
  }

  /**
   * The focus left the element that opened the card, or the card itself, for somewhere else (not
   * from one to the other): the card closes.
   */
  private onBlur(event: FocusEvent): void {
    if (!event.isTrusted || !this.focused) return;
    const target = event.target;
    const fromCard = target instanceof this.doc.defaultView!.Node && this.tooltip.hosts(target);
    if (target !== this.focused && !fromCard) return;
    const next = event.relatedTarget;
    if (next === this.focused || (next instanceof this.doc.defaultView!.Node && this.tooltip.hosts(next))) return;
    this.close();
  }

  private check(): void {
    if (this.dragging) return;
    const { x, y } = this.last;
    if (this.tooltip.covers(x, y)) {
      // On the card the reader moved to (the page scrolled under the pointer resting there): it stays.
      if (this.onCard || this.focused) {
        this.cancelClose?.();
        this.cancelClose = undefined;
        return;
      }
      // A scroll carried the card, with its mention, under the resting pointer: it closes at once, or
      // the wheel's next turns would go to it, not to the box or the page being read.
      return this.close();
    }
    const mark = markAtPoint(this.doc, this.highlighter(), x, y);
    if (mark !== this.dismissed) this.dismissed = undefined;
    else if (mark) return;
    if (mark && mark === this.current) {
      this.cancelClose?.();
      this.cancelClose = undefined;
      return;
    }
    if (mark) {
      this.cancelOpen?.();
      this.cancelOpen = this.lifetime.timeout(() => this.open(mark, x, y), this.tooltip.isOpen ? 0 : OPEN_DELAY_MS);
      return;
    }
    this.cancelOpen?.();
    this.cancelOpen = undefined;
    // A card the keyboard opened stays while its element has the focus.
    if (!this.focused) this.closeSoon();
  }

  /** Opens `mark`'s card at once, for a tap or a focus (not after the pointer's delay), also one Esc closed. */
  private openNow(mark: Mark, x?: number, y?: number): void {
    this.cancelOpen?.();
    this.cancelOpen = undefined;
    this.dismissed = undefined;
    this.open(mark, x, y);
  }

  private open(mark: Mark, x?: number, y?: number): void {
    const entry = this.entryOf(mark);
    if (!entry) return;
    this.cancelClose?.();
    this.cancelClose = undefined;
    this.current = mark;
    this.focused = undefined;
    this.highlighter().setActive(mark);
    this.tooltip.show({
      entry,
      language: this.language(),
      rects: () => [...rectsOf(this.doc, mark)],
      pointer: x === undefined || y === undefined ? undefined : { x, y },
      anchor: mark.startNode,
      slip: mark.slip ?? undefined,
    });
  }

  /**
   * Esc closes the card, and only the card: it is on top, so the page's dialog or lightbox under it
   * stays open (the key goes no further). But where the reader does not see the card (scrolled out
   * of view), or types in a field while the pointer happens to rest on a mention, the key goes on to
   * the page too. Selecting all (Ctrl/⌘+A) closes the card and goes on: the reader means the page,
   * and Chromium would select, and copy, the open card's text with it.
   */
  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Tab') this.tabbedAt = this.doc.defaultView!.performance.now();
    if (!this.tooltip.isOpen) return;
    const selectAll = (event.ctrlKey || event.metaKey) && (event.key === 'a' || event.key === 'A');
    if (event.key === 'Escape') {
      // (The field itself, also inside a component's open shadow root.)
      if (this.tooltip.inView() && (this.focused || !isEditable(event.composedPath()[0] ?? event.target))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      this.dismissed = this.current;
      this.close();
    } else if (selectAll) this.close();
  }
}

/**
 * The most text a focused element may hold for its first mention's card to open: a link, a button,
 * a heading. Not a whole article that a "skip to content" link focuses.
 */
const FOCUS_TEXT_LIMIT = 400;

/** The first mention, in document order, in the text of `element`, if it holds little text. */
function firstMarkIn(doc: Document, highlighter: Highlighter, element: Element): Mark | undefined {
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let length = 0;
  let found: Mark | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    length += node.data.length;
    if (length > FOCUS_TEXT_LIMIT) return undefined;
    if (found) continue;
    for (const mark of highlighter.marksAt(node)) if (mark.live && mark.startNode === node && (!found || mark.startOffset < found.startOffset)) found = mark;
  }
  return found;
}

/** True if `element` is a frame (another document) or a component, whose shadow root may hold one. */
function mayHoldFrame(element: Element): boolean {
  return EMBEDS.has(element.localName) || element.localName.includes('-') || element.shadowRoot !== null;
}
/** Elements whose content is another document. */
const EMBEDS = new Set(['iframe', 'frame', 'embed', 'object']);

/** True if `target` takes typed text (a field, an editor): Esc there is the reader's to it. */
function isEditable(target: EventTarget | null): boolean {
  const element = target as (Element & { isContentEditable?: boolean }) | null;
  if (!element || typeof element.matches !== 'function') return false;
  return element.isContentEditable === true || matchesSafely(element, 'input, textarea, select, [role="textbox"], [role="combobox"], [role="searchbox"]');
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    // A browser without `:focus-visible` cannot tell a Tab from a click.
    return false;
  }
}
