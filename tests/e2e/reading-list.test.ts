/**
 * The popup's reading list in real Chromium, on the extension's real IndexedDB: live updates from
 * a page, search, filters, sort, read toggle, delete with exact Undo, keyboard use, and saves
 * from two tabs at once.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedStories, type SeedStory } from '../../scripts/bench/reading-list';
import { DEMO_URL, demoPage, openSession, type Session } from './support/brightside';

const HOUR = 3_600_000;
const now = Date.now();
const story = (fields: Partial<SeedStory> & Pick<SeedStory, 'url' | 'title'>): SeedStory => ({
  teaser: '',
  siteName: 'Somewhere',
  savedAt: now,
  readAt: 0,
  score: 0.5,
  category: 'other',
  cues: [],
  tags: [],
  ...fields,
});
const SEEDED = [
  story({
    url: 'https://dailygood.example/bakery',
    title: 'Volunteers rebuild flooded bakery',
    teaser: 'A town came together with flour and hammers.',
    siteName: 'Daily Good',
    category: 'community',
    score: 0.9,
    tags: ['weekend'],
    savedAt: now - 1 * HOUR,
  }),
  story({
    url: 'https://seanews.example/whale',
    title: 'Rangers rescue stranded whale calf',
    siteName: 'Sea News',
    category: 'animals',
    score: 0.95,
    savedAt: now - 2 * HOUR,
  }),
  story({
    url: 'https://dailygood.example/repair',
    title: 'Library opens free repair café',
    siteName: 'Daily Good',
    category: 'community',
    score: 0.6,
    savedAt: now - 72 * HOUR,
    readAt: now - 70 * HOUR,
  }),
  story({
    url: 'https://greentimes.example/trees',
    title: 'Students plant ten thousand trees',
    teaser: 'An orchard for the whole valley.',
    siteName: 'Green Times',
    category: 'environment',
    score: 0.8,
    tags: ['kids'],
    savedAt: now - 240 * HOUR,
  }),
];
const [BAKERY, WHALE, REPAIR, TREES] = SEEDED.map((seeded) => seeded.title) as [
  string,
  string,
  string,
  string,
];

/** The titles of the rows in view, in order. */
const titles = (popup: Page) => popup.locator('[role="listitem"] .story-title').allTextContents();
const row = (popup: Page, title: string) => popup.getByRole('listitem').filter({ hasText: title });

