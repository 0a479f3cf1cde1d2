/**
 * The limits every import, export and share link keeps. They are stated in docs/formats/ and in
 * the import dialog; an input beyond one is refused whole with a clear error, and nothing is written.
 */
export const LIMITS = {
  /** Largest file an import or restore reads: 32 MiB (10,000 stories in Brightside JSON are ~4 MB). */
  fileBytes: 32 * 1024 * 1024,
  /** Most entries (stories, bookmarks, rows, lines) one file may hold. */
  entries: 100_000,
  /** Most lists one file may hold. */
  lists: 1_000,
  /** Longest share-link fragment (characters after `#`); a longer list is shared as a file. */
  linkChars: 32 * 1024,
  /** Largest a share link may decompress to (guards against compression bombs). */
  linkInflatedBytes: 2 * 1024 * 1024,
  url: 4_096,
  title: 500,
  note: 2_000,
  teaser: 2_000,
  listName: 200,
  description: 2_000,
  curator: 100,
  siteName: 200,
  tags: 50,
  tag: 80,
} as const;

/** Human-readable size for messages: 32 MiB, 5.2 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
