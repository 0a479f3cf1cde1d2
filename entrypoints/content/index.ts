import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentSession } from '@/lib/highlight/content-session';
import { NEWS_SITE_MATCHES } from '@/lib/sites/news-sites';

// Injected again (Save this page, Run Brightside on this site) into a page that has it: one is enough.
const RUNNING = Symbol.for('brightside.content-script');

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  // At DOMContentLoaded: marks appear with the page, not after its scripts and images settle.
  runAt: 'document_end',
  main(ctx) {
    const scope = globalThis as typeof globalThis & { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => delete scope[RUNNING]);
    runContentSession(ctx.signal).catch((error: unknown) => {
      // An update or removal mid-start is expected; anything else is worth a quiet note.
      if (!ctx.isInvalid) console.debug('Brightside: content script stopped:', error);
    });
  },
});