/** Every stored story, read in the service worker from the extension's IndexedDB. */
function stored(worker: Worker): Promise<Array<Record<string, unknown> & { url: string }>> {
  return worker.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onsuccess = () => {
          const all = open.result.transaction('stories').objectStore('stories').getAll();
          all.onsuccess = () => {
            open.result.close();
            done(all.result);
          };
          all.onerror = () => fail(all.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );
}

describe('the popup reading list', () => {
  let session: Session;
  let popup: Page;
  beforeAll(async () => {
    session = await openSession({
      [DEMO_URL]: demoPage(),
      'https://dailygood.example/bakery': '<!doctype html><title>Bakery</title><h1>Bakery</h1>',
    });
    const { context, extensionUrl } = session.brightside;
    popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await popup.getByText('Nothing saved yet.').waitFor();
    // The empty list says how to save a story.
    expect(await popup.getByText(/press the ☀ Save badge/).count()).toBe(1);
    await seedStories(popup, SEEDED);
    await popup.reload();
  });
  afterAll(() => session?.close());

  test('lists unread first, newest first', async () => {
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
  });

  test('each row shows its site, a relative date and its category, as text', async () => {
    const bakery = row(popup, BAKERY);
    expect(await bakery.locator('.story-meta').textContent()).toMatch(
      /Daily Good · 1 hr\. ago\s*Community/,
    );
    expect(await bakery.getByRole('link', { name: BAKERY }).getAttribute('href')).toBe(
      'https://dailygood.example/bakery',
    );
    expect(await row(popup, WHALE).locator('.story-meta').textContent()).toContain('Animals');
  });

  test('search as you type over title, teaser, site and tags', async () => {
    const search = popup.getByRole('searchbox', { name: 'Search saved stories' });
    for (const [query, expected] of [
      ['whale', [WHALE]],
      ['ORCHARD', [TREES]],
      ['daily good', [BAKERY, REPAIR]],
      ['kids', [TREES]],
      ['rebuild bakery', [BAKERY]],
      ['nothing like this', []],
    ] as const) {
      await search.fill(query);
      await expect.poll(() => titles(popup)).toEqual(expected);
    }
    expect(await popup.getByText('No saved story matches.').count()).toBe(1);
    await popup.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
  });

  test('filters: unread, read, category, site, tag', async () => {
    const pick = async (name: string, value: string) =>
      popup.getByRole('combobox', { name, exact: true }).selectOption(value);
    await pick('Show', 'unread');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES]);
    await pick('Show', 'read');
    await expect.poll(() => titles(popup)).toEqual([REPAIR]);
    await pick('Show', 'all');
    await pick('Category', 'community');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, REPAIR]);
    await pick('Category', '');
    await pick('Site', 'Green Times');
    await expect.poll(() => titles(popup)).toEqual([TREES]);
    await pick('Site', '');
    await pick('Tag', 'weekend');
    await expect.poll(() => titles(popup)).toEqual([BAKERY]);
    await pick('Tag', '');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
  });

  test('sort: newest, oldest, most uplifting, site; unread always first', async () => {
    const sort = popup.getByRole('combobox', { name: 'Sort' });
    await sort.selectOption('oldest');
    await expect.poll(() => titles(popup)).toEqual([TREES, WHALE, BAKERY, REPAIR]);
    await sort.selectOption('uplifting');
    await expect.poll(() => titles(popup)).toEqual([WHALE, BAKERY, TREES, REPAIR]);
    await sort.selectOption('site');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, TREES, WHALE, REPAIR]);
    await sort.selectOption('newest');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
  });

  test('the read toggle marks read and unread, in the database too', async () => {
    const { worker } = session.brightside;
    await row(popup, BAKERY).getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => titles(popup)).toEqual([WHALE, TREES, BAKERY, REPAIR]);
    const readAt = async () =>
      (await stored(worker)).find((saved) => saved.url === SEEDED[0]!.url)!.readAt as number;
    await expect.poll(readAt).toBeGreaterThan(0);
    await row(popup, BAKERY).getByRole('button', { name: 'Mark as unread' }).click();
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
    await expect.poll(readAt).toBe(0);
  });

  test('delete offers Undo, and Undo restores the story exactly', async () => {
    const { worker } = session.brightside;
    const before = (await stored(worker)).find((saved) => saved.url === SEEDED[1]!.url)!;
    await row(popup, WHALE).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => titles(popup)).toEqual([BAKERY, TREES, REPAIR]);
    expect((await stored(worker)).some((saved) => saved.url === SEEDED[1]!.url)).toBe(false);
    expect(await popup.getByRole('status').filter({ hasText: 'Story deleted.' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);
    const after = (await stored(worker)).find((saved) => saved.url === SEEDED[1]!.url);
    expect(after).toEqual(before);
    expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(0);
  });

  test('keyboard: / searches, arrows move, Delete deletes, Enter opens', async () => {
    await popup.locator('body').click({ position: { x: 5, y: 5 } });
    await popup.keyboard.press('/');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('search');
    await popup.keyboard.press('ArrowDown');
    const focused = () =>
      popup.evaluate(() =>
        document.activeElement?.matches('[role="listitem"]')
          ? document.activeElement.querySelector('.story-title')?.textContent
          : null,
      );
    await expect.poll(focused).toBe(BAKERY);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(WHALE);
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Delete');
    await expect.poll(() => titles(popup)).toEqual([BAKERY, TREES, REPAIR]);
    // Focus stays in the list, on the row that took the deleted one's place.
    await expect.poll(focused).toBe(TREES);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(popup)).toEqual([BAKERY, WHALE, TREES, REPAIR]);

    await popup.keyboard.press('/');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(BAKERY);
    const opened = session.brightside.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const story = await opened;
    await story.waitForLoadState();
    expect(story.url()).toBe('https://dailygood.example/bakery');
    await story.close();
  });

  test('add to list from a row', async () => {
    await popup.evaluate(
      () =>
        new Promise<void>((done) => {
          const open = indexedDB.open('brightside');
          open.onsuccess = () => {
            const tx = open.result.transaction('lists', 'readwrite');
            tx.objectStore('lists').add({ name: 'Weekend reads', createdAt: 1, updatedAt: 1 });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
    );
    await popup.reload();
    await row(popup, TREES)
      .getByRole('button', { name: `Add “${TREES}” to a list` })
      .click();
    const picker = row(popup, TREES).getByRole('combobox', { name: `Add “${TREES}” to a list` });
    await expect.poll(() => picker.locator('option', { hasText: 'Weekend reads' }).count()).toBe(1);
    await picker.selectOption({ label: 'Weekend reads' });
    const items = () =>
      session.brightside.worker.evaluate(
        () =>
          new Promise<number[]>((done) => {
            const open = indexedDB.open('brightside');
            open.onsuccess = () => {
              const all = open.result.transaction('listItems').objectStore('listItems').getAll();
              all.onsuccess = () => {
                open.result.close();
                done(all.result.map((item: { storyId: number }) => item.storyId));
              };
            };
          }),
      );
    await expect.poll(async () => (await items()).length).toBe(1);
  });

  test('a story saved on a news page appears in the open popup', async () => {
    const page = await session.brightside.context.newPage();
    await page.goto(DEMO_URL);
    const officer = page.locator('article', { hasText: /Officer stops to comfort woman/ });
    await officer.getByRole('button', { name: 'Save to Brightside' }).click();
    await expect
      .poll(() => popup.getByRole('link', { name: /Officer stops to comfort woman/ }).count())
      .toBe(1);
    // Newest and unread: at the top.
    expect((await titles(popup))[0]).toMatch(/Officer stops to comfort woman/);
    await page.close();
  });

  test('two tabs saving at once: every save lands', async () => {
    const { context, worker } = session.brightside;
    const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([first!.goto(DEMO_URL), second!.goto(DEMO_URL)]);
    const firefighters = first!
      .locator('article', { hasText: /Firefighters rescue family/ })
      .getByRole('button', { name: 'Save to Brightside' });
    const wallet = second!
      .locator('article', { hasText: /Homeless man returns lost wallet/ })
      .getByRole('button', { name: 'Save to Brightside' });
    await Promise.all([firefighters.waitFor(), wallet.waitFor()]);
    const count = (await stored(worker)).length;
    await Promise.all([firefighters.click(), wallet.click()]);
    await expect.poll(async () => (await stored(worker)).length).toBe(count + 2);

    // Many at once from two extension pages: 2 × 30 saves, all through the background.
    const send = (page: Page, prefix: string) =>
      page.evaluate(
        (prefix) =>
          Promise.all(
            Array.from({ length: 30 }, (_, i) =>
              (
                globalThis as unknown as {
                  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
                }
              ).chrome.runtime.sendMessage({
                brightside: 1,
                type: 'saveStory',
                data: {
                  story: { url: `https://${prefix}.example/story/${i}`, title: `${prefix} ${i}` },
                },
              }),
            ),
          ),
        prefix,
      );
    const pages = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all(
      pages.map((page) => page.goto(session.brightside.extensionUrl('popup.html'))),
    );
    const replies = await Promise.all([send(pages[0]!, 'tab-one'), send(pages[1]!, 'tab-two')]);
    expect(replies.flat().every((reply) => reply.ok)).toBe(true);
    await expect.poll(async () => (await stored(worker)).length).toBe(count + 2 + 60);
    // And the open popup shows them all.
    await expect.poll(() => popup.locator('.count').textContent()).toMatch(`of ${count + 62} `);
  });
});
