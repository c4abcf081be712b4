/**
 * The content script's composition root: loads the glossary and settings, builds the matcher,
 * highlights the page, wires hover → tooltip, and follows glossary and setting changes and
 * single-page-app navigations. Everything it starts belongs to one `Lifetime`, ended when the
 * extension context goes away (update, reload, uninstall) or the page is hidden; a page restored
 * from the back/forward cache starts afresh.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DescriptionLanguage, Entry, Glossary } from '../glossary/types';
import { Highlighter } from '../highlight/highlighter';
import { createMatcher, type Matcher } from '../match/matcher';
import { loadGlossary, watchGlossary } from '../storage/glossary-store';
import { readSettings, watchSettings, type Settings } from '../storage/settings';
import { TooltipHost } from '../tooltip/tooltip-host';
import { HoverController } from './hover';
import { Lifetime, yieldToMain } from './lifetime';
import { PageScanner } from './page-scanner';

/** How often Kontext checks that it is still installed and that the page kept its highlights. */
const RECOVERY_MS = 1000;

export function startKontext(ctx: ContentScriptContext): void {
  if (!Highlighter.supported(document)) return;
  let lifetime = run(ctx);
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted && lifetime.isDisposed) lifetime = run(ctx);
  });
}

function run(ctx: ContentScriptContext): Lifetime {
  const lifetime = new Lifetime();
  ctx.onInvalidated(() => lifetime.dispose());
  lifetime.listen(window, 'pagehide', () => lifetime.dispose());
  void start(ctx, lifetime).catch((error: unknown) => {
    if (!lifetime.isDisposed) console.warn('Kontext: could not start', error);
  });
  return lifetime;
}

function matcherFor(glossary: Glossary, settings: Settings): Matcher {
  return createMatcher(glossary.entries, {
    fuzzy: settings.fuzzyThreshold > 0 ? { threshold: settings.fuzzyThreshold } : false,
  });
}

async function start(ctx: ContentScriptContext, lifetime: Lifetime): Promise<void> {
  let [glossary, settings] = await Promise.all([loadGlossary(), readSettings()]);
  if (lifetime.isDisposed) return;
  const matcher = matcherFor(glossary, settings);
  await yieldToMain();
  if (lifetime.isDisposed) return;
  const scanner = new PageScanner(document, matcher, glossary, lifetime, settings);
  const tooltip = new TooltipHost(document, translate, () => hover.close());
  lifetime.add(() => tooltip.destroy());
  const entryOf = (index: number): Entry | undefined => scanner.entries[index];
  const hover = new HoverController(
    document,
    lifetime,
    () => scanner.highlighter,
    tooltip,
    (mark) => entryOf(mark.entry),
    pageLanguage,
  );

  const rescan = () => {
    const open = tooltip.entry?.id;
    void scanner.reset(matcherFor(glossary, settings), glossary, settings).then(() => {
      if (open !== undefined) tooltip.update(glossary.entries.find((e) => e.id === open));
    });
  };
  // Removing a storage listener throws once the extension is gone; there is nothing to remove then.
  const unwatch = (stop: () => void) => () => {
    try {
      stop();
    } catch (error) {
      if (!ctx.isInvalid) throw error;
    }
  };
  lifetime.add(
    unwatch(
      watchGlossary((next) => {
        glossary = next;
        if (!lifetime.isDisposed) rescan();
      }),
    ),
  );
  lifetime.add(
    unwatch(
      watchSettings((next) => {
        settings = next;
        if (!lifetime.isDisposed) rescan();
      }),
    ),
  );
  // Single-page apps change the URL without reloading the content script (WXT watches it).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (lifetime.isDisposed) return;
    hover.close();
    void scanner.scanAll();
  });
  // Once a second: notice an extension update or uninstall (WXT's context checks the runtime when
  // asked), and put back highlights the page may have removed.
  const recover = () => {
    if (ctx.isInvalid) return;
    scanner.recover();
    lifetime.timeout(recover, RECOVERY_MS);
  };
  lifetime.timeout(recover, RECOVERY_MS);
  await scanner.scanAll();
}

/** The language for descriptions: the page's (`<html lang>`), else the browser's, else English. */
function pageLanguage(): DescriptionLanguage {
  for (const tag of [document.documentElement.lang, browser.i18n.getUILanguage()]) {
    const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'en';
}

function translate(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
