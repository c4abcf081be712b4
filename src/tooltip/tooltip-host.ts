/**
 * The tooltip's container: one `<div data-kontext-tooltip>` with a closed shadow root, created when
 * a tooltip first opens and removed on `destroy()`. Page CSS cannot reach into it and page scripts
 * cannot read it. It is a `div`, not a custom element such as `<kontext-tooltip>`: a page could
 * define that name, and its constructor would run on Kontext's host, get the closed root from
 * `attachInternals()` (and read the card) or take the host's shadow root first (and break it).
 * Positioning is @floating-ui/dom's: next to the mention, flipped and shifted so the card never
 * leaves the viewport. The Preact `EntityCard` only renders what it is given.
 *
 * The host floats at the highest z-index. Where the card would lie under something the page put in
 * the top layer (a cookie banner shown with `showPopover()`), which no z-index reaches, it is shown
 * as a manual popover, above it. Only then: a popover's `toggle` events reach the page, and some
 * close their own menus when another popover opens. A page that styles every `::backdrop` would
 * also paint one behind the card; there the host stays as it is.
 */
import { computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { DescriptionLanguage, Entry } from '../glossary/types';
import { EntityCard, type Translate } from './EntityCard';
import css from './card.css?inline';

/** The attribute that tells tests and readers of the page's DOM what the host is. */
const TOOLTIP_ATTRIBUTE = 'data-kontext-tooltip';
/** The least height of the card's scroll box, in pixels, where the viewport has room. */
const MIN_CARD_HEIGHT = 120;
/** The room the card keeps from the viewport's edges, in pixels. */
const VIEWPORT_PADDING = 8;

/** Every host Kontext made, so that its coming and going is no change to the page (see `isTooltipHost`). */
const hosts = new WeakSet<Node>();

/** Marks the card's root in the host's shadow tree, to know a host of an earlier copy of Kontext. */
const CARD_ROOT_ATTRIBUTE = 'data-kontext-card-root';

/**
 * Removes the tooltip hosts an earlier copy of Kontext left in `doc`: Firefox unloads the content
 * script of an extension that is reloaded or updated, and a card open then stayed on the page for
 * good, beside the new copy's. Only hosts whose closed shadow tree holds Kontext's card root go
 * (`openOrClosedShadowRoot`, which Firefox gives extensions); a look-alike of the page's stays.
 */
export function removeEarlierHosts(doc: Document): void {
  for (const el of doc.querySelectorAll(`div[${TOOLTIP_ATTRIBUTE}]`)) {
    if (hosts.has(el)) continue;
    const root = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    // (Not by its card's role: a page's own look-alike may have one, and would be deleted.)
    if (root?.querySelector(`[${CARD_ROOT_ATTRIBUTE}]`)) el.remove();
  }
}

/** True if `node` is a tooltip host of Kontext's (not a look-alike of the page's). */
export function isTooltipHost(node: Node): boolean {
  return hosts.has(node);
}

export interface TooltipContent {
  entry: Entry;
  language: DescriptionLanguage;
  /** The mention's boxes on screen, in viewport coordinates. */
  rects: () => DOMRect[];
  /** Where the pointer was, to pick the right line of a mention broken over two lines. */
  pointer?: { x: number; y: number };
  /** A node of the mention: in a modal dialog or a popover, the card must be there too. */
  anchor?: Node;
  /** The mention as written, where the matcher read it as a slip in the name (`Alcarez`). */
  slip?: string;
}

export class TooltipHost {
  private host: HTMLElement | null = null;
  /** Preact's render root inside the closed shadow root. */
  private mount: HTMLElement | null = null;
  private content: TooltipContent | null = null;
  /**
   * How often the page took the host out of where it lived: some remove whatever is added to
   * `<html>` besides head and body, and from then on the host lives in `<body>`; some police
   * `<body>`'s children too, and then it lives a level deeper, in the page's first container
   * (see `root`).
   */
  private evictions = 0;
  /** Where the host lives after two evictions (see `deeperHome`), once picked. */
  private home: Element | null = null;
  /** Where `ensureHost` last put the host. */
  private placedIn: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly onCloseRequest: () => void,
  ) {}

  get isOpen(): boolean {
    return !!this.host && this.content !== null;
  }

  get entry(): Entry | undefined {
    return this.content?.entry;
  }

  show(content: TooltipContent): void {
    this.content = content;
    const host = this.ensureHost(content.anchor);
    // Placed out of sight until positioned, so it never flashes at the corner. Its other styles
    // again too: a page may have wiped its `style` attribute.
    setBaseStyles(host);
    setStyles(host, { display: 'block', visibility: 'hidden' });
    leaveTopLayer(host);
    const dark = pageIsDark(this.doc, content.anchor);
    render(h(EntityCard, { entry: content.entry, language: content.language, t: this.t, onClose: this.onCloseRequest, dark, slip: content.slip }), this.mount!);
    void this.position();
  }

  /** Re-renders the open card with a new version of its entry (after a glossary edit). */
  update(entry: Entry | undefined): void {
    if (!this.content) return;
    if (!entry) return this.hide();
    this.show({ ...this.content, entry });
  }

  hide(): void {
    this.content = null;
    if (!this.host) return;
    setStyles(this.host, { display: 'none' });
    leaveTopLayer(this.host);
    // Not left behind in the page's dialog or popover (an app re-rendering it would find it there).
    const parent = this.host.parentNode;
    const root = this.root();
    if (parent && parent !== root && parent !== this.doc.fullscreenElement) root.appendChild(this.host);
  }

  /**
   * True if `event` happened on the tooltip: also where the host sits in a dialog inside a page
   * component's shadow tree, and the document sees the component as the event's target.
   */
  contains(event: Event): boolean {
    return !!this.host && (event.target === this.host || event.composedPath().includes(this.host));
  }

  /** True if `node` is the host (focus in the card's closed shadow tree is the host's to the page). */
  hosts(node: Node): boolean {
    return node === this.host;
  }

  /** True if the open card covers viewport point (x, y). */
  covers(x: number, y: number): boolean {
    if (!this.host || !this.content) return false;
    const box = this.host.getBoundingClientRect();
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  }

  /** True if the open card is at least partly in the viewport. */
  inView(): boolean {
    if (!this.host || !this.content) return false;
    const box = this.host.getBoundingClientRect();
    const view = this.doc.defaultView!;
    return box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
  }

  async position(): Promise<void> {
    const content = this.content;
    const host = this.host;
    if (!content || !host) return;
    const rects = content.rects();
    if (rects.length === 0) return this.hide();
    const mention = union(rects);
    const reference: VirtualElement = {
      getBoundingClientRect: () => mention,
      getClientRects: () => rects,
    };
    const card = this.mount?.firstElementChild as HTMLElement | null;
    if (!card) return;
    const viewportHeight = this.doc.defaultView!.innerHeight;
    // Whether the card got more height than the side of its mention has (see `size` below).
    let overflows = false;
    // The host is what floats: it is `position: fixed`, so coordinates are the viewport's.
    const placed = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(content.pointer),
        offset(6),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableHeight }) {
            // At least a few lines, where the viewport has room for them (a small frame may not).
            const least = Math.min(MIN_CARD_HEIGHT, viewportHeight - 2 * VIEWPORT_PADDING);
            overflows = least > availableHeight;
            card.style.maxHeight = `${Math.max(least, availableHeight)}px`;
            card.style.overflow = 'auto';
          },
        }),
      ],
    });
    const x = placed.x;
    let y = placed.y;
    // Taller than the room beside its mention (a small frame): kept inside the viewport, over the
    // mention if need be — while the mention is in view (scrolled away, the card goes with it).
    if (overflows && mention.bottom > 0 && mention.top < viewportHeight)
      y = Math.max(VIEWPORT_PADDING, Math.min(y, viewportHeight - VIEWPORT_PADDING - host.getBoundingClientRect().height));
    if (this.content !== content) return;
    // Taken out of where it lives (not out of a dialog the page closed): a level deeper from now on.
    if (!host.isConnected && this.evictions < 2 && this.placedIn === this.root()) {
      this.evictions++;
      return this.show(content);
    }
    // A page that wipes the style of what is added to it has done so by now.
    if (host.style.getPropertyValue('display') !== 'block' || host.style.getPropertyValue('position') !== 'fixed') {
      setBaseStyles(host);
      setStyles(host, { display: 'block' });
    }
    setStyles(host, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, visibility: 'visible' });
    if (underTopLayer(host)) this.raise(host);
    // (In a dialog or popover floating-ui counts from the right box itself.)
    if (host.parentNode === this.root()) landAt(host, x, y);
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.content = null;
  }

  /** Where the host lives when no dialog or fullscreen element needs it (see `evictions`). */
  private root(): Element {
    const body = this.doc.body;
    if (this.evictions === 0 || !body) return this.doc.documentElement;
    if (this.evictions === 1) return body;
    if (!this.home?.isConnected) this.home = deeperHome(body, this.host);
    return this.home;
  }

  /** Puts the host on top of the top layer (above what the page showed there). */
  private raise(host: HTMLElement): void {
    if (!host.hasAttribute('popover')) return;
    try {
      host.showPopover();
    } catch {
      return;
    }
    if (!paintsBackdrop(host)) return;
    host.hidePopover();
    host.removeAttribute('popover');
  }

  private ensureHost(anchor?: Node): HTMLElement {
    // Fullscreen elements hide everything outside them: the host lives inside the fullscreen element.
    // So do the top layer's (a modal dialog, a popover): one around the mention takes the host.
    const parent = this.doc.fullscreenElement ?? topLayerAround(anchor) ?? this.root();
    this.placedIn = parent;
    if (this.host) {
      if (this.host.parentNode !== parent) parent.appendChild(this.host);
      return this.host;
    }
    const host = this.doc.createElement('div');
    host.setAttribute(TOOLTIP_ATTRIBUTE, '');
    hosts.add(host);
    setBaseStyles(host);
    setStyles(host, { top: '0px', left: '0px', display: 'none' });
    if ('showPopover' in host) host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
    const mount = this.doc.createElement('div');
    mount.setAttribute(CARD_ROOT_ATTRIBUTE, '');
    shadow.appendChild(mount);
    parent.appendChild(host);
    this.host = host;
    this.mount = mount;
    return host;
  }
}

