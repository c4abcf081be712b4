/**
 * Finds and highlights mentions in one document: reads its article as text runs (including open
 * shadow roots), has the matcher look at them in batches, and draws the results. The blocks in the
 * viewport come first, then the whole article in document order (see `scanAll`). Reading is done
 * in slices of a few milliseconds so that no long task blocks the page; the matcher works
 * elsewhere (the background's matcher service) while the next batch is read. The page is then
 * kept up to date incrementally from a MutationObserver: only the blocks that changed are read
 * again, in batches.
 *
 * Because blocks are read out of order, mentions that count only after another mention of their
 * entry — short aliases (`Lair` after `Sam Lair`), slips in short names (`Scholtz` after `Scholz`)
 * — are held back and drawn once a full mention is found before them in document order.
 */
import type { Entry } from '../glossary/types';
import { Highlighter, type Mark } from '../highlight/highlighter';
import { ShadowStyles } from '../highlight/shadow-styles';
import { MENTION_FIELDS, MentionFlag, type PageSettings } from '../messaging/protocol';
import { guessLanguage } from '../match/language';
import { keyAt, OrderKeys, type RunSlot } from '../page/order-keys';
import {
  articlesIn,
  boilerplateIn,
  findScope,
  inDocumentOrder,
  isArticle,
  isOutOfStory,
  isRendered,
  linkLinesIn,
  mayHoldArticle,
  NO_STORY,
  readsWholePage,
  sameKind,
  type ScopeNotes,
} from '../page/scope';
import {
  blockElement,
  EXCLUDING_ATTRIBUTES,
  excludedBy,
  isBlock,
  isExcludedWithin,
  locate,
  RunReader,
  textNodesIn,
  type TextRun,
  type WalkOptions,
} from '../page/text-runs';
import { isTooltipHost } from '../tooltip/tooltip-host';
import { yieldToMain, type Lifetime } from './lifetime';

/** How long one slice of work may take before the scanner yields. */
const SLICE_MS = 8;
/** Characters of text per request to the matcher: few messages, and answers drawn in a slice. */
const BATCH_CHARS = 32_768;
/** …and at most this many runs (a request may hold `MAX_TEXTS`). */
const BATCH_RUNS = 2_000;
/**
 * A block with more text than this is no paragraph of an article (a data dump, a minified blob
 * in a `<div>`): it is left alone, and the console says so once.
 */
const MAX_RUN_CHARS = 1_000_000;
/** Mutations are collected for this long and handled together. */
const BATCH_MS = 50;
/**
 * On a page that never stops changing (counters in every row, a board re-rendered every frame),
 * reading what changed could take a good part of the main thread. After reading a batch for t ms,
 * the scanner waits at least this many times t before reading the next: at most a twentieth of the
 * time goes to following the page's changes, however busy it is…
 */
const BACK_OFF_FACTOR = 19;
/** …but no change waits longer than this to be highlighted. */
const MAX_BACK_OFF_MS = 1_000;
/**
 * …and a page that floods the observer (a board rewriting thousands of rows every frame) would
 * still cost Kontext a good share of the main thread in merely noting what changed: past this many
 * mutation records in a second, the scanner stops watching for `MAX_BACK_OFF_MS` and then reads
 * the page anew (see `sitOut`).
 */
const FLOOD_RECORDS = 30_000;
/** A page that floods again within this long after a sit-out is sat out twice as long, up to `MAX_SIT_OUT_MS`. */
const FLOOD_MEMORY_MS = 5_000;
const MAX_SIT_OUT_MS = 8_000;
/** Probe points across the viewport (columns × rows) to find the blocks the reader sees. */
const PROBE_COLUMNS = 3;
const PROBE_ROWS = 8;
/**
 * What the scanner watches: text and children everywhere, and the attributes that decide whether
 * Kontext may read an element (an editor switched on, a section un-hidden). Text hidden by CSS is
 * read like any other — it costs nothing until shown, and is then already highlighted.
 */
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeOldValue: true,
  attributeFilter: [...EXCLUDING_ATTRIBUTES, 'lang'],
};

/** How long after a navigation the scope is looked for again as content arrives (see `navigated`). */
const NAVIGATION_SETTLE_MS = 10_000;
/**
 * Characters of text that make a story: a shown root holding fewer is no story left shown when
 * another is hidden (a headline), and an article added beside a scope of no marked article joins
 * it only with as many.
 */
const MIN_STORY_TEXT = 500;

/** At most this many components without a shadow root are watched for a late one, this many times (a second apart; see `shadowless`). */
const MAX_SHADOWLESS = 2_000;
const SHADOWLESS_LOOKS = 30;

/** At most this many elements added before the scanner starts are remembered (see `watchAdditions`). */
const MAX_EARLY_ADDITIONS = 1_000;

/**
 * Notes the elements the page adds from the content script's start until a scanner takes them
 * (`catchUp`): a feed's first stories, appended while Kontext waits for its configuration, are
 * then part of the scope like the stories appended later.
 */
export function watchAdditions(doc: Document): { take(): Element[]; stop(): void } {
  let added: Element[] = [];
  const note = (records: MutationRecord[]) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    // A page that keeps changing before Kontext runs: its first additions are enough.
    if (added.length > MAX_EARLY_ADDITIONS) observer.disconnect();
  };
  const observer = new MutationObserver(note);
  observer.observe(doc, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    added = [];
  };
  return {
    take() {
      note(observer.takeRecords());
      const taken = added;
      stop();
      return taken;
    },
    stop,
  };
}

interface HeldMention {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  entry: number;
  /** Its place in document order (see `OrderKeys`). */
  order: number;
  /** Every text node the mention touches, or null if it lies in `startNode` alone. */
  nodes: Text[] | null;
  /** The text of a slip in the entry's name (`Mark.slip`), or null. */
  slip: string | null;
}

