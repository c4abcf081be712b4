/**
 * Where the article is. News pages surround the text readers came for with navigation, teasers,
 * ads and cookie banners; Kontext reads the article — headline, lead, body, captions — when it can
 * find one, and the whole page otherwise (or when the reader asks for it).
 *
 * A small Readability-style scorer: each element is scored by the paragraph text it holds outside
 * links (one pass over the first few hundred paragraphs, each adding its score to its ancestors;
 * a paragraph inside a link, a teaser's, counts for nothing, and so does the text of an aside, a
 * footer or comments inside a candidate). Text the reader sees comes first; text covered by a
 * dialog, then text not shown yet ("read more"), count only where the shown text holds no
 * article; consent panels and dialogs never count (see `score`). Of the candidates holding at
 * least 80 % of the best score, the tightest one wins — so a `<main>` full of teasers loses to the
 * story inside it — and takes in a wrapper around it that adds only hidden paragraphs (the rest of
 * the story). Elements marked as the article (`<article>`, `itemprop=articleBody`) are tried first;
 * then containers and the parents of long paragraphs; then, for a story too short to win by its
 * text, the marked article that holds the page's headline. The page's headline and lead are added
 * when they sit outside the chosen element.
 */
import { isBlock, isExcludedWithin } from './text-runs';

const ARTICLE = 'article, [itemprop="articleBody"], [role="article"]';
const CONTAINER = 'main, [role="main"], #content, .article, .story';
/** What holds a story's body together with its headline, lead and pictures. */
const STORY = 'article, .article';
/** A story container (not an `<article>` element) is taken when it holds at most this much more text than the body. */
const STORY_TEXT_RATIO = 1.75;
const MIN_PARAGRAPH_TEXT = 400;
/** How news templates mark the lead (standfirst, perex, dek). */
const LEAD = '[itemprop="description"]:not(meta), [class~="lead"], [class*="__lead"], [class*="-lead "], [class*="perex"], [class*="standfirst"], [class~="dek"], [class*="article-summary"]';
const MAX_CANDIDATES = 60;
/** What holds a story's headline and main image when they sit outside the article element. */
const HEADER = 'header, [class*="header"], [class*="Header"], [class*="hero"]';
const MAX_HEADER_CAPTIONS = 4;
/**
 * Paragraphs read by the scorer. An article shows itself in its first few hundred paragraphs;
 * reading every one of a 10 MB page would be a long task of its own.
 */
const MAX_SCORED_PARAGRAPHS = 400;
/** Paragraphs scored between two pauses (see `findScope`). */
const PARAGRAPHS_PER_STEP = 100;

/** Gives the main thread back between steps; resolves at once where nobody waits (tests). */
export type Pause = () => Promise<void>;
const noPause: Pause = () => Promise.resolve();

interface Scores {
  /** Paragraph text outside links held by each element. */
  text: Map<Element, number>;
  /** The part of `text` in asides, footers and comments (`NO_STORY`): none of a story's. */
  apart: Map<Element, number>;
  /** Paragraphs held by each element: the tightness measure. */
  paragraphs: Map<Element, number>;
}

/** Consent panels and dialogs found while scoring (see `inOverlay`), and the page's text length. */
interface Overlays {
  seen: Map<Element, boolean>;
  pageText: number;
}

/**
 * The scores of the paragraphs the reader sees; of those rendered but covered for now — hidden
 * from reading (`aria-hidden`) around a dialog open at load, or made editable — if there are any;
 * and of those not rendered too (`hidden`, `display: none`), if there are any. Each is tried in
 * turn (see `findScope`): the view an app keeps alive, the next story loaded ahead or a consent
 * panel's privacy text must not outweigh the story on screen, but a story whose rest waits behind
 * "read more" is still one. Overlays (consent panels, dialogs) count for none.
 */
async function score(doc: Document, pause: Pause, overlays: Overlays, avoid: readonly Element[]): Promise<Scores[]> {
  const shown: Scores = { text: new Map(), apart: new Map(), paragraphs: new Map() };
  const rendered: Scores = { text: new Map(), apart: new Map(), paragraphs: new Map() };
  const whole: Scores = { text: new Map(), apart: new Map(), paragraphs: new Map() };
  let covered = false;
  let unrendered = false;
  // A fixed list: the page may change while the scorer pauses.
  const live = doc.getElementsByTagName('p');
  const all: Element[] = [];
  for (let i = 0, count = Math.min(live.length, MAX_SCORED_PARAGRAPHS); i < count; i++) all.push(live[i]!);
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) await pause();
    const p = all[i]!;
    if (inOverlay(p, overlays) || avoid.some((el) => el.contains(p))) continue;
    const visible = isRendered(p);
    const hidden = !visible || isExcludedWithin(p);
    covered ||= visible && hidden;
    unrendered ||= !visible;
    // A paragraph in a link, or after a headline that links elsewhere, is a teaser's (`<a
    // class="teaser"><p>…`, `<h3><a href=…>…</a></h3><p>…`): no story text.
    let length = p.closest('a[href]') || afterLinkedHeading(p) ? 0 : (p.textContent?.length ?? 0);
    // Static lists: a live one (`getElementsByTagName`) stays cached on the element, and the page
    // pays for it at every change to it for as long as the element lives.
    const links = length > 0 ? p.querySelectorAll('a') : [];
    for (let k = 0; k < links.length; k++) length -= links[k]!.textContent?.length ?? 0;
    const into = !visible ? [whole] : hidden ? [rendered, whole] : [shown, rendered, whole];
    const apart = length > 0 && p.closest(NO_STORY) !== null;
    for (let el: Element | null = p; el; el = el.parentElement) {
      for (const scores of into) {
        scores.text.set(el, (scores.text.get(el) ?? 0) + Math.max(0, length));
        scores.paragraphs.set(el, (scores.paragraphs.get(el) ?? 0) + 1);
        if (apart) scores.apart.set(el, (scores.apart.get(el) ?? 0) + length);
      }
    }
  }
  return [shown, ...(covered ? [rendered] : []), ...(unrendered ? [whole] : [])];
}

