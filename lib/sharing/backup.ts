/**
 * Back up everything (stories, lists, feedback, settings) as one Brightside JSON file, and restore
 * it: merged into the library or replacing it, in one transaction. Settings are checked and
 * migrated like stored settings (a bad field falls back to its default) and saved after the
 * library (to the extension's settings storage unless the caller passes its own `saveSettings`).
 */
import type { BrightsideDatabase } from '../db/database';
import { readListDocument } from '../db/lists';
import { migrateSettings, type Settings } from '../settings/settings';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { applyImport, previewImport, type ImportPreview, type ImportResult } from './apply-import';
import { exportBackupJson, plainJson } from './brightside-json';
import type { ExportedFile } from './export-list';
import { parseImport } from './parse-import';
import { importError } from './import-problems';
import type { JsonObject, ParsedImport, SharedStory } from './types';

/**
 * The whole library as one file. `settings` are the reader's settings: by default read from the
 * extension's settings storage; `null` leaves them out.
 */
export async function createBackup(
  db: BrightsideDatabase,
  { settings: given, now = Date.now() }: { settings?: Settings | null; now?: number } = {},
): Promise<ExportedFile> {
  const settings = given === undefined ? await loadSettings() : given;
  const { stories, lists, feedback } = await db.transaction(
    'r',
    db.stories,
    db.lists,
    db.listItems,
    db.feedback,
    async () => {
      const stories = await db.stories.orderBy('savedAt').toArray();
      const lists = await db.lists.orderBy('updatedAt').toArray();
      const documents = [];
      for (const list of lists) {
        const document = await readListDocument(db, list.id);
        // Each story is written in full once, under "stories"; list items carry what places them.
        document.items = document.items.map(({ url, title, note }) => ({
          url,
          title,
          ...(note ? { note } : {}),
        }));
        documents.push(document);
      }
      return { stories, lists: documents, feedback: await db.feedback.toArray() };
    },
  );
  const text = exportBackupJson(
    {
      stories: stories.map(({ id: _id, ...story }) => story as SharedStory),
      lists,
      feedback: feedback.map(({ id: _id, ...record }) => plainJson(record) as JsonObject),
      ...(settings ? { settings: plainJson(settings) as JsonObject } : {}),
    },
    now,
  );
  const date = new Date(now).toISOString().slice(0, 10);
  return { fileName: `brightside-backup-${date}.json`, mimeType: 'application/json', text };
}

/** Reads a backup file; anything but a Brightside backup is refused with a clear error. */
export function readBackup(input: string | Uint8Array, fileName?: string): ParsedImport {
  const parsed = parseImport(input, { fileName });
  if (parsed.format !== 'brightside-backup') {
    throw importError('notBackup');
  }
  return parsed;
}

export type RestoreMode = 'merge' | 'replace';

/** What a restore would do, for the confirmation the reader sees first. */
export function previewRestore(
  db: BrightsideDatabase,
  parsed: ParsedImport,
  mode: RestoreMode,
): Promise<ImportPreview> {
  return previewImport(db, parsed, { mode });
}

/** Restores a backup read by `readBackup`: one transaction for the library, then the settings. */
export async function restoreBackup(
  db: BrightsideDatabase,
  parsed: ParsedImport,
  {
    mode,
    saveSettings = updateSettings,
    now,
  }: { mode: RestoreMode; saveSettings?: (settings: Settings) => Promise<unknown>; now?: number },
): Promise<ImportResult & { settingsRestored: boolean }> {
  const result = await applyImport(db, parsed, { mode, ...(now ? { now } : {}) });
  const stored = parsed.backup?.settings;
  if (stored && saveSettings) {
    await saveSettings(migrateSettings(stored));
    return { ...result, settingsRestored: true };
  }
  return { ...result, settingsRestored: false };
}
