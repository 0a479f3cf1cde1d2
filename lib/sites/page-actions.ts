/**
 * The popup's page actions as a signal store: which tab the popup is about, "Save this page",
 * and "Run Brightside on this site" (asks the site's permission, then has the background register
 * the content script). The Preact view (components/PageActions) only gets props and callbacks.
 */
import { signal } from '@preact/signals';
import { browser, type Browser } from 'wxt/browser';
import type { PageActionsState } from '@/components/PageActions';
import { sendMessage } from '../messaging/send-message';
import { loadSettings } from '../settings/settings-store';
import { isBuiltInSite, isSiteEnabled } from './news-sites';
import { hasSitePermission } from './site-access';
import { hostMatchPatterns, pageHost } from './site-host';

/**
 * The tab the popup acts on: the active tab of the window the popup belongs to; when the popup is
 * itself a tab (opened from the extension's pages), the tab used just before it.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  // The popup's own tab, when it is one: known by its id, as Chromium tells no tab's URL without
  // the "tabs" permission, not even of the extension's own pages.
  const popupTab = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  const isOwn = (tab: Browser.tabs.Tab) => tab.id === popupTab?.id || tab.url?.startsWith(own);
  if (active && !isOwn(active)) return active;
  const tabs = await browser.tabs.query({ currentWindow: true });
  return tabs
    .filter((tab) => tab.id !== active?.id && !isOwn(tab))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export function createPageActions() {
  const state = signal<PageActionsState>({ kind: 'loading' });
  let tab: Browser.tabs.Tab | undefined;

  const ready = (patch: Partial<Extract<PageActionsState, { kind: 'ready' }>>) => {
    if (state.value.kind === 'ready') state.value = { ...state.value, ...patch };
  };

  async function load() {
    tab = await targetTab();
    if (tab?.id === undefined || (tab.url && !pageHost(tab.url))) {
      state.value = { kind: 'unavailable' };
      return;
    }
    const host = pageHost(tab.url);
    const settings = await loadSettings();
    const siteEnabled =
      host !== null &&
      isSiteEnabled(host, settings) &&
      (isBuiltInSite(host) || (await hasSitePermission(host)));
    state.value = { kind: 'ready', host, siteEnabled, busy: null, status: null };
  }

  async function savePage() {
    if (tab?.id === undefined) return;
    ready({ busy: 'save', status: null });
    try {
      const saved = await sendMessage('savePage', { tabId: tab.id });
      ready({
        busy: null,
        status: { kind: saved.created ? 'saved' : 'alreadySaved', value: saved.title },
      });
    } catch (error) {
      ready({ busy: null, status: { kind: 'notSaved', value: messageOf(error) } });
    }
  }

  async function enableSite() {
    const current = state.value;
    if (current.kind !== 'ready' || !current.host || tab?.id === undefined) return;
    const { host } = current;
    // Asked first, inside the click: the browser only shows the request for a user gesture.
    const asking = browser.permissions.request({ origins: hostMatchPatterns(host) });
    ready({ busy: 'enable', status: null });
    try {
      if (!(await asking)) {
        ready({ busy: null, status: { kind: 'notAllowed', value: host } });
        return;
      }
      await sendMessage('enableSite', { host, tabId: tab.id });
      ready({ busy: null, siteEnabled: true, status: { kind: 'enabled', value: host } });
    } catch (error) {
      ready({ busy: null, status: { kind: 'enableFailed', value: messageOf(error) } });
    }
  }

  load().catch(() => (state.value = { kind: 'unavailable' }));
  return { state, savePage, enableSite };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
