import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';

// The schema of version 1 exactly as it shipped: a database made by it must open in every later
// version with every row intact.
const VERSION_1 = { stories: '++id, &url, savedAt, readAt, category, siteName, *tags' };

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function makeVersion1(rows: Record<string, unknown>[]): Promise<string> {
  const name = `migration-test-${++counter}`;
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1);
  await old.table('stories').bulkAdd(rows);
  old.close();
  return name;
}

const v1Rows = Array.from({ length: 250 }, (_, i) => ({
  url: `https://news.example/story/${i}`,
  title: `Story ${i} <b>not markup</b>`,
  teaser: i % 3 ? `Teaser ${i}` : undefined,
  siteName: i % 2 ? 'News Example' : 'Other Site',
  savedAt: 1_000 + i,
  readAt: i % 5 === 0 ? 5_000 + i : 0,
  score: i / 250,
  category: i % 4 ? 'community' : null,
  cues: ['rescued'],
  tags: i % 7 ? [] : ['weekend'],
  note: i === 3 ? 'remember this' : undefined,
}));

describe('version 1 → 2', () => {
  test('opens a version 1 database and finds every story, unchanged', async () => {
    const name = await makeVersion1(v1Rows);
    const db = new BrightsideDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    const stories = await db.stories.orderBy('id').toArray();
    expect(stories).toHaveLength(v1Rows.length);
    stories.forEach((story, i) => {
      expect(story).toEqual({ id: i + 1, ...JSON.parse(JSON.stringify(v1Rows[i])) });
    });
    // The indexes of both versions answer.
    expect(await db.stories.where('tags').equals('weekend').count()).toBe(
      v1Rows.filter((row) => row.tags.includes('weekend')).length,
    );
    expect(
      await db.stories
        .where('[readAt+savedAt]')
        .between([0, Dexie.minKey], [0, Dexie.maxKey])
        .count(),
    ).toBe(v1Rows.filter((row) => row.readAt === 0).length);
    expect(await db.stories.where('url').equals('https://news.example/story/42').count()).toBe(1);
  });

  test('fills in fields a version 1 row may lack, so version 2 indexes see it', async () => {
    const name = await makeVersion1([
      { url: 'https://news.example/bare', title: 'Bare row', savedAt: 7 },
    ]);
    const db = new BrightsideDatabase(name);
    opened.push(db);
    const [story] = await db.stories.toArray();
    expect(story).toMatchObject({ url: 'https://news.example/bare', readAt: 0, tags: [] });
    expect(
      await db.stories
        .where('[readAt+savedAt]')
        .between([0, Dexie.minKey], [0, Dexie.maxKey])
        .count(),
    ).toBe(1);
  });

  test('version 2 adds empty lists, list items and feedback tables with their indexes', async () => {
    const name = await makeVersion1(v1Rows.slice(0, 3));
    const db = new BrightsideDatabase(name);
    opened.push(db);
    await db.open();
    expect(await db.lists.count()).toBe(0);
    const listId = await db.lists.add({ name: 'Good week', createdAt: 1, updatedAt: 1 });
    await db.listItems.add({ listId, storyId: 1, position: 0 });
    await db.listItems.add({ listId, storyId: 2, position: 1, note: 'lovely' });
    // A story is in a list at most once.
    await expect(db.listItems.add({ listId, storyId: 1, position: 2 })).rejects.toThrow();
    const inOrder = await db.listItems
      .where('[listId+position]')
      .between([listId, Dexie.minKey], [listId, Dexie.maxKey])
      .toArray();
    expect(inOrder.map((item) => item.storyId)).toEqual([1, 2]);
    await db.feedback.add({
      url: 'https://news.example/story/1',
      verdict: 'uplifting',
      createdAt: 3,
    });
    expect(await db.feedback.where('url').equals('https://news.example/story/1').count()).toBe(1);
  });
});