/** What the scanner needs of a matcher (the content script's is `MatchClient`). */
export interface PageMatcher {
  /**
   * Flat mentions in `texts` (see `MentionsMessage.mentions`), or null when the answer is void.
   * `language`: the page's (`<html lang>`), which decides the endings names may take; `forget`:
   * the page is read anew from its start (see `ScanMessage.forget`).
   */
  scan(texts: string[], language: string, forget?: boolean): Promise<ArrayLike<number> | null>;
  entry(index: number): Entry | undefined;
  /** Entries some of whose mentions count only after another of them (`Matcher.heldEntries`). */
  readonly heldEntries: ReadonlySet<number>;
}

/**
 * The words of a slip in a name as the card quotes them: the mention's text without the English
 * genitive the matcher counts to it (`Alcarazz’s` is `Alcarazz`).
 */
function slipText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(POSSESSIVE_END, '');
}
const POSSESSIVE_END = /['’]s?$/;

export class PageScanner {
  highlighter: Highlighter;
  private roots: Element[] = [];
  /**
   * The scope is the article, but none was found and the whole page is read: a front page, or an
   * app that has not rendered its story yet. New content is then looked at for an article.
   */
  private noArticle = false;
  /**
   * Until then (`performance.now()`), the scope may still move: a single-page app navigated and
   * renders its next view — often a loading state first, the story later.
   */
  private scopeSettlesAt = 0;
  /** A navigation since the last flush: the scope is looked for again (see `navigated`). */
  private scopeInDoubt = false;
  private generation = 0;
  /** Nodes added, and nodes whose text or children changed, since the last flush. */
  private added = new Set<Node>();
  private changed = new Set<Node>();
  /** Elements that became readable again (an attribute that hid them or made them editable went). */
  private unhidden = new Set<Element>();
  /** The page's `<html lang>` changed since the last flush: it is read anew. */
  private relanguage = false;
  /** A root of the scope was removed since the last flush: the scope is found anew. */
  private scopeGone = false;
  /**
   * Roots the page stopped rendering since the last flush, leaving no story shown (a story's dialog
   * closed, a view set to `display: none`): the scope is found anew, elsewhere. A ResizeObserver
   * tells, as a root's box goes; no mutation does when a class or a style sheet hides it.
   */
  private hiddenRoots: Element[] = [];
  /** Roots seen rendered: one never rendered (an app hidden as a whole until it has loaded) is waited for, not left. */
  private renderedRoots = new WeakSet<Element>();
  /** Roots left because the page stopped rendering them: shown again (a gallery closed), the scope is looked for again. */
  private leftRoots: Element[] = [];
  /**
   * The story (or its copies) the scope was found around while the page did not show it yet
   * (`ScopeNotes`): once one is shown, the page is read anew, around the story alone (the side
   * rail read meanwhile is left again).
   */
  private hiddenStories: Element[] = [];
  private storyShown = false;
  private readonly sizes: ResizeObserver;
  /** The document was in design mode (editable as a whole) at the last look: nothing is read. */
  private designMode = false;
  /**
   * Components read without a shadow root: one defined later (a lazily loaded script) attaches its
   * root then, which no mutation tells; `recover` looks (see `MAX_SHADOWLESS`).
   */
  private shadowless = new Map<Element, number>();
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  /** No flush before this time (`performance.now()`; see `BACK_OFF_FACTOR`). */
  private quietUntil = 0;
  /** Mutation records since `floodSince` (see `FLOOD_RECORDS`). */
  private floodRecords = 0;
  private floodSince = 0;
  /** How long the last sit-out lasted, and when it ended (see `sitOut`). */
  private sitOutMs = 0;
  private sitOutEnded = -Infinity;
  private readonly observer: MutationObserver;
  private readonly shadows: ShadowStyles;
  private readonly walk: WalkOptions;
  /** Short-alias mentions waiting for a full mention before them. */
  private held: HeldMention[] = [];
  /** Per entry, the earliest full mention (in document order): its text node and order key. */
  private firstFull = new Map<number, { node: Text; order: number }>();
  /** The entries each text node holds full mentions of, and the entries that lost one since the last look (see `unfounded`). */
  private fullEntries = new Map<Text, number[]>();
  private lostFull = new Set<number>();
  /** Short-alias mentions drawn once a full mention came before them (see `release`, `unfounded`). */
  private shown = new Map<Text, HeldMention[]>();
  private readonly order = new OrderKeys();
  private skippedHuge = false;
  /** See `languageOf`. */
  private guessedLanguage = '';
  /** Bylines, credits and related links in the article (`boilerplateIn`); weakly held, as a feed drops its stories. */
  private boilerplate = new WeakSet<Element>();
  /**
   * While `scanAll` builds its highlights aside, changes are kept here and applied after the swap:
   * blocks to read again, and removed nodes whose marks to drop.
   */
  private duringScan: { blocks: Set<Element>; removed: Node[] } | null = null;
  /** Elements added before the scanner watched the page, for the first scope (see `catchUp`). */
  private early: Element[] = [];
  /** Resolved once the first scan has found the scope (changes before that wait for it). */
  private readonly scopeFound: Promise<void>;
  private foundScope = () => {};

  constructor(
    private readonly doc: Document,
    private readonly matcher: PageMatcher,
    private readonly lifetime: Lifetime,
    private options: PageSettings,
  ) {
    this.highlighter = new Highlighter(doc);
    this.scopeFound = new Promise((resolve) => (this.foundScope = resolve));
    this.shadows = new ShadowStyles();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.sizes = new ResizeObserver((entries) => this.onResized(entries));
    // The document itself, not its root element, which `document.open()` replaces.
    this.observer.observe(doc, OBSERVE);
    this.floodSince = performance.now();
    this.walk = {
      includeCode: options.includeCode,
      onShadowRoot: (root) => {
        if (this.shadows.add(root)) this.observer.observe(root, OBSERVE);
      },
      onShadowless: (host) => {
        if (this.shadowless.size < MAX_SHADOWLESS && !this.shadowless.has(host)) this.shadowless.set(host, 0);
      },
    };
    lifetime.add(() => {
      this.generation++;
      this.observer.disconnect();
      this.sizes.disconnect();
      this.highlighter.clear();
      this.shadows.clear();
      this.shadowless.clear();
    });
  }

  /** Starts over after the glossary or the settings changed (see `scanAll`: no flicker). */
  async reset(options: PageSettings = this.options): Promise<void> {
    this.options = options;
    this.walk.includeCode = options.includeCode;
    await this.scanAll();
  }

  /**
   * The page's URL changed without a reload: a single-page app showed another view, or a page keeps
   * its address in step with the reader (reading progress, the story in view). The scope is looked
   * for again at the next flush, and as content arrives while the app renders its next view; where
   * it moved, the page is read anew (see `flush`). What changed inside the scope is read like any
   * change. Reading the whole page at every new URL cost a page that wrote its reading position
   * into the address every 100 ms a quarter of its time.
   */
  navigated(): void {
    this.scopeSettlesAt = performance.now() + NAVIGATION_SETTLE_MS;
    this.scopeInDoubt = true;
    this.scheduleFlush();
  }

  /**
   * Highlights the whole scope, in slices, and resolves when done or superseded. On a page without
   * highlights yet, the blocks in the viewport are drawn at once; the whole scope is then built in
   * highlights that are not yet registered and swapped in when complete. Registering once matters:
   * every frame after ranges were added to a registered highlight re-validates all of its ranges,
   * so drawing a long page piece by piece would cost time quadratic in its mentions. The swap also
   * keeps a rescan (glossary edit, navigation) free of flicker. `found`: the scope, when the caller
   * has just found it, and `notes`, what it was told with it.
   */
  async scanAll(found?: Element[], notes: ScopeNotes = {}): Promise<void> {
    const generation = ++this.generation;
    const current = this.highlighter;
    // Changes from now on are read after the swap (see below), under this scan's numbering.
    const duringScan = (this.duringScan = { blocks: new Set<Element>(), removed: [] as Node[] });
    const next = new Highlighter(this.doc, { deferred: true });
    let built = false;
    try {
      // Probing the viewport needs layout: let the page render once first (a hidden tab renders
      // nothing, hence the time limit), so that Kontext does not force it. The wait starts before
      // the scope is found, so that the two overlap. A frame is not probed: its size is the parent
      // page's layout, which reading it would force, and its text is read at once anyway.
      const frame = afterNextFrame(this.doc);
      const rendered = current.size === 0 && isTopFrame(this.doc) ? frame : null;
      const roots = found ?? (await findScope(this.doc, this.options.scope, yieldToMain, () => frame, [], notes));
      if (this.isStale(generation)) return;
      this.hiddenStories = notes.hiddenStories ?? [];
      this.noArticle = this.options.scope === 'article' && readsWholePage(this.doc, roots);
      // Stories read before that are still on the page stay in the scope: a feed's appended
      // stories, when the glossary changes or the app updates the URL as the reader scrolls on
      // (also stories in plain `<div>`s, made like the one found now, and their headlines).
      const kept =
        this.noArticle || this.options.scope !== 'article'
          ? []
          : this.roots.filter(
              (root) =>
                root.isConnected &&
                // (Not a view the app keeps hidden: its text would stand for the new story's.)
                (isArticle(root) || (isRendered(root) && roots.some((found) => sameKind(found, root)))) &&
                !roots.some((found) => found.contains(root)),
            );
      // (A part found outside the new story may lie in a kept one: the first story's headline.)
      this.setRoots(kept.length > 0 ? inDocumentOrder([...roots.filter((found) => !kept.some((story) => story.contains(found))), ...kept]) : roots);
      this.walk.skipped = this.boilerplate = new WeakSet();
      this.joinScope(this.early);
      this.early = [];
      this.foundScope();
      // Bylines, credits, footers and link lists first. Lines that are all links (on a page with an
      // article) are weighed in the viewport's blocks before the first look at them, and in the
      // whole article after it: that takes a while in a long one.
      const article = this.options.scope === 'article';
      const lines = article && !this.noArticle;
      if (article) await boilerplateIn([...this.roots], this.boilerplate, { pause: yieldToMain, panels: this.noArticle });
      await yieldToMain();
      if (rendered && !this.isStale(generation)) {
        await rendered;
        this.order.reset();
        const visible = await this.visibleBlocks(generation);
        if (lines) await linkLinesIn(visible, this.boilerplate, { self: true });
        if (!this.isStale(generation)) await this.scanRoots(visible, generation, current, { preview: true, inOrder: true });
      }
      if (lines && !this.isStale(generation)) await linkLinesIn([...this.roots], this.boilerplate, { pause: yieldToMain });
      if (this.isStale(generation)) return;
      this.held = [];
      this.firstFull.clear();
      this.fullEntries.clear();
      this.lostFull.clear();
      this.shown.clear();
      this.order.reset();
      await this.scanRoots(this.roots, generation, next, { preview: false, inOrder: true, anew: true });
      built = !this.isStale(generation);
    } finally {
      if (this.duringScan === duringScan) this.duringScan = null;
      // A first scan that failed before it found the scope: changes go on being read (or start over).
      if (this.roots.length === 0 && !this.isStale(generation)) this.foundScope();
      // Abandoned (a newer scan, Kontext went away, or an error): what was built aside goes too.
      if (!built) next.clear();
    }
    if (!built) return;
    this.release(next);
    current.clear();
    next.commit();
    this.highlighter = next;
    // What changed while the new highlights were being built.
    for (const node of duringScan.removed) this.forget(node);
    await this.reread(duringScan.blocks, generation);
  }

  /**
   * Elements the page added before this scanner watched it (see `watchAdditions`): the first scan
   * reads them anyway; the stories among them join its scope.
   */
  catchUp(added: Element[]): void {
    this.early = added;
  }

  /**
   * Once a second: registers the highlights again if the page cleared or replaced them, styles
   * again the shadow roots whose sheets the page replaced, and reads the shadow roots components
   * attached late. A document switched to design mode (an "edit this page" tool: editable as a
   * whole, which no mutation tells) loses its highlights until it is switched back, and is then
   * read anew.
   */
  recover(): void {
    if (this.editing()) return;
    if (!this.designMode) {
      this.highlighter.ensureRegistered();
      this.shadows.ensure();
      return this.lateShadowRoots();
    }
    this.designMode = false;
    this.scanAll().catch((error: unknown) => {
      if (!this.lifetime.isDisposed) console.warn('Kontext: could not read the page after design mode', error);
    });
  }

  /**
   * Reads the shadow roots components attached since they were read (`shadowless`). A component
   * still without one after `SHADOWLESS_LOOKS` looks will not attach one (or only a closed one).
   */
  private lateShadowRoots(): void {
    for (const [host, looks] of this.shadowless) {
      const shadow = host.isConnected ? host.shadowRoot : null;
      if (host.isConnected && !shadow && looks < SHADOWLESS_LOOKS) {
        this.shadowless.set(host, looks + 1);
        continue;
      }
      this.shadowless.delete(host);
      if (shadow) this.changed.add(host);
    }
    if (this.changed.size > 0) this.scheduleFlush();
  }

  /**
   * True while the document is in design mode; on entering it, drops the highlights and stops the
   * scan under way (what changes meanwhile is read by the scan when it ends: see `recover`).
   */
  private editing(): boolean {
    if (this.doc.designMode !== 'on') return false;
    if (!this.designMode) {
      this.designMode = true;
      this.generation++;
      this.highlighter.clear();
      this.held = [];
      this.firstFull.clear();
      this.fullEntries.clear();
      this.lostFull.clear();
      this.shown.clear();
      // A first scan stopped before it found the scope: flushes waiting for it go on (and stop).
      this.foundScope();
    }
    return true;
  }

  /**
   * The blocks inside the scope under a grid of points across the viewport, top to bottom. Only
   * blocks with text of their own count: a point between two paragraphs hits their container.
   * (Each probe is a hit test; on a 10 MB page they took 2 ms each, so they are done in slices.)
   */
  private async visibleBlocks(generation: number): Promise<Element[]> {
    const view = this.doc.defaultView;
    if (!view || typeof this.doc.elementFromPoint !== 'function') return [];
    const blocks = new Set<Element>();
    const { innerWidth: width, innerHeight: height } = view;
    let sliceStart = performance.now();
    for (let row = 0; row < PROBE_ROWS; row++) {
      for (let column = 0; column < PROBE_COLUMNS; column++) {
        const x = ((column + 0.5) * width) / PROBE_COLUMNS;
        const y = ((row + 0.5) * height) / PROBE_ROWS;
        const hit = this.doc.elementFromPoint(x, y);
        const block = hit && blockElement(hit);
        if (block && hasOwnText(block) && this.roots.some((root) => root.contains(block))) blocks.add(block);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToMain();
          if (this.isStale(generation)) return [];
          sliceStart = performance.now();
        }
      }
    }
    return outermost(blocks);
  }

  /**
   * Reads the runs under `roots` and draws their mentions. Runs go to the matcher in batches, and
   * reading goes on while it answers. `preview`: a first look at the viewport, which leaves out
   * short aliases (it cannot tell yet whether their full name came before). `inOrder`: part of a
   * full scan, in document order (see `OrderKeys`). `replace`: the roots are read again; their old
   * marks are dropped when the new ones are drawn, all at once, so that nothing flickers. `anew`:
   * the whole page, from its start: the matcher forgets what earlier reads told it.
   *
   * Resolves when every answer is in (a batch whose answer is void — the matcher failed or timed
   * out — is simply not drawn), or early when a newer scan took over (`isStale`).
   */
  private async scanRoots(
    roots: readonly Node[],
    generation: number,
    highlighter: Highlighter,
    how: { preview: boolean; inOrder: boolean; replace?: boolean; anew?: boolean },
  ): Promise<void> {
    // A document in design mode is an editor as a whole (see `recover`).
    if (this.editing()) return;
    const answers: Promise<void>[] = [];
    const later: (() => void)[] = [];
    let runs: TextRun[] = [];
    let slots: RunSlot[] = [];
    let chars = 0;
    let forget = how.anew === true;
    const send = () => {
      const [batch, batchSlots] = [runs, slots];
      const texts = batch.map((run) => run.text);
      answers.push(
        this.matcher.scan(texts, this.languageOf(texts), forget).then((mentions) => {
          if (!mentions || this.isStale(generation)) return;
          const draw = () => this.drawBatch(batch, batchSlots, mentions, highlighter, how.preview, !!how.replace);
          if (how.replace) later.push(draw);
          else draw();
        }),
      );
      runs = [];
      slots = [];
      chars = 0;
      forget = false;
    };
    /** Runs read so far per block (a block read again gets its runs' slots back in order). */
    const runsOf = new Map<Element, number>();
    let sliceStart = performance.now();
    for (const root of roots) {
      const reader = new RunReader(root, this.walk);
      for (let run = reader.next(); run; run = reader.next()) {
        if (this.isStale(generation)) return;
        if (run.text.length > MAX_RUN_CHARS) {
          if (!this.skippedHuge) console.info(`Kontext: skipped a block of ${run.text.length} characters`);
          this.skippedHuge = true;
          continue;
        }
        const block = blockOf(run.nodes[0]!);
        runs.push(run);
        if (how.inOrder) slots.push(this.order.nextRun(block));
        else {
          const index = block ? (runsOf.get(block) ?? 0) : 0;
          if (block) runsOf.set(block, index + 1);
          slots.push(this.order.forBlock(block, index));
        }
        chars += run.text.length;
        if (chars >= BATCH_CHARS || runs.length >= BATCH_RUNS) send();
        if (performance.now() - sliceStart > SLICE_MS) {
          if (runs.length > 0) send();
          await yieldToMain();
          sliceStart = performance.now();
        }
      }
      // The page took away all the walk knew of its place while it paused (replaced the part
      // being read): the root is read again, whole, once this scan is done.
      if (reader.lost && root.isConnected && root.nodeType === 1) {
        this.changed.add(root);
        this.scheduleFlush();
      }
    }
    if (runs.length > 0) send();
    await Promise.all(answers);
    if (how.replace && !this.isStale(generation)) {
      for (const root of roots) this.forget(root);
      for (const draw of later) draw();
    }
  }

  /**
   * The page's language: its `<html lang>`, or where it states none, a guess from its words
   * (`guessLanguage`), made once from the first batch with enough text, so that every block of the
   * page — also one read again later, alone — is read alike.
   */
  private languageOf(texts: string[]): string {
    const stated = this.doc.documentElement?.lang ?? '';
    if (stated) return stated;
    this.guessedLanguage ||= guessLanguage(texts);
    return this.guessedLanguage;
  }

  /** True once a newer scan took over, or Kontext went away. */
  private isStale(generation: number): boolean {
    return generation !== this.generation || this.lifetime.isDisposed;
  }

  /**
   * Draws the mentions the matcher found in a batch of runs. `recheck`: the runs were read a while
   * ago (a block read again is drawn when all of its batches are in); a mention in text the page
   * has since hidden or made editable is not drawn — its old marks went when it was, and these
   * would stay.
   */
  private drawBatch(runs: TextRun[], slots: RunSlot[], mentions: ArrayLike<number>, highlighter: Highlighter, preview: boolean, recheck: boolean): void {
    for (let k = 0; k < mentions.length; k += MENTION_FIELDS) {
      const run = runs[mentions[k]!];
      if (!run) continue;
      const flags = mentions[k + 4]!;
      if (preview && flags & MentionFlag.Conditional) continue;
      this.highlightMention(run, slots[mentions[k]!]!, mentions[k + 1]!, mentions[k + 2]!, mentions[k + 3]!, flags, highlighter, recheck);
    }
  }

  /**
   * Draws one mention of a run, or holds it back for `release` if it counts only after another
   * mention of its entry (a short alias, a slip in a short name). `flags`: its `MentionFlag`s.
   */
  private highlightMention(
    run: TextRun,
    slot: RunSlot,
    start: number,
    end: number,
    entry: number,
    flags: number,
    highlighter: Highlighter,
    recheck: boolean,
  ): void {
    if (end <= start || end > run.text.length) return;
    const [startNode, startOffset] = locate(run, start, false);
    const [endNode, endOffset] = locate(run, end, true);
    // The page may have changed the text while the matcher looked at it; the change is read again.
    if (!startNode.isConnected || endOffset > endNode.length) return;
    if (recheck && (unreadable(startNode, this.walk) || (endNode !== startNode && unreadable(endNode, this.walk)))) return;
    let nodes: Text[] | null = null;
    if (endNode !== startNode) {
      const first = run.nodes.indexOf(startNode);
      nodes = run.nodes.slice(first, run.nodes.indexOf(endNode, first) + 1);
    }
    const order = keyAt(slot, start, run.text.length);
    const held: HeldMention = { startNode, startOffset, endNode, endOffset, entry, order, nodes, slip: flags & MentionFlag.Fuzzy ? slipText(run.text, start, end) : null };
    if (flags & MentionFlag.Conditional) {
      this.held.push(held);
      return;
    }
    this.draw(held, highlighter);
    if (this.matcher.heldEntries.has(entry)) {
      const entries = this.fullEntries.get(startNode);
      if (!entries) this.fullEntries.set(startNode, [entry]);
      else if (!entries.includes(entry)) entries.push(entry);
      const earliest = this.firstFull.get(entry);
      if (!earliest || !earliest.node.isConnected || order < earliest.order) this.firstFull.set(entry, { node: startNode, order });
    }
  }

  private draw(m: HeldMention, highlighter: Highlighter): void {
    const entry = this.matcher.entry(m.entry);
    if (entry) highlighter.add(m.startNode, m.startOffset, m.endNode, m.endOffset, m.entry, entry.type, m.nodes, m.order, m.slip);
  }

  /**
   * The blocks of drawn short-alias mentions whose entry lost a full mention (the page removed or
   * rewrote it) and has no other one before them: they are read again, and held anew.
   */
  private unfounded(): Element[] {
    // The earliest full mention left of each entry that lost one: its marks in nodes that hold one.
    const earliest = new Map<number, Mark>();
    this.highlighter.forEachMark((mark) => {
      if (!this.lostFull.has(mark.entry) || !this.fullEntries.get(mark.startNode)?.includes(mark.entry)) return;
      const before = earliest.get(mark.entry);
      if (!before || mark.order < before.order) earliest.set(mark.entry, mark);
    });
    const blocks: Element[] = [];
    for (const entry of this.lostFull) {
      const full = earliest.get(entry);
      if (full) this.firstFull.set(entry, { node: full.startNode, order: full.order });
      else this.firstFull.delete(entry);
    }
    for (const [node, marks] of this.shown) {
      const kept = marks.filter((m) => {
        if (!this.lostFull.has(m.entry)) return true;
        const full = earliest.get(m.entry);
        if (full && full.order < m.order) return true;
        const block = blockOf(node);
        if (block) blocks.push(block);
        return false;
      });
      if (kept.length === 0) this.shown.delete(node);
      else if (kept.length < marks.length) this.shown.set(node, kept);
    }
    this.lostFull.clear();
    return blocks;
  }

  /** Draws the held short-alias mentions that now have a full mention before them. */
  private release(highlighter: Highlighter): void {
    this.held = this.held.filter((m) => {
      if (!m.startNode.isConnected) return false;
      const full = this.firstFull.get(m.entry);
      if (!full || !full.node.isConnected || full.order >= m.order) return true;
      this.draw(m, highlighter);
      const shown = this.shown.get(m.startNode);
      if (shown) shown.push(m);
      else this.shown.set(m.startNode, [m]);
      return false;
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const now = performance.now();
    if (now - this.floodSince > 1_000) {
      this.floodSince = now;
      this.floodRecords = 0;
    }
    this.floodRecords += records.length;
    if (this.floodRecords > FLOOD_RECORDS) return this.sitOut(records);
    for (const record of records) {
      if (record.type === 'characterData') {
        // Set to the text it had (a framework that writes every node at every render): no change.
        // Reading it again would replace its marks faster than a card opens on them.
        if (record.oldValue !== (record.target as Text).data) this.changed.add(record.target);
        continue;
      }
      if (record.type === 'attributes') {
        const el = record.target as Element;
        const name = record.attributeName!;
        if (name === 'lang') {
          // The page states its language late (an app sets it once it has loaded): it is read
          // again in that language. (Other elements' languages are not the page's.)
          const before = primarySubtag(record.oldValue) || primarySubtag(this.guessedLanguage);
          if (el === this.doc.documentElement && before !== primarySubtag(el.getAttribute('lang'))) this.relanguage = true;
          continue;
        }
        // Set to what it was as far as reading goes (`aria-hidden="false"`): nothing to do.
        if (excludedBy(name, record.oldValue) === excludedBy(name, el.getAttribute(name))) continue;
        // Hidden or made editable: what was drawn in it goes. Readable again: it is read again,
        // also where it holds the scope (a dialog hid the page around the article, and closed).
        if (isExcludedWithin(el, this.walk)) {
          this.forget(el);
          this.duringScan?.removed.push(el);
        } else this.unhidden.add(el);
        continue;
      }
      for (const node of record.removedNodes) {
        this.forget(node);
        this.duringScan?.removed.push(node);
        // The scope itself went (a consent panel it had been taken from was closed): it is looked
        // for again (see `flush`).
        if (node.nodeType === 1 && this.roots.some((root) => !root.isConnected && (node === root || node.contains(root)))) this.scopeGone = true;
      }
      for (const node of record.addedNodes) if (!isTooltipHost(node)) this.added.add(node);
      // Text or inline elements added or removed change the text of the target's block; a block
      // added or removed does not (the added one is read on its own).
      if (record.target.nodeType === 1 && (someInline(record.addedNodes) || someInline(record.removedNodes))) this.changed.add(record.target);
    }
    // A full name removed may leave short names after it without one (see `unfounded`).
    if (this.added.size > 0 || this.changed.size > 0 || this.unhidden.size > 0 || this.relanguage || this.scopeGone || (this.lostFull.size > 0 && this.shown.size > 0))
      this.scheduleFlush();
  }

  /**
   * Stops watching a page that floods the observer (`FLOOD_RECORDS`), and after a while watches
   * and reads it anew: a second, and twice as long each time the page floods again soon after (a
   * board that never stops is read every eight seconds). A page that settles is right once it has.
   */
  private sitOut(records: MutationRecord[]): void {
    this.observer.disconnect();
    const again = performance.now() - this.sitOutEnded < FLOOD_MEMORY_MS;
    this.sitOutMs = again ? Math.min(MAX_SIT_OUT_MS, this.sitOutMs * 2) : MAX_BACK_OFF_MS;
    // Marks on text rewritten in place would cover the wrong letters until then: they go. (Text
    // taken out is no longer painted.) The rest of what was noted is read with the page.
    const rewritten = new Set<Text>();
    for (const node of this.changed) if (node.nodeType === 3) rewritten.add(node as Text);
    for (const record of records)
      if (record.type === 'characterData' && record.oldValue !== (record.target as Text).data) rewritten.add(record.target as Text);
    this.forgetTexts([...rewritten]);
    // (Highlights being built aside drop them too when they take over.)
    this.duringScan?.removed.push(...rewritten);
    this.added.clear();
    this.changed.clear();
    this.unhidden.clear();
    this.lifetime.timeout(() => {
      this.observer.observe(this.doc, OBSERVE);
      // Every root known, also one whose host is out of the page now: it may come back.
      for (const root of this.shadows.all) this.observer.observe(root, OBSERVE);
      this.floodSince = this.sitOutEnded = performance.now();
      this.floodRecords = 0;
      this.scanAll().catch((error: unknown) => {
        if (!this.lifetime.isDisposed) console.warn('Kontext: could not read the page after it settled', error);
      });
    }, this.sitOutMs);
  }

  /** Reads what changed (`flush`) after a short batching delay and the back-off. */
  private scheduleFlush(): void {
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.lifetime.timeout(() => {
        this.flushScheduled = false;
        // A failed flush must not stop the ones after it.
        this.flushing = this.flushing
          .then(() => this.afterQuiet())
          .then(() => this.flush())
          .catch((error: unknown) => {
            if (!this.lifetime.isDisposed) console.warn('Kontext: could not read what changed on the page', error);
          });
      }, BATCH_MS);
    }
  }

  /** Drops the marks of every text node in a removed subtree. */
  private forget(node: Node): void {
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 3) return;
    // Into the shadow trees read there too, once any were (a component read again is read from its
    // shadow tree on: its old marks there must go).
    this.forgetTexts(node.nodeType === 3 ? [node as Text] : textNodesIn(node, this.shadows.size > 0));
  }

  /** Drops the marks of `texts`. */
  private forgetTexts(texts: Text[]): void {
    // Short names held back there are gone with it (read again, they are held anew).
    if (this.held.length > 0) {
      const gone = new Set(texts);
      this.held = this.held.filter((m) => !gone.has(m.startNode));
    }
    if (this.shown.size > 0) for (const text of texts) this.shown.delete(text);
    // Full mentions gone with it: the short names after them are looked at again (`unfounded`).
    if (this.fullEntries.size > 0) {
      for (const text of texts) {
        const entries = this.fullEntries.get(text);
        if (!entries) continue;
        this.fullEntries.delete(text);
        for (const entry of entries) this.lostFull.add(entry);
      }
    }
    this.highlighter.removeForNodes(texts);
  }

  /** Re-reads the blocks that changed since the last flush. */
  private async flush(): Promise<void> {
    const added = [...this.added];
    const changed = [...this.changed];
    const navigated = this.scopeInDoubt;
    const scopeGone = this.scopeGone;
    const hiddenRoots = this.hiddenRoots;
    const unhidden = [...this.unhidden];
    const relanguage = this.relanguage;
    const storyShown = this.storyShown;
    this.storyShown = false;
    this.added.clear();
    this.changed.clear();
    this.unhidden.clear();
    this.scopeInDoubt = false;
    this.relanguage = false;
    this.scopeGone = false;
    this.hiddenRoots = [];
    if (this.editing()) return;
    // The first scan is still finding the scope: what changed is placed once it has (a feed's
    // first stories join the scope), rather than starting over.
    if (this.roots.length === 0) await this.scopeFound;
    if (this.editing()) return;
    // A hidden story the scope was found around, replaced before it was shown (an app rendered
    // it anew): found again, with the new one to watch.
    const storyReplaced = this.hiddenStories.some((story) => !story.isConnected) && added.length > 0;
    if (relanguage || storyShown || storyReplaced || !this.roots.some((root) => root.isConnected)) return this.scanAll();
    // What is read from here on counts towards the pause before the next flush (`BACK_OFF_FACTOR`).
    const started = performance.now();
    // A page read whole for want of an article may show one now (an app rendered its story late),
    // a navigation may have brought another view, and after one the view the scope was found in
    // may have been a loading state: the scope is looked for again, and where it moved, the page
    // is read as if loaded anew. So is the page where a part of the scope was removed.
    const lookAgain = navigated || scopeGone || hiddenRoots.length > 0 || ((this.noArticle || started < this.scopeSettlesAt) && added.some(mayHoldArticle));
    const notes: ScopeNotes = {};
    const moved = lookAgain ? await this.movedScope(hiddenRoots, notes) : null;
    /** Stories a feed appended, also inside a wrapper of their own (`<div class="item"><article>`). */
    const stories: Element[] = [];
    if (moved) {
      const fresh = moved.filter((root) => !this.inScope(root));
      const story = moved.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a));
      // Only a part beside the story is new (the page rendered its headline or lead anew, which
      // took the old one out of the scope): it joins the scope, and the rest stays as read.
      if (!this.noArticle && !fresh.includes(story)) {
        this.setRoots(inDocumentOrder([...this.roots.filter((root) => root.isConnected), ...fresh]));
        stories.push(...fresh);
      } else return this.scanAll(moved, notes);
    }
    for (const node of added) {
      if (node.nodeType !== 1 || !node.isConnected) continue;
      // New content that holds the scope: a single-page app replaced the page. Start over.
      if (this.roots.some((root) => root !== node && !stories.includes(root) && node.contains(root))) return this.scanAll();
      // A feed appends the next story: it becomes part of the scope.
      const joined = this.joinScope([node as Element]);
      stories.push(...joined);
      // A related box or byline the page adds (or renders anew), or one in a new story, is left
      // alone like the first ones.
      if (this.options.scope !== 'article') continue;
      const self = this.inScope(node);
      const parts = self ? [node as Element] : joined;
      const how = { pause: yieldToMain, self, panels: this.noArticle };
      await boilerplateIn(parts, this.boilerplate, how);
      if (!this.noArticle) await linkLinesIn(parts, this.boilerplate, how);
    }
    const blocks = new Set<Element>(stories);
    const weighed = new Set<Element>();
    for (const el of unhidden) {
      if (!el.isConnected) continue;
      const roots = this.roots.filter((root) => el.contains(root) && !isExcludedWithin(root, this.walk));
      if (roots.length > 0) for (const root of roots) blocks.add(root);
      else {
        // What it shows is weighed as what the first scan read was (comments shown at a click
        // inside the article are no story).
        if (this.options.scope === 'article' && this.inScope(el)) await boilerplateIn([el], this.boilerplate, { pause: yieldToMain, self: true, panels: this.noArticle });
        changed.push(el);
      }
    }
    for (const node of [...added, ...changed]) {
      if (!node.isConnected) continue;
      const block = blockOf(node);
      if (!block || !this.inScope(block)) continue;
      this.reweigh(block, weighed);
      if (isExcludedWithin(block, this.walk)) continue;
      blocks.add(block);
    }
    if (this.duringScan) for (const block of blocks) this.duringScan.blocks.add(block);
    else if (blocks.size > 0) await this.reread(blocks, this.generation);
    // Short names whose full name went (removed, or rewritten just now): read again next time.
    if (!this.duringScan && this.lostFull.size > 0) {
      for (const block of this.unfounded()) this.changed.add(block);
      if (this.changed.size > 0) this.scheduleFlush();
    }
    const now = performance.now();
    this.quietUntil = now + Math.min(MAX_BACK_OFF_MS, (now - started) * BACK_OFF_FACTOR);
  }

  /**
   * Weighs again what the page changed that was left out of the story (`boilerplateIn`): an app
   * that renders the next story into the elements of the last one may turn a line of links into
   * a paragraph of the story.
   */
  private reweigh(block: Element, weighed: Set<Element>): void {
    if (this.options.scope !== 'article') return;
    for (let el: Element | null = block; el; el = el.parentElement) {
      // Each element once per flush (300 changed items of a list of links: the list once).
      if (weighed.has(el)) return;
      weighed.add(el);
      if (this.boilerplate.has(el)) {
        this.boilerplate.delete(el);
        if (isOutOfStory(el, !this.noArticle, this.noArticle)) this.boilerplate.add(el);
      }
      if (this.roots.includes(el)) break;
    }
  }

  /**
   * Resolves once the back-off after the last flush is over (see `BACK_OFF_FACTOR`). Decided when
   * the flush is due, not when its timer was set: that is mostly while the flush before it runs.
   */
  private afterQuiet(): Promise<void> {
    const wait = this.quietUntil - performance.now();
    return wait > 0 ? new Promise((resolve) => this.lifetime.timeout(resolve, wait)) : Promise.resolve();
  }

  private async reread(blocks: Set<Element>, generation: number): Promise<void> {
    const connected = outermost(blocks).filter((block) => block.isConnected);
    await this.scanRoots(connected, generation, this.highlighter, { preview: false, inOrder: false, replace: true });
    if (this.isStale(generation)) return;
    this.release(this.highlighter);
    this.highlighter.ensureRegistered();
  }

  /**
   * Adds the articles in `added` (a feed's stories) to the scope, where the scope is the article,
   * and returns them (their boilerplate is for the caller to find). A feed's next story is made
   * like the stories read (`sameKind`); teaser cards, comments and a sidebar's list that a page
   * loads late are articles too, but of another kind, or in a part of the page that is no story.
   */
  private joinScope(added: Element[]): Element[] {
    const joined: Element[] = [];
    if (this.options.scope !== 'article') return joined;
    const stories = this.roots.filter(isArticle);
    // A scope that is no marked article (a story container, a feed): a story of some length.
    const like = (article: Element) =>
      stories.length > 0 ? stories.some((story) => sameKind(story, article)) : (article.textContent ?? '').replace(/\s+/g, ' ').length >= MIN_STORY_TEXT;
    for (const el of added)
      if (el.isConnected && !this.inScope(el))
        for (const article of articlesIn(el)) {
          if (this.inScope(article) || !like(article) || article.closest(NO_STORY)) continue;
          this.roots.push(article);
          this.sizes.observe(article);
          joined.push(article);
        }
    return joined;
  }

  /**
   * The scope found now, if it is not covered by what is being read (and no newer scan started
   * meanwhile); else null. Stories a feed appended joined the scope (`joinScope`): they are no move.
   */
  private async movedScope(avoid: readonly Element[], notes: ScopeNotes): Promise<Element[] | null> {
    const generation = this.generation;
    const found = await findScope(this.doc, this.options.scope, yieldToMain, () => afterNextFrame(this.doc), avoid, notes);
    if (this.isStale(generation)) return null;
    const moved = this.noArticle ? !readsWholePage(this.doc, found) : found.some((root) => !this.inScope(root));
    return moved ? found : null;
  }

  private setRoots(roots: Element[]): void {
    this.roots = roots;
    this.leftRoots = this.leftRoots.filter((root) => root.isConnected && !roots.includes(root));
    this.sizes.disconnect();
    for (const root of [...roots, ...this.leftRoots]) this.sizes.observe(root);
    for (const story of this.hiddenStories) this.sizes.observe(story);
  }

  /**
   * Notes roots the page stopped rendering (see `hiddenRoots`). A part beside the story (its
   * headline) may go; the scope is looked for again only when no root with a story's text is left
   * shown — and again when one of those it left is shown again (a gallery laid over the story
   * closed). (Style is up to date in a ResizeObserver's callback: asking is cheap there.)
   */
  private onResized(entries: ResizeObserverEntry[]): void {
    let hidden = false;
    for (const { target } of entries) {
      if (this.hiddenStories.includes(target) && isRendered(target)) {
        this.hiddenStories = [];
        this.storyShown = true;
        this.scheduleFlush();
      }
      if (this.leftRoots.includes(target) && isRendered(target)) {
        this.leftRoots = [];
        this.scopeInDoubt = true;
        this.scheduleFlush();
      }
      if (!this.roots.includes(target)) continue;
      if (isRendered(target)) this.renderedRoots.add(target);
      else if (this.renderedRoots.delete(target)) hidden = true;
    }
    if (!hidden || this.roots.some((root) => isRendered(root) && (root.textContent?.length ?? 0) >= MIN_STORY_TEXT)) return;
    this.hiddenRoots = this.roots.filter((root) => !isRendered(root));
    this.leftRoots = [...this.hiddenRoots];
    this.scheduleFlush();
  }

  /** True if `node` lies inside one of the scope's roots, also through shadow hosts. */
  private inScope(node: Node): boolean {
    for (let current: Node | null = node; current; ) {
      if (this.roots.some((root) => root.contains(current!))) return true;
      const top = current.getRootNode();
      current = top.nodeType === 11 ? (top as ShadowRoot).host : null;
    }
    return false;
  }
}

