import type { StoryInput } from '../messaging/protocol';
import type { BrightsideDatabase, StoryRecord } from './database';

/**
 * Saves a story, or refreshes the one already saved under the same URL: one transaction, so two
 * tabs saving the same story at once still leave one record.
 */
export async function saveStory(
  db: BrightsideDatabase,
  story: StoryInput,
  now = Date.now(),
): Promise<{ id: number; created: boolean }> {
  return db.transaction('rw', db.stories, async () => {
    const existing = await db.stories.where('url').equals(story.url).first();
    if (existing) {
      await db.stories.update(existing.id, withoutUndefined({ ...story }));
      return { id: existing.id, created: false };
    }
    const id = await db.stories.add({
      ...withoutUndefined(story),
      url: story.url,
      title: story.title,
      savedAt: now,
      readAt: 0,
      tags: [],
    });
    return { id, created: true };
  });
}

/** The saved stories, newest first. */
export function listStories(db: BrightsideDatabase): Promise<StoryRecord[]> {
  return db.stories.orderBy('savedAt').reverse().toArray();
}

/** Which of `urls` (already normalised) are saved. */
export async function savedAmong(db: BrightsideDatabase, urls: string[]): Promise<string[]> {
  const found = await db.stories.where('url').anyOf(urls).toArray();
  return found.map((story) => story.url);
}

// A refreshed save must not erase what the first save knew: undefined fields are left out.
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
