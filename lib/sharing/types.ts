/**
 * The shapes shared by every format. Exports read a `ListDocument`; imports produce a
 * `ParsedImport` (unique stories plus the lists that refer to them by URL), which is previewed and
 * then applied to the database in one transaction.
 */
import type { Category } from '../classifier/types';
import type { EntryPlace, EntryProblem } from './import-problems';

/** A story as files carry it. `url` is always a normalised http(s) address. */
export interface SharedStory {
  url: string;
  title: string;
  teaser?: string;
  siteName?: string;
  imageUrl?: string;
  published?: string;
  category?: Category | null;
  /** Milliseconds since 1970. */
  savedAt?: number;
  readAt?: number;
  score?: number;
  cues?: string[];
  tags?: string[];
  /** The reader's own note on the story (backups); list notes live on list items. */
  note?: string;
}

/** A story in a list, with that list's note on it. */
export interface ListDocumentItem extends Omit<SharedStory, 'note'> {
  note?: string;
}

/** One list with its stories in order: what exports and the share viewer read. */
export interface ListDocument {
  name: string;
  description?: string;
  curator?: string;
  createdAt?: number;
  updatedAt?: number;
  items: ListDocumentItem[];
}

/** A list in an import: its stories are referred to by URL (see `ParsedImport.stories`). */
export interface ImportedList {
  name: string;
  description?: string;
  curator?: string;
  createdAt?: number;
  updatedAt?: number;
  items: Array<{ url: string; note?: string }>;
}

export type ImportFormat =
  | 'brightside-json'
  | 'brightside-backup'
  | 'share-link'
  | 'netscape-bookmarks'
  | 'html-links'
  | 'brightside-html'
  | 'brightside-csv'
  | 'pocket-csv'
  | 'instapaper-csv'
  | 'csv'
  | 'markdown'
  | 'rss'
  | 'url-list';

/** An entry of the file that was left out, where it was and why (worded by the pages). */
export interface Rejection {
  entry: EntryPlace;
  reason: EntryProblem;
  /** The offending value, shortened, shown as text. */
  value?: string;
}

/** JSON values as backups carry them for other parts of the extension (feedback, settings). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ParsedImport {
  format: ImportFormat;
  /** Every story of the file, one per normalised URL (duplicates merged, richer record kept). */
  stories: SharedStory[];
  lists: ImportedList[];
  rejected: Rejection[];
  /** Entries that named a URL already met earlier in the file, merged into it. */
  duplicates: number;
  /** Only in backups: the parts of the library besides stories and lists. */
  backup?: { feedback: JsonObject[]; settings?: JsonObject; exportedAt?: number };
}