/** True if the element before `p` is a subheading that links elsewhere: `p` is a teaser's summary. */
function afterLinkedHeading(p: Element): boolean {
  const before = p.previousElementSibling;
  return before !== null && LINKED_HEADING.test(before.localName) && before.querySelector('a[href]') !== null;
}
const LINKED_HEADING = /^h[2-6]$/;

/** Dialogs: what covers the page for a while holds no article (it is read, but for consent panels, on a page read whole). */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/**
 * Consent panels, by the words in their names and the ids the common consent platforms give them
 * (Quantcast's `qc-cmp2-container`, Sourcepoint's `sp_message_container_…`, Didomi, Usercentrics).
 * A page may carry such a name too (`<div class="page has-cookie-banner">`): one holding most of
 * the page's text is a panel only where it covers the page (`position: fixed` or `absolute`) or is
 * hidden.
 */
const CONSENT = [
  '[id*="consent" i], [class*="consent" i], [id*="cookie" i], [class*="cookie" i], [id*="gdpr" i], [class*="gdpr" i]',
  '[id*="cmp" i], [id^="sp_message"], [id*="didomi" i], [id*="usercentrics" i], [id^="onetrust"]',
].join(', ');
const OVERLAY = `${DIALOG}, ${CONSENT}`;
/** What an overlay holding the story has (a story opened in a dialog over a front page; a consent dialog may have a headline). */
const STORY_PARTS = 'article, main, [itemprop="articleBody"]';
/** A consent panel holds at most this share of the page's text (else it is the page, unless it covers it). */
const PANEL_SHARE = 0.5;

/** True if `el` is in an overlay (`OVERLAY`, any of those around it) that does not hold a story. */
function inOverlay(el: Element, overlays: Overlays): boolean {
  for (let overlay = el.closest(OVERLAY); overlay; overlay = overlay.parentElement?.closest(OVERLAY) ?? null) if (isPanel(overlay, overlays)) return true;
  return false;
}

/** True if `overlay` (an element matching `OVERLAY`) is a dialog or a consent panel that holds no story. */
function isPanel(overlay: Element, overlays: Overlays): boolean {
  let is = overlays.seen.get(overlay);
  if (is === undefined) {
    const doc = overlay.ownerDocument;
    is =
      overlay !== doc.body &&
      overlay !== doc.documentElement &&
      !overlay.matches(STORY_PARTS) &&
      !overlay.querySelector(STORY_PARTS) &&
      (overlay.matches(DIALOG) || textLength(overlay) <= PANEL_SHARE * pageText(overlays, doc) || covers(overlay) || !isRendered(overlay));
    overlays.seen.set(overlay, is);
  }
  return is;
}

/** The page's text length without its scripts' and styles' (an app's inline state), measured once. */
function pageText(overlays: Overlays, doc: Document): number {
  if (overlays.pageText < 0) {
    const page = wholePage(doc);
    let length = textLength(page);
    for (const code of page.querySelectorAll('script, style, noscript')) length -= textLength(code);
    overlays.pageText = length;
  }
  return overlays.pageText;
}

/** Containers and the parents (and grandparents) of long paragraphs that were scored. */
function containers(doc: Document, scores: Scores): Element[] {
  const found = new Set<Element>(doc.querySelectorAll(CONTAINER));
  const all = doc.getElementsByTagName('p');
  for (let i = 0, count = Math.min(all.length, MAX_SCORED_PARAGRAPHS); i < count; i++) {
    const p = all[i]!;
    if (found.size >= MAX_CANDIDATES) break;
    if ((p.textContent?.length ?? 0) < 80 || !p.parentElement || !scores.paragraphs.has(p)) continue;
    found.add(p.parentElement);
    if (p.parentElement.parentElement && p.parentElement.parentElement !== doc.body) found.add(p.parentElement.parentElement);
  }
  return [...found];
}

