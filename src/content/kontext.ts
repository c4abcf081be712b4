/**
 * The content script's composition root: connects to the background's matcher service, highlights
 * the page, wires hover → tooltip, and follows glossary and setting changes (announced by the
 * service) and single-page-app navigations. Everything it starts belongs to one `Lifetime`, ended
 * when the extension context goes away (update, reload, uninstall) or the page is hidden; a page
 * restored from the back/forward cache starts afresh.
 *
 * It listens to the browser only, not to WXT's content-script context: that context ends when the
 * document sees an event named after the extension's id (another copy of the script starting),
 * and a page can fire that event, or a fake `locationchange`, to switch Kontext off or make it
 * throw. The browser's events (`isTrusted`) and the runtime's id cannot be forged.
 */
import { browser } from 'wxt/browser';
import type { DescriptionLanguage } from '../glossary/types';
import { Highlighter } from '../highlight/highlighter';
import { MatchClient } from '../messaging/match-client';
import { cardText } from '../tooltip/card-text';
import { removeEarlierHosts, TooltipHost } from '../tooltip/tooltip-host';
import { whenTextArrives } from './frame-gate';
import { HoverController, watchPointer } from './hover';
import { Lifetime } from './lifetime';
import { isTopFrame, PageScanner, watchAdditions } from './page-scanner';

/** The key of the running copy's mark on the content script's global (see `startKontext`). */
const RUNNING = '__kontextRunning';

/** How often Kontext checks that it is still installed and that the page kept its highlights. */
const RECOVERY_MS = 1000;

export function startKontext(): void {
  // Started twice in this document (the manifest's copy, and the one the background starts in the
  // pages open right after an install or update: `open-tabs.ts`): one copy runs. A copy cut off
  // from an updated extension counts for none. (The mark lives on the content script's own global,
  // which the page cannot see.)
  const copies = globalThis as { [RUNNING]?: () => boolean };
  if (copies[RUNNING]?.()) return;
  copies[RUNNING] = extensionAlive;
  if (isTopFrame(document)) return keepRunning();
  // A frame starts once it has text (most are ads; see frame-gate.ts).
  const waiting = new Lifetime();
  whenTextArrives(document, waiting, () => {
    waiting.dispose();
    if (extensionAlive()) keepRunning();
  });
}

/**
 * False once the extension was updated, reloaded or removed: in Chrome this script then lives on
 * in the page, cut off (Firefox unloads it).
 */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * Runs Kontext in this document, again when the page comes back from the back/forward cache, and
 * again when the page writes itself anew: `document.open()` erases every listener of the document
 * and its window (no card would open any more), not the observers, which see its new root.
 */
function keepRunning(): void {
  if (!Highlighter.supported(document)) return;
  let lifetime: Lifetime;
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.isTrusted && event.persisted && lifetime.isDisposed) lifetime = run(stop);
  };
  const begin = () => {
    // (Added again after `document.open()` erased it; where it was kept, a second add is none.)
    window.addEventListener('pageshow', onPageShow);
    lifetime = run(stop);
  };
  let root = document.documentElement;
  const rewritten = new MutationObserver(() => {
    const now = document.documentElement;
    if (!now || now === root) return;
    root = now;
    lifetime.dispose();
    begin();
  });
  rewritten.observe(document, { childList: true });
  const stop = () => {
    window.removeEventListener('pageshow', onPageShow);
    rewritten.disconnect();
  };
  begin();
}

/** `extensionGone`: called when Kontext finds the extension gone (see `extensionAlive`). */
function run(extensionGone: () => void): Lifetime {
  const lifetime = new Lifetime();
  // (The browser's own events only: a page could fire its own to switch Kontext off.)
  lifetime.listen(window, 'pagehide', (event) => event.isTrusted && lifetime.dispose());
  void start(lifetime, () => {
    lifetime.dispose();
    extensionGone();
  }).catch((error: unknown) => {
    if (!lifetime.isDisposed) console.warn('Kontext: could not start', error);
  });
  return lifetime;
}

