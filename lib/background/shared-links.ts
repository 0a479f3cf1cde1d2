/**
 * Share links opened at the standalone viewer's address, for readers who have Brightside: the
 * content script there hands over the link's fragment, and the tab opens the extension's own
 * viewer instead, with "Add to my Brightside". No request is made; the fragment is checked here
 * again and parsed by the viewer as any share link is.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/handle-messages';
import { LIMITS } from '../sharing/limits';
import { SHARE_VIEWER_URL, sharedListFragment } from '../sharing/publish-address';

export const openSharedList: Handlers['openSharedList'] = async ({ fragment }, sender) => {
  const tabId = sender.tab?.id;
  // Only the top frame of a page at the viewer's address speaks for its tab.
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { opened: false };
  if (!(sender.url ?? '').startsWith(SHARE_VIEWER_URL)) return { opened: false };
  const checked = sharedListFragment(`${SHARE_VIEWER_URL}#${fragment}`, LIMITS.linkChars);
  if (!checked) return { opened: false };
  await browser.tabs.update(tabId, { url: `${browser.runtime.getURL('/share.html')}#${checked}` });
  return { opened: true };
};