interface Candidate {
  el: Element;
  text: number;
  /** Paragraphs scored inside. */
  size: number;
}

function candidate(el: Element, scores: Scores): Candidate {
  return { el, text: scores.text.get(el) ?? 0, size: scores.paragraphs.get(el) ?? 0 };
}

/** A candidate weighed by its story's text: what asides, footers and comments inside it hold is none of it. */
function storyCandidate(el: Element, scores: Scores): Candidate {
  const c = candidate(el, scores);
  c.text -= scores.apart.get(el) ?? 0;
  return c;
}

/**
 * The candidate with the most text, or the tightest inside it (of `within`) that holds at least 80 %
 * of it (the story inside a `<main>` full of teasers); or none. Tightness counts only among nested
 * candidates: of two apart (a story and a comment), the one with more text is the story.
 */
function pick(candidates: Candidate[], within: Candidate[] = candidates): Candidate | undefined {
  let widest: Candidate | undefined;
  for (const c of candidates) if (!widest || c.text > widest.text) widest = c;
  if (!widest || widest.text < MIN_PARAGRAPH_TEXT) return undefined;
  const inside = within.filter((c) => c.text >= 0.8 * widest.text && widest.el.contains(c.el));
  // (Of two that hold the same paragraphs, the inner one.)
  return inside.sort((a, b) => a.size - b.size || a.text - b.text || (a.el.contains(b.el) ? 1 : b.el.contains(a.el) ? -1 : 0))[0];
}

/**
 * Comment sections by their names in several languages — not `commentary` (an opinion piece), nor
 * the body's or the root's `comments-open`, `has-comments` (WordPress) or a feature flag's
 * `flag-unfollowComments-on` (the New York Times), which would take the whole page. (A single
 * `Kommentar` is an opinion piece in German; the comments are `Kommentare`.)
 */
const COMMENT_SECTIONS = [
  ...['comment', 'comments', 'kommentare', 'komentare', 'commentaires', 'comentarios'].map((word) => `[class~="${word}" i]:not(body):not(html)`),
  ...['comment-', 'comments-', 'comment_', 'kommentare-', 'comentario'].map((part) => `[class*="${part}" i]:not(body):not(html)`),
  '[id*="comment" i], [id*="kommentare" i], [id*="komentare" i], [id*="coment" i], [id*="disqus" i]',
].join(', ');

/** Where a page keeps what is no story, however it is marked up: a comment or a sidebar's teaser may be an `<article>`. */
export const NO_STORY = [
  'aside, nav, footer',
  // A sidebar by its name (WordPress themes' `#sidebar`; a class token only: `content-with-sidebar` holds the story).
  '[id="sidebar" i], [class~="sidebar" i]',
  COMMENT_SECTIONS,
].join(', ');

/**
 * A marked article (or a feed of them) is a story where nothing beside it holds much more text: at
 * least this share of the text of any candidate apart from it (neither around nor inside it).
 */
const RIVAL_SHARE = 0.6;

/**
 * The best candidate. An element marked as an article (`<article>`, articleBody) on its own wins
 * over generic containers — where nothing apart from it outweighs it: a comment or a sponsored
 * teaser marked so does not take the scope from a story in a plain `<div>`. Posts of one kind side
 * by side (a live blog's, a list of teasers) are no story each: their feed is weighed with the
 * containers, so that a live blog is read whole, and a story beside a list of teaser cards is read
 * alone.
 */
async function choose(doc: Document, scores: Scores, pause: Pause): Promise<Candidate | undefined> {
  await pause();
  const marked = [...doc.querySelectorAll(ARTICLE)].slice(0, MAX_CANDIDATES);
  const { posts, feeds } = feedsOf(marked, doc);
  await pause();
  const score = (el: Element) => storyCandidate(el, scores);
  const general = [...containers(doc, scores), ...feeds].map(score);
  const stories = marked.filter((el) => !posts.has(el)).map(score);
  // Asides, navigation, footers and comments hold no story, and outweigh none; nor does a feed.
  const story = (c: Candidate) => !c.el.closest(NO_STORY);
  const all = [...general, ...stories, ...[...posts].map(score)].filter(story);
  const rivals = [...general.filter((c) => !feeds.includes(c.el)), ...stories].filter(story);
  const outweighed = (m: Candidate) => rivals.some((c) => m.text < RIVAL_SHARE * c.text && !c.el.contains(m.el) && !m.el.contains(c.el));
  const standing = stories.filter((m) => story(m) && !outweighed(m));
  return pick(standing, all) ?? pick(general.filter(story), all) ?? headlined(standing);
}

/** How far up `withHiddenRest` looks for the wrapper of a story's hidden rest. */
const HIDDEN_REST_LEVELS = 3;

/**
 * The story with its rest that waits hidden beside its shown part ("Weiterlesen" in a wrapper of
 * its own, Wikipedia's collapsed sections): the nearest wrapper whose other children are hidden
 * paragraphs of the story, or shown headings and controls with little text. Without it the rest,
 * opened, lies outside the scope. Not past shown text of other kinds (teasers, a list of the most
 * read), nor over another story or view kept hidden (one with an article or a headline of its own)
 * or comments. `whole`: the scores of all paragraphs, shown or not.
 */
