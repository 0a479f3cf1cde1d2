import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { errorText } from '@/components/error-text';
import { Popup } from '@/components/popup/Popup';
import { ReadingListContext, type ReadingListEnvironment } from '@/components/reading-list/context';
import { BrightsideDatabase } from '@/lib/db/database';
import { saveStory } from '@/lib/db/stories';
import {
  FIRST_SCREEN_KEY,
  readFirstScreen,
  type FirstScreenStorage,
} from '@/lib/reading-list/first-screen';
import { createReadingListStore, sortStories } from '@/lib/reading-list/store';
import { english, layOutAsPopup } from '../support/english';

const t = english;

layOutAsPopup();

let db: BrightsideDatabase;
let stop: () => void;
let environment: ReadingListEnvironment;
let name = 0;
const opened: string[] = [];

beforeEach(() => {
  db = new BrightsideDatabase(`components-${++name}`);
  const store = createReadingListStore(db, { undoMs: 60_000 });
  stop = store.start();
  opened.length = 0;
  environment = {
    store,
    t,
    locale: 'en',
    faviconUrl: () => null,
    openStory: (url) => opened.push(url),
    now: () => Date.now(),
  };
});
afterEach(async () => {
  cleanup();
  stop();
  await db.delete();
});

const renderPopup = () =>
  render(
    <ReadingListContext.Provider value={environment}>
      <Popup pageActions={<button type="button">Save this page</button>} onOpenLibrary={() => {}} />
    </ReadingListContext.Provider>,
  );

describe('the popup with the real store', () => {
  test('an empty list explains how to save, and the header has room for page actions', async () => {
    renderPopup();
    await screen.findByText('Nothing saved yet.');
    expect(screen.getByText(/press the ☀ Save badge/)).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Save this page');
  });

  test('titles from pages are text, never markup, and a save shows up live', async () => {
    renderPopup();
    await screen.findByText('Nothing saved yet.');
    await saveStory(db, {
      url: 'https://a.example/x',
      title: '<img src=x onerror=alert(1)>Kind <b>news</b>',
      teaser: '<script>alert(2)</script>',
    });
    const link = await screen.findByRole('link', { name: /Kind <b>news<\/b>/ });
    expect(link.querySelector('img, b, script')).toBeNull();
    expect(document.querySelector('script, b')).toBeNull();
    // A letter mark stands in for the favicon.
    expect(document.querySelector('.favicon.letter')?.textContent).toBe('A');
  });

  test('delete then Undo puts the story back with its id', async () => {
    const { id } = await saveStory(db, { url: 'https://a.example/y', title: 'Otters return' });
    const before = await db.stories.get(id);
    renderPopup();
    await screen.findByRole('link', { name: 'Otters return' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText('Story deleted.');
    await waitFor(async () => expect(await db.stories.count()).toBe(0));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('link', { name: 'Otters return' });
    expect(await db.stories.get(id)).toEqual(before);
  });
});

describe('the first screen kept between openings', () => {
  const fakeStorage = () => {
    const items = new Map<string, string>();
    const storage: FirstScreenStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
    };
    return { items, storage };
  };

  test('is painted before the database answers, then gives way to the live list', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) {
      const story = { url: `https://a.example/${i}`, title: `Story ${i}`, teaser: 'x'.repeat(500) };
      ids.push((await saveStory(db, story, 1_000 + i)).id);
    }
    await db.stories.update(ids[24]!, { readAt: 5_000, cues: ['kind'], note: 'private' });
    const { items, storage } = fakeStorage();
    const earlier = createReadingListStore(db, { firstScreenStorage: storage });
    const stopEarlier = earlier.start();
    await waitFor(() => expect(items.get(FIRST_SCREEN_KEY)).toBeTruthy());
    stopEarlier();
    // Unread first, newest first; only what a row shows.
    const kept = readFirstScreen(storage)!;
    expect(kept.map((story) => story.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Story ${23 - i}`),
    );
    expect(kept.every((story) => story.teaser!.length === 300 && !story.cues && !story.note)).toBe(
      true,
    );

    // Meanwhile one story is deleted and one saved elsewhere.
    await db.stories.delete(ids[23]!);
    await saveStory(db, { url: 'https://b.example/new', title: 'Saved while closed' }, 9_000);
    const store = createReadingListStore(db, { firstScreenStorage: storage });
    environment = { ...environment, store };
    renderPopup();
    // Rows in the very first render: no database read has been made.
    expect(screen.getAllByRole('link')[0]!.textContent).toBe('Story 23');
    stop();
    stop = store.start();
    await screen.findByRole('link', { name: 'Saved while closed' });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Story 23' })).toBeNull());
    await waitFor(() => expect(readFirstScreen(storage)![0]!.title).toBe('Saved while closed'));
  });

  test('a snapshot that cannot be read is ignored', () => {
    for (const text of ['{', '{"format":2,"stories":[]}', '{"format":1,"stories":[{"id":"1"}]}']) {
      const { storage } = fakeStorage();
      storage.setItem(FIRST_SCREEN_KEY, text);
      expect(readFirstScreen(storage)).toBeUndefined();
      expect(createReadingListStore(db, { firstScreenStorage: storage }).stories.value).toBe(
        undefined,
      );
    }
  });
});

describe('add to list', () => {
  const listItems = async (listId: number) =>
    (await db.listItems.where('listId').equals(listId).sortBy('position')).map((item) => [
      item.storyId,
      item.position,
    ]);

  test('adds at the end once per story; a story already there stays where it is', async () => {
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map(
        async (name) => (await saveStory(db, { url: `https://a.example/${name}`, title: name })).id,
      ),
    );
    const listId = await db.lists.add({ name: 'Weekend', createdAt: 1, updatedAt: 1 });
    const { store } = environment;
    expect(await store.addToList(listId, [a!])).toBe(true);
    expect(await store.addToList(listId, [b!, a!, c!, b!])).toBe(true);
    expect(await listItems(listId)).toEqual([
      [a, 0],
      [b, 1],
      [c, 2],
    ]);
  });

  test('all or nothing: a story deleted meanwhile or a list gone adds nothing and says why', async () => {
    const { id } = await saveStory(db, { url: 'https://a.example/kept', title: 'Kept' });
    const listId = await db.lists.add({ name: 'Weekend', createdAt: 1, updatedAt: 1 });
    const { store } = environment;
    expect(await store.addToList(listId, [id, id + 1])).toBe(false);
    expect(errorText(t, store.error.value)).toBe('This story is not saved.');
    expect(await listItems(listId)).toEqual([]);
    await db.lists.delete(listId);
    expect(await store.addToList(listId, [id])).toBe(false);
    expect(errorText(t, store.error.value)).toBe('This list no longer exists.');
  });
});