async function start(lifetime: Lifetime, extensionGone: () => void): Promise<void> {
  // What an earlier copy left behind (Firefox, after an update or reload).
  Highlighter.forgetEarlier(document);
  removeEarlierHosts(document);
  const client = new MatchClient();
  lifetime.add(() => client.close());
  const early = watchAdditions(document);
  lifetime.add(() => early.stop());
  const pointer = watchPointer(window);
  lifetime.add(() => pointer.stop());
  const config = await client.ready;
  if (lifetime.isDisposed) return;
  const scanner = new PageScanner(document, client, lifetime, config.settings);
  scanner.catchUp(early.take());
  // The card speaks the page's language, like the entry's name and description in it. (The
  // browser's language is asked now: once the extension is gone, as the card closes, it cannot be.)
  const uiLanguage = browser.i18n.getUILanguage();
  const language = () => pageLanguage(uiLanguage);
  const tooltip = new TooltipHost(document, (key, substitutions) => cardText(language(), key, substitutions), () => hover.close());
  lifetime.add(() => tooltip.destroy());
  /**
   * The highlights drawn before the last glossary change, while the page is read again: their
   * marks number the entries of the old glossary (deleting one shifts the rest), so they open no
   * card; nor does a mark dropped since the pointer found it (the card opens after a delay).
   */
  let outdated: Highlighter | null = null;
  const hover = new HoverController(
    document,
    lifetime,
    () => scanner.highlighter,
    tooltip,
    (mark) => (mark.live && scanner.highlighter !== outdated ? client.entry(mark.entry) : undefined),
    language,
  );
  hover.seed(pointer.take());

  // The glossary or the settings changed: read the page again, and show the open card's new text.
  let changes = 0;
  client.onChange(({ settings }) => {
    if (lifetime.isDisposed) return;
    const change = ++changes;
    const open = tooltip.entry?.id;
    outdated = scanner.highlighter;
    void scanner.reset(settings).then(() => {
      // A newer change reads the page again after this one: it updates the card (here, the
      // entries of the glossary it answers for are not known yet, and the card would close).
      if (change !== changes) return;
      outdated = null;
      if (open !== undefined) tooltip.update(client.entryById(open));
      hover.recheck();
    }, (error: unknown) => {
      if (!lifetime.isDisposed) console.warn('Kontext: could not read the page again', error);
    });
  });
  // Single-page apps change the URL without reloading the content script. A jump to an anchor in
  // the page (`#kapitel-2`) is no new view; a hash route (`#/story/1`) is.
  let url = location.href;
  const locationChanged = () => {
    const now = location.href;
    if (lifetime.isDisposed || now === url) return;
    const old = url;
    url = now;
    const [next, before] = [new URL(now), new URL(old)];
    if (isAnchorJump(next, before)) return;
    // A new path or hash route (`#/story/2`) is a new view; a page that writes the reader's place
    // into its query or hash as they read (`?pos=12`, `#pos-12`) keeps the card open (a rewritten
    // mention closes it anyway).
    if (next.pathname !== before.pathname || (HASH_ROUTE.test(next.hash) && next.hash !== before.hash)) hover.close();
    scanner.navigated();
  };
  const onBrowserEvent = (event: Event) => event.isTrusted && locationChanged();
  lifetime.listen(window, 'popstate', onBrowserEvent);
  lifetime.listen(window, 'hashchange', onBrowserEvent);
  // `history.pushState` fires no event on the window; the Navigation API (Chromium) tells at once,
  // elsewhere the look once a second below does.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) lifetime.listen(navigation, 'currententrychange', onBrowserEvent);
  // Once a second: notice an extension update or uninstall, a new URL, put back highlights the
  // page may have removed, and close a card whose mention the page rewrote.
  const recover = () => {
    if (!extensionAlive()) return extensionGone();
    locationChanged();
    scanner.recover();
    hover.refresh();
    lifetime.timeout(recover, RECOVERY_MS);
  };
  lifetime.timeout(recover, RECOVERY_MS);
  await scanner.scanAll();
  // A pointer that rested on a mention while the page was read: its card opens now.
  if (!lifetime.isDisposed) hover.recheck();
}

/** A fragment that names a route of a single-page app (`#/story/1`, `#!/story/1`). */
const HASH_ROUTE = /^#!?\//;

/** True if only the fragment changed, to none or to one naming a place in the page. */
function isAnchorJump(newUrl: URL, oldUrl: URL): boolean {
  if (withoutHash(newUrl) !== withoutHash(oldUrl)) return false;
  const id = fragmentOf(newUrl);
  return id === '' || document.getElementById(id) !== null || document.getElementsByName(id).length > 0;
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function fragmentOf(url: URL): string {
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return url.hash.slice(1);
  }
}

/** The language for descriptions: the page's (`<html lang>`), else the browser's, else English. */
function pageLanguage(uiLanguage: string): DescriptionLanguage {
  for (const tag of [document.documentElement.lang, uiLanguage]) {
    const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'en';
}
