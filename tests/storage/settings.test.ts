import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_FUZZY_THRESHOLD, sanitizeSettings } from '../../src/storage/settings';

describe('settings', () => {
  it('fills in defaults and keeps valid values', () => {
    expect(sanitizeSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ scope: 'page' })).toEqual({ ...DEFAULT_SETTINGS, scope: 'page' });
  });

  it('ignores malformed values instead of failing', () => {
    expect(sanitizeSettings({ scope: 'everything', fuzzyThreshold: 7 })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the readable settings beside one that is not', () => {
    expect(sanitizeSettings({ scope: 'page', includeCode: true, fuzzyThreshold: 7 })).toEqual({ ...DEFAULT_SETTINGS, scope: 'page', includeCode: true });
    // More tolerance than the slider offers (an earlier version kept up to 0.6) is taken as its end.
    expect(sanitizeSettings({ fuzzyThreshold: 0.6 }).fuzzyThreshold).toBe(MAX_FUZZY_THRESHOLD);
    expect(sanitizeSettings({ scope: 'page', fuzzyThreshold: MAX_FUZZY_THRESHOLD })).toEqual({ ...DEFAULT_SETTINGS, scope: 'page', fuzzyThreshold: MAX_FUZZY_THRESHOLD });
  });
});
