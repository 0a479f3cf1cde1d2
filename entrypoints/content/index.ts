import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scoreUplift } from '@/lib/classifier';
import { detectStories } from '@/lib/detection';
import { markStories, type ScoredStory } from '@/lib/highlight/mark-stories';
import { handleMessage } from '@/lib/messaging/handle-messages';
import { sendMessage } from '@/lib/messaging/send-message';
import { NEWS_SITE_MATCHES } from '@/lib/sites/news-sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const scored: ScoredStory[] = detectStories(document, location.href).map((story) => ({
      story,
      result: scoreUplift({
        headline: story.title,
        ...(story.teaser ? { teaser: story.teaser } : {}),
      }),
    }));

    const onMessage = (message: unknown, sender: Parameters<typeof handleMessage>[1]) =>
      handleMessage(
        message,
        sender,
        {
          getPageStories: async () => ({
            stories: scored.map(({ story, result }) => ({
              title: story.title,
              url: story.url,
              score: result.score,
              uplifting: result.uplifting,
              cues: result.cues,
              category: result.category,
            })),
          }),
        },
        browser.runtime.id,
      );
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const { saved } = await sendMessage('getSavedUrls', {
      urls: scored.map(({ story }) => story.url),
    });
    if (ctx.isInvalid) return;
    const savedUrls = new Set(saved);
    markStories(
      scored,
      {
        isSaved: (url) => savedUrls.has(url),
        async onSave({ story, result }) {
          await sendMessage('saveStory', {
            story: {
              url: story.url,
              title: story.title,
              ...(story.teaser ? { teaser: story.teaser } : {}),
              siteName: location.hostname.replace(/^www\./, ''),
              score: result.score,
              category: result.category,
              cues: result.cues,
            },
          });
          savedUrls.add(story.url);
        },
      },
      ctx.signal,
    );
  },
});
