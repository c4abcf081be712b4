import { describe, expect, it } from 'vitest';
import { applyEdits, deleteEntry, NO_EDITS, saveEntry } from '../../src/glossary/edits';
import type { Glossary } from '../../src/glossary/types';
import { entry } from '../support/entries';

const base: Glossary = { schemaVersion: 1, version: 1, id: 'g', name: 'G', entries: [entry('a', 'Alpha'), entry('b', 'Beta')] };

describe('glossary edits', () => {
  it('stores only what changed and applies it over the defaults', () => {
    const changed = { ...entry('a', 'Alpha'), description: { de: 'neu', en: 'new' } };
    const edits = saveEntry(NO_EDITS, base, changed);
    expect(Object.keys(edits.upserts)).toEqual(['a']);
    expect(applyEdits(base, edits).entries.map((e) => e.description.de)).toEqual(['neu', 'Beta (de)']);
  });

  it('forgets an edit that restores the default', () => {
    const edits = saveEntry(saveEntry(NO_EDITS, base, { ...entry('a', 'Alpha'), aliases: ['A'] }), base, entry('a', 'Alpha'));
    expect(edits).toEqual(NO_EDITS);
  });

  it('appends added entries and deletes default ones by id', () => {
    let edits = saveEntry(NO_EDITS, base, entry('c', 'Gamma'));
    edits = deleteEntry(edits, base, 'a');
    expect(applyEdits(base, edits).entries.map((e) => e.id)).toEqual(['b', 'c']);
    edits = deleteEntry(edits, base, 'c');
    expect(applyEdits(base, edits).entries.map((e) => e.id)).toEqual(['b']);
    expect(edits.upserts).toEqual({});
  });

  it('orders added entries by id, whatever order storage returns them in', () => {
    const one = saveEntry(saveEntry(NO_EDITS, base, entry('zeta', 'Z')), base, entry('gamma', 'G'));
    const other = saveEntry(saveEntry(NO_EDITS, base, entry('gamma', 'G')), base, entry('zeta', 'Z'));
    expect(applyEdits(base, one).entries.map((e) => e.id)).toEqual(['a', 'b', 'gamma', 'zeta']);
    expect(applyEdits(base, other).entries.map((e) => e.id)).toEqual(['a', 'b', 'gamma', 'zeta']);
  });

  it('renames an id by deleting the old one', () => {
    const edits = saveEntry(NO_EDITS, base, entry('alpha', 'Alpha'), 'a');
    expect(applyEdits(base, edits).entries.map((e) => e.id)).toEqual(['b', 'alpha']);
  });

  it('keeps edits when the default glossary is updated', () => {
    const edits = saveEntry(NO_EDITS, base, { ...entry('b', 'Beta'), aliases: ['B-Mine'] });
    const updated: Glossary = { ...base, version: 2, entries: [...base.entries, entry('d', 'Delta')] };
    const merged = applyEdits(updated, edits);
    expect(merged.entries.map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(merged.entries[1]!.aliases).toEqual(['B-Mine']);
  });
});
