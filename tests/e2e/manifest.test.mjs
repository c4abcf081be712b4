/**
 * The built manifests ask for no more than the features need, and each browser gets only the keys
 * it knows: Chrome opts into structured-clone messaging, Firefox (which always clones) does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/fixture-server.mjs';

const manifest = (dir) => JSON.parse(readFileSync(join(repoRoot, '.output', dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  it("firefox-mv2: storage is the only permission; pages come from the content script's news sites", () => {
    const m = manifest('firefox-mv2');
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts[0].matches.length).toBeGreaterThan(10);
    expect(m.content_scripts[0].matches.every((p) => p.startsWith('*://') && !p.includes('<all_urls>'))).toBe(true);
  });

  // Chromium starts no content script in the pages open when the extension is installed or
  // updated: the background does, with `scripting` and access to those same news sites, no others.
  it("chrome-mv3: storage and scripting, and host access to the content script's news sites only", () => {
    const m = manifest('chrome-mv3');
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect([...m.host_permissions].sort()).toEqual([...m.content_scripts[0].matches].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts[0].matches.length).toBeGreaterThan(10);
    expect(m.content_scripts[0].matches.every((p) => p.startsWith('*://') && !p.includes('<all_urls>'))).toBe(true);
  });

  it('chrome-mv3 sends messages as structured clones; firefox-mv2 has no such key', () => {
    expect(manifest('chrome-mv3').message_serialization).toBe('structured_clone');
    expect(manifest('firefox-mv2')).not.toHaveProperty('message_serialization');
  });
});
