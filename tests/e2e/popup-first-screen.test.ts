/**
 * The popup's kept first screen in real Chromium: painted by its small script before the app's
 * modules load, inert until the app takes its place, and replaced by the live list, so a story
 * deleted or saved while the popup was closed is shown as it is now.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeStories, seedStories, waitForWholeList } from '../../scripts/bench/reading-list';
import { openSession, type Session } from './support/brightside';

const STORIES = makeStories(30);
const newestFirst = (stories: typeof STORIES) =>
  [...stories].sort((a, b) => Number(a.readAt > 0) - Number(b.readAt > 0) || b.savedAt - a.savedAt);

/** Records, from the page's first script on, what the first screen drew and when the app took over. */
async function openWatched(session: Session): Promise<Page> {
  const page = await session.brightside.context.newPage();
  await page.addInitScript(() => {
    const seen = {
      firstScreenTitles: [] as string[],
      inert: false,
      appRowsWhileFirstScreen: 0,
    };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      const firstScreen = document.getElementById('first-screen');
      if (firstScreen && !seen.firstScreenTitles.length) {
        seen.firstScreenTitles = [...firstScreen.querySelectorAll('.story-title')].map(
          (title) => title.textContent ?? '',
        );
        seen.inert = firstScreen.inert;
      }
      if (firstScreen?.firstChild) {
        seen.appRowsWhileFirstScreen = Math.max(
          seen.appRowsWhileFirstScreen,
          document.querySelectorAll('#app [role="listitem"]').length,
        );
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(session.brightside.extensionUrl('popup.html'));
  return page;
}

const seen = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __seen: { firstScreenTitles: string[]; inert: boolean; appRowsWhileFirstScreen: number };
        }
      ).__seen,
  );

describe('the popup first screen', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({});
    const seeder = await session.brightside.context.newPage();
    await seeder.goto(session.brightside.extensionUrl('popup.html'));
    await seeder.getByText('Nothing saved yet.').waitFor();
    await seedStories(seeder, STORIES);
    await seeder.close();
  });
  afterAll(() => session?.close());

  test('with nothing kept yet, the app draws the list itself', async () => {
    const popup = await openWatched(session);
    await waitForWholeList(popup, STORIES.length);
    expect((await seen(popup)).firstScreenTitles).toEqual([]);
    expect(await popup.locator('#first-screen').count()).toBe(0);
    await popup.close();
  });

  test('is painted from the kept rows, inert, then gives way to the live list', async () => {
    const order = newestFirst(STORIES);
    // The first opening kept its first screen; meanwhile the newest story is deleted in another
    // page and a new one saved.
    const other = await session.brightside.context.newPage();
    await other.goto(session.brightside.extensionUrl('popup.html'));
    await waitForWholeList(other, STORIES.length);
    await other.waitForFunction(
      (title) => localStorage.getItem('brightside:first-screen')?.includes(title),
      order[0]!.title,
    );
    const deleted = order[0]!;
    await other.evaluate(
      (url) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('brightside');
          open.onsuccess = () => {
            const tx = open.result.transaction('stories', 'readwrite');
            const index = tx.objectStore('stories').index('url');
            const key = index.getKey(url);
            key.onsuccess = () => tx.objectStore('stories').delete(key.result!);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      deleted.url,
    );
    const saved = { ...order[1]!, url: 'https://new.example/saved', title: 'Saved while closed' };
    saved.savedAt = Date.now();
    saved.readAt = 0;
    await seedStories(other, [saved]);
    await other.close();

    const popup = await openWatched(session);
    await popup.getByRole('link', { name: 'Saved while closed' }).waitFor();
    const watched = await seen(popup);
    // What was kept, as it was: the story since deleted first.
    expect(watched.firstScreenTitles[0]).toBe(deleted.title);
    expect(watched.firstScreenTitles.length).toBeGreaterThan(5);
    expect(watched.inert).toBe(true);
    // Never two lists at once: the app replaced the first screen in one step.
    expect(watched.appRowsWhileFirstScreen).toBe(0);
    expect(await popup.locator('#first-screen').count()).toBe(0);
    await expect
      .poll(() => popup.locator('[role="listitem"] .story-title').first().textContent())
      .toBe('Saved while closed');
    expect(await popup.getByRole('link', { name: deleted.title, exact: true }).count()).toBe(0);
    expect(await popup.getByRole('list').count()).toBe(1);
    // The app is live: a row's read toggle works at once.
    const unread = order.filter((story) => story.readAt === 0).length;
    const count = popup.locator('.count');
    expect(await count.textContent()).toContain(`, ${unread} unread`);
    await popup
      .getByRole('listitem')
      .filter({ hasText: 'Saved while closed' })
      .getByRole('button', { name: 'Mark as read' })
      .click();
    await expect.poll(() => count.textContent()).toContain(`, ${unread - 1} unread`);
    await popup.close();
  });
});
