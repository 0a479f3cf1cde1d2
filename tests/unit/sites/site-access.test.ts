/**
 * Turning Brightside on for a site off the built-in list, past the permission prompt (which only a
 * person can answer): the site joins the settings, the content script is registered for exactly
 * the added sites whose permission is granted, persistently, and runs at once in the tab.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '@/lib/settings/settings-store';
import { CONTENT_SCRIPT_FILE } from '@/lib/sites/news-sites';
import { enableSite, EXTRA_SITES_SCRIPT_ID, syncSiteRegistration } from '@/lib/sites/site-access';

type Registration = { id: string; matches?: string[]; persistAcrossSessions?: boolean };

let granted: Set<string>;
let registered: Registration[];
let injected: Array<{ tabId: number; files?: string[] }>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = [];
  injected = [];
  const origin = (pattern: string) => new URL(pattern.replace('/*', '/')).host;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((pattern) => granted.has(origin(pattern))),
  );
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    registered.filter((script) => ids.includes(script.id));
  // As Chromium: an id registered twice, or updated or removed while not there, is an error.
  const known = (id: string) => registered.some((script) => script.id === id);
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    if (!ids.every(known)) throw new Error('Nonexistent script ID');
    registered = registered.filter((script) => !ids.includes(script.id));
  };
  scripting.registerContentScripts = async (scripts: Registration[]) => {
    if (scripts.some((script) => known(script.id))) throw new Error('Duplicate script ID');
    registered.push(...scripts);
  };
  scripting.updateContentScripts = async (scripts: Registration[]) => {
    if (!scripts.every((script) => known(script.id))) throw new Error('Nonexistent script ID');
    registered = registered.map(
      (script) => scripts.find((update) => update.id === script.id) ?? script,
    );
  };
  scripting.executeScript = async ({
    target,
    files,
  }: {
    target: { tabId: number };
    files?: string[];
  }) => {
    injected.push({ tabId: target.tabId, files });
    return [];
  };
});

describe('running Brightside on a site of the reader’s choosing', () => {
  test('refused while the site’s permission is not granted; nothing changes', async () => {
    await expect(enableSite('news.example.org', 7)).rejects.toThrow(/no permission/);
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(registered).toEqual([]);
    expect(injected).toEqual([]);
  });

  test('once granted: added, registered persistently, and run in the tab at once', async () => {
    granted.add('news.example.org');
    expect(await enableSite('https://News.Example.org/world/', 7)).toEqual({
      host: 'news.example.org',
      registered: true,
    });
    expect((await loadSettings()).extraSites).toEqual(['news.example.org']);
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ id: EXTRA_SITES_SCRIPT_ID, persistAcrossSessions: true });
    expect(registered[0]!.matches).toContain('https://news.example.org/*');
    expect(injected).toEqual([{ tabId: 7, files: [CONTENT_SCRIPT_FILE] }]);
  });

  test('the registration follows the settings and the permissions', async () => {
    granted.add('a.example');
    granted.add('b.example');
    await enableSite('a.example');
    await enableSite('b.example');
    expect(registered[0]!.matches!.join(' ')).toMatch(/a\.example.*b\.example/);
    // The reader takes a permission back in the browser: the script no longer matches that site.
    granted.delete('a.example');
    expect(await syncSiteRegistration()).toEqual(['b.example']);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches!.join(' ')).not.toMatch(/a\.example/);
    granted.delete('b.example');
    expect(await syncSiteRegistration()).toEqual([]);
    expect(registered).toEqual([]);
  });

  test('the script is changed in place: an added site’s page loading meanwhile is covered', async () => {
    granted.add('a.example');
    granted.add('b.example');
    await enableSite('a.example');
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts');
    await enableSite('b.example');
    await syncSiteRegistration();
    expect(unregister).not.toHaveBeenCalled();
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches!.join(' ')).toMatch(/a\.example.*b\.example/);
  });

  test('syncs started together (a settings change and enableSite) run one after the other', async () => {
    granted.add('a.example');
    await updateSettings({ extraSites: ['a.example'] });
    await expect(
      Promise.all([syncSiteRegistration(), enableSite('a.example'), syncSiteRegistration()]),
    ).resolves.toHaveLength(3);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toContain('https://a.example/*');
  });
});
