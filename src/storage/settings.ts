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

/** The most fuzziness the options page offers (its slider's end) and storage accepts. */
export const MAX_FUZZY_THRESHOLD = 0.5;

/** Each setting on its own: one that cannot be read takes its default, and costs the others nothing. */
const FIELDS = {
  scope: v.picklist(['article', 'page']),
  includeCode: v.boolean(),
  // (Up to 1, as the entries' own thresholds; more than the slider offers is taken as its end.)
  fuzzyThreshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.transform((value) => Math.min(value, MAX_FUZZY_THRESHOLD))),
} satisfies Record<keyof Settings, v.GenericSchema>;

export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {}, version: 1 });

export function sanitizeSettings(value: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof value !== 'object' || value === null) return settings;
  const stored = value as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    const parsed = v.safeParse(FIELDS[key], stored[key]);
    if (parsed.success) (settings as Record<keyof Settings, unknown>)[key] = parsed.output;
  }
  return settings;
}

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitizeSettings(value)));
}