function withHiddenRest(chosen: Candidate, scores: Scores, whole: Scores, body: Element): Candidate {
  if (whole === scores) return chosen;
  let best = chosen;
  let inner = chosen.el;
  for (let up = inner.parentElement, level = 0; up && up !== body && level < HIDDEN_REST_LEVELS; inner = up, up = up.parentElement, level++) {
    if (up.matches(NO_STORY)) break;
    let rest = false;
    for (const child of up.children) {
      if (child === inner) continue;
      if (isRendered(child)) {
        if (!isControl(child)) return best;
        continue;
      }
      if (!whole.text.get(child)) continue;
      // (Comments shown at a click are no rest of the story.)
      if (child.matches(ARTICLE) || child.matches(NO_STORY) || child.querySelector(`${ARTICLE}, h1, h2`)) return best;
      rest = true;
    }
    if (rest) best = storyCandidate(up, scores);
  }
  return best;
}
/**
 * True if `el` may stand shown beside a story's hidden rest: a section heading (also in a wrapper
 * of its own, as Wikipedia's `div.mw-heading`), the button that opens the rest, or a link or label
 * of little text (`Weiterlesen`, `Mehr anzeigen`).
 */
function isControl(el: Element): boolean {
  if (CONTROLS.test(el.localName)) return true;
  const length = el.textContent?.trim().length ?? 0;
  if (length < MAX_CONTROL_TEXT) return true;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  return heading !== null && (heading.textContent?.trim().length ?? 0) >= 0.8 * length;
}
const CONTROLS = /^(?:h[1-6]|button|summary)$/;
const MAX_CONTROL_TEXT = 40;

/**
 * Of marked articles too short to be picked by their text (a news item of two paragraphs, a
 * story whose body the page renders later or behind a paywall), the longest that holds the page's
 * shown headline: a short story is still the story, and the footer or the comments beside it are
 * not. (A headline that links elsewhere is a front page's lead teaser.)
 */
function headlined(marked: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const m of marked) if ((!best || m.text > best.text) && [...m.el.querySelectorAll('h1')].some((h1) => isRendered(h1) && !isLinked(h1, m.el))) best = m;
  return best;
}

/**
 * True if a headline is a link to a story (a front page's lead teaser), or in one, or if its article
 * has a link over the whole card or a "read more" link.
 */
function isLinked(headline: Element, article: Element): boolean {
  if (headline.closest('a[href]') !== null || headline.querySelector('a[href]') !== null) return true;
  for (const link of article.querySelectorAll('a[href]')) if (TEASER_LINK.test(link.className) || READ_MORE.test(link.textContent?.trim() ?? '')) return true;
  return false;
}
const TEASER_LINK = /stretched|card-link|teaser/i;
const READ_MORE = /^(?:weiterlesen|mehr|mehr lesen|zum artikel|read more|more|continue reading|lire la suite|leer más)\W*$/i;

/**
 * Marked elements of one kind (the same tag, a class in common) that share a parent or, failing
 * that, a grandparent: posts (`posts`) of a feed or live blog (`feeds`, the nearest such ancestor).
 */
function feedsOf(marked: readonly Element[], doc: Document): { posts: Set<Element>; feeds: Element[] } {
  const posts = new Set<Element>();
  const feeds = new Set<Element>();
  for (const level of [1, 2]) {
    const byAncestor = new Map<Element, Element[]>();
    for (const el of marked) {
      // (A sidebar's or the comments' articles are no post of the story's feed.)
      if (posts.has(el) || el.closest(NO_STORY)) continue;
      let up: Element | null = el;
      for (let i = 0; up && i < level; i++) up = up.parentElement;
      if (!up || up === doc.body || up === doc.documentElement) continue;
      const group = byAncestor.get(up) ?? [];
      group.push(el);
      byAncestor.set(up, group);
    }
    for (const [ancestor, group] of byAncestor) {
      const alike = group.filter((el) => group.some((other) => other !== el && sameKind(el, other)));
      if (alike.length < 2) continue;
      feeds.add(ancestor);
      for (const el of alike) posts.add(el);
    }
  }
  return { posts, feeds: [...feeds] };
}

/** True if `a` and `b` are the same kind of element: the same tag and, if either has classes, one class in common. */
export function sameKind(a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  if (a.classList.length === 0 && b.classList.length === 0) return true;
  for (const name of a.classList) if (b.classList.contains(name)) return true;
  return false;
}

/** What `findScope` tells its caller besides the roots. */
export interface ScopeNotes {
  /**
   * The story found, where the page does not show it yet (a paywall's or an app's script shows it
   * a moment after load): the scope is then what is shown around it, and should be found again
   * once the story is shown. Also the hidden copies of a story kept in two (for wide screens and
   * for phones), which look like a feed while both are hidden. Empty otherwise.
   */
  hiddenStories?: Element[];
}

