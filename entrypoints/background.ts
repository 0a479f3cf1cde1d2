import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '@/lib/db/database';
import { savedAmong, saveStory } from '@/lib/db/stories';
import { handleMessage, type Handlers } from '@/lib/messaging/handle-messages';
import { normalizeStoryUrl } from '@/lib/detection/story-url';
import { highlightHandlers, startHighlightBackground } from '@/lib/background/highlight-background';
import { openSharedList } from '@/lib/background/shared-links';

export default defineBackground(() => {
  const db = getDatabase();
  // Everything but what a tab answers itself.
  const handlers: Omit<
    Handlers,
    'getPageStories' | 'getPageArticle' | 'getLinkTitle' | 'showSaved'
  > = {
    ...highlightHandlers(db),
    openSharedList,
    saveStory: ({ story }) => saveStory(db, story),
    async getSavedUrls({ urls }) {
      const normalised = urls.map((url) => normalizeStoryUrl(url)).filter((url) => url !== null);
      return { saved: await savedAmong(db, normalised) };
    },
  };
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, handlers, browser.runtime.id),
  );
  startHighlightBackground(db);
});
