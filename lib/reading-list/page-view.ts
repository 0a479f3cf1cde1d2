/**
 * What the reading list's rows need from an extension page to be drawn, without the store:
 * strings from `_locales`, the reader's language, favicons from the browser's cache, the clock.
 * Kept apart from the store so the popup's first-screen script can draw rows without Dexie.
 */
import { browser } from 'wxt/browser';
import type { ReadingListEnvironment } from '@/components/reading-list/context';
import { createTranslate } from '../i18n/translate';

export type PageView = Pick<ReadingListEnvironment, 't' | 'locale' | 'faviconUrl' | 'now'>;

export function createPageView(): PageView {
  return {
    t: createTranslate((key, substitutions) =>
      browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
    ),
    locale: browser.i18n.getUILanguage(),
    faviconUrl: faviconSource(),
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
