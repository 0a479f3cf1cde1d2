/**
 * Curated lists: create, rename, describe, delete with exact undo, add stories, reorder, and a
 * note per story in a list. Positions are kept dense (0, 1, 2, …) so order is one index read.
 * Every change is one transaction: it completes or changes nothing.
 */
import type { StoryInput } from '../messaging/protocol';
import type { BrightsideDatabase, ListItemRecord, ListRecord, StoryRecord } from './database';
import { guardWrite } from './storage-errors';
import { saveStory } from './stories';
import type { ListDocument } from '../sharing/types';

export const LIST_NAME_MAX = 200;
export const LIST_DESCRIPTION_MAX = 2_000;
export const LIST_CURATOR_MAX = 100;
export const LIST_NOTE_MAX = 2_000;

/** What can go wrong with a list, as codes the pages word from the i18n catalogue. */
export type ListProblem = 'nameRequired' | 'listGone' | 'storyNotSaved' | 'notInList';

const LIST_PROBLEM_LOG: Record<ListProblem, string> = {
  nameRequired: 'A list needs a name.',
  listGone: 'This list no longer exists.',
  storyNotSaved: 'This story is not saved.',
  notInList: 'This story is no longer in the list.',
};

export class ListError extends Error {
  override name = 'ListError';
  constructor(readonly problem: ListProblem) {
    // The English text is for logs; readers see the catalogue's words for `problem`.
    super(LIST_PROBLEM_LOG[problem]);
  }
}

export interface ListFields {
  name: string;
  description?: string;
  curator?: string;
}

/** A list with how many stories it holds. */
export interface ListSummary extends ListRecord {
  count: number;
}

/** A story in a list: the list item (position, note) and the story itself. */
export interface ListEntry {
  item: ListItemRecord;
  story: StoryRecord;
}

function clean(text: string | undefined, max: number, multiline = false): string {
  const value = (text ?? '').replace(multiline ? /[^\S\n]+/g : /\s+/g, ' ').trim();
  return value.length > max ? value.slice(0, max) : value;
}

function checkedFields(fields: Partial<ListFields>): Partial<ListFields> {
  const out: Partial<ListFields> = {};
  if (fields.name !== undefined) {
    out.name = clean(fields.name, LIST_NAME_MAX);
    if (!out.name) throw new ListError('nameRequired');
  }
  if (fields.description !== undefined) {
    out.description = clean(fields.description, LIST_DESCRIPTION_MAX, true);
  }
  if (fields.curator !== undefined) out.curator = clean(fields.curator, LIST_CURATOR_MAX);
  return out;
}

/** Every list, most recently changed first, with its story count. */
export async function listLists(db: BrightsideDatabase): Promise<ListSummary[]> {
  return db.transaction('r', db.lists, db.listItems, async () => {
    const lists = await db.lists.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      lists.map(async (list) => ({
        ...list,
        count: await db.listItems.where('listId').equals(list.id).count(),
      })),
    );
  });
}

export async function createList(
  db: BrightsideDatabase,
  fields: ListFields,
  now = Date.now(),
): Promise<number> {
  const checked = checkedFields(fields);
  return guardWrite(() =>
    db.lists.add({
      name: checked.name!,
      ...(checked.description ? { description: checked.description } : {}),
      ...(checked.curator ? { curator: checked.curator } : {}),
      createdAt: now,
      updatedAt: now,
    }),
  );
}

/** Renames or describes a list, or changes its curator (an empty text removes it). */
export async function updateList(
  db: BrightsideDatabase,
  listId: number,
  fields: Partial<ListFields>,
  now = Date.now(),
): Promise<void> {
  const checked = checkedFields(fields);
  return guardWrite(() =>
    db.transaction('rw', db.lists, async () => {
      const list = await db.lists.get(listId);
      if (!list) throw new ListError('listGone');
      const next: ListRecord = { ...list, ...checked, updatedAt: now };
      for (const key of ['description', 'curator'] as const) if (!next[key]) delete next[key];
      await db.lists.put(next);
    }),
  );
}

/** What deleting a list removed, for Undo. */
export interface DeletedList {
  list: ListRecord;
  items: ListItemRecord[];
}

export function deleteList(db: BrightsideDatabase, listId: number): Promise<DeletedList> {
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, async () => {
      const list = await db.lists.get(listId);
      if (!list) throw new ListError('listGone');
      const items = await db.listItems.where('listId').equals(listId).toArray();
      await db.listItems.where('listId').equals(listId).delete();
      await db.lists.delete(listId);
      return { list, items };
    }),
  );
}

/** Undoes `deleteList`: the same list and items, same ids (items of stories deleted since are left out). */
export function restoreList(db: BrightsideDatabase, deleted: DeletedList): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, db.stories, async () => {
      await db.lists.put(deleted.list);
      const stories = await db.stories.bulkGet(deleted.items.map((item) => item.storyId));
      await db.listItems.bulkPut(deleted.items.filter((_, index) => stories[index] !== undefined));
    }),
  );
}

