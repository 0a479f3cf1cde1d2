/**
 * Where settings live: `storage.local`, shared by every tab and extension page. A change written
 * by the options page reaches every open page through `storage.onChanged`, without a reload.
 */
import { browser } from 'wxt/browser';
import { applySettingsPatch, migrateSettings, type Settings, type SettingsPatch } from './settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/** Checks and applies a change, stores it, and returns the new settings. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = applySettingsPatch(await loadSettings(), patch);
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them, until `signal` ends. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(migrateSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
