/**
 * The reader's own verdicts on the classifier ("Not uplifting", "Mark as uplifting"), kept on the
 * device. One verdict per story: giving another replaces it, in one transaction.
 */
import type { BrightsideDatabase, FeedbackRecord, FeedbackVerdict } from './database';
import { guardWrite } from './storage-errors';

export async function recordFeedback(
  db: BrightsideDatabase,
  url: string,
  verdict: FeedbackVerdict,
  now = Date.now(),
): Promise<{ id: number }> {
  return guardWrite(() =>
    db.transaction('rw', db.feedback, async () => {
      await db.feedback.where('url').equals(url).delete();
      const id = await db.feedback.add({ url, verdict, createdAt: now });
      return { id };
    }),
  );
}

/** The reader's verdicts on these URLs (already normalised), by URL. */
export async function feedbackAmong(
  db: BrightsideDatabase,
  urls: string[],
): Promise<Map<string, FeedbackVerdict>> {
  const rows = await db.feedback.where('url').anyOf(urls).toArray();
  return new Map(rows.map((row) => [row.url, row.verdict]));
}

/** Every verdict, newest first. */
export function listFeedback(db: BrightsideDatabase): Promise<FeedbackRecord[]> {
  return db.feedback.orderBy('createdAt').reverse().toArray();
}