/** The list's stories in order. */
export async function listEntries(db: BrightsideDatabase, listId: number): Promise<ListEntry[]> {
  return db.transaction('r', db.listItems, db.stories, async () => {
    const items = await db.listItems
      .where('[listId+position]')
      .between([listId, -Infinity], [listId, Infinity])
      .toArray();
    const stories = await db.stories.bulkGet(items.map((item) => item.storyId));
    return items.flatMap((item, index) => {
      const story = stories[index];
      return story ? [{ item, story }] : [];
    });
  });
}

async function nextPosition(db: BrightsideDatabase, listId: number): Promise<number> {
  const last = await db.listItems
    .where('[listId+position]')
    .between([listId, -Infinity], [listId, Infinity])
    .last();
  return last ? last.position + 1 : 0;
}

/**
 * Adds a saved story (by id), or a story to save first (by its fields), at the end of a list.
 * A story already in the list stays where it is (`added: false`).
 */
export function addStoryToList(
  db: BrightsideDatabase,
  listId: number,
  story: number | StoryInput,
  now = Date.now(),
): Promise<{ itemId: number; storyId: number; added: boolean }> {
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, db.stories, async () => {
      const list = await db.lists.get(listId);
      if (!list) throw new ListError('listGone');
      const storyId = typeof story === 'number' ? story : (await saveStory(db, story, now)).id;
      if (!(await db.stories.get(storyId))) throw new ListError('storyNotSaved');
      const existing = await db.listItems.where({ listId, storyId }).first();
      if (existing) return { itemId: existing.id, storyId, added: false };
      const itemId = await db.listItems.add({
        listId,
        storyId,
        position: await nextPosition(db, listId),
      });
      await db.lists.update(listId, { updatedAt: now });
      return { itemId, storyId, added: true };
    }),
  );
}

export function removeFromList(
  db: BrightsideDatabase,
  listId: number,
  itemId: number,
  now = Date.now(),
): Promise<ListItemRecord | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, async () => {
      const item = await db.listItems.get(itemId);
      if (!item || item.listId !== listId) return undefined;
      await db.listItems.delete(itemId);
      await renumber(db, listId);
      await db.lists.update(listId, { updatedAt: now });
      return item;
    }),
  );
}

async function renumber(db: BrightsideDatabase, listId: number, order?: number[]) {
  const items = await db.listItems
    .where('[listId+position]')
    .between([listId, -Infinity], [listId, Infinity])
    .toArray();
  const ids = order ?? items.map((item) => item.id);
  const byId = new Map(items.map((item) => [item.id, item]));
  const changed = ids.flatMap((id, position) => {
    const item = byId.get(id);
    return item && item.position !== position ? [{ ...item, position }] : [];
  });
  await db.listItems.bulkPut(changed);
}

/** Moves one story to `toIndex` (0-based, clamped) in its list. */
export function moveListItem(
  db: BrightsideDatabase,
  listId: number,
  itemId: number,
  toIndex: number,
  now = Date.now(),
): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, async () => {
      const items = await db.listItems
        .where('[listId+position]')
        .between([listId, -Infinity], [listId, Infinity])
        .toArray();
      const from = items.findIndex((item) => item.id === itemId);
      if (from < 0) throw new ListError('notInList');
      const ids = items.map((item) => item.id);
      ids.splice(from, 1);
      ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, itemId);
      await renumber(db, listId, ids);
      await db.lists.update(listId, { updatedAt: now });
    }),
  );
}

/** Sets the list's note on one of its stories (empty text removes it). */
export async function setListItemNote(
  db: BrightsideDatabase,
  itemId: number,
  note: string,
  now = Date.now(),
): Promise<void> {
  const text = (note ?? '')
    .replace(/[^\S\n]+/g, ' ')
    .trim()
    .slice(0, LIST_NOTE_MAX);
  return guardWrite(() =>
    db.transaction('rw', db.lists, db.listItems, async () => {
      const item = await db.listItems.get(itemId);
      if (!item) throw new ListError('notInList');
      const { note: _old, ...rest } = item;
      await db.listItems.put(text ? { ...rest, note: text } : rest);
      await db.lists.update(item.listId, { updatedAt: now });
    }),
  );
}

/** A list with its stories in order, as exports and share links read it. */
export async function readListDocument(
  db: BrightsideDatabase,
  listId: number,
): Promise<ListDocument> {
  const list = await db.lists.get(listId);
  if (!list) throw new ListError('listGone');
  const entries = await listEntries(db, listId);
  return {
    name: list.name,
    ...(list.description ? { description: list.description } : {}),
    ...(list.curator ? { curator: list.curator } : {}),
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    items: entries.map(({ item, story }) => {
      const { id: _id, note: _storyNote, readAt: _readAt, ...shared } = story;
      return item.note ? { ...shared, note: item.note } : shared;
    }),
  };
}
