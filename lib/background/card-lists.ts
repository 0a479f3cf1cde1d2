/**
 * "Save to list…" in the story card: the reader's lists (lib/db/lists), and adding a story to
 * one. `addStoryToList` saves the story and appends it to the list in one transaction.
 */
import type { BrightsideDatabase } from '../db/database';
import { addStoryToList as addToList, listLists } from '../db/lists';
import type { StoryInput } from '../messaging/protocol';

export async function listsForCard(db: BrightsideDatabase) {
  const lists = await listLists(db);
  return { lists: lists.map(({ id, name }) => ({ id, name })) };
}

export async function addStoryToList(db: BrightsideDatabase, listId: number, story: StoryInput) {
  const { storyId, added } = await addToList(db, listId, story);
  return { storyId, listId, added };
}
