import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import {
  addTags,
  deleteStories,
  firstStories,
  markRead,
  parseTags,
  restoreStories,
  saveStory,
  setNote,
  setTags,
} from '@/lib/db/stories';

let db: BrightsideDatabase;
let name = 0;
beforeEach(() => {
  db = new BrightsideDatabase(`writes-test-${++name}`);
});
afterEach(() => db.delete());

const save = (path: string, savedAt: number, extra = {}) =>
  saveStory(db, { url: `https://a.example/${path}`, title: `Story ${path}`, ...extra }, savedAt);

describe('saving', () => {
  test('a URL saved with tracking parameters or a fragment updates the same story', async () => {
    const first = await save('bakery', 1);
    const again = await saveStory(db, {
      url: 'https://a.example/bakery/?utm_source=feed#comments',
      title: 'Bakery reopens',
    });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await db.stories.count()).toBe(1);
    expect((await db.stories.get(first.id))!.title).toBe('Bakery reopens');
  });
});

describe('firstStories', () => {
  test('unread newest first, topped up with the newest read stories', async () => {
    for (let i = 1; i <= 6; i++) await save(String(i), i);
    await markRead(
      db,
      [(await db.stories.where('url').equals('https://a.example/6').first())!.id],
      true,
      99,
    );
    await markRead(
      db,
      [(await db.stories.where('url').equals('https://a.example/2').first())!.id],
      true,
      98,
    );
    const titles = (await firstStories(db, 5)).map((story) => story.title);
    expect(titles).toEqual(['Story 5', 'Story 4', 'Story 3', 'Story 1', 'Story 6']);
    expect((await firstStories(db, 2)).map((story) => story.title)).toEqual(['Story 5', 'Story 4']);
  });
});

describe('read state, tags and notes', () => {
  test('marks read and unread', async () => {
    const { id } = await save('x', 1);
    await markRead(db, [id], true, 500);
    expect((await db.stories.get(id))!.readAt).toBe(500);
    await markRead(db, [id], false);
    expect((await db.stories.get(id))!.readAt).toBe(0);
  });

  test('tags are normalised, deduplicated, replaced or added in bulk', async () => {
    expect(parseTags(' Weekend,  good   NEWS ,weekend,, ')).toEqual(['weekend', 'good news']);
    const a = await save('a', 1);
    const b = await save('b', 2);
    await setTags(db, a.id, ['Science', 'science', ' ']);
    expect((await db.stories.get(a.id))!.tags).toEqual(['science']);
    await addTags(db, [a.id, b.id], ['Weekend']);
    expect((await db.stories.get(a.id))!.tags).toEqual(['science', 'weekend']);
    expect((await db.stories.get(b.id))!.tags).toEqual(['weekend']);
    expect(await db.stories.where('tags').equals('weekend').count()).toBe(2);
  });

  test('a note is set, trimmed, and removed when emptied', async () => {
    const { id } = await save('n', 1);
    await setNote(db, id, '  read with the kids  ');
    expect((await db.stories.get(id))!.note).toBe('read with the kids');
    await setNote(db, id, '   ');
    expect(await db.stories.get(id)).not.toHaveProperty('note');
  });
});

describe('delete and undo', () => {
  test('undo puts back exactly what was deleted: same ids, fields and list places', async () => {
    const a = await save('a', 1, { teaser: 'Kind', score: 0.8, category: 'kindness' });
    const b = await save('b', 2);
    const keep = await save('c', 3);
    await setTags(db, a.id, ['weekend']);
    await setNote(db, a.id, 'for later');
    await markRead(db, [b.id], true, 77);
    const listId = await db.lists.add({ name: 'Best', createdAt: 1, updatedAt: 1 });
    await db.listItems.bulkAdd([
      { listId, storyId: a.id, position: 0, note: 'first' },
      { listId, storyId: keep.id, position: 1 },
      { listId, storyId: b.id, position: 2 },
    ]);
    const before = {
      stories: await db.stories.orderBy('id').toArray(),
      items: await db.listItems.orderBy('id').toArray(),
    };

    const deleted = await deleteStories(db, [a.id, b.id]);
    expect(deleted.stories.map((story) => story.id)).toEqual([a.id, b.id]);
    expect(await db.stories.count()).toBe(1);
    expect(await db.listItems.toArray()).toEqual([before.items[1]]);

    await restoreStories(db, deleted);
    expect(await db.stories.orderBy('id').toArray()).toEqual(before.stories);
    expect(await db.listItems.orderBy('id').toArray()).toEqual(before.items);
  });

  test('undo after the same story was saved again keeps one story, the original', async () => {
    const a = await save('a', 1, { teaser: 'Original' });
    const deleted = await deleteStories(db, [a.id]);
    await save('a', 5);
    await restoreStories(db, deleted);
    const rows = await db.stories.toArray();
    expect(rows).toEqual(deleted.stories);
  });
});

describe('several tabs at once', () => {
  test('concurrent saves from separate connections all land', async () => {
    const other = new BrightsideDatabase(db.name);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        saveStory(i % 2 ? db : other, { url: `https://a.example/${i}`, title: `T${i}` }),
      ),
    );
    expect(await db.stories.count()).toBe(40);
    other.close();
  });
});
