/**
 * The lists section's state, outside the components: live queries of the lists and of the open
 * list, and the actions, each one database call from lib/db/lists or lib/sharing. Components read
 * signals (`undefined` while loading) and call these actions; they never touch the database.
 */
import { signal } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import type { BrightsideDatabase } from '@/lib/db/database';
import {
  createList,
  deleteList,
  listEntries,
  listLists,
  moveListItem,
  readListDocument,
  removeFromList,
  restoreList,
  setListItemNote,
  updateList,
  type DeletedList,
  type ListEntry,
  type ListFields,
  type ListSummary,
} from '@/lib/db/lists';
import { applyImport, previewImport, type ImportPreview } from '@/lib/sharing/apply-import';
import { exportList, type ExportFormat, type ExportedFile } from '@/lib/sharing/export-list';
import { parseImport } from '@/lib/sharing/parse-import';
import { readBackup, restoreBackup, type RestoreMode } from '@/lib/sharing/backup';
import { onImportRequest } from '@/lib/sharing/import-requests';
import { LIMITS, formatBytes } from '@/lib/sharing/limits';
import { createShareLink, ShareLinkTooLargeError } from '@/lib/sharing/share-link';
import { importError } from '@/lib/sharing/import-problems';
import type { ParsedImport } from '@/lib/sharing/types';
import type { Translate } from '@/lib/i18n/translate';
import { errorText } from '../error-text';

export interface PendingImport {
  parsed: ParsedImport;
  preview: ImportPreview;
  mode: RestoreMode;
}

export type ShareResult = { link: string } | { tooLarge: string };

/** `t` gives the store's own messages (the import's outcome) in the reader's language. */
export function createListsStore(db: BrightsideDatabase, t: Translate) {
  const lists = signal<ListSummary[] | undefined>(undefined);
  const openId = signal<number | undefined>(undefined);
  const entries = signal<ListEntry[] | undefined>(undefined);
  const error = signal<string | undefined>(undefined);
  const status = signal<string | undefined>(undefined);
  const undo = signal<DeletedList | undefined>(undefined);
  const pending = signal<PendingImport | undefined>(undefined);
  let entriesSubscription: Subscription | undefined;
  const stopped = new AbortController();

  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    error.value = undefined;
    try {
      return await action();
    } catch (caught) {
      error.value = errorText(t, caught);
      return undefined;
    }
  };

  const listsSubscription = liveQuery(() => listLists(db)).subscribe({
    next: (value) => (lists.value = value),
    error: (caught: unknown) => (error.value = errorText(t, caught)),
  });

  function open(listId: number | undefined) {
    entriesSubscription?.unsubscribe();
    openId.value = listId;
    entries.value = undefined;
    if (listId === undefined) return;
    entriesSubscription = liveQuery(() => listEntries(db, listId)).subscribe({
      next: (value) => (entries.value = value),
      error: (caught: unknown) => (error.value = errorText(t, caught)),
    });
  }

  async function preview(input: string | Uint8Array, fileName?: string, backupOnly = false) {
    pending.value = undefined;
    const parsed = backupOnly ? readBackup(input, fileName) : parseImport(input, { fileName });
    const mode: RestoreMode = 'merge';
    pending.value = { parsed, preview: await previewImport(db, parsed, { mode }), mode };
  }

  /** Reads a file or pasted text and shows its preview; nothing is written yet. */
  const readImport = (input: string | Uint8Array, fileName?: string) =>
    run(() => preview(input, fileName));

  /** A chosen file: refused unread when over the size limit, else previewed like `readImport`. */
  const readImportFile = (file: File, { backupOnly = false } = {}) =>
    run(async () => {
      pending.value = undefined;
      if (file.size > LIMITS.fileBytes) {
        throw importError('fileTooLarge', formatBytes(file.size), formatBytes(LIMITS.fileBytes));
      }
      await preview(new Uint8Array(await file.arrayBuffer()), file.name, backupOnly);
    });

  // The library's "Restore" hands its file to this preview.
  onImportRequest(
    db,
    ({ file, backupOnly }) => void readImportFile(file, { backupOnly }),
    stopped.signal,
  );

  return {
    lists,
    openId,
    entries,
    error,
    status,
    undo,
    pending,
    open,
    stop() {
      stopped.abort();
      listsSubscription.unsubscribe();
      entriesSubscription?.unsubscribe();
    },
    create: (fields: ListFields) =>
      run(async () => {
        const id = await createList(db, fields);
        open(id);
        return id;
      }),
    update: (listId: number, fields: Partial<ListFields>) =>
      run(() => updateList(db, listId, fields)),
    remove: (listId: number) =>
      run(async () => {
        undo.value = await deleteList(db, listId);
        if (openId.value === listId) open(undefined);
      }),
    undoRemove: () =>
      run(async () => {
        const deleted = undo.value;
        if (!deleted) return;
        undo.value = undefined;
        await restoreList(db, deleted);
        open(deleted.list.id);
      }),
    move: (listId: number, itemId: number, toIndex: number) =>
      run(() => moveListItem(db, listId, itemId, toIndex)),
    removeItem: (listId: number, itemId: number) => run(() => removeFromList(db, listId, itemId)),
    setNote: (itemId: number, note: string) => run(() => setListItemNote(db, itemId, note)),
    async exportFile(listId: number, format: ExportFormat): Promise<ExportedFile | undefined> {
      return run(async () => exportList(await readListDocument(db, listId), format));
    },
    async share(listId: number, viewer?: string): Promise<ShareResult | undefined> {
      return run(async () => {
        const document = await readListDocument(db, listId);
        try {
          return { link: createShareLink(document, viewer) };
        } catch (caught) {
          if (caught instanceof ShareLinkTooLargeError) {
            return {
              tooLarge: t(
                'listsLinkTooLarge',
                caught.length.toLocaleString(),
                LIMITS.linkChars.toLocaleString(),
              ),
            };
          }
          throw caught;
        }
      });
    },
    readImport,
    readImportFile,
    setMode: (mode: RestoreMode) =>
      run(async () => {
        const current = pending.value;
        if (!current) return;
        pending.value = {
          ...current,
          mode,
          preview: await previewImport(db, current.parsed, { mode }),
        };
      }),
    cancelImport() {
      pending.value = undefined;
    },
    /** Applies the previewed import in one transaction (a backup also restores settings). */
    applyPending: (saveSettings?: Parameters<typeof restoreBackup>[2]['saveSettings']) =>
      run(async () => {
        const current = pending.value;
        if (!current) return;
        const result =
          current.parsed.format === 'brightside-backup'
            ? await restoreBackup(db, current.parsed, { mode: current.mode, saveSettings })
            : await applyImport(db, current.parsed);
        pending.value = undefined;
        status.value = t(
          'listsImported',
          result.added === 1 ? t('listsNewStoryOne') : t('listsNewStoryMany', result.added),
          result.merged,
          result.listsCreated === 1
            ? t('listsNewListOne')
            : t('listsNewListMany', result.listsCreated),
        );
        if (result.listIds.length === 1) open(result.listIds[0]);
        return result;
      }),
  };
}

export type ListsStore = ReturnType<typeof createListsStore>;
