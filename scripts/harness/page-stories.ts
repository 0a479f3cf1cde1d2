import type { Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { Envelope, PageStory, Reply } from '../../lib/messaging/protocol';

// The callback below runs in the extension's service worker, where `chrome` is the API.
declare const chrome: typeof browser;

/**
 * Asks the content script of the tab showing `page` which stories it found, through the extension's
 * own protocol (the service worker sends `getPageStories` to that tab).
 */
export async function pageStories(worker: Worker, page: Page): Promise<PageStory[]> {
  await page.waitForSelector('[data-brightside]', { timeout: 10_000 }).catch(() => undefined);
  const envelope: Envelope<'getPageStories'> = { brightside: 1, type: 'getPageStories', data: {} };
  // Tab URLs are hidden from an extension without the `tabs` permission: find it as the active tab.
  await page.bringToFront();
  const reply = await worker.evaluate(async (envelope) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { ok: false, error: 'No active tab' };
    return chrome.tabs.sendMessage(tab.id, envelope);
  }, envelope);
  const answer = reply as Reply<{ stories: PageStory[] }> | undefined;
  if (!answer) throw new Error('Brightside is not running on this page');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value.stories;
}
