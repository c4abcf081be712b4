/**
 * The user's changes to a glossary, kept apart from the glossary itself: storage holds only what
 * the reader changed, the defaults live in code. An update of the default glossary therefore
 * reaches every reader without overwriting their edits, and "reset" simply forgets the edits.
 */
import type { Entry, Glossary } from './types';

export interface GlossaryEdits {
  /** Entries the reader added or changed, by id. */
  upserts: Record<string, Entry>;
  /** Ids of default entries the reader deleted. */
  deleted: string[];
}

export const NO_EDITS: GlossaryEdits = { upserts: {}, deleted: [] };

/** The glossary as the reader sees it: defaults, minus deletions, with edits applied, additions last (by id). */
export function applyEdits(base: Glossary, edits: GlossaryEdits): Glossary {
  const deleted = new Set(edits.deleted);
  const entries = base.entries.filter((e) => !deleted.has(e.id)).map((e) => edits.upserts[e.id] ?? e);
  const known = new Set(base.entries.map((e) => e.id));
  // Added entries by id: browsers do not agree on the key order of stored objects.
  const added = Object.keys(edits.upserts)
    .filter((id) => !known.has(id) && !deleted.has(id))
    .sort();
  for (const id of added) entries.push(edits.upserts[id]!);
  return { ...base, entries };
}

/** Records saving `entry`; `previousId` is the id it had before (an edit may rename the id). */
export function saveEntry(edits: GlossaryEdits, base: Glossary, entry: Entry, previousId?: string): GlossaryEdits {
  const upserts = { ...edits.upserts };
  let deleted = edits.deleted.filter((id) => id !== entry.id);
  if (previousId !== undefined && previousId !== entry.id) {
    delete upserts[previousId];
    if (base.entries.some((e) => e.id === previousId)) deleted = [...deleted, previousId];
  }
  const original = base.entries.find((e) => e.id === entry.id);
  if (original && JSON.stringify(original) === JSON.stringify(entry)) delete upserts[entry.id];
  else upserts[entry.id] = entry;
  return { upserts, deleted };
}

export function deleteEntry(edits: GlossaryEdits, base: Glossary, id: string): GlossaryEdits {
  const upserts = { ...edits.upserts };
  delete upserts[id];
  const isDefault = base.entries.some((e) => e.id === id);
  return { upserts, deleted: isDefault && !edits.deleted.includes(id) ? [...edits.deleted, id] : edits.deleted };
}

/** How an entry of the applied glossary relates to the defaults. */
export function entryState(edits: GlossaryEdits, base: Glossary, id: string): 'default' | 'changed' | 'added' {
  if (!(id in edits.upserts)) return 'default';
  return base.entries.some((e) => e.id === id) ? 'changed' : 'added';
}

/** Forgets the reader's change to a default entry. */
export function revertEntry(edits: GlossaryEdits, id: string): GlossaryEdits {
  const upserts = { ...edits.upserts };
  delete upserts[id];
  return { upserts, deleted: edits.deleted.filter((d) => d !== id) };
}

/** Brings back the default entries `ids` the reader deleted, leaving every other edit as it is. */
export function restoreDeleted(edits: GlossaryEdits, ids: readonly string[]): GlossaryEdits {
  return { upserts: edits.upserts, deleted: edits.deleted.filter((id) => !ids.includes(id)) };
}

/** What the reader is told when stored edits had to be ignored (they stay in storage). */
export function ignoredMessage(count: number): string {
  return `Kontext: ignored ${count} invalid glossary edit(s) in storage`;
}
