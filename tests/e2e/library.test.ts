/**
 * The library page in real Chromium: opened from the popup, the same list with room: bulk select
 * (mark read, tag, add to list, delete with Undo), tag and note editing, the Lists section, and
 * the back-up entry points.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedStories, type SeedStory } from '../../scripts/bench/reading-list';
import { openSession, type Session } from './support/brightside';

const now = Date.now();
const SEEDED: SeedStory[] = [
  'Otters return to the city river',
  'Choir of grandparents tops charts',
  'Town fixes every pothole in a week',
].map((title, i) => ({
  url: `https://library-test.example/story/${i}`,
  title,
  teaser: `Teaser ${i}`,
  siteName: 'Library Test',
  savedAt: now - i * 60_000,
  readAt: 0,
  score: 0.7,
  category: 'community',
  cues: [],
  tags: [],
}));
const [OTTERS, CHOIR, POTHOLES] = SEEDED.map((story) => story.title) as [string, string, string];

const titles = (page: Page) => page.locator('[role="listitem"] .story-title').allTextContents();
const row = (page: Page, title: string) => page.getByRole('listitem').filter({ hasText: title });
const storedStory = (page: Page, url: string) =>
  page.evaluate(
    (url) =>
      new Promise<Record<string, unknown> | undefined>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onsuccess = () => {
          const get = open.result
            .transaction('stories')
            .objectStore('stories')
            .index('url')
            .get(url);
          get.onsuccess = () => {
            open.result.close();
            done(get.result);
          };
          get.onerror = () => fail(get.error);
        };
      }),
    url,
  );

describe('the library page', () => {
  let session: Session;
  let library: Page;
  beforeAll(async () => {
    session = await openSession({});
    const { context, extensionUrl } = session.brightside;
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await popup.getByText('Nothing saved yet.').waitFor();
    await seedStories(popup, SEEDED);
    await popup.reload();
    await popup.getByRole('link', { name: OTTERS }).waitFor();
    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open library' }).click();
    library = await opened;
    await library.waitForLoadState();
  });
  afterAll(() => session?.close());

  test('opens from the popup with the list, a Lists section and back-up entry points', async () => {
    expect(library.url()).toBe(session.brightside.extensionUrl('library.html'));
    await expect.poll(() => titles(library)).toEqual([OTTERS, CHOIR, POTHOLES]);
    expect(await library.getByRole('heading', { name: 'Lists' }).count()).toBe(1);
    expect(await library.getByRole('button', { name: 'Back up everything' }).count()).toBe(1);
    expect(await library.getByRole('button', { name: 'Restore' }).count()).toBe(1);
  });

  test('bulk: select, mark read, add a tag', async () => {
    await library.getByRole('checkbox', { name: `Select “${OTTERS}”` }).check();
    await library.getByRole('checkbox', { name: `Select “${POTHOLES}”` }).check();
    expect(await library.getByText('2 selected').count()).toBe(1);
    await library.getByRole('button', { name: 'Mark as read', exact: true }).first().click();
    // Read stories go after the unread one.
    await expect.poll(() => titles(library)).toEqual([CHOIR, OTTERS, POTHOLES]);
    expect((await storedStory(library, SEEDED[0]!.url))!.readAt).toBeGreaterThan(0);

    await library
      .getByRole('textbox', { name: 'Tag to add to the selected stories' })
      .fill('Good Week');
    await library.getByRole('button', { name: 'Add tag' }).click();
    await expect
      .poll(async () => (await storedStory(library, SEEDED[2]!.url))!.tags)
      .toEqual(['good week']);
    expect((await storedStory(library, SEEDED[0]!.url))!.tags).toEqual(['good week']);
    expect((await storedStory(library, SEEDED[1]!.url))!.tags).toEqual([]);
    await expect
      .poll(() => row(library, POTHOLES).locator('.chip.tag').textContent())
      .toBe('#good week');
  });

  test('bulk delete offers Undo and Undo restores both exactly', async () => {
    const before = [
      await storedStory(library, SEEDED[0]!.url),
      await storedStory(library, SEEDED[2]!.url),
    ];
    await library
      .getByRole('group', { name: 'Selected stories' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => titles(library)).toEqual([CHOIR]);
    expect(await library.getByText('2 stories deleted.').count()).toBe(1);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(library)).toEqual([CHOIR, OTTERS, POTHOLES]);
    expect([
      await storedStory(library, SEEDED[0]!.url),
      await storedStory(library, SEEDED[2]!.url),
    ]).toEqual(before);
  });

  test('tag editing and notes for the story in focus', async () => {
    await row(library, CHOIR).click({ position: { x: 300, y: 40 } });
    const details = library.getByRole('region', { name: 'Story details' });
    await expect.poll(() => details.locator('.details-title').textContent()).toBe(CHOIR);
    await details.getByRole('textbox', { name: 'Tags' }).fill('Music, weekend, music');
    await details.getByRole('button', { name: 'Save tags' }).click();
    await expect
      .poll(async () => (await storedStory(library, SEEDED[1]!.url))!.tags)
      .toEqual(['music', 'weekend']);
    await details.getByRole('textbox', { name: 'Note' }).fill('<b>Play this</b> for Gran');
    await details.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => (await storedStory(library, SEEDED[1]!.url))!.note)
      .toBe('<b>Play this</b> for Gran');
    // Tags filter the list, and search finds the new tag.
    await library.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('music');
    await expect.poll(() => titles(library)).toEqual([CHOIR]);
    await library.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('');
    await library.getByRole('searchbox').fill('weekend');
    await expect.poll(() => titles(library)).toEqual([CHOIR]);
    await library.getByRole('searchbox').fill('');
  });

  test('bulk add to a list', async () => {
    // A list made elsewhere (the Lists section) appears in the picker live.
    await library.evaluate(
      () =>
        new Promise<void>((done) => {
          const open = indexedDB.open('brightside');
          open.onsuccess = () => {
            const tx = open.result.transaction('lists', 'readwrite');
            tx.objectStore('lists').add({ name: 'Sunday paper', createdAt: 1, updatedAt: 1 });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
    );
    await library.reload();
    await library.getByRole('checkbox', { name: `Select “${OTTERS}”` }).check();
    await library.getByRole('checkbox', { name: `Select “${CHOIR}”` }).check();
    const picker = library.getByRole('group', { name: 'Selected stories' }).getByRole('combobox', {
      name: 'Add to list',
    });
    await expect.poll(() => picker.locator('option', { hasText: 'Sunday paper' }).count()).toBe(1);
    await picker.selectOption({ label: 'Sunday paper' });
    const items = () =>
      library.evaluate(
        () =>
          new Promise<number>((done) => {
            const open = indexedDB.open('brightside');
            open.onsuccess = () => {
              const count = open.result.transaction('listItems').objectStore('listItems').count();
              count.onsuccess = () => {
                open.result.close();
                done(count.result);
              };
            };
          }),
      );
    await expect.poll(items).toBe(2);
  });

  test('Back up everything downloads every story; Restore asks for a backup file', async () => {
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Back up everything' }).click();
    const file = await (await download).path();
    const backup = readFileSync(file, 'utf8');
    for (const title of [OTTERS, CHOIR, POTHOLES]) expect(backup).toContain(title);
    const chooser = library.waitForEvent('filechooser');
    await library.getByRole('button', { name: 'Restore' }).click();
    expect((await chooser).isMultiple()).toBe(false);
  });
});
