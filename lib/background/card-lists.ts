/**
 * The lists the story card offers under "Save to list…", and adding a story to one: the story is
 * saved (or refreshed) and appended to the list in one transaction, so either both happen or
 * neither does.
 */
import type { BrightsideDatabase } from '../db/database';
import { guardWrite } from '../db/storage-errors';
import { saveStory } from '../db/stories';
import type { StoryInput } from '../messaging/protocol';

export async function listsForCard(db: BrightsideDatabase) {
  const lists = await db.lists.orderBy('name').toArray();
  return { lists: lists.map(({ id, name }) => ({ id, name })) };
}

export async function addStoryToList(db: BrightsideDatabase, listId: number, story: StoryInput) {
  return guardWrite(() =>
    db.transaction('rw', db.stories, db.lists, db.listItems, async () => {
      const list = await db.lists.get(listId);
      if (!list) throw new Error('That list no longer exists.');
      const { id: storyId } = await saveStory(db, story);
      const existing = await db.listItems.where({ listId, storyId }).first();
      if (existing) return { storyId, listId, added: false };
      const last = await db.listItems
        .where('[listId+position]')
        .between([listId, -Infinity], [listId, Infinity])
        .last();
      await db.listItems.add({ listId, storyId, position: (last?.position ?? -1) + 1 });
      await db.lists.update(listId, { updatedAt: Date.now() });
      return { storyId, listId, added: true };
    }),
  );
}