/**
 * The roots to read: the article (plus its headline if outside it), or the body. On a very large
 * page each step (scoring, each selector over the whole document) takes tens of milliseconds, so
 * the caller may `pause` between them. `rendered` resolves once the page has rendered. Text in
 * `avoid` counts for nothing: the story the page has just stopped showing (a closed dialog) is not
 * found again as one whose rest waits behind "read more". `notes` receives what else was found.
 */
export async function findScope(
  doc: Document,
  scope: 'article' | 'page' = 'article',
  pause: Pause = noPause,
  rendered: Pause = noPause,
  avoid: readonly Element[] = [],
  notes: ScopeNotes = {},
): Promise<Element[]> {
  notes.hiddenStories = [];
  const body = wholePage(doc);
  if (scope === 'page') return [body];
  // Whether a paragraph is rendered is asked of styles the browser computes when it renders the
  // page; asked before that, it computes them there and then (on a 10 MB page, a task of 200 ms).
  await rendered();
  const overlays: Overlays = { seen: new Map(), pageText: -1 };
  // The article the reader sees; else one covered for now (by a dialog open at load); else one
  // most of which is not shown yet.
  let scores: Scores | undefined;
  let chosen: Candidate | undefined;
  const tiers = await score(doc, pause, overlays, avoid);
  for (const tier of tiers) {
    scores = tier;
    chosen = await choose(doc, tier, pause);
    if (chosen) break;
  }
  if (!chosen || !scores) return [body];
  chosen = withHiddenRest(chosen, scores, tiers[tiers.length - 1]!, body);
  // A story's hidden rest: the story is where its shown beginning is too (not the page around an
  // app hidden as a whole until it has loaded).
  if (!isRendered(chosen.el)) {
    notes.hiddenStories = [chosen.el];
    let el = chosen.el.parentElement;
    while (el && !isRendered(el)) el = el.parentElement;
    if (el && el !== body && el !== doc.documentElement) chosen = candidate(el, scores);
  } else if (scores === tiers[tiers.length - 1] && scores !== tiers[0]) {
    notes.hiddenStories = hiddenParts(chosen.el, scores);
  }
  await pause();
  // An articleBody inside an article: take the article, which holds headline, lead and captions.
  const article = chosen.el.parentElement?.closest(STORY);
  const root =
    article &&
    (scores.text.get(article) ?? 0) <= chosen.text * 1.5 &&
    // A page wrapper with the class (`<body class="article">`) would bring teasers and comments.
    (article.localName === 'article' || textLength(article) <= STORY_TEXT_RATIO * textLength(chosen.el))
      ? article
      : chosen.el;
  // Headline, lead and the main image's caption, where the page keeps them outside the body
  // (common in news templates, and in every "immersive" layout with a picture above the text): the
  // last shown ones before the story (not a logo's `<h1>` in the page's header, a copy for phones
  // hidden on this screen, or a teaser's lead above the headline).
  // (A story with its own headline has its lead too.)
  const ownHeadline = [...root.querySelectorAll('h1')].some(isRendered);
  const headline = ownHeadline ? null : lastBefore(root, doc.getElementsByTagName('h1'), null, overlays);
  const lead = ownHeadline ? null : lastBefore(root, doc.querySelectorAll(LEAD), headline, overlays);
  const extras = [headline, lead, ...headerCaptions(headline), ...leadPictureCaption(lead)].filter(
    (el): el is Element => !!el && !root.contains(el) && !el.contains(root) && (el.textContent?.length ?? 0) < 2000,
  );
  // Each part once (a caption may sit inside the lead), in document order: the scanner reads its
  // roots one after the other and numbers what it reads.
  const parts = [...new Set([...extras, root])];
  return inDocumentOrder(parts.filter((el) => !parts.some((other) => other !== el && other.contains(el))));
}

/**
 * Of `elements`, the last shown one before `root` in the document (and after `after`, if given),
 * outside overlays, links and `root` itself; or null.
 */
function lastBefore(root: Element, elements: Iterable<Element>, after: Element | null, overlays: Overlays): Element | null {
  let found: Element | null = null;
  for (const el of elements) {
    if (!(el.compareDocumentPosition(root) & 4 /* FOLLOWING */) || root.contains(el) || el.contains(root)) continue;
    if (after && !(after.compareDocumentPosition(el) & 4)) continue;
    if (el.closest('a') || inOverlay(el, overlays) || !isRendered(el)) continue;
    found = el;
  }
  return found;
}

/** `elements` sorted in document order (a handful: each comparison may walk the tree). */
export function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 2 /* PRECEDING */ ? 1 : -1));
}

/** How many hidden parts of a story `hiddenParts` returns at most, and how many shown elements it looks into. */
const MAX_HIDDEN_PARTS = 4;
const MAX_HIDDEN_PART_VISITS = 500;

/**
 * The hidden parts of shown `story` that hold its text (in `scores`, which count hidden
 * paragraphs too): the outermost unrendered elements with a story's worth of text, longest first.
 * Only shown elements with such text are looked into.
 */
