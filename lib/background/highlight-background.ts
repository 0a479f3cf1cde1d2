/**
 * The background's part of highlighting and saving: message handlers, the context menu, the
 * keyboard shortcut, the toolbar badge and the registration of added sites. The background
 * entrypoint only connects these.
 */
import { browser } from 'wxt/browser';
import { scoreUplift, THRESHOLDS } from '../classifier';
import type { Sensitivity } from '../classifier/types';
import type { BrightsideDatabase } from '../db/database';
import { recordFeedback } from '../db/feedback';
import { browserTranslate as t } from '../i18n/browser-translate';
import type { Handlers } from '../messaging/handle-messages';
import { PAGE_STRING_KEYS } from '../highlight/page-string-keys';
import type { StoryScore } from '../messaging/protocol';
import { SETTINGS_KEY } from '../settings/settings-store';
import { enableSite, syncSiteRegistration } from '../sites/site-access';
import { addStoryToList, listsForCard } from './card-lists';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { savePage } from './page-saver';
import { clearCountOnNavigation, showUpliftingCount } from './toolbar-badge';

export const SAVE_PAGE_COMMAND = 'save-page';

type HighlightHandlers = Pick<
  Handlers,
  | 'savePage'
  | 'reportPageStories'
  | 'giveFeedback'
  | 'getLists'
  | 'addToList'
  | 'enableSite'
  | 'scoreStories'
  | 'getPageStrings'
>;

export function highlightHandlers(db: BrightsideDatabase): HighlightHandlers {
  return {
    savePage: ({ tabId }) => savePage(db, tabId),
    async reportPageStories({ uplifting }, sender) {
      const tabId = sender.tab?.id;
      // Only the page's top frame speaks for the tab.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { shown: false };
      await showUpliftingCount(tabId, uplifting);
      return { shown: true };
    },
    giveFeedback: ({ url, verdict }) => recordFeedback(db, url, verdict),
    getLists: () => listsForCard(db),
    addToList: ({ listId, story }) => addStoryToList(db, listId, story),
    enableSite: ({ host, tabId }) => enableSite(host, tabId),
    // The classifier runs here, off the page's main thread: pages send their stories in batches.
    async scoreStories({ stories, sensitivity }) {
      return {
        threshold: THRESHOLDS[sensitivity],
        results: stories.map((story) => scoreStory(story, sensitivity)),
      };
    },
    async getPageStrings() {
      return { strings: Object.fromEntries(PAGE_STRING_KEYS.map((key) => [key, t(key)])) };
    },
  };
}

/**
 * One story's verdict for a page. Cues are read for uplifting stories only: they are the "why?"
 * of a badge, and only an uplifting story has one. Reading them takes a second, recording pass
 * that cost three times the verdict itself (cnn.com/opinions: 116 stories, 16-23 ms against 5 ms
 * in Node), and the page waits for the whole batch.
 */
export function scoreStory(
  story: { headline: string; teaser?: string },
  sensitivity: Sensitivity,
): StoryScore {
  // `cues` and `category` are getters that compute on first read: not read, not computed.
  const result = scoreUplift(story, { sensitivity });
  const { score, uplifting } = result;
  return uplifting
    ? { score, uplifting, cues: result.cues, category: result.category }
    : { score, uplifting, cues: [], category: null };
}

/** The keyboard shortcut's listener body: saves the tab it was pressed in. */
export async function onCommand(
  db: BrightsideDatabase,
  command: string,
  tab: { id?: number } | undefined,
) {
  if (command !== SAVE_PAGE_COMMAND) return null;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  return savePage(db, tabId);
}

/** Starts the listeners; each logs its failure instead of failing silently. */
export function startHighlightBackground(db: BrightsideDatabase): void {
  const report = (what: string) => (error: unknown) =>
    console.warn(`Brightside: ${what} failed:`, error instanceof Error ? error.message : error);

  createContextMenu().catch(report('context menu'));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onContextMenuClick(db, info, tab).catch(report('Save link'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    onCommand(db, command, tab).catch(report('Save this page'));
  });
  clearCountOnNavigation();

  syncSiteRegistration().catch(report('site registration'));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      syncSiteRegistration().catch(report('site registration'));
    }
  });
  browser.permissions.onRemoved.addListener(() => {
    syncSiteRegistration().catch(report('site registration'));
  });
}