describe('a full disk', () => {
  test('a failed write shows a clear message and the story stays as it was', async () => {
    const { id } = await saveStory(db, { url: 'https://a.example/z', title: 'Kept safe' });
    const before = await db.stories.get(id);
    let full = false;
    let refused = 0;
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (request) =>
              full
                ? (refused++,
                  Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')))
                : table.mutate(request),
          };
        },
      }),
    });
    // Middleware applies from the next open: reopen, with a fresh store over it.
    stop();
    db.close();
    await db.open();
    const store = createReadingListStore(db, { undoMs: 60_000 });
    stop = store.start();
    environment = { ...environment, store };
    renderPopup();
    await screen.findByRole('link', { name: 'Kept safe' });
    full = true;
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('out of storage space');
    expect(alert.textContent).toContain('Everything saved before is safe');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(refused).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // No Undo is offered for a delete that did not happen.
    expect(screen.queryByText('Story deleted.')).toBeNull();
    full = false;
    expect(await db.stories.get(id)).toEqual(before);
  });
});

describe('sortStories', () => {
  const base = { url: '', title: '', tags: [] as string[] };
  const stories = [
    { ...base, id: 1, savedAt: 1, readAt: 0, score: 0.2, siteName: 'b' },
    { ...base, id: 2, savedAt: 2, readAt: 5, score: 0.9, siteName: 'a' },
    { ...base, id: 3, savedAt: 3, readAt: 0, score: 0.8, siteName: 'c' },
    { ...base, id: 4, savedAt: 4, readAt: 0, siteName: 'a' },
  ];
  test.each([
    ['newest', [4, 3, 1, 2]],
    ['oldest', [1, 3, 4, 2]],
    ['uplifting', [3, 1, 4, 2]],
    ['site', [4, 1, 3, 2]],
  ] as const)('%s, unread first', (order, ids) => {
    expect(sortStories(stories, order).map((story) => story.id)).toEqual(ids);
  });
});
