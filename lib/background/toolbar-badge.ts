/** The toolbar badge: how many uplifting stories the current tab shows. */
import { browser } from 'wxt/browser';

// Firefox's MV2 build has browserAction; MV3 has action.
function action() {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

export async function showUpliftingCount(tabId: number, count: number): Promise<void> {
  const badge = action();
  if (!badge) return;
  await badge.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await badge.setBadgeBackgroundColor({ tabId, color: '#b27b00' });
  await badge.setTitle({
    tabId,
    title:
      count > 0
        ? `Brightside: ${count} uplifting ${count === 1 ? 'story' : 'stories'} here`
        : 'Brightside',
  });
}

/** A tab that starts loading a new page has no count until its content script reports one. */
export function clearCountOnNavigation(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url)
      void showUpliftingCount(tabId, 0).catch(() => {});
  });
}
