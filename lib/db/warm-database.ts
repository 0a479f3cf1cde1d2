import { DATABASE_NAME } from './database-name';

/**
 * Opens the database and closes it at once, without Dexie, so the browser has its files open
 * when the page's store opens it moments later (it keeps them open a little while after the
 * last connection closes). A database that does not exist yet is not made: that open is aborted.
 */
export function warmDatabase(factory: IDBFactory = indexedDB, name = DATABASE_NAME): void {
  const request = factory.open(name);
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => request.result.close();
  // An aborted or refused open only costs the head start.
  request.onerror = (event) => event.preventDefault();
}
