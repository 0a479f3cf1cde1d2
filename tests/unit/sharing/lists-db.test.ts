/** Lists in the database: create, rename, describe, delete with undo, add, reorder, notes. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import {
  addStoryToList,
  createList,
  deleteList,
  listEntries,
  listLists,
  moveListItem,
  readListDocument,
  removeFromList,
  restoreList,
  setListItemNote,
  updateList,
} from '@/lib/db/lists';
import { saveStory } from '@/lib/db/stories';

let db: BrightsideDatabase;
let n = 0;
beforeEach(() => {
  db = new BrightsideDatabase(`lists-${++n}`);
});
afterEach(() => db.delete());

const story = (i: number) => ({ url: `https://news.example/${i}`, title: `Story ${i}` });
const titles = async (listId: number) =>
  (await listEntries(db, listId)).map(({ story }) => story.title);

describe('lists', () => {
  test('create, rename, describe, set a curator; most recently changed first', async () => {
    const first = await createList(db, { name: '  Good news  ', curator: 'Ana' }, 1);
    const second = await createList(db, { name: 'Science wins' }, 2);
    await updateList(db, first, { name: 'Good news this week', description: 'Smiles\nonly' }, 3);
    expect(await listLists(db)).toEqual([
      {
        id: first,
        name: 'Good news this week',
        description: 'Smiles\nonly',
        curator: 'Ana',
        createdAt: 1,
        updatedAt: 3,
        count: 0,
      },
      { id: second, name: 'Science wins', createdAt: 2, updatedAt: 2, count: 0 },
    ]);
    await updateList(db, first, { curator: '' });
    expect((await db.lists.get(first))!.curator).toBeUndefined();
    await expect(createList(db, { name: '   ' })).rejects.toThrow('A list needs a name.');
  });

  test('add by id or by story fields; a story is in a list once', async () => {
    const listId = await createList(db, { name: 'L' });
    const { id } = await saveStory(db, story(1));
    expect(await addStoryToList(db, listId, id)).toMatchObject({ storyId: id, added: true });
    expect(await addStoryToList(db, listId, id)).toMatchObject({ added: false });
    const byFields = await addStoryToList(db, listId, story(2));
    expect(byFields.added).toBe(true);
    expect(await db.stories.count()).toBe(2);
    expect(await titles(listId)).toEqual(['Story 1', 'Story 2']);
    await expect(addStoryToList(db, 999, id)).rejects.toThrow('This list no longer exists.');
    await expect(addStoryToList(db, listId, 999)).rejects.toThrow('This story is not saved.');
    // A failed add by fields saves nothing either.
    await expect(addStoryToList(db, 999, story(3))).rejects.toThrow();
    expect(await db.stories.count()).toBe(2);
  });

  test('reorder: move up, down, to the ends; positions stay dense', async () => {
    const listId = await createList(db, { name: 'L' });
    const items = [];
    for (let i = 1; i <= 4; i++) items.push((await addStoryToList(db, listId, story(i))).itemId);
    await moveListItem(db, listId, items[3]!, 0);
    expect(await titles(listId)).toEqual(['Story 4', 'Story 1', 'Story 2', 'Story 3']);
    await moveListItem(db, listId, items[3]!, 99);
    expect(await titles(listId)).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
    await moveListItem(db, listId, items[0]!, 2);
    expect(await titles(listId)).toEqual(['Story 2', 'Story 3', 'Story 1', 'Story 4']);
    await removeFromList(db, listId, items[1]!);
    expect(await titles(listId)).toEqual(['Story 3', 'Story 1', 'Story 4']);
    expect((await listEntries(db, listId)).map(({ item }) => item.position)).toEqual([0, 1, 2]);
  });

  test('a note per story in a list, separate from the story', async () => {
    const listId = await createList(db, { name: 'L' });
    const { itemId, storyId } = await addStoryToList(db, listId, story(1));
    await setListItemNote(db, itemId, '  Read this first  ');
    const document = await readListDocument(db, listId);
    expect(document.items).toEqual([
      {
        url: 'https://news.example/1',
        title: 'Story 1',
        savedAt: expect.any(Number),
        tags: [],
        note: 'Read this first',
      },
    ]);
    expect((await db.stories.get(storyId))!.note).toBeUndefined();
    await setListItemNote(db, itemId, '');
    expect((await db.listItems.get(itemId))!.note).toBeUndefined();
  });

  test('delete with undo puts back the same list and items', async () => {
    const listId = await createList(db, { name: 'L', curator: 'Ana' });
    await addStoryToList(db, listId, story(1));
    await addStoryToList(db, listId, story(2));
    const before = { lists: await db.lists.toArray(), items: await db.listItems.toArray() };
    const deleted = await deleteList(db, listId);
    expect(await db.lists.count()).toBe(0);
    expect(await db.listItems.count()).toBe(0);
    expect(await db.stories.count()).toBe(2);
    await restoreList(db, deleted);
    expect({ lists: await db.lists.toArray(), items: await db.listItems.toArray() }).toEqual(
      before,
    );
  });
});
