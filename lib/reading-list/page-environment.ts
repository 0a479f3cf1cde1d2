/**
 * What an extension page (popup, library) hands the reading list's components: the store over
 * the shared database, strings from `_locales`, the reader's language, favicons from the
 * browser's cache, and opening a story in a tab.
 */
import { browser } from 'wxt/browser';
import type { ReadingListEnvironment } from '@/components/reading-list/context';
import { getDatabase } from '../db/database';
import { createTranslate } from '../i18n/translate';
import { createReadingListStore, type StoreOptions } from './store';

export function createPageEnvironment(options: StoreOptions = {}): ReadingListEnvironment {
  // The first screen is kept in this origin's localStorage so the next opening paints it at once.
  const store = createReadingListStore(getDatabase(), {
    firstScreenStorage: globalThis.localStorage,
    ...options,
  });
  return {
    store,
    t: createTranslate((key, substitutions) =>
      browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
    ),
    locale: browser.i18n.getUILanguage(),
    faviconUrl: faviconSource(),
    openStory: (url) => void browser.tabs.create({ url }),
    now: Date.now,
  };
}

/**
 * Chrome serves icons of visited sites from its own cache at `_favicon/` when the extension has
 * the "favicon" permission: no request leaves the device. Elsewhere, a letter mark.
 */
function faviconSource(): (pageUrl: string) => string | null {
  const permissions = browser.runtime.getManifest().permissions ?? [];
  if (!permissions.includes('favicon' as never)) return () => null;
  const base = browser.runtime.getURL('/_favicon/' as never);
  // One icon per site (its home page), so the browser serves each from memory after the first.
  return (pageUrl) => {
    let site = pageUrl;
    try {
      site = new URL(pageUrl).origin;
    } catch {
      // Not a URL: ask for it as is; the browser answers with its default icon.
    }
    return `${base}?pageUrl=${encodeURIComponent(site)}&size=32`;
  };
}

/** Opens the library page in a tab (from the popup). */
export function openLibrary(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/library.html' as never) });
}