/**
 * The first child of `body` that can hold the host: a shown, plain box (not a script, an image, a
 * link, a dialog; not hidden, inert or transformed, which would hide, disable or misplace the
 * card); `body` itself if none is.
 */
function deeperHome(body: HTMLElement, host: HTMLElement | null): Element {
  const view = body.ownerDocument.defaultView!;
  for (let el = body.firstElementChild; el; el = el.nextElementSibling) {
    if (el === host || !CONTAINERS.has(el.localName) || el.hasAttribute('inert') || el.getAttribute('aria-hidden') === 'true') continue;
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility !== 'visible' || style.transform !== 'none' || style.contentVisibility === 'hidden') continue;
    return el;
  }
  return body;
}
const CONTAINERS = new Set(['div', 'main', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'form', 'center']);

/**
 * True if the page is dark where the mention is: the first background colour that is not
 * transparent, from the mention's element up to the root, is dark; with none, the page's own
 * colour scheme (`color-scheme: dark` and a dark system) decides, as it decides the canvas.
 */
export function pageIsDark(doc: Document, anchor: Node | undefined): boolean {
  const view = doc.defaultView!;
  let el: Element | null = anchor ? (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement) : doc.body;
  for (let steps = 0; el && steps < 40; el = flatParent(el), steps++) {
    const colour = rgbaOf(view, view.getComputedStyle(el).backgroundColor);
    if (!colour || colour[3] < 0.5) continue;
    const [r, g, b] = colour;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.4;
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Colours as red, green, blue (0–255) and alpha (0–1), by their computed value. */
const colours = new Map<string, [number, number, number, number] | null>();

/**
 * A computed colour as sRGB and alpha, or null: `rgb()`/`rgba()` read directly, the others
 * browsers report as written (`oklch()`, `lab()`, `color(srgb …)`, which a page's style sheet may
 * use) painted on a pixel of a canvas and read back.
 */
function rgbaOf(view: Window & typeof globalThis, value: string): [number, number, number, number] | null {
  if (!value || value === 'transparent') return null;
  const known = colours.get(value);
  if (known !== undefined) return known;
  const rgb = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/.exec(value);
  let colour: [number, number, number, number] | null = null;
  if (rgb) colour = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  else if (typeof view.OffscreenCanvas === 'function') {
    const context = new view.OffscreenCanvas(1, 1).getContext('2d');
    if (context) {
      context.fillStyle = value;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      colour = [r!, g!, b!, a! / 255];
    }
  }
  if (colours.size > 64) colours.clear();
  colours.set(value, colour);
  return colour;
}

/**
 * Moves the host, placed at viewport point (x, y), to where it really lands there. A page that
 * zooms its root (`html { zoom: 1.5 }`) scales a fixed element's coordinates with it, and one that
 * transforms its root makes the root, not the viewport, what they count from (the card was 400 px
 * off in a scrolled page): floating-ui sees neither. One measurement tells both.
 */
function landAt(host: HTMLElement, x: number, y: number): void {
  const box = host.getBoundingClientRect();
  const dx = x - box.left;
  const dy = y - box.top;
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
  // How much larger the host is drawn than its own CSS pixels (the root's zoom or scale).
  const scale = host.offsetWidth > 0 ? box.width / host.offsetWidth : 1;
  const left = parseFloat(host.style.left) + dx / (scale || 1);
  const top = parseFloat(host.style.top) + dy / (scale || 1);
  setStyles(host, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
}

/** Takes the host out of the top layer if `raise` put it there. */
function leaveTopLayer(host: HTMLElement): void {
  if (host.hasAttribute('popover') && host.matches(':popover-open')) host.hidePopover();
}

/** True if an open popover or modal dialog of the page, which the host is not in, overlaps the host. */
function underTopLayer(host: HTMLElement): boolean {
  let layers: NodeListOf<Element>;
  try {
    layers = host.ownerDocument.querySelectorAll(':popover-open, dialog:modal');
  } catch {
    return false;
  }
  if (layers.length === 0) return false;
  const box = host.getBoundingClientRect();
  for (const layer of layers) {
    if (layer === host || layer.contains(host)) continue;
    const other = layer.getBoundingClientRect();
    if (other.left < box.right && other.right > box.left && other.top < box.bottom && other.bottom > box.top) return true;
  }
  return false;
}

/** True if the page's rules give the host's `::backdrop` anything to paint (`::backdrop { background: … }`). */
function paintsBackdrop(host: HTMLElement): boolean {
  const backdrop = host.ownerDocument.defaultView!.getComputedStyle(host, '::backdrop');
  const clear = (value: string) => !value || value === 'none' || value === 'transparent' || /^rgba\(.*,\s*0\)$/.test(value);
  return !(clear(backdrop.backgroundColor) && clear(backdrop.backgroundImage) && clear(backdrop.backdropFilter));
}

/** Inline and !important, so that no page rule about unknown elements can hide or move the host. */
function setBaseStyles(host: HTMLElement): void {
  host.style.setProperty('all', 'initial', 'important');
  setStyles(host, { position: 'fixed', 'z-index': '2147483647' });
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) el.style.setProperty(property, value, 'important');
}

function union(rects: DOMRect[]): DOMRect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * The modal dialog or open popover around `node`, if any, also across shadow trees (a lightbox
 * component with its dialog in its shadow tree and the caption slotted in): they are drawn above
 * everything else (their backdrop too), and a modal dialog makes the rest of the page inert.
 */
function topLayerAround(node: Node | undefined): Element | null {
  let el = node ? ((node as Text).assignedSlot ?? (node.nodeType === 1 ? (node as Element) : node.parentElement)) : null;
  try {
    for (; el; el = flatParent(el)) if (el.matches('dialog:modal, :popover-open')) return el;
  } catch {
    // A browser without these selectors has no top layer to mind.
  }
  return null;
}

/** The parent in the rendered tree: the slot an element is shown in, its parent, or its shadow root's host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
}
