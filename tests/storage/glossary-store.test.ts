import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from '../../src/glossary/default-glossary';
import { glossaryEdits, loadGlossaryChecked, sanitizeEdits, saveEdits, unreadableEdits, watchGlossary } from '../../src/storage/glossary-store';
import type { Glossary } from '../../src/glossary/types';

describe('glossary store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the default glossary', async () => {
    expect((await loadGlossaryChecked()).glossary.entries.length).toBe(DEFAULT_GLOSSARY.entries.length);
  });

  it('applies stored edits and tells watchers', async () => {
    const seen: Glossary[] = [];
    const unwatch = watchGlossary((g) => seen.push(g));
    const planet = DEFAULT_GLOSSARY.entries.find((e) => e.id === 'planet-labs')!;
    await glossaryEdits.setValue({ upserts: { 'planet-labs': { ...planet, description: { de: 'Neu', en: 'New' } } }, deleted: ['cnn'] });
    const { glossary: g } = await loadGlossaryChecked();
    expect(g.entries.find((e) => e.id === 'planet-labs')!.description.de).toBe('Neu');
    expect(g.entries.some((e) => e.id === 'cnn')).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)?.entries.find((e) => e.id === 'planet-labs')!.description.de).toBe('Neu');
    unwatch();
  });

  it('ignores invalid stored entries without deleting them from storage', async () => {
    const bad = { upserts: { evil: { id: 'evil', name: 'x', sources: [{ url: 'javascript:1' }] } }, deleted: [] };
    await fakeBrowser.storage.local.set({ glossaryEdits: bad });
    const checked = await loadGlossaryChecked();
    expect(checked.glossary.entries.some((e) => e.id === 'evil')).toBe(false);
    expect(checked.ignored).toBe(1);
    expect((await fakeBrowser.storage.local.get('glossaryEdits')).glossaryEdits).toEqual(bad);
  });

  it('keeps the stored entries it cannot read when the reader saves', async () => {
    const planet = DEFAULT_GLOSSARY.entries.find((e) => e.id === 'planet-labs')!;
    const unreadable = { id: 'long', name: 'Long', aliases: ['a'.repeat(201)] };
    const replaced = { id: 'mine', name: 'broken' };
    await fakeBrowser.storage.local.set({ glossaryEdits: { upserts: { long: unreadable, mine: replaced }, deleted: [] } });
    const mine = { ...planet, id: 'mine', name: 'Mine', aliases: [] };
    await saveEdits({ upserts: { 'planet-labs': { ...planet, description: { de: 'Neu', en: 'New' } }, mine }, deleted: ['cnn'] });
    const value = (await fakeBrowser.storage.local.get('glossaryEdits')).glossaryEdits as { upserts: Record<string, unknown>; deleted: string[] };
    // The unreadable entry stays as it was; an entry the reader saved under the id of another replaces it.
    expect(value.upserts.long).toEqual(unreadable);
    expect(value.upserts.mine).toEqual(mine);
    expect(Object.keys(value.upserts).sort()).toEqual(['long', 'mine', 'planet-labs']);
    expect(value.deleted).toEqual(['cnn']);
    expect((await loadGlossaryChecked()).ignored).toBe(1);
  });

  it('keeps a stored value it cannot read at all aside before replacing it', async () => {
    await fakeBrowser.storage.local.set({ glossaryEdits: 'garbage' });
    await saveEdits({ upserts: {}, deleted: ['cnn'] });
    expect(await unreadableEdits.getValue()).toBe('garbage');
    expect(await glossaryEdits.getValue()).toEqual({ upserts: {}, deleted: ['cnn'] });
  });

  it('reads, counts and keeps entries under any key, and a deleted list with a damaged id', async () => {
    const planet = DEFAULT_GLOSSARY.entries.find((e) => e.id === 'planet-labs')!;
    const stored = JSON.parse('{"upserts":{"prototype":{"id":"prototype"},"__proto__":{"id":"x"}},"deleted":["cnn",7]}');
    await fakeBrowser.storage.local.set({ glossaryEdits: stored });
    const checked = await loadGlossaryChecked();
    // Three things could not be read (two entries, one id), and the rest still counts.
    expect(checked.ignored).toBe(3);
    expect(checked.glossary.entries.some((e) => e.id === 'cnn')).toBe(false);
    await saveEdits({ upserts: { 'planet-labs': { ...planet, description: { de: 'Neu', en: 'New' } } }, deleted: ['cnn'] });
    const value = (await fakeBrowser.storage.local.get('glossaryEdits')).glossaryEdits as { upserts: Record<string, unknown>; deleted: unknown[] };
    expect(Object.keys(value.upserts).sort()).toEqual(['__proto__', 'planet-labs', 'prototype']);
    expect(value.deleted).toEqual(['cnn', 7]);
  });

  it('treats a value of the wrong shape as no edits', () => {
    expect(sanitizeEdits('garbage')).toEqual({ edits: { upserts: {}, deleted: [] }, dropped: 1 });
    expect(sanitizeEdits(null).dropped).toBe(1);
  });
});
