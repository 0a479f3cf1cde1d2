/**
 * The reading list's database. It lives in the extension's origin only: a content script's
 * IndexedDB would belong to the news site, so pages ask the background instead.
 *
 * Versions only grow: never edit a `version()` block once released; append a new one with its
 * `upgrade()` and a test that opens a database made by the version before.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Category } from '../classifier';

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

export const DATABASE_NAME = 'brightside';

export class BrightsideDatabase extends Dexie {
  stories!: EntityTable<StoryRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      stories: '++id, &url, savedAt, readAt, category, siteName, *tags',
    });
  }
}

let shared: BrightsideDatabase | undefined;

/** The one database instance of this extension context. */
export function getDatabase(): BrightsideDatabase {
  shared ??= new BrightsideDatabase();
  return shared;
}
