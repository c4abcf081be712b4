/** Wires the options page to storage and i18n; the components below only render props. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DEFAULT_GLOSSARY } from '../glossary/default-glossary';
import { glossaryEdits, loadEdits, sanitizeEdits, saveEdits } from '../storage/glossary-store';
import { readSettings, settingsItem, watchSettings } from '../storage/settings';
import { OptionsApp } from './OptionsApp';
import './options.css';

export function mountOptions(root: HTMLElement): void {
  const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key as never, substitutions) || key;
  document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
  document.title = t('optionsTitle');
  render(
    <OptionsApp
      base={DEFAULT_GLOSSARY}
      t={t}
      language={browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en'}
      load={loadEdits}
      save={saveEdits}
      watch={(listener) => glossaryEdits.watch((value) => listener(sanitizeEdits(value).edits))}
      settings={{ load: readSettings, save: (settings) => settingsItem.setValue(settings), watch: watchSettings }}
      unreadable={async () => sanitizeEdits(await glossaryEdits.getValue()).dropped}
    />,
    root,
  );
}
