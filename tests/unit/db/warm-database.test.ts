import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { warmDatabase } from '@/lib/db/warm-database';

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('warmDatabase', () => {
  test('makes no database where there is none', async () => {
    warmDatabase(indexedDB, 'warm-missing');
    await settled();
    expect(await Dexie.exists('warm-missing')).toBe(false);
    // The store then makes it with its own schema.
    const db = new BrightsideDatabase('warm-missing');
    await db.stories.add({
      url: 'https://a.example/',
      title: 'A',
      savedAt: 1,
      readAt: 0,
      tags: [],
    });
    expect(await db.stories.count()).toBe(1);
    await db.delete();
  });

  test('leaves no connection open: the store opens, reads and upgrades as ever', async () => {
    const old = new Dexie('warm-existing');
    old.version(1).stores({ stories: '++id, &url' });
    await old.table('stories').add({ url: 'https://a.example/', title: 'Kept' });
    old.close();
    warmDatabase(indexedDB, 'warm-existing');
    await settled();
    // A later version needs every other connection closed to upgrade.
    const db = new BrightsideDatabase('warm-existing');
    expect((await db.stories.toArray()).map((story) => story.title)).toEqual(['Kept']);
    await db.delete();
  });
});
