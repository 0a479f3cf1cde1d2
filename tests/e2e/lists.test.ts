/**
 * Lists in the library page, in real Chromium with the built extension: create a list, add saved
 * stories, reorder by keyboard and by drag, a note, rename and credit, delete and undo, an import
 * with its preview (nothing written before "Import"), and the library's Restore: the same preview,
 * other files refused, and a replace that is asked twice. axe-core scans the list editor and the
 * import preview in light and dark mode.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrightside, type Brightside } from '../../scripts/harness/launch-chromium';
import { seriousViolationsLightAndDark } from './support/axe';
import { ROOT } from './support/brightside';

const STORIES = [
  { url: 'https://news.brightside.example/a', title: 'Neighbours rebuild the flooded bakery' },
  { url: 'https://news.brightside.example/b', title: 'Coral reef recovers faster than expected' },
  { url: 'https://news.brightside.example/c', title: 'Volunteers plant ten thousand trees' },
];

/** Reads a whole object store of the extension's database from one of its pages. */
function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            done(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

/** Presses the library's own "Restore" and picks `file`. */
async function restoreFromLibrary(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.library-header .backup').getByRole('button', { name: 'Restore' }).click();
  await (await chooser).setFiles(file);
}

async function listTitles(page: Page) {
  return page.locator('.list-items .item-body > a').allTextContents();
}

describe('lists in the library', () => {
  let brightside: Brightside;
  let page: Page;

  beforeAll(async () => {
    brightside = await launchBrightside();
    page = await brightside.context.newPage();
    await page.goto(brightside.extensionUrl('library.html'));
    // The page has opened (and so created) the database once the lists section shows.
    await page.getByText('No lists yet').waitFor();
    // Three saved stories, written where the extension keeps them.
    await page.evaluate(
      (stories) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('brightside');
          open.onsuccess = () => {
            const tx = open.result.transaction('stories', 'readwrite');
            stories.forEach((story, i) =>
              tx
                .objectStore('stories')
                .add({ ...story, savedAt: 1_770_000_000_000 + i, readAt: 0, tags: [] }),
            );
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      STORIES,
    );
    await page.reload();
  });
  afterAll(() => brightside?.close());

  test('create a list, add stories, reorder by keyboard and drag, note, rename, credit', async () => {
    await page.getByRole('textbox', { name: 'New list name' }).fill('Good news this week');
    await page.getByRole('button', { name: 'Create list' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Good news this week/ }).count())
      .toBe(1);
    await expect.poll(() => page.getByText(/No stories yet/).count()).toBe(1);

    // Add the three stories from the library's reading list, in order.
    // A row's Add to list is a light button that becomes the list picker when pressed.
    for (const story of STORIES) {
      await page.getByRole('button', { name: `Add “${story.title}” to a list` }).click();
      await page
        .getByRole('combobox', { name: `Add “${story.title}” to a list` })
        .selectOption({ label: 'Good news this week' });
      await expect
        .poll(() => page.locator('.list-items', { hasText: story.title }).count())
        .toBe(1);
    }
    expect(await listTitles(page)).toEqual(STORIES.map((story) => story.title));

    // Keyboard: the third story's handle, arrow up twice → first; focus stays on it.
    const handle = page.getByRole('button', { name: /^Reorder Volunteers plant/ });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => listTitles(page))
      .toEqual([STORIES[0]!.title, STORIES[2]!.title, STORIES[1]!.title]);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => listTitles(page))
      .toEqual([STORIES[2]!.title, STORIES[0]!.title, STORIES[1]!.title]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Reorder Volunteers plant.*position 1 of 3/);

    // Drag: the last story onto the first place.
    const items = page.locator('.list-item');
    await items.nth(2).dragTo(items.nth(0));
    await expect
      .poll(() => listTitles(page))
      .toEqual([STORIES[1]!.title, STORIES[2]!.title, STORIES[0]!.title]);

    // The order is what the database holds.
    const rows = await readStore<{ storyId: number; position: number; note?: string }>(
      page,
      'listItems',
    );
    const stories = await readStore<{ id: number; title: string }>(page, 'stories');
    const byPosition = rows
      .sort((a, b) => a.position - b.position)
      .map((row) => stories.find((story) => story.id === row.storyId)!.title);
    expect(byPosition).toEqual([STORIES[1]!.title, STORIES[2]!.title, STORIES[0]!.title]);

    // A note on one story in the list; markup in it stays text.
    const note = page.getByRole('textbox', { name: `Note on ${STORIES[1]!.title}` });
    await note.fill('Read this first <b>today</b>');
    await note.blur();
    await expect
      .poll(async () =>
        (await readStore<{ note?: string }>(page, 'listItems'))
          .map((row) => row.note)
          .filter(Boolean),
      )
      .toEqual(['Read this first <b>today</b>']);

    // Rename, describe, credit.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Science wins');
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Breakthroughs worth reading');
    await page.getByRole('textbox', { name: 'Curated by', exact: true }).fill('Ana Lima');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () =>
        (await readStore<{ name: string; curator?: string }>(page, 'lists')).map((l) => [
          l.name,
          l.curator,
        ]),
      )
      .toEqual([['Science wins', 'Ana Lima']]);
    expect(await seriousViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
  });

  test('delete a list, then undo puts it back with its stories', async () => {
    await page.getByRole('button', { name: 'Delete list' }).click();
    await expect.poll(() => page.getByText(/Deleted “Science wins”/).count()).toBe(1);
    expect(await readStore(page, 'lists')).toHaveLength(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readStore(page, 'lists')).length).toBe(1);
    expect(await readStore(page, 'listItems')).toHaveLength(3);
    await expect.poll(() => listTitles(page)).toHaveLength(3);
  });

  test('import shows a preview first, writes nothing until Import, then all of it', async () => {
    const before = await readStore(page, 'stories');
    await page
      .getByRole('textbox', { name: 'Paste a share link or URLs' })
      .fill(
        [
          STORIES[0]!.url,
          'https://www.bbc.co.uk/news/science-environment-1',
          'https://www.bbc.co.uk/news/science-environment-2',
          'javascript:alert(document.cookie)',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect
      .poll(() => preview.locator('[data-count]').allTextContents())
      .toEqual(['2 new', '1 already saved', '1 rejected']);
    await expect.poll(() => preview.getByText(/javascript: URLs are refused/).count()).toBe(1);
    expect(await readStore(page, 'stories')).toEqual(before);
    expect(await seriousViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });

    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByText(/Imported: 2 new stories, 1 already saved/).count())
      .toBe(1);
    expect(await readStore(page, 'stories')).toHaveLength(5);
  });

  test("the library's Restore previews the backup first and refuses other files", async () => {
    const before = await readStore(page, 'stories');
    await restoreFromLibrary(
      page,
      resolve(ROOT, 'tests/fixtures/sharing/brightside-v1-lists.brightside.json'),
    );
    await expect.poll(() => page.getByText(/not a Brightside backup/).count()).toBe(1);

    await restoreFromLibrary(
      page,
      resolve(ROOT, 'tests/fixtures/sharing/brightside-v1-backup.json'),
    );
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.getByText('Brightside backup').count()).toBe(1);
    expect(await preview.locator('[data-count]').allTextContents()).toEqual([
      '4 new',
      '0 already saved',
      '0 rejected',
    ]);
    expect(await preview.getByRole('radio', { name: 'Merge into my library' }).isChecked()).toBe(
      true,
    );
    await expect
      .poll(() => preview.evaluate((region) => region === document.activeElement))
      .toBe(true);
    expect(await readStore(page, 'stories')).toEqual(before);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(await preview.count()).toBe(0);
    expect(await readStore(page, 'stories')).toEqual(before);
  });

  test('restore replaces the library after confirmation', async () => {
    await restoreFromLibrary(
      page,
      resolve(ROOT, 'tests/fixtures/sharing/brightside-v1-backup.json'),
    );
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.getByText('Brightside backup').count()).toBe(1);
    await preview.getByRole('radio', { name: 'Replace my library' }).check();
    await preview.getByRole('button', { name: 'Restore…' }).click();
    // Asked again before anything is replaced.
    await expect.poll(() => preview.getByRole('alert').count()).toBe(1);
    expect(await readStore(page, 'stories')).toHaveLength(5);
    await preview.getByRole('button', { name: 'Replace my library' }).click();
    await expect.poll(async () => (await readStore(page, 'stories')).length).toBe(4);
    const lists = await readStore<{ name: string; curator: string }>(page, 'lists');
    expect(lists.map((list) => [list.name, list.curator])).toEqual([
      ['Good news this week', 'Ana Lima'],
    ]);
    expect(await readStore(page, 'feedback')).toHaveLength(1);
  });
});
