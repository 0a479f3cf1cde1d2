/**
 * The page layer's words, asked of the background once per page rather than read with
 * `i18n.getMessage` in the page. A content script's first `getMessage` brings the extension's
 * whole catalogue into the page's renderer through a synchronous call to the browser: 2-3 ms of
 * the page's main thread, on every news page, while the background has the catalogue already.
 * The question goes out as soon as the settings say the page is one Brightside marks, while the
 * page is still being parsed, so the answer is there before the first badge is made.
 */
import type { MessageKey, Translate } from '../i18n/translate';

export type PageStringTable = Partial<Record<MessageKey, string>>;

export interface PageStrings {
  /** Asks for the strings (once); resolves when they are here, or the question failed. */
  load(): Promise<void>;
  /** The strings once loaded; before that, and for words with substitutions, `fallback`. */
  t: Translate;
}

export function pageStrings(ask: () => Promise<PageStringTable>, fallback: Translate): PageStrings {
  let table: PageStringTable = {};
  let loading: Promise<void> | undefined;
  return {
    load: () =>
      (loading ??= ask().then(
        (strings) => {
          table = strings;
        },
        // The browser's own lookup still answers every word.
        () => {},
      )),
    t: (key, ...substitutions) => {
      const known = substitutions.length === 0 && Object.hasOwn(table, key) ? table[key] : null;
      return typeof known === 'string' ? known : fallback(key, ...substitutions);
    },
  };
}
