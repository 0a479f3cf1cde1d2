import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  migrateSettings,
  mutedWordMatcher,
  SETTINGS_VERSION,
} from '@/lib/settings/settings';
import {
  loadSettings,
  SETTINGS_KEY,
  updateSettings,
  watchSettings,
} from '@/lib/settings/settings-store';

describe('migrateSettings', () => {
  test('nothing stored reads as the defaults', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  test('version 1 settings migrate to the current version, keeping what the reader chose', () => {
    const v1 = {
      version: 1,
      sensitivity: 'strict',
      highlight: false,
      sites: ['Blog.Example.org', 'https://www.local-paper.example/news/today', 'not a host'],
    };
    expect(migrateSettings(v1)).toEqual({
      version: SETTINGS_VERSION,
      sensitivity: 'strict',
      highlightStyle: 'badge',
      focusMode: false,
      mutedWords: [],
      extraSites: ['blog.example.org', 'www.local-paper.example'],
      disabledSites: [],
    });
    expect(migrateSettings({ version: 1, highlight: true }).highlightStyle).toBe('glow');
  });

  test('an invalid field falls back to its default alone', () => {
    const settings = migrateSettings({
      version: 2,
      sensitivity: 'extreme',
      highlightStyle: 'underline',
      focusMode: 'yes',
      mutedWords: ['  Election ', 'election', ''],
    });
    expect(settings).toMatchObject({
      sensitivity: 'balanced',
      highlightStyle: 'underline',
      focusMode: false,
      mutedWords: ['election'],
    });
  });

  test('settings from a newer version keep the fields this version knows', () => {
    expect(migrateSettings({ version: 9, sensitivity: 'generous', future: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'generous',
    });
  });
});

describe('applySettingsPatch', () => {
  test('applies a valid change and refuses an invalid one with a clear error', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { focusMode: true, sensitivity: 'strict' });
    expect(next).toMatchObject({ focusMode: true, sensitivity: 'strict', highlightStyle: 'glow' });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { highlightStyle: 'blink' })).toThrow(
      /Invalid settings at highlightStyle/,
    );
  });
});

describe('mutedWordMatcher', () => {
  test('matches whole words in any case, never parts of words', () => {
    const muted = mutedWordMatcher(['royal', 'world cup']);
    expect(muted('Royal baby born')).toBe(true);
    expect(muted('Fans cheer as the World Cup trophy arrives')).toBe(true);
    expect(muted('Royalty-free music for schools')).toBe(false);
    expect(mutedWordMatcher([])('anything')).toBe(false);
  });
});

describe('settings store', () => {
  test('stores changes in storage.local and tells watchers, until their signal ends', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings.focusMode), controller.signal);
    await updateSettings({ focusMode: true });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      version: SETTINGS_VERSION,
      focusMode: true,
    });
    expect(seen).toEqual([true]);
    controller.abort();
    await updateSettings({ focusMode: false });
    expect(seen).toEqual([true]);
    expect((await loadSettings()).focusMode).toBe(false);
  });
});
