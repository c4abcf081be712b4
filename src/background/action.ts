/** Until the popup exists, the toolbar button opens the glossary (options page). */
import { browser } from 'wxt/browser';

export function openOptionsOnAction(): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
}
