/**
 * Sites beyond the built-in list: the reader grants a site's permission (optional host
 * permission, asked from the popup or the options page), and the content script is registered
 * for it, persistently. The registration always follows the settings and the granted permissions.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/settings';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { hostMatchPatterns, normalizeSiteHost } from './site-host';
import { CONTENT_SCRIPT_FILE, isBuiltInSite } from './news-sites';

export const EXTRA_SITES_SCRIPT_ID = 'brightside-extra-sites';

export function hasSitePermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`https://${host}/*`] });
}

/** The added sites whose permission is granted: where the registered content script runs. */
export async function grantedExtraSites(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const host of settings.extraSites) {
    if (!settings.disabledSites.includes(host) && (await hasSitePermission(host)))
      granted.push(host);
  }
  return granted;
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content script match exactly the added, granted sites. One sync at a time:
 * a settings change and `enableSite` start one each, and two at once both found no script and
 * both registered it (the second failed: "Duplicate script ID").
 */
export function syncSiteRegistration(settings?: Settings): Promise<string[]> {
  const run = syncing.then(() => registerGrantedSites(settings));
  syncing = run.catch(() => {});
  return run;
}

async function registerGrantedSites(settings?: Settings): Promise<string[]> {
  const hosts = await grantedExtraSites(settings ?? (await loadSettings()));
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [EXTRA_SITES_SCRIPT_ID],
  });
  if (!hosts.length) {
    if (existing.length) {
      await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    }
    return hosts;
  }
  const script = {
    id: EXTRA_SITES_SCRIPT_ID,
    matches: hosts.flatMap(hostMatchPatterns),
    js: [CONTENT_SCRIPT_FILE.slice(1)],
    // As the manifest's content script: see entrypoints/content.
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  // Changed in place, never taken off and put back (the background syncs each time it starts):
  // a page of an added site loading in between would not be marked.
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return hosts;
}

/**
 * Turns Brightside on for `host` once its permission is granted: adds it to the site list,
 * registers the content script, and runs it at once in `tabId` (no reload needed).
 */
export async function enableSite(rawHost: string, tabId?: number) {
  const host = normalizeSiteHost(rawHost);
  if (!host) throw new Error(`Not a web site: ${rawHost}`);
  if (!isBuiltInSite(host) && !(await hasSitePermission(host))) {
    throw new Error(`Brightside has no permission for ${host} yet.`);
  }
  const current = await loadSettings();
  const settings = await updateSettings({
    extraSites: isBuiltInSite(host) ? current.extraSites : [...current.extraSites, host],
    disabledSites: current.disabledSites.filter((item) => item !== host),
  });
  const registered = (await syncSiteRegistration(settings)).includes(host);
  if (tabId !== undefined) {
    // A content script already there (from "Save this page") starts marking on the settings
    // change; otherwise this injects it.
    await browser.scripting
      .executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] })
      .catch(() => {});
  }
  return { host, registered: registered || isBuiltInSite(host) };
}
