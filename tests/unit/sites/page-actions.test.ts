/**
 * Which tab the popup acts on. Chromium tells no tab's URL to an extension without the "tabs"
 * permission, its own pages included: the tabs here are made as Chromium reports them.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { targetTab } from '@/lib/sites/page-actions';

let windowId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  windowId = (await fakeBrowser.windows.create({ focused: true }))!.id!;
});

const openTab = (url?: string) => fakeBrowser.tabs.create({ windowId, url, active: true });

describe('the tab the popup acts on', () => {
  test('as a popup: the active tab of its window', async () => {
    await openTab('https://news.example.org/');
    const page = await openTab('https://www.bbc.com/news');
    // A real popup is in no tab.
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(async () => undefined);
    expect((await targetTab())?.id).toBe(page.id);
  });

  test('opened as a tab, its own URL untold: the web page used just before it', async () => {
    const page = await openTab('https://news.example.org/');
    const popup = await openTab();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(async () => popup);
    expect((await targetTab())?.id).toBe(page.id);
  });

  test('opened as a tab, with its URL told: the same', async () => {
    const page = await openTab('https://news.example.org/');
    const popup = await openTab(fakeBrowser.runtime.getURL('/popup.html'));
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(async () => popup);
    expect((await targetTab())?.id).toBe(page.id);
  });
});
