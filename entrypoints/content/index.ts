import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentSession } from '@/lib/highlight/content-session';
import { NEWS_SITE_MATCHES } from '@/lib/sites/news-sites';

// Injected again (Save this page, Run Brightside on this site) into a page that has it: one is enough.
const RUNNING = Symbol.for('brightside.content-script');

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  // From the start of parsing: the settings are read meanwhile, and the stories are found and
  // marked at DOMContentLoaded itself. A document_end script runs only once the tasks queued
  // behind DOMContentLoaded are done (on a large page, the first layout and every frame's commit:
  // most of a second).
  runAt: 'document_start',
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
