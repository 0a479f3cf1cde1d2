/**
 * The reading list's database. It lives in the extension's origin only: a content script's
 * IndexedDB would belong to the news site, so pages ask the background instead.
 *
 * Versions only grow: never edit a `version()` block once released; append a new one with its
 * `upgrade()` and a test that opens a database made by the version before.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Category } from '../classifier';
import { DATABASE_NAME } from './database-name';

export interface StoryRecord {
  id: number;
  /** Normalised URL (see `normalizeStoryUrl`): one record per story. */
  url: string;
  title: string;
  teaser?: string;
  siteName?: string;
  imageUrl?: string;
  published?: string;
  savedAt: number;
  /** When the reader marked it read; 0 while unread (IndexedDB cannot index null). */
  readAt: number;
  score?: number;
  category?: Category | null;
  cues?: string[];
  tags: string[];
  note?: string;
}

/** A reader's named list of stories (curated and shared by `lib/sharing`). */
export interface ListRecord {
  id: number;
  name: string;
  description?: string;
  curator?: string;
  createdAt: number;
  updatedAt: number;
}

/** One story in a list, at a position; a story is in a list at most once. */
export interface ListItemRecord {
  id: number;
  listId: number;
  storyId: number;
  position: number;
  note?: string;
}

export type FeedbackVerdict = 'uplifting' | 'not-uplifting';

/** The reader's own verdict on a story the classifier scored (kept on the device). */
export interface FeedbackRecord {
  id: number;
  url: string;
  verdict: FeedbackVerdict;
  createdAt: number;
}

export { DATABASE_NAME };

export class BrightsideDatabase extends Dexie {
  stories!: EntityTable<StoryRecord, 'id'>;
  lists!: EntityTable<ListRecord, 'id'>;
  listItems!: EntityTable<ListItemRecord, 'id'>;
  feedback!: EntityTable<FeedbackRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      stories: '++id, &url, savedAt, readAt, category, siteName, *tags',
    });
    // Version 2: lists, list items and feedback; stories gain an index. Nothing to move, so the
    // upgrade only makes sure every story has the fields version 2 code relies on.
    this.version(2)
      .stores({
        // [readAt+savedAt]: the popup reads its first screen (unread, newest first) from an index.
        stories: '++id, &url, savedAt, readAt, category, siteName, *tags, [readAt+savedAt]',
        lists: '++id, name, updatedAt',
        listItems: '++id, listId, storyId, [listId+position], &[listId+storyId]',
        feedback: '++id, url, createdAt',
      })
      .upgrade((tx) =>
        tx
          .table<StoryRecord>('stories')
          .toCollection()
          .modify((story) => {
            story.readAt ??= 0;
            story.tags ??= [];
          }),
      );
  }
}

let shared: BrightsideDatabase | undefined;

/** The one database instance of this extension context. */
export function getDatabase(): BrightsideDatabase {
  shared ??= new BrightsideDatabase();
  return shared;
}
