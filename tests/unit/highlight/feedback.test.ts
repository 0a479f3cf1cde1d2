import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { feedbackAmong, listFeedback, recordFeedback } from '@/lib/db/feedback';

let db: BrightsideDatabase;
let name = 0;
beforeEach(() => {
  db = new BrightsideDatabase(`feedback-test-${++name}`);
});
afterEach(() => db.delete());

describe('feedback', () => {
  test('keeps one verdict per story: the latest', async () => {
    await recordFeedback(db, 'https://a.example/1', 'not-uplifting', 1);
    await recordFeedback(db, 'https://a.example/2', 'uplifting', 2);
    await recordFeedback(db, 'https://a.example/1', 'uplifting', 3);
    const rows = await listFeedback(db);
    expect(rows.map(({ url, verdict }) => [url, verdict])).toEqual([
      ['https://a.example/1', 'uplifting'],
      ['https://a.example/2', 'uplifting'],
    ]);
    const among = await feedbackAmong(db, ['https://a.example/1', 'https://a.example/none']);
    expect([...among]).toEqual([['https://a.example/1', 'uplifting']]);
  });
});