/** True if Kontext may no longer read `text` (hidden or made editable, it or an ancestor). */
function unreadable(text: Text, walk: WalkOptions): boolean {
  const el = text.parentElement ?? blockOf(text);
  return !el || isExcludedWithin(el, walk);
}

/** The block a node belongs to; for text right under a shadow root (a Lit component's), the root's host. */
function blockOf(node: Node): Element | null {
  const block = blockElement(node);
  if (block) return block;
  const root = node.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/** The blocks of `blocks` that are not inside another of them. */
function outermost(blocks: Set<Element>): Element[] {
  return [...blocks].filter((block) => {
    for (let parent = block.parentElement; parent; parent = parent.parentElement) if (blocks.has(parent)) return false;
    return true;
  });
}

function someInline(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType === 3 || (node.nodeType === 1 && !isTooltipHost(node) && !isBlock(node as Element))) return true;
  return false;
}

/** True for the tab's own document, false in a frame. */
export function isTopFrame(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && view === view.top;
}

function afterNextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView;
    const timer = setTimeout(resolve, 100);
    view?.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** True if the element has text of its own among its first children, not only in child elements. */
function hasOwnText(el: Element): boolean {
  let seen = 0;
  for (let child = el.firstChild; child && seen < 32; child = child.nextSibling, seen++)
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) return true;
  return false;
}

/** The primary subtag of a language tag, lowercased (`de` of `de-AT`); '' for none. */
function primarySubtag(tag: string | null): string {
  return (tag ?? '').split(/[-_]/)[0]!.trim().toLowerCase();
}
