/**
 * The options page's store: the settings as a signal (live: a change made anywhere shows here),
 * and the changes the page makes. Adding a site asks for its permission first (inside the click);
 * the background registers the content script when the settings change.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n/translate';
import { hostMatchPatterns, normalizeSiteHost } from '../sites/site-host';
import { isBuiltInSite } from '../sites/news-sites';
import type { Settings, SettingsPatch } from './settings';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

/** `t` words what each change did, for the page's status line. */
export function createOptionsStore(t: Translate, signalOwner = new AbortController().signal) {
  const settings = signal<Settings | undefined>(undefined);
  const status = signal('');

  loadSettings().then((value) => (settings.value = value));
  watchSettings((value) => (settings.value = value), signalOwner);

  async function change(patch: SettingsPatch, done = t('optionsSaved')) {
    try {
      settings.value = await updateSettings(patch);
      status.value = done;
    } catch (error) {
      status.value = error instanceof Error ? error.message : String(error);
    }
  }

  async function addSite(input: string) {
    const host = normalizeSiteHost(input);
    if (!host) {
      status.value = t('optionsNotASite', input);
      return;
    }
    const current = settings.value ?? (await loadSettings());
    if (isBuiltInSite(host)) {
      await change(
        { disabledSites: current.disabledSites.filter((item) => item !== host) },
        t('optionsBuiltInOn', host),
      );
      return;
    }
    const granted = await browser.permissions.request({ origins: hostMatchPatterns(host) });
    if (!granted) {
      status.value = t('siteNotAllowed', host);
      return;
    }
    await change(
      { extraSites: [...current.extraSites.filter((item) => item !== host), host] },
      t('siteRunsOn', host),
    );
  }

  async function removeSite(host: string) {
    const current = settings.value ?? (await loadSettings());
    await change(
      { extraSites: current.extraSites.filter((item) => item !== host) },
      t('optionsNoLongerRuns', host),
    );
    await browser.permissions.remove({ origins: hostMatchPatterns(host) }).catch(() => false);
  }

  return { settings, status, change, addSite, removeSite };
}
