/**
 * The reader's glossary edits in `browser.storage.local` (a versioned WXT storage item), and the
 * glossary that results from them. Every reader of the glossary — the background's matcher
 * service, the options page — goes through here, so a corrupt or foreign value in storage is
 * checked in one place: invalid entries are ignored when read (and reported), and kept as they are
 * when the edits are saved (`saveEdits`), so nothing the reader stored is lost by reading or saving.
 */
import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { DEFAULT_GLOSSARY } from '../glossary/default-glossary';
import { applyEdits, ignoredMessage, NO_EDITS, type GlossaryEdits } from '../glossary/edits';
import type { Glossary } from '../glossary/types';
import { EntrySchema } from '../glossary/validate';

export const glossaryEdits = storage.defineItem<GlossaryEdits>('local:glossaryEdits', {
  fallback: NO_EDITS,
  version: 1,
});

const EditsSchema = v.object({
  // Not `v.record`: it skips keys such as `prototype` and `__proto__`, which were then neither read
  // nor counted as unreadable, and lost at the next save.
  upserts: v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
  // Read item by item too: one damaged id must not cost the reader every edit.
  deleted: v.array(v.unknown()),
});

/** Keeps the valid part of a stored value; `dropped` counts what had to be ignored. */
export function sanitizeEdits(value: unknown): { edits: GlossaryEdits; dropped: number } {
  const parsed = v.safeParse(EditsSchema, value);
  if (!parsed.success) return { edits: NO_EDITS, dropped: 1 };
  const upserts: GlossaryEdits['upserts'] = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(parsed.output.upserts)) {
    const checked = v.safeParse(EntrySchema, entry);
    if (checked.success && checked.output.id === id) upserts[id] = checked.output;
    else dropped++;
  }
  const deleted = parsed.output.deleted.filter((id): id is string => typeof id === 'string');
  dropped += parsed.output.deleted.length - deleted.length;
  return { edits: { upserts, deleted }, dropped };
}

/**
 * Stores `edits` (read through `sanitizeEdits`), keeping beside them the stored entries that could
 * not be read: an entry another version of Kontext wrote, or one damaged in storage, stays there
 * for a version that can read it, unless the reader saved an entry of the same id. A stored value
 * that could not be read at all is kept under `glossaryEditsUnreadable` before it is replaced.
 */
export async function saveEdits(edits: GlossaryEdits): Promise<void> {
  const stored: unknown = await glossaryEdits.getValue();
  const parsed = v.safeParse(EditsSchema, stored);
  if (!parsed.success) {
    if (stored !== null && stored !== undefined) await unreadableEdits.setValue(stored);
    return glossaryEdits.setValue(edits);
  }
  const upserts: Record<string, unknown> = { ...edits.upserts };
  for (const [id, entry] of Object.entries(parsed.output.upserts)) {
    // (Defined, not assigned: a key such as `__proto__` stays a key.)
    if (!Object.hasOwn(upserts, id) && !isReadable(id, entry)) Object.defineProperty(upserts, id, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  // So do the damaged items of the deleted list. (What is kept is no `Entry` or id: storage holds it as it was.)
  const damaged = parsed.output.deleted.filter((id) => typeof id !== 'string') as string[];
  return glossaryEdits.setValue({ upserts: upserts as GlossaryEdits['upserts'], deleted: [...edits.deleted, ...damaged] });
}

/** Where a stored glossary value that could not be read at all is kept (see `saveEdits`). */
export const unreadableEdits = storage.defineItem<unknown>('local:glossaryEditsUnreadable');

function isReadable(id: string, entry: unknown): boolean {
  const checked = v.safeParse(EntrySchema, entry);
  return checked.success && checked.output.id === id;
}

export async function loadEdits(): Promise<GlossaryEdits> {
  const { edits, dropped } = sanitizeEdits(await glossaryEdits.getValue());
  if (dropped > 0) console.warn(ignoredMessage(dropped));
  return edits;
}

/** The glossary, and how many stored edits had to be ignored (for whoever should hear of it). */
export async function loadGlossaryChecked(): Promise<{ glossary: Glossary; ignored: number }> {
  const { edits, dropped } = sanitizeEdits(await glossaryEdits.getValue());
  return { glossary: applyEdits(DEFAULT_GLOSSARY, edits), ignored: dropped };
}

/** Calls `listener` with the new glossary whenever the stored edits change. Returns the unwatch. */
export function watchGlossary(listener: (glossary: Glossary) => void): () => void {
  return glossaryEdits.watch((value) => {
    listener(applyEdits(DEFAULT_GLOSSARY, sanitizeEdits(value).edits));
  });
}
