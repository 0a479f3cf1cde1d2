import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { listStories, savedAmong, saveStory } from '@/lib/db/stories';

let db: BrightsideDatabase;
let name = 0;
beforeEach(() => {
  db = new BrightsideDatabase(`stories-test-${++name}`);
});
afterEach(() => db.delete());

const story = (url: string, title = 'Neighbours rebuild bakery after flood') => ({ url, title });

describe('saveStory', () => {
  test('adds a story as unread with no tags', async () => {
    const result = await saveStory(db, { ...story('https://a.example/1'), score: 0.9 }, 1000);
    expect(result.created).toBe(true);
    expect(await db.stories.get(result.id)).toMatchObject({
      url: 'https://a.example/1',
      savedAt: 1000,
      readAt: 0,
      tags: [],
      score: 0.9,
    });
  });

  test('saving the same URL again updates the story instead of duplicating it', async () => {
    const first = await saveStory(db, { ...story('https://a.example/1'), teaser: 'Kept' });
    const again = await saveStory(db, story('https://a.example/1', 'New title'));
    expect(again).toEqual({ id: first.id, created: false });
    const rows = await db.stories.toArray();
    expect(rows).toHaveLength(1);
    // What the first save knew and the second did not say is kept.
    expect(rows[0]).toMatchObject({ title: 'New title', teaser: 'Kept' });
  });

  test('many saves at once all land, and one URL stays one story', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `https://a.example/${i % 10}`);
    await Promise.all(urls.map((url) => saveStory(db, story(url))));
    expect(await db.stories.count()).toBe(10);
  });

  test('lists newest first and answers which URLs are saved', async () => {
    await saveStory(db, story('https://a.example/old'), 1);
    await saveStory(db, story('https://a.example/new'), 2);
    expect((await listStories(db)).map((row) => row.url)).toEqual([
      'https://a.example/new',
      'https://a.example/old',
    ]);
    expect(await savedAmong(db, ['https://a.example/new', 'https://a.example/none'])).toEqual([
      'https://a.example/new',
    ]);
  });
});