function hiddenParts(story: Element, scores: Scores): Element[] {
  const parts: Element[] = [];
  const open = [story];
  for (let visits = 0; open.length > 0 && visits < MAX_HIDDEN_PART_VISITS; visits++) {
    for (const child of open.pop()!.children) {
      if ((scores.text.get(child) ?? 0) < MIN_PARAGRAPH_TEXT) continue;
      if (isRendered(child)) open.push(child);
      else parts.push(child);
    }
  }
  return parts.sort((a, b) => scores.text.get(b)! - scores.text.get(a)!).slice(0, MAX_HIDDEN_PARTS);
}

/** True if `el` is rendered: not `display: none` (nor `hidden`, which is that unless a style sheet says otherwise). */
export function isRendered(el: Element): boolean {
  if (el.closest('[hidden]') !== null) return false;
  if (el.checkVisibility()) return true;
  // A wrapper without a box of its own (`display: contents`) is as rendered as its parent.
  const parent = el.parentElement;
  return parent !== null && el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents' && isRendered(parent);
}

/** True if `el` is laid over the page rather than in its flow. */
function covers(el: Element): boolean {
  const position = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  return position === 'fixed' || position === 'absolute';
}

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

/** Class words of a picture's caption outside `<figcaption>` (`article__photo__desc`). */
const CAPTION_WORDS = new Set(['caption', 'desc', 'description']);
/** How many elements after the lead may hold the main picture. */
const PICTURE_AFTER_LEAD = 2;

/**
 * The caption of the main picture where a template puts it right after the lead, outside the
 * story's body (aktualne.cz: `<div class="article__photo"><a><img>…<div class="article__photo__desc">`).
 */
function leadPictureCaption(lead: Element | null): Element[] {
  let el = lead?.nextElementSibling ?? null;
  for (let i = 0; el && i < PICTURE_AFTER_LEAD; i++, el = el.nextElementSibling) {
    if (!el.querySelector('img')) continue;
    const caption = el.querySelector('figcaption') ?? [...el.querySelectorAll('[class]')].find((c) => classWords(c).some((word) => CAPTION_WORDS.has(word)));
    return caption ? [caption] : [];
  }
  return [];
}

/** The captions in the header the headline stands in (a few at most: a main image and its credit). */
function headerCaptions(headline: Element | null): Element[] {
  const header = headline?.closest(HEADER);
  return header ? [...header.querySelectorAll('figcaption')].slice(0, MAX_HEADER_CAPTIONS) : [];
}

/**
 * What an article holds besides its story: bylines, photo credits, share buttons, a newsletter's
 * box, boxes of related links, reference lists and notes that point elsewhere (by the words of
 * their class names: `article-byline`, `sharetools-menu`, `newsletter-wrapper`, `relatedLinks`,
 * `reflist`, `hatnote` — not `fig--has-shares`), its `<footer>` (tags, print line, copyright),
 * lists that are all links (`Auch auf heise online:` followed by six headlines naming the same
 * product), and paragraphs or list items that are all links to other stories (`[Read: Why Tunisia
 * …]`, `Lire aussi : <a>…</a>`).
 */
const BOILERPLATE_CANDIDATES = [
  '[class*="yline"], [class*="redit"], [class*="opyright"], [class*="elated"], [class*="hare"], [class*="ocial"], [class*="ewsletter"], [itemprop="author"], [rel="author"]',
  // Two queries with a pause between: as one, it was a task of 56 ms over a 10 MB article.
  '[class*="hatnote"], [class*="navbox"], [class*="reflist"], [class*="references"], footer',
  COMMENT_SECTIONS,
];
const ANY_BOILERPLATE = BOILERPLATE_CANDIDATES.join(', ');
const BOILERPLATE_WORDS = new Set(['byline', 'credit', 'credits', 'copyright', 'related', 'share', 'sharing', 'sharetools', 'social', 'newsletter', 'hatnote', 'navbox', 'reflist', 'references']);
/** These may be skipped inside a sentence too (`<span class="credit">Bild: Reuters</span>`); the others only as blocks. */
const INLINE_BOILERPLATE_WORDS = new Set(['byline', 'credit', 'credits', 'copyright']);
const CLASS_WORD = /[-_\s]+|(?<=[a-z])(?=[A-Z])/;
/**
 * A footer holding more than this share of its article's text holds the story, not its tags and
 * print line (and one in a quotation is its source: `<blockquote>…<footer>Angela Merkel</footer>`).
 */
const FOOTER_SHARE = 0.15;
const LINK_LISTS = 'ul, ol, nav, aside';
/** A list counts as links when at least this many links hold this share of its text… */
const MIN_LIST_LINKS = 3;
const LINK_SHARE = 0.7;
/**
 * A list of fewer links counts when they are short (tags: fewer than `HEADLINE_WORDS` words), hold
 * this share of its text, and the list is named for tags or stands above the headline.
 */
