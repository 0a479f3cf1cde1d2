/**
 * The reading list's state, outside any component: the popup and the library page each make one
 * store over the database and render it. Opening is cheap at any size: the first screen comes
 * from an index, the whole list follows once that is painted, and both are live queries, so the
 * list updates while open whatever tab writes.
 */
import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { Category } from '../classifier';
import type { BrightsideDatabase, ListRecord, StoryRecord } from '../db/database';
import { addStoryToList } from '../db/lists';
import {
  addTags,
  deleteStories,
  firstStories,
  listStories,
  markRead,
  restoreStories,
  setNote,
  setTags,
  type DeletedStories,
} from '../db/stories';
import {
  firstScreenOf,
  firstScreenText,
  LIST_LIVE_MARK,
  readFirstScreen,
  writeFirstScreen,
  type FirstScreenStorage,
} from './first-screen';
import { countsOf, facetsOf, matchesQuery, queryWords, searchText, siteOf } from './story-view';

export const SORT_ORDERS = ['newest', 'oldest', 'uplifting', 'site'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const SHOW = ['unread', 'all', 'read'] as const;
export type Show = (typeof SHOW)[number];

export interface Filters {
  show: Show;
  category: Category | '';
  site: string;
  tag: string;
}

export const DEFAULT_FILTERS: Filters = { show: 'all', category: '', site: '', tag: '' };

export interface PendingUndo {
  deleted: DeletedStories;
  /** When Undo stops being offered. */
  until: number;
}

export interface StoreOptions {
  /** How long Undo is offered after a delete. */
  undoMs?: number;
  /** Rows read from the index before the whole list. */
  firstScreen?: number;
  /**
   * Where the first screen is kept between openings (the page's localStorage): read at once, so
   * rows are painted before the database opens, and refreshed whenever the list changes.
   */
  firstScreenStorage?: FirstScreenStorage;
  now?: () => number;
}

export type ReadingListStore = ReturnType<typeof createReadingListStore>;

export function createReadingListStore(db: BrightsideDatabase, options: StoreOptions = {}) {
  const undoMs = options.undoMs ?? 8_000;
  const now = options.now ?? Date.now;

  const storage = options.firstScreenStorage;
  const snapshot = storage && readFirstScreen(storage);
  let snapshotText: string | undefined;

  /** `undefined` while loading; the first screen until `complete`. */
  const stories = signal<StoryRecord[] | undefined>(snapshot?.length ? snapshot : undefined);
  const complete = signal(false);
  const lists = signal<ListRecord[]>([]);
  const query = signal('');
  const filters = signal<Filters>(DEFAULT_FILTERS);
  const sort = signal<SortOrder>('newest');
  /** The last failure, kept as it came: the pages word it for the reader (components/error-text). */
  const error = signal<unknown>(null);
  const pendingUndo = signal<PendingUndo | null>(null);

  // Sorting happens when the stories or the order change, not on each keystroke.
  const sorted = computed(() => {
    const all = stories.value;
    return all ? sortStories(all, sort.value) : undefined;
  });

  const visible = computed(() => {
    const all = sorted.value;
    if (!all) return undefined;
    const words = queryWords(query.value);
    const { show, category, site, tag } = filters.value;
    return all.filter(
      (story) =>
        (show === 'all' || (show === 'unread') === (story.readAt === 0)) &&
        (!category || story.category === category) &&
        (!site || siteOf(story) === site) &&
        (!tag || (story.tags ?? []).includes(tag)) &&
        matchesQuery(story, words),
    );
  });

  const facets = computed(() => facetsOf(stories.value ?? []));
  const counts = computed(() => countsOf(stories.value ?? []));

  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  async function write(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      error.value = null;
      return true;
    } catch (failure) {
      error.value = failure ?? 'unknown';
      return false;
    }
  }

  return {
    stories,
    complete,
    lists,
    query,
    filters,
    sort,
    error,
    pendingUndo,
    visible,
    facets,
    counts,

    /** Starts the live queries; returns the function that stops them. */
    start(): () => void {
      const subscriptions: Array<{ unsubscribe(): void }> = [];
      let later: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const loadWhole = () => {
        if (stopped || subscriptions.length > 1) return;
        subscriptions.push(
          liveQuery(() => listStories(db)).subscribe({
            next: (value) => {
              batch(() => {
                stories.value = value;
                complete.value = true;
              });
              first.unsubscribe();
              // Search text is built while the reader looks, not on the first keystroke; the
              // first screen is kept for the next opening.
              later = setTimeout(() => {
                value.forEach(searchText);
                if (!storage) return;
                const text = firstScreenText(firstScreenOf(value));
                if (text !== snapshotText) writeFirstScreen(storage, (snapshotText = text));
              }, 0);
            },
            error: reportError,
          }),
          liveQuery(() => db.lists.orderBy('name').toArray()).subscribe({
            next: (value) => (lists.value = value),
            error: reportError,
          }),
        );
      };
      const first = liveQuery(() => firstStories(db, options.firstScreen ?? 40)).subscribe({
        next: (value) => {
          if (complete.peek()) return;
          stories.value = value;
          // How long a kept first screen stood alone, for `npm run bench`.
          if (!performance.getEntriesByName(LIST_LIVE_MARK).length)
            performance.mark(LIST_LIVE_MARK);
          // The whole list once the first screen is painted, so it does not compete with it.
          later = setTimeout(loadWhole, 0);
        },
        error: reportError,
      });
      subscriptions.push(first);
      return () => {
        stopped = true;
        clearTimeout(later);
        clearTimeout(undoTimer);
        for (const subscription of subscriptions) subscription.unsubscribe();
      };
    },

    setRead: (ids: number[], read: boolean) => write(() => markRead(db, ids, read, now())),
    setTags: (id: number, tags: string[]) => write(() => setTags(db, id, tags)),
    addTags: (ids: number[], tags: string[]) => write(() => addTags(db, ids, tags)),
    setNote: (id: number, note: string) => write(() => setNote(db, id, note)),

    /** Deletes, and offers Undo for `undoMs`. */
    async remove(ids: number[]): Promise<boolean> {
      let deleted: DeletedStories | undefined;
      const done = await write(async () => {
        deleted = await deleteStories(db, ids);
      });
      if (!done || !deleted) return false;
      clearTimeout(undoTimer);
      pendingUndo.value = { deleted, until: now() + undoMs };
      undoTimer = setTimeout(() => (pendingUndo.value = null), undoMs);
      return true;
    },

    /** Puts back exactly what the last delete removed. */
    async undo(): Promise<boolean> {
      const pending = pendingUndo.value;
      if (!pending) return false;
      clearTimeout(undoTimer);
      pendingUndo.value = null;
      return write(() => restoreStories(db, pending.deleted));
    },

    dismissUndo() {
      clearTimeout(undoTimer);
      pendingUndo.value = null;
    },

    /**
     * Adds stories to the end of a list (one already in it stays where it is): one transaction,
     * so all of them are added or, on a failure, none.
     */
    addToList: (listId: number, storyIds: number[]) =>
      write(() =>
        db.transaction('rw', db.lists, db.listItems, db.stories, async () => {
          for (const storyId of new Set(storyIds)) await addStoryToList(db, listId, storyId, now());
        }),
      ),

    clearError() {
      error.value = null;
    },
  };

  function reportError(failure: unknown) {
    error.value = failure ?? 'unknown';
  }
}

/** Unread first; then the chosen order (newest first breaks ties). */
export function sortStories(stories: StoryRecord[], order: SortOrder): StoryRecord[] {
  const site = new Map<StoryRecord, string>();
  if (order === 'site') for (const story of stories) site.set(story, siteOf(story).toLowerCase());
  const compare: (a: StoryRecord, b: StoryRecord) => number = {
    newest: (a: StoryRecord, b: StoryRecord) => b.savedAt - a.savedAt,
    oldest: (a: StoryRecord, b: StoryRecord) => a.savedAt - b.savedAt,
    uplifting: (a: StoryRecord, b: StoryRecord) =>
      (b.score ?? -1) - (a.score ?? -1) || b.savedAt - a.savedAt,
    site: (a: StoryRecord, b: StoryRecord) =>
      site.get(a)!.localeCompare(site.get(b)!) || b.savedAt - a.savedAt,
  }[order];
  return [...stories].sort((a, b) => Number(a.readAt > 0) - Number(b.readAt > 0) || compare(a, b));
}
