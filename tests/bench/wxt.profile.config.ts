/**
 * The production config with minification off, built into `.cache/wxt-profile/` by
 * `npm run bench:browser` so that the CPU profile of the content script names real functions.
 * Everything else (manifest, modules, entry points) is the project's own `wxt.config.ts`.
 */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../../wxt.config';

type ViteOption = Exclude<UserConfig['vite'], undefined>;

export default defineConfig({
  ...base,
  outDir: '.cache/wxt-profile',
  vite: (env) => {
    const own = (base.vite as ViteOption | undefined)?.(env) ?? {};
    return { ...own, build: { ...(own as { build?: object }).build, minify: false } };
  },
});
