/**
 * A reading list made by schema version 1 opens in the current extension in real Chromium with
 * every story intact, and saving still works afterwards.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from './support/brightside';

const V1_ROWS = Array.from({ length: 120 }, (_, i) => ({
  url: `https://old-list.example/story/${i}`,
  title: `Saved before the upgrade ${i}`,
  teaser: i % 2 ? `Teaser ${i}` : undefined,
  siteName: 'Old List',
  savedAt: 1_700_000_000_000 + i * 1000,
  readAt: i % 4 === 0 ? 1_700_000_500_000 : 0,
  score: 0.5,
  category: i % 3 ? 'community' : null,
  cues: ['helped'],
  tags: i % 5 ? [] : ['kept'],
  ...(i === 7 ? { note: 'my note' } : {}),
}));

/** Replaces the extension's database with one laid out exactly as Dexie made version 1. */
function makeVersion1Database(page: Page, rows: typeof V1_ROWS) {
  return page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const remove = indexedDB.deleteDatabase('brightside');
        remove.onerror = () => fail(remove.error);
        remove.onsuccess = () => {
          // Dexie stores version n as IndexedDB version n × 10.
          const open = indexedDB.open('brightside', 10);
          open.onupgradeneeded = () => {
            const stories = open.result.createObjectStore('stories', {
              keyPath: 'id',
              autoIncrement: true,
            });
            stories.createIndex('url', 'url', { unique: true });
            for (const name of ['savedAt', 'readAt', 'category', 'siteName']) {
              stories.createIndex(name, name);
            }
            stories.createIndex('tags', 'tags', { multiEntry: true });
            for (const row of rows) {
              stories.add(
                Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)),
              );
            }
          };
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            open.result.close();
            done();
          };
        };
      }),
    rows,
  );
}

function readAll(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; stories: unknown[] }>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('stories').objectStore('stories').getAll();
          all.onsuccess = () => {
            const result = {
              version: db.version,
              stores: [...db.objectStoreNames].sort(),
              stories: all.result,
            };
            db.close();
            done(result);
          };
        };
      }),
  );
}

describe('upgrading a version 1 reading list', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({});
  });
  afterAll(() => session?.close());

  test('every story is there after the upgrade, unchanged, and saving works', async () => {
    const { context, extensionUrl } = session.brightside;
    // A page of the extension's origin that runs none of its code.
    const blank = await context.newPage();
    await blank.goto(extensionUrl('manifest.json'));
    await makeVersion1Database(blank, V1_ROWS);
    const before = await readAll(blank);
    expect(before.version).toBe(10);
    expect(before.stories).toHaveLength(V1_ROWS.length);

    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await expect
      .poll(() => popup.locator('.count').textContent())
      .toBe(`${V1_ROWS.length} of ${V1_ROWS.length} stories, 90 unread`);
    const after = await readAll(blank);
    expect(after.version).toBe(20);
    expect(after.stores).toEqual(['feedback', 'listItems', 'lists', 'stories']);
    expect(after.stories).toEqual(before.stories);

    // The upgraded list answers search over old rows, and new saves land beside them.
    await popup.getByRole('searchbox').fill('upgrade 117');
    await expect
      .poll(() => popup.locator('[role="listitem"] .story-title').allTextContents())
      .toEqual(['Saved before the upgrade 117']);
    const reply = await popup.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
        }
      ).chrome.runtime.sendMessage({
        brightside: 1,
        type: 'saveStory',
        data: { story: { url: 'https://old-list.example/new', title: 'Saved after the upgrade' } },
      }),
    );
    expect(reply.ok).toBe(true);
    await expect.poll(async () => (await readAll(blank)).stories.length).toBe(V1_ROWS.length + 1);
  });
});
