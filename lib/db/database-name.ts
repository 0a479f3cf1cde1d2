/** The extension's IndexedDB database, by name (apart from its schema, which needs Dexie). */
export const DATABASE_NAME = 'brightside';
