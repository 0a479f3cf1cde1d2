import { defineContentScript } from 'wxt/utils/define-content-script';
import { scoreUplift } from '@/lib/classifier';
import { detectStories } from '@/lib/detection';
import { markStories, type ScoredStory } from '@/lib/highlight/mark-stories';
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
