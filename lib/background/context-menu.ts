/** "Save link to Brightside" on any link, in the browser's context menu. */
import { browser, type Browser } from 'wxt/browser';
import type { BrightsideDatabase } from '../db/database';
import { saveLink } from './page-saver';

export const SAVE_LINK_MENU_ID = 'brightside-save-link';

export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SAVE_LINK_MENU_ID,
    title: browser.i18n.getMessage('saveLinkMenu') || 'Save link to Brightside',
    contexts: ['link'],
  });
}

/** What the menu's click listener runs. */
export async function onContextMenuClick(
  db: BrightsideDatabase,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  if (info.menuItemId !== SAVE_LINK_MENU_ID || !info.linkUrl) return null;
  // Firefox says the link's text; Chromium does not, so the page is asked.
  const text = (info as { linkText?: string }).linkText ?? info.selectionText;
  return saveLink(db, { url: info.linkUrl, text }, tab);
}
