/**
 * The popup's first screen, painted from the snapshot kept in localStorage while the popup's
 * modules (Preact, the store, Dexie) still load: a classic script the popup page runs as soon as
 * it is parsed (extension pages allow no inline script). The app replaces what it drew when it
 * renders (see ./popup/app.tsx), and the store then replaces the snapshot with the live list.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirstScreen } from '@/components/popup/paint-first-screen';
import { warmDatabase } from '@/lib/db/warm-database';
import { FIRST_SCREEN_ID, LIST_SHOWN_MARK, readFirstScreen } from '@/lib/reading-list/first-screen';
import { createPageView } from '@/lib/reading-list/page-view';

export default defineUnlistedScript(() => {
  const root = document.getElementById(FIRST_SCREEN_ID);
  const stories = readFirstScreen(globalThis.localStorage);
  if (!root || !stories?.length) return;
  // The store reads the live rows as soon as the app has loaded: have the database ready for it.
  warmDatabase();
  paintFirstScreen(root, stories, createPageView());
  requestAnimationFrame(() => performance.mark(LIST_SHOWN_MARK));
});
