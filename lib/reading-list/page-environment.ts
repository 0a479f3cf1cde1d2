/**
 * What an extension page (popup, library) hands the reading list's components: the store over
 * the shared database, what rows are drawn with (./page-view), and opening a story in a tab.
 */
import { browser } from 'wxt/browser';
import type { ReadingListEnvironment } from '@/components/reading-list/context';
import { getDatabase } from '../db/database';
import { createPageView } from './page-view';
import { createReadingListStore, type StoreOptions } from './store';

export function createPageEnvironment(options: StoreOptions = {}): ReadingListEnvironment {
  // The first screen is kept in this origin's localStorage so the next opening paints it at once.
  const store = createReadingListStore(getDatabase(), {
    firstScreenStorage: globalThis.localStorage,
    ...options,
  });
  return {
    store,
    ...createPageView(),
    openStory: (url) => void browser.tabs.create({ url }),
  };
}

/** Opens the library page in a tab (from the popup). */
export function openLibrary(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/library.html' as never) });
}
