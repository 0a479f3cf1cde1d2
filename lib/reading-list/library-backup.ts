/**
 * The library page's "Back up everything" and "Restore" buttons. The backup format and the
 * restore itself live in `lib/sharing/backup`; this only connects them to a download and a file
 * picker. Restore writes nothing itself: it hands the file to the Lists Import panel, which shows the
 * same preview as any import and lets the reader merge into the library or replace it (asked twice).
 */
import type { BrightsideDatabase } from '../db/database';
import { createBackup } from '../sharing/backup';
import { requestImport } from '../sharing/import-requests';

export async function backUpEverything(db: BrightsideDatabase, doc = document): Promise<void> {
  const file = await createBackup(db);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = Object.assign(doc.createElement('a'), { href: url, download: file.fileName });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Asks for a backup file and opens it in the Import panel's preview; resolves once handed over
 * (`false` if cancelled). Nothing is written until the reader confirms there.
 */
export function restoreFromFile(db: BrightsideDatabase, doc = document): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const input = Object.assign(doc.createElement('input'), {
      type: 'file',
      accept: '.json,application/json',
    });
    input.addEventListener('cancel', () => resolve(false));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(false);
      try {
        requestImport(db, { file, backupOnly: true });
        resolve(true);
      } catch (error) {
        reject(error);
      }
    });
    input.click();
  });
}