const TAG_SHARE = 0.9;
const TAG_CLASS = /(?:^|[-_\s])(?:tags?|topics?|keywords?|categor(?:y|ies)|breadcrumbs?)(?:$|[-_\s])/i;
/**
 * …and a paragraph or list item when links hold that share and one of them is a headline (this
 * many words): a line of linked names (`<a>Selenskyj</a> trifft <a>Macron</a>`) is read. Not in a
 * caption, where a link may name the picture's subject.
 */
const LINK_LINE_TAGS = ['p', 'li'];
const LINK_LINES = LINK_LINE_TAGS.join(', ');
const HEADLINE_WORDS = 4;
/** A line longer than this (characters, with the markup's white space) is no link to another story but prose. */
const MAX_LINE = 600;
/** …or with more child elements than this (`<i><a>[Read: …]</a></i>`, `Lire aussi : <a>…</a>` have one). */
const MAX_LINE_ELEMENTS = 3;
/** Time spent weighing lists or lines between two pauses. */
const STEP_MS = 8;

/** Where `boilerplateIn` and `linkLinesIn` put what they find. */
export interface Found {
  add(el: Element): unknown;
  has(el: Element): boolean;
}

/**
 * Adds to `found` the elements inside `roots` (and the roots themselves, with `self`) that are not
 * part of their story, but for lines that are all links (`linkLinesIn`); with `panels` (a page read
 * whole for want of an article, a front page), consent panels too (not other dialogs: a gallery's
 * lightbox shows captions to read). On a 10 MB page this
 * is tens of milliseconds: the caller may `pause`.
 */
export async function boilerplateIn(
  roots: readonly Element[],
  found: Found,
  { pause = noPause, self = false, panels = false }: { pause?: Pause; self?: boolean; panels?: boolean } = {},
): Promise<void> {
  const step = stepper(pause);
  const overlays: Overlays = { seen: new Map(), pageText: -1 };
  for (const root of roots) {
    if (self && (isBoilerplate(root) || (panels && root.matches(CONSENT) && isPanel(root, overlays)))) {
      found.add(root);
      continue;
    }
    if (panels) {
      await step();
      for (const el of root.querySelectorAll(CONSENT)) {
        await step();
        if (isPanel(el, overlays)) found.add(el);
      }
    }
    for (const candidates of BOILERPLATE_CANDIDATES) {
      await step();
      // (Weighing them is paused too: on a 10 MB article the query and the weighing were one task of 57 ms.)
      for (const el of root.querySelectorAll(candidates)) {
        await step();
        if (isBoilerplate(el)) found.add(el);
      }
    }
    await step();
    for (const el of root.querySelectorAll(LINK_LISTS)) {
      await step();
      if (isLinks(el, false)) found.add(el);
    }
  }
}

/**
 * Whether `el` on its own is out of the story by the tests of `boilerplateIn` (with `panels` too)
 * and, with `lines`, of `linkLinesIn`: for an element the page rewrote after it was weighed (an app
 * that reuses the elements of one story for the next).
 */
export function isOutOfStory(el: Element, lines: boolean, panels = false): boolean {
  return (
    isBoilerplate(el) ||
    (el.matches(LINK_LISTS) && isLinks(el, false)) ||
    (lines && LINK_LINE_TAGS.includes(el.localName) && isLinks(el, true)) ||
    (panels && el.matches(CONSENT) && isPanel(el, { seen: new Map(), pageText: -1 }))
  );
}

/**
 * Adds to `found` the paragraphs and list items inside `roots` (and the roots themselves, with
 * `self`) that are all links to other stories — where the roots are an article: on a page read
 * whole, a front page, they are its teasers. Read from live collections step by step: one selector
 * query for them all over a 10 MB article was a task of 57 ms.
 */
export async function linkLinesIn(roots: readonly Element[], found: Found, { pause = noPause, self = false }: { pause?: Pause; self?: boolean } = {}): Promise<void> {
  const step = stepper(pause);
  for (const root of roots) {
    if (self && isLinks(root, true)) {
      found.add(root);
      continue;
    }
    for (const tag of LINK_LINE_TAGS) {
      const all = root.getElementsByTagName(tag);
      for (let i = 0; i < all.length; i++) {
        await step();
        const el = all[i]!;
        // The items of a list of links were skipped with it.
        if (!(el.parentElement && found.has(el.parentElement)) && isLinks(el, true)) found.add(el);
      }
    }
  }
}

/** A function that pauses once `STEP_MS` have passed since the last pause. */
function stepper(pause: Pause): () => Promise<void> {
  let stepStart = performance.now();
  return async () => {
    if (performance.now() - stepStart <= STEP_MS) return;
    await pause();
    stepStart = performance.now();
  };
}

