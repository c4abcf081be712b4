import { defineConfig } from 'wxt';
import { NEWS_MATCHES } from './src/content/news-sites';

const GECKO_ID = 'kontext@kontext-extension.org';

// See README "Architecture". The manifest asks for `storage` (and, in Chromium, `scripting`); host
// access is to the content script's match list of news sites only.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Kontext',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // Chromium: `scripting`, and host access to the sites the content script runs on anyway (its
    // match list grants none to the scripting API), start Kontext in the news pages open when it
    // is installed or updated (`src/background/open-tabs.ts`); Firefox does that itself.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: NEWS_MATCHES }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Kontext',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The CSS Custom Highlight API ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chrome 148+: port messages are structured clones, as in Firefox, instead of JSON
          // (the page's text goes to the matcher service in batches; JSON cost 28 ms per MB).
          message_serialization: 'structured_clone',
        }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
