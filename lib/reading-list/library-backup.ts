/**
 * The library page's "Back up everything" and "Restore" buttons. The backup format and the
 * restore itself live in `lib/sharing/backup`; this only connects them to a download and a file
 * picker. Restore merges into what is saved: nothing already saved is lost.
 */
import type { BrightsideDatabase } from '../db/database';
import { createBackup, readBackup, restoreBackup } from '../sharing/backup';

export async function backUpEverything(db: BrightsideDatabase, doc = document): Promise<void> {
  const file = await createBackup(db);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = Object.assign(doc.createElement('a'), { href: url, download: file.fileName });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks for a backup file and merges it in; resolves with what was added, or null if cancelled. */
export function restoreFromFile(db: BrightsideDatabase, doc = document) {
  return new Promise<Awaited<ReturnType<typeof restoreBackup>> | null>((resolve, reject) => {
    const input = Object.assign(doc.createElement('input'), {
      type: 'file',
      accept: '.json,application/json',
    });
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      file
        .text()
        .then((text) => restoreBackup(db, readBackup(text, file.name), { mode: 'merge' }))
        .then(resolve, reject);
    });
    input.click();
  });
}
