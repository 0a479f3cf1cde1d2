import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { isQuotaExceeded, STORAGE_FULL_MESSAGE, StorageFullError } from '@/lib/db/storage-errors';
import { addTags, deleteStories, saveStory } from '@/lib/db/stories';

/** A disk that fills up on demand: every write fails the way IndexedDB fails when quota runs out. */
function fullDisk(state: { full: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            state.full
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(request),
        };
      },
    }),
  };
}

let db: BrightsideDatabase;
const disk = { full: false };
let name = 0;
beforeEach(() => {
  disk.full = false;
  db = new BrightsideDatabase(`full-test-${++name}`);
  db.use(fullDisk(disk));
});
afterEach(() => db.delete());

describe('a full disk', () => {
  test('a save gives a clear message and everything already saved stays', async () => {
    for (let i = 0; i < 5; i++) {
      await saveStory(db, { url: `https://a.example/${i}`, title: `Story ${i}` });
    }
    const before = await db.stories.toArray();
    disk.full = true;
    const failed = saveStory(db, { url: 'https://a.example/new', title: 'One too many' });
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(STORAGE_FULL_MESSAGE);
    // Updating a saved story fails whole too: the old record is left as it was.
    await expect(
      saveStory(db, { url: 'https://a.example/1', title: 'Renamed' }),
    ).rejects.toBeInstanceOf(StorageFullError);
    await expect(addTags(db, [before[0]!.id], ['x'])).rejects.toBeInstanceOf(StorageFullError);
    await expect(deleteStories(db, [before[0]!.id])).rejects.toBeInstanceOf(StorageFullError);
    disk.full = false;
    expect(await db.stories.toArray()).toEqual(before);
  });

  test('other failures are passed on unchanged', () => {
    expect(isQuotaExceeded(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      true,
    );
    expect(isQuotaExceeded(new Error('boom'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
