/**
 * The content script's composition root: loads the glossary, builds the matcher, highlights the
 * page, wires hover → tooltip, and follows glossary edits. Everything it starts belongs to one
 * `Lifetime`, ended when the extension context goes away (update, reload, uninstall) or the page
 * is hidden; a page restored from the back/forward cache starts afresh.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DescriptionLanguage, Entry, Glossary } from '../glossary/types';
import { Highlighter } from '../highlight/highlighter';
import { createMatcher } from '../match/matcher';
import { loadGlossary, watchGlossary } from '../storage/glossary-store';
import { TooltipHost } from '../tooltip/tooltip-host';
import { HoverController } from './hover';
import { Lifetime } from './lifetime';
import { PageScanner } from './page-scanner';

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
  void start(lifetime).catch((error: unknown) => {
    if (!lifetime.isDisposed) console.warn('Kontext: could not start', error);
  });
  return lifetime;
}

async function start(lifetime: Lifetime): Promise<void> {
  const glossary = await loadGlossary();
  if (lifetime.isDisposed) return;
  const scanner = new PageScanner(document, createMatcher(glossary.entries), glossary, lifetime);
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
  lifetime.add(
    watchGlossary((next: Glossary) => {
      if (lifetime.isDisposed) return;
      const open = tooltip.entry?.id;
      void scanner.reset(createMatcher(next.entries), next).then(() => {
        if (open !== undefined) tooltip.update(next.entries.find((e) => e.id === open));
      });
    }),
  );
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
