import { describe, expect, test, vi } from 'vitest';
import catalogue from '@/public/_locales/en/messages.json';
import { PAGE_STRING_KEYS } from '@/lib/highlight/page-string-keys';
import { pageStrings, type PageStringTable } from '@/lib/highlight/page-strings';
import type { Translate } from '@/lib/i18n/translate';
import { english } from '../../support/english';

const fromBrowser = vi.fn<Translate>((key, ...substitutions) => english(key, ...substitutions));

describe('pageStrings', () => {
  test('every word the page layer asks for is in the catalogue', () => {
    const missing = PAGE_STRING_KEYS.filter((key) => !Object.hasOwn(catalogue, key));
    expect(missing).toEqual([]);
    expect(new Set(PAGE_STRING_KEYS).size).toBe(PAGE_STRING_KEYS.length);
  });

  test('once loaded, plain words come from the table and the browser is not asked', async () => {
    fromBrowser.mockClear();
    const ask = vi.fn(async (): Promise<PageStringTable> => ({ badgeSave: 'Speichern' }));
    const strings = pageStrings(ask, fromBrowser);
    await Promise.all([strings.load(), strings.load()]);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(strings.t('badgeSave')).toBe('Speichern');
    expect(fromBrowser).not.toHaveBeenCalled();
  });

  test('words with substitutions, words not in the table and words before loading come from the browser', async () => {
    fromBrowser.mockClear();
    const strings = pageStrings(async () => ({ badgeSave: 'Speichern' }), fromBrowser);
    expect(strings.t('badgeSave')).toBe('Save');
    await strings.load();
    expect(strings.t('toastSavedTitle', 'A kind act')).toBe('Saved to Brightside: A kind act');
    expect(strings.t('badgeWhy')).toBe(english('badgeWhy'));
    expect(fromBrowser).toHaveBeenCalledTimes(3);
  });

  test('a failed question leaves every word to the browser', async () => {
    const strings = pageStrings(async () => {
      throw new Error('Extension context invalidated.');
    }, english);
    await expect(strings.load()).resolves.toBeUndefined();
    expect(strings.t('badgeSave')).toBe('Save');
  });

  test('an answer that is not a string is not shown', async () => {
    const strings = pageStrings(
      async () => ({ badgeSave: 42, badgeWhy: null }) as unknown as PageStringTable,
      english,
    );
    await strings.load();
    expect([strings.t('badgeSave'), strings.t('badgeWhy')]).toEqual(['Save', english('badgeWhy')]);
  });

  test('a key the table holds only on its prototype is not taken from it', async () => {
    const strings = pageStrings(
      async () => Object.create({ badgeSave: 'inherited' }) as PageStringTable,
      english,
    );
    await strings.load();
    expect(strings.t('badgeSave')).toBe('Save');
  });
});
