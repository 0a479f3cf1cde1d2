import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/lib/messaging/send-message';
import { LIMITS } from '@/lib/sharing/limits';
import { SHARE_VIEWER_MATCHES, sharedListFragment } from '@/lib/sharing/publish-address';

// At the standalone viewer's address, readers who have Brightside get its own viewer (with "Add to
// my Brightside") instead. This script reads the address only, never the page's content.
export default defineContentScript({
  matches: SHARE_VIEWER_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const handOver = () => {
      const fragment = sharedListFragment(location.href, LIMITS.linkChars);
      if (!fragment) return;
      sendMessage('openSharedList', { fragment }).catch((error: unknown) => {
        if (!ctx.isInvalid) console.debug('Brightside: share link not handed over:', error);
      });
    };
    handOver();
    // Another link pasted into the same tab changes only the fragment.
    ctx.addEventListener(window, 'hashchange', handOver);
  },
});
