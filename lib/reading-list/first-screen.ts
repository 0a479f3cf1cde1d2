/**
 * The reading list's first screen, kept in the extension origin's localStorage: read
 * synchronously, it lets the popup paint rows in its first frame, before IndexedDB has opened.
 * The store writes it whenever the whole list changes and replaces it with the live query as soon
 * as that answers, so a stale snapshot is shown for a moment at most and is never written back.
 */
import type { StoryRecord } from '../db/database';

export const FIRST_SCREEN_KEY = 'brightside:first-screen';
/** The popup's element the first screen is drawn in before the app takes its place. */
export const FIRST_SCREEN_ID = 'first-screen';
/** Marked once, on the frame the first rows are painted in: what `npm run bench` times. */
export const LIST_SHOWN_MARK = 'brightside:list-shown';
/** Marked once, when the database first answers and its rows replace the kept first screen. */
export const LIST_LIVE_MARK = 'brightside:list-live';
/** More than a popup shows at once. */
export const FIRST_SCREEN_ROWS = 20;
const FORMAT = 1;
const TEASER_MAX = 300;

/** The part of `Storage` the snapshot uses (the page's localStorage, or a fake in tests). */
export type FirstScreenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The first `limit` stories in the list's default order (unread first, newest first). */
export function firstScreenOf(newestFirst: StoryRecord[], limit = FIRST_SCREEN_ROWS) {
  const unread: StoryRecord[] = [];
  const read: StoryRecord[] = [];
  for (const story of newestFirst) {
    if (story.readAt === 0) unread.push(story);
    else if (read.length < limit) read.push(story);
    if (unread.length >= limit) break;
  }
  return [...unread, ...read].slice(0, limit);
}

/** Only what a row shows: no cues or notes, teasers cut short. */
function rowOf(story: StoryRecord): StoryRecord {
  const { cues: _cues, note: _note, ...row } = story;
  if (row.teaser && row.teaser.length > TEASER_MAX) row.teaser = row.teaser.slice(0, TEASER_MAX);
  return row;
}

/** Serialises the snapshot; returns the text, so a caller can skip writing what is unchanged. */
export function firstScreenText(stories: StoryRecord[]): string {
  return JSON.stringify({ format: FORMAT, stories: stories.map(rowOf) });
}

export function writeFirstScreen(storage: FirstScreenStorage, text: string): void {
  try {
    storage.setItem(FIRST_SCREEN_KEY, text);
  } catch {
    // A full or unavailable localStorage only costs the fast first paint.
  }
}

function isRow(value: unknown): value is StoryRecord {
  if (!value || typeof value !== 'object') return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.id === 'number' &&
    typeof row.url === 'string' &&
    typeof row.title === 'string' &&
    typeof row.savedAt === 'number' &&
    typeof row.readAt === 'number' &&
    Array.isArray(row.tags) &&
    row.tags.every((tag) => typeof tag === 'string')
  );
}

/** The stored first screen, or `undefined` if there is none or it cannot be read. */
export function readFirstScreen(storage: FirstScreenStorage): StoryRecord[] | undefined {
  try {
    const text = storage.getItem(FIRST_SCREEN_KEY);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as { format?: unknown; stories?: unknown };
    if (parsed.format !== FORMAT || !Array.isArray(parsed.stories)) return undefined;
    return parsed.stories.every(isRow) ? parsed.stories : undefined;
  } catch {
    return undefined;
  }
}
