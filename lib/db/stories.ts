import Dexie from 'dexie';
import { normalizeStoryUrl } from '../detection/story-url';
import type { StoryInput } from '../messaging/protocol';
import type { BrightsideDatabase, ListItemRecord, StoryRecord } from './database';
import { guardWrite } from './storage-errors';

/**
 * Saves a story, or refreshes the one already saved under the same URL: one transaction, so two
 * tabs saving the same story at once still leave one record. A full disk throws
 * `StorageFullError` and changes nothing.
 */
export async function saveStory(
  db: BrightsideDatabase,
  story: StoryInput,
  now = Date.now(),
): Promise<{ id: number; created: boolean }> {
  const url = normalizeStoryUrl(story.url) ?? story.url;
  return guardWrite(() =>
    db.transaction('rw', db.stories, async () => {
      const existing = await db.stories.where('url').equals(url).first();
      if (existing) {
        await db.stories.update(existing.id, withoutUndefined({ ...story, url }));
        return { id: existing.id, created: false };
      }
      const id = await db.stories.add({
        ...withoutUndefined(story),
        url,
        title: story.title,
        savedAt: now,
        readAt: 0,
        tags: [],
      });
      return { id, created: true };
    }),
  );
}

/** The saved stories, newest first. */
export function listStories(db: BrightsideDatabase): Promise<StoryRecord[]> {
  return db.stories.orderBy('savedAt').reverse().toArray();
}

/**
 * The first screen of the reading list, cheap at any size: unread stories newest first straight
 * from the [readAt+savedAt] index, topped up with the newest read ones.
 */
export async function firstStories(db: BrightsideDatabase, limit = 40): Promise<StoryRecord[]> {
  return db.transaction('r', db.stories, async () => {
    const unread = await db.stories
      .where('[readAt+savedAt]')
      .between([0, Dexie.minKey], [0, Dexie.maxKey])
      .reverse()
      .limit(limit)
      .toArray();
    if (unread.length >= limit) return unread;
    const read = await db.stories
      .orderBy('savedAt')
      .reverse()
      .filter((story) => story.readAt > 0)
      .limit(limit - unread.length)
      .toArray();
    return [...unread, ...read];
  });
}

/** Which of `urls` (already normalised) are saved. */
export async function savedAmong(db: BrightsideDatabase, urls: string[]): Promise<string[]> {
  const found = await db.stories.where('url').anyOf(urls).toArray();
  return found.map((story) => story.url);
}

/** Marks stories read (at `now`) or unread. */
export function markRead(
  db: BrightsideDatabase,
  ids: number[],
  read: boolean,
  now = Date.now(),
): Promise<void> {
  return guardWrite(async () => {
    await db.stories
      .where('id')
      .anyOf(ids)
      .modify({ readAt: read ? now : 0 });
  });
}

/** A tag as stored: trimmed, single-spaced, lower case, at most 40 characters. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40);
}

/** Parses what a reader typed ("weekend, Good news") into tags, without duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map(normalizeTag).filter(Boolean))];
}

/** Replaces one story's tags. */
export function setTags(db: BrightsideDatabase, id: number, tags: string[]): Promise<void> {
  const clean = [...new Set(tags.map(normalizeTag).filter(Boolean))];
  return guardWrite(async () => {
    await db.stories.update(id, { tags: clean });
  });
}

/** Adds tags to several stories, keeping the tags each already has. */
export function addTags(db: BrightsideDatabase, ids: number[], tags: string[]): Promise<void> {
  const clean = tags.map(normalizeTag).filter(Boolean);
  return guardWrite(async () => {
    await db.stories
      .where('id')
      .anyOf(ids)
      .modify((story) => {
        story.tags = [...new Set([...(story.tags ?? []), ...clean])];
      });
  });
}

/** Sets (or with an empty text, removes) a story's note. */
export function setNote(db: BrightsideDatabase, id: number, note: string): Promise<void> {
  const text = note.trim().slice(0, 5_000);
  return guardWrite(async () => {
    await db.transaction('rw', db.stories, async () => {
      const story = await db.stories.get(id);
      if (!story) return;
      const { note: _old, ...rest } = story;
      await db.stories.put(text ? { ...rest, note: text } : rest);
    });
  });
}

/** Everything a delete removed, so Undo can put it back exactly. */
export interface DeletedStories {
  stories: StoryRecord[];
  listItems: ListItemRecord[];
}

/** Deletes stories and their places in lists, in one transaction; returns what was removed. */
export function deleteStories(db: BrightsideDatabase, ids: number[]): Promise<DeletedStories> {
  return guardWrite(() =>
    db.transaction('rw', db.stories, db.listItems, async () => {
      const stories = (await db.stories.bulkGet(ids)).filter((story) => story !== undefined);
      const listItems = await db.listItems.where('storyId').anyOf(ids).toArray();
      await db.listItems.bulkDelete(listItems.map((item) => item.id));
      await db.stories.bulkDelete(stories.map((story) => story.id));
      return { stories, listItems };
    }),
  );
}

/**
 * Undoes `deleteStories`: the same records with the same ids. If the story was saved again in
 * the meantime (a new record under the same URL), that newer record gives way to the original.
 */
export function restoreStories(db: BrightsideDatabase, deleted: DeletedStories): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.stories, db.listItems, db.lists, async () => {
      const urls = deleted.stories.map((story) => story.url);
      const resaved = await db.stories.where('url').anyOf(urls).toArray();
      await db.stories.bulkDelete(resaved.map((story) => story.id));
      await db.stories.bulkPut(deleted.stories);
      // A list deleted meanwhile takes its items with it.
      const listIds = [...new Set(deleted.listItems.map((item) => item.listId))];
      const lists = new Set(
        (await db.lists.bulkGet(listIds)).filter((list) => list).map((list) => list!.id),
      );
      await db.listItems.bulkPut(deleted.listItems.filter((item) => lists.has(item.listId)));
    }),
  );
}

// A refreshed save must not erase what the first save knew: undefined fields are left out.
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
