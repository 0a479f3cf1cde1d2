/**
 * Gathers a file's entries as its parser reads them: each is checked (`checkEntry`), stories are
 * merged by normalised URL, lists keep their order, and the limits on entries and lists hold.
 */
import { checkEntry, cleanText, mergeStories, readTime, type RawEntry } from './entry';
import { importError, type EntryPlace } from './import-problems';
import { LIMITS } from './limits';
import type { ImportedList, ImportFormat, ParsedImport, Rejection, SharedStory } from './types';

export interface RawList {
  name?: unknown;
  description?: unknown;
  curator?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
}

export class ImportCollector {
  private readonly stories = new Map<string, SharedStory>();
  private readonly lists: Array<ImportedList & { seen: Set<string> }> = [];
  private readonly rejected: Rejection[] = [];
  private entries = 0;
  private duplicates = 0;

  constructor(readonly format: ImportFormat) {}

  /** Starts a list; entries added with its index join it. Returns the index. */
  addList(raw: RawList, fallbackName = 'Imported list'): number {
    if (this.lists.length >= LIMITS.lists) {
      throw importError('tooManyLists', LIMITS.lists);
    }
    const list = Object.create(null) as ImportedList & { seen: Set<string> };
    list.name = cleanText(raw.name, LIMITS.listName) || fallbackName;
    const description = cleanText(raw.description, LIMITS.description, { multiline: true });
    if (description) list.description = description;
    const curator = cleanText(raw.curator, LIMITS.curator);
    if (curator) list.curator = curator;
    const createdAt = readTime(raw.createdAt);
    if (createdAt !== undefined) list.createdAt = createdAt;
    const updatedAt = readTime(raw.updatedAt);
    if (updatedAt !== undefined) list.updatedAt = updatedAt;
    list.items = [];
    list.seen = new Set();
    this.lists.push(list);
    return this.lists.length - 1;
  }

  /**
   * Adds one entry (to the list `listIndex` when given; its `note` is then the list's note on it).
   * Returns whether it was accepted.
   */
  add(raw: RawEntry, entry: EntryPlace, listIndex?: number): boolean {
    this.entries++;
    if (this.entries > LIMITS.entries) {
      throw importError('tooManyEntries', LIMITS.entries);
    }
    const checked = checkEntry(raw, entry);
    if ('rejection' in checked) {
      this.rejected.push(checked.rejection);
      return false;
    }
    const { story } = checked;
    const list = listIndex === undefined ? undefined : this.lists[listIndex];
    let note: string | undefined;
    if (list && story.note !== undefined) {
      note = story.note;
      delete story.note;
    }
    const known = this.stories.get(story.url);
    if (known) {
      this.duplicates++;
      this.stories.set(story.url, mergeStories(known, story));
    } else {
      this.stories.set(story.url, story);
    }
    if (list && !list.seen.has(story.url)) {
      list.seen.add(story.url);
      list.items.push(note ? { url: story.url, note } : { url: story.url });
    }
    return true;
  }

  /** Sets a list's description or curator read after its start (Markdown, HTML pages). */
  setListField(index: number, key: 'description' | 'curator', value: string): void {
    const list = this.lists[index];
    if (!list) return;
    const text =
      key === 'curator'
        ? cleanText(value, LIMITS.curator)
        : cleanText(value, LIMITS.description, { multiline: true });
    if (text) list[key] = text;
    else delete list[key];
  }

  reject(rejection: Rejection): void {
    this.entries++;
    this.rejected.push(rejection);
  }

  get entryCount(): number {
    return this.entries;
  }

  result(): ParsedImport {
    return {
      format: this.format,
      stories: [...this.stories.values()],
      lists: this.lists.map(({ seen: _seen, ...list }) => list),
      rejected: this.rejected,
      duplicates: this.duplicates,
    };
  }
}
