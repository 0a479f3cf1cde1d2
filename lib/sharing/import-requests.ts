/**
 * How a page asks its Import panel to preview a file: the library's "Restore" picks a backup and
 * hands it here, and the Lists store of the same database shows the same preview, merge-or-replace
 * choice and confirmation as a file chosen in the panel. Nothing is written on a request.
 */
export interface ImportRequest {
  file: File;
  /** Refuse anything but a Brightside backup (the library's "Restore"). */
  backupOnly?: boolean;
}

type Listener = (request: ImportRequest) => void;

const listeners = new WeakMap<object, Set<Listener>>();

/** Listens for import requests about `db` until `signal` aborts. */
export function onImportRequest(db: object, listener: Listener, signal: AbortSignal): void {
  if (signal.aborted) return;
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  signal.addEventListener('abort', () => set.delete(listener), { once: true });
}

/** Hands a file to the Import panel of `db`; throws when no panel is there to preview it. */
export function requestImport(db: object, request: ImportRequest): void {
  const set = listeners.get(db);
  if (!set?.size) throw new Error('The import preview is not available on this page.');
  for (const listener of set) listener(request);
}
