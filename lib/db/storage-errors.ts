/**
 * A full disk must never cost the reader a story: IndexedDB aborts the whole transaction, so
 * nothing already saved changes, and the reader is told plainly what happened and what to do.
 */
export const STORAGE_FULL_MESSAGE =
  'Your device is out of storage space, so Brightside could not save this change. Everything saved before is safe. Free some space and try again.';

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(STORAGE_FULL_MESSAGE, options);
  }
}

/** Dexie reports a full disk as QuotaExceededError, sometimes wrapped in an AbortError. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Runs a write; a full disk becomes a `StorageFullError`, anything else is passed on as is. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
