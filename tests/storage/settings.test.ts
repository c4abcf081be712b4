import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../src/storage/settings';

describe('settings', () => {
  it('fills in defaults and keeps valid values', () => {
    expect(sanitizeSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ scope: 'page' })).toEqual({ ...DEFAULT_SETTINGS, scope: 'page' });
  });

  it('ignores malformed values instead of failing', () => {
    expect(sanitizeSettings({ scope: 'everything', fuzzyThreshold: 7 })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });
});
