/**
 * Reader settings, stored in `browser.storage.local` as a versioned item. Only what the reader
 * changed is meaningful; `readSettings` fills in the defaults and ignores anything malformed.
 */
import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';

export interface Settings {
  /** Highlight only the article (`article`) or the whole page (`page`). */
  scope: 'article' | 'page';
  /** Also read `<code>` and `<pre>`. */
  includeCode: boolean;
  /** Global fuzzy threshold (0 exact … 1 anything); 0 turns the fuzzy stage off. */
  fuzzyThreshold: number;
}

export const DEFAULT_SETTINGS: Settings = { scope: 'article', includeCode: false, fuzzyThreshold: 0.25 };

const SettingsSchema = v.partial(
  v.object({
    scope: v.picklist(['article', 'page']),
    includeCode: v.boolean(),
    fuzzyThreshold: v.pipe(v.number(), v.minValue(0), v.maxValue(0.6)),
  }),
);

export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {}, version: 1 });

export function sanitizeSettings(value: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, value);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.output : {}) };
}

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitizeSettings(value)));
}