function isBoilerplate(el: Element): boolean {
  if (el.localName === 'figure' || el.querySelector('figcaption')) return false;
  if (el.localName === 'footer') return !el.closest('blockquote') && !holdsStory(el);
  // Readers' comments inside the article (not a wrapper with the name that holds the story's headline).
  if (el.matches(COMMENT_SECTIONS)) return el.querySelector('h1') === null;
  if (el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author') return true;
  if (el.matches(ANY_BOILERPLATE)) {
    const inline = !isBlock(el);
    for (const word of classWords(el)) {
      if (!BOILERPLATE_WORDS.has(word) || (inline && !INLINE_BOILERPLATE_WORDS.has(word))) continue;
      if (word !== 'newsletter' || isSignUpBox(el)) return true;
    }
  }
  return isLinks(el, false);
}

/** True if a footer holds much of its article's text (see `FOOTER_SHARE`). */
function holdsStory(footer: Element): boolean {
  const article = footer.parentElement?.closest(STORY) ?? footer.parentElement;
  return !article || textLength(footer) > FOOTER_SHARE * textLength(article);
}

/**
 * True if `el`, named for a newsletter, is its sign-up box: it holds a form's control and at most
 * half of its article's text. Not a story's wrapper named for the box it shows (`article
 * has-newsletter`), nor the sections of a newsletter's issue published as an article, which have no
 * controls.
 */
function isSignUpBox(el: Element): boolean {
  if (el.querySelector(FORM_CONTROLS) === null) return false;
  const article = el.parentElement?.closest(ARTICLE_OR_STORY) ?? wholePage(el.ownerDocument);
  return textLength(el) <= SIGN_UP_SHARE * textLength(article);
}
const FORM_CONTROLS = 'form, input, button, select';
const ARTICLE_OR_STORY = `${ARTICLE}, ${STORY}`;
const SIGN_UP_SHARE = 0.5;

/** The words of an element's class names, in small letters (`sharetools-menu` → sharetools, menu). */
function classWords(el: Element): string[] {
  const words: string[] = [];
  for (const name of el.classList) for (const word of name.split(CLASS_WORD)) if (word) words.push(word.toLowerCase());
  return words;
}

/** A list (`LINK_LISTS`) or, with `lines`, a line (`LINK_LINES`) that is all links. */
function isLinks(el: Element, lines: boolean): boolean {
  // Most paragraphs hold no link, or too much for a link to another story (more elements, more
  // text): those are the cheapest things to ask first (a 1 MB article has thousands of paragraphs).
  if (el.querySelector('a') === null) return false;
  const list = el.matches(LINK_LISTS);
  if (!list && !(lines && el.childElementCount <= MAX_LINE_ELEMENTS && el.matches(LINK_LINES))) return false;
  const content = el.textContent ?? '';
  if (!list && (content.length > MAX_LINE || el.closest('figcaption'))) return false;
  const links = el.querySelectorAll('a[href]');
  if (links.length === 0) return false;
  const text = content.replace(/\s+/g, '').length;
  let linked = 0;
  let headline = list;
  let tags = true;
  for (const link of links) {
    const words = link.textContent?.trim().split(/\s+/) ?? [];
    linked += words.join('').length;
    headline ||= words.length >= HEADLINE_WORDS;
    tags &&= words.length < HEADLINE_WORDS;
  }
  // A short list of a topic or two, all links, above the headline or named for tags
  // (`<ul class="article-groups"><li><a>Apple</a></li></ul>`; not an infobox's `Divisions`).
  if (list && links.length < MIN_LIST_LINKS) return tags && text > 0 && linked >= TAG_SHARE * text && (TAG_CLASS.test(el.className) || beforeHeadline(el));
  return headline && text > 0 && linked >= LINK_SHARE * text;
}

/** True if the headline of the article, main or page around `el` comes after it. */
function beforeHeadline(el: Element): boolean {
  const headline = (el.closest('article, main') ?? el.ownerDocument.body)?.querySelector('h1');
  return !!headline && (el.compareDocumentPosition(headline) & FOLLOWING) !== 0;
}
/** `Node.DOCUMENT_POSITION_FOLLOWING`. */
const FOLLOWING = 4;

/** The root `findScope` gives for the whole page. */
function wholePage(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

/** True if `roots` is the whole page: `findScope` found no article. */
export function readsWholePage(doc: Document, roots: readonly Element[]): boolean {
  return roots.length === 1 && roots[0] === wholePage(doc);
}

/** What an article is made of: an element marked as one, or paragraphs. */
const ARTICLE_PARTS = `${ARTICLE}, p`;

/** True if an added node may hold (part of) an article. */
export function mayHoldArticle(node: Node): boolean {
  if (node.nodeType !== 1 || !node.isConnected) return false;
  const el = node as Element;
  return el.matches(ARTICLE_PARTS) || el.querySelector(ARTICLE_PARTS) !== null;
}

/** True if `el` is marked as an article (a story of a feed, or the page's one). */
export function isArticle(el: Element): boolean {
  return el.matches(ARTICLE);
}

/** The article elements in `node` (itself included): new stories a feed appends. */
export function articlesIn(node: Element): Element[] {
  return isArticle(node) ? [node] : [...node.querySelectorAll(ARTICLE)];
}
