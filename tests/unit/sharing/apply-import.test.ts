/**
 * Preview, then apply in one transaction: counts the reader sees, merge by URL keeping the richer
 * record and the curator's credit, and all-or-nothing when the transaction fails midway.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { listEntries, listLists } from '@/lib/db/lists';
import { saveStory } from '@/lib/db/stories';
import { applyImport, previewImport } from '@/lib/sharing/apply-import';
import { createBackup, readBackup, restoreBackup } from '@/lib/sharing/backup';
import { exportList } from '@/lib/sharing/export-list';
import { parseImport } from '@/lib/sharing/parse-import';
import { createShareLink } from '@/lib/sharing/share-link';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { loadSettings, updateSettings } from '@/lib/settings/settings-store';
import { goodNews } from './sample-lists';

let db: BrightsideDatabase;
let n = 0;
beforeEach(() => {
  db = new BrightsideDatabase(`apply-import-${++n}`);
});
afterEach(() => db.delete());

const snapshot = async () => ({
  stories: await db.stories.toArray(),
  lists: await db.lists.toArray(),
  listItems: await db.listItems.toArray(),
  feedback: await db.feedback.toArray(),
});

describe('preview', () => {
  test('N new, M already saved, K rejected and why; nothing written', async () => {
    await saveStory(db, { url: goodNews.items[1]!.url, title: 'Already here' });
    const text = exportList(goodNews, 'json').text.replace(
      '"url": "https://en.wikipedia.org/wiki/Hope_(emotion)"',
      '"url": "javascript:alert(1)"',
    );
    const before = await snapshot();
    const preview = await previewImport(db, parseImport(text));
    expect(preview).toMatchObject({
      format: 'brightside-json',
      newStories: 1,
      alreadySaved: 1,
      duplicates: 0,
      lists: [{ name: 'Good news this week', curator: 'Ana Lima', stories: 2 }],
    });
    expect(preview.rejected).toEqual([
      {
        entry: { kind: 'item', number: 3, list: 1 },
        reason: { code: 'scriptUrl', params: ['javascript'] },
        value: 'javascript:alert(1)',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('apply', () => {
  test('a share link becomes a list with its curator, notes and order', async () => {
    const result = await applyImport(db, parseImport(createShareLink(goodNews)), { now: 5_000 });
    expect(result).toMatchObject({ added: 3, merged: 0, listsCreated: 1, listItemsAdded: 3 });
    const [list] = await listLists(db);
    expect(list).toMatchObject({ name: goodNews.name, curator: 'Ana Lima', count: 3 });
    const entries = await listEntries(db, list!.id);
    expect(entries.map(({ story, item }) => [story.title, item.note, item.position])).toEqual(
      goodNews.items.map((item, index) => [item.title, item.note, index]),
    );
    expect(entries[0]!.story).toMatchObject({ readAt: 0, tags: [], savedAt: 5_000 });
  });

  test('duplicates merge by normalised URL, keeping the richer record', async () => {
    const { id } = await saveStory(db, {
      url: 'https://a.example/story',
      title: 'Saved title',
      teaser: 'Saved teaser',
      siteName: 'A',
      category: 'kindness',
    });
    await db.stories.update(id, { tags: ['mine'], readAt: 77 });
    const parsed = parseImport(
      'url,title,note,tags\nhttps://a.example/story/?utm_source=x,Poorer title,,imported\nhttps://b.example/new,New one,,',
    );
    const result = await applyImport(db, parsed);
    expect(result).toMatchObject({ added: 1, merged: 1 });
    const merged = await db.stories.get(id);
    expect(merged).toMatchObject({
      title: 'Saved title',
      teaser: 'Saved teaser',
      category: 'kindness',
      tags: ['mine', 'imported'],
      readAt: 77,
    });
    expect(await db.stories.count()).toBe(2);
  });

  test('importing the same list twice merges into it: no duplicate list or item', async () => {
    const text = exportList(goodNews, 'json').text;
    await applyImport(db, parseImport(text));
    const again = await applyImport(db, parseImport(text));
    expect(again).toMatchObject({
      added: 0,
      merged: 3,
      listsCreated: 0,
      listsMerged: 1,
      listItemsAdded: 0,
    });
    expect(await db.lists.count()).toBe(1);
    expect(await db.listItems.count()).toBe(3);
    // Another curator's list of the same name is their own list: credit is kept apart.
    const other = text.replace('"curator": "Ana Lima"', '"curator": "Ben"');
    expect(await applyImport(db, parseImport(other))).toMatchObject({ listsCreated: 1 });
    expect((await listLists(db)).map((list) => list.curator).sort()).toEqual(['Ana Lima', 'Ben']);
  });

  test('a large merge finds every saved story among others, and leaves the others alone', async () => {
    // 120 saved stories, every other one deleted: the 60 left have ids with gaps between them.
    for (let i = 0; i < 120; i++) {
      await saveStory(db, { url: `https://news.example/${i}`, title: `Story ${i}` });
    }
    await db.stories.bulkDelete(
      (await db.stories.toArray()).filter((_, i) => i % 2).map((s) => s.id),
    );
    await saveStory(db, { url: 'https://news.example/other', title: 'Not in the file' });
    const before = await db.stories.toArray();
    const urls = Array.from({ length: 120 }, (_, i) => `https://news.example/${i}`);
    const parsed = parseImport(urls.join('\n'));
    expect(await previewImport(db, parsed)).toMatchObject({ newStories: 60, alreadySaved: 60 });
    const result = await applyImport(db, parsed);
    expect(result).toMatchObject({ added: 60, merged: 60 });
    const after = await db.stories.toArray();
    expect(after).toHaveLength(121);
    // The saved records are kept as they were (their titles are richer than a bare URL's).
    expect(after.filter((story) => before.some((b) => b.id === story.id))).toEqual(before);
  });

  test('all or nothing: a transaction failing midway writes nothing', async () => {
    await saveStory(db, { url: goodNews.items[0]!.url, title: 'Kept as it was' });
    const before = await snapshot();
    // Stories are written, then list items fail: the whole import must roll back.
    vi.spyOn(db.listItems, 'bulkAdd').mockImplementation((() =>
      Promise.reject(new Error('disk unplugged'))) as never);
    await expect(applyImport(db, parseImport(exportList(goodNews, 'json').text))).rejects.toThrow(
      'disk unplugged',
    );
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});

describe('back up and restore everything', () => {
  const day = Date.parse('2026-03-10T00:00:00Z');
  async function fillLibrary() {
    await applyImport(db, parseImport(exportList(goodNews, 'json').text), { now: day });
    const { id } = await saveStory(
      db,
      { url: 'https://c.example/own', title: 'Own story' },
      day + 1,
    );
    await db.stories.update(id, { note: 'private note', tags: ['t'], readAt: day + 2 });
    await db.feedback.add({
      url: 'https://c.example/own',
      verdict: 'uplifting',
      createdAt: day + 3,
    } as never);
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, focusMode: true, mutedWords: ['war'] };

  test('replace gives back exactly the library that was backed up, and the settings', async () => {
    await fillLibrary();
    const before = await snapshot();
    const backup = await createBackup(db, { settings });
    await db.stories.add({
      url: 'https://d.example/later',
      title: 'Added later',
      savedAt: 9,
      readAt: 0,
      tags: [],
    } as never);
    let saved: Settings | undefined;
    const result = await restoreBackup(db, readBackup(backup.text), {
      mode: 'replace',
      saveSettings: async (value) => (saved = value),
    });
    expect(result.settingsRestored).toBe(true);
    expect(saved).toEqual(settings);
    const after = await snapshot();
    const strip = <T extends { id: number; url?: string }>(rows: T[]) =>
      rows
        .map(({ id: _id, ...rest }) => rest)
        .sort((a, b) => (a.url ?? '').localeCompare(b.url ?? ''));
    expect(strip(after.stories)).toEqual(strip(before.stories));
    expect(strip(after.feedback)).toEqual(strip(before.feedback));
    expect(strip(after.lists)).toEqual(strip(before.lists));
    expect(after.listItems.map(({ note, position }) => [note, position])).toEqual(
      before.listItems.map(({ note, position }) => [note, position]),
    );
  });

  test('merge keeps what the library has and adds what the backup has', async () => {
    await fillLibrary();
    const backup = await createBackup(db, { settings: null });
    await db.delete();
    db = new BrightsideDatabase(`apply-import-${++n}`);
    await saveStory(db, { url: 'https://z.example/mine', title: 'Only here' });
    const result = await restoreBackup(db, readBackup(backup.text), { mode: 'merge' });
    expect(result).toMatchObject({ added: 4, listsCreated: 1, settingsRestored: false });
    expect(await db.stories.count()).toBe(5);
    expect(await db.feedback.count()).toBe(1);
  });

  test('by default the stored settings go into the backup and come back on restore', async () => {
    await updateSettings({ focusMode: true, mutedWords: ['storm'] });
    const backup = await createBackup(db);
    await updateSettings({ focusMode: false, mutedWords: [] });
    const result = await restoreBackup(db, readBackup(backup.text), { mode: 'merge' });
    expect(result.settingsRestored).toBe(true);
    expect(await loadSettings()).toMatchObject({ focusMode: true, mutedWords: ['storm'] });
  });

  test('a list export is not a backup: restore refuses it', () => {
    expect(() => readBackup(exportList(goodNews, 'json').text)).toThrow(
      expect.objectContaining({ problem: { code: 'notBackup', params: [] } }),
    );
  });

  test('the backup made by the first release restores', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/sharing/brightside-v1-backup.json'),
      'utf8',
    );
    let saved: Settings | undefined;
    await restoreBackup(db, readBackup(text), {
      mode: 'replace',
      saveSettings: async (s) => (saved = s),
    });
    expect(await db.stories.count()).toBe(4);
    expect(await db.lists.count()).toBe(1);
    expect(await db.listItems.count()).toBe(3);
    expect(await db.feedback.count()).toBe(1);
    expect(saved).toMatchObject({ focusMode: true, mutedWords: ['election'] });
  });
});
