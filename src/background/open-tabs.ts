/**
 * Starts Kontext in the news pages that are open when it is installed or updated. Chromium starts
 * a manifest's content scripts only in pages loaded after that (Firefox starts them in open pages
 * too): after an update in the background, the old copy takes its highlights out (it can no
 * longer reach the extension, see `kontext.ts`) and every open article would stay plain until
 * reloaded. (A copy of an older version still running ends itself once it finds the extension
 * gone; a second copy of this one leaves at once: see `startKontext`.)
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export function startInOpenTabs(): void {
  // Only where the manifest asks for `scripting` (Chromium's build).
  if (!browser.scripting) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectAll();
  });
}

async function injectAll(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      // A discarded tab loads its page anew, with the content script, when the reader returns.
      if (tab.id === undefined || tab.discarded) continue;
      const target = { tabId: tab.id, allFrames: script.all_frames ?? false };
      try {
        if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
        // (The manifest's own paths: the build wrote these files.)
        if (script.js?.length) await browser.scripting.executeScript({ target, files: script.js as ScriptPublicPath[] });
      } catch {
        // A tab closed meanwhile, or showing a page no extension may script (an error page).
      }
    }
  }
}
