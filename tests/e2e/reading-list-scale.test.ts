/**
 * 10,000 saved stories in real Chromium: the popup shows its first rows from an index before the
 * whole list has loaded, keeps only the rows in view in the page, searches all 10,000 as you type,
 * and scrolls. Figures are printed; the bounds asserted here are loose guards against regressions
 * on a shared 2-core machine (the targets are measured by `npm run bench reading-list`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  heapMb,
  makeStories,
  scrollFrames,
  seedStories,
  STORIES_AT_SCALE,
  timePageOpen,
  timeSearchKeys,
  waitForWholeList,
} from '../../scripts/bench/reading-list';
import { median } from '../../scripts/bench/measure';
import { openSession, type Session } from './support/brightside';

const stories = makeStories(STORIES_AT_SCALE);

describe(`the reading list with ${STORIES_AT_SCALE} stories`, () => {
  let session: Session;
  let popup: Page;
  beforeAll(async () => {
    session = await openSession({});
    const seeder = await session.brightside.context.newPage();
    await seeder.goto(session.brightside.extensionUrl('popup.html'));
    await seeder.getByText('Nothing saved yet.').waitFor();
    await seedStories(seeder, stories);
    await seeder.close();
  });
  afterAll(() => session?.close());

  test('the popup opens to its first rows, then loads the rest', async () => {
    const opens: number[] = [];
    for (let run = 0; run < 3; run++) {
      const open = await timePageOpen(
        session.brightside.context,
        session.brightside.extensionUrl('popup.html'),
      );
      opens.push(open.shown);
      if (run < 2) await open.page.close();
      else popup = open.page;
    }
    console.log(`popup open → first rows, 10k stories: ${opens.map(Math.round).join(', ')} ms`);
    expect(median(opens)).toBeLessThan(1_500);
    await waitForWholeList(popup, STORIES_AT_SCALE);
    const unread = stories.filter((story) => story.readAt === 0);
    const newestUnread = [...unread].sort((a, b) => b.savedAt - a.savedAt)[0]!;
    expect(await popup.locator('[role="listitem"] .story-title').first().textContent()).toBe(
      newestUnread.title,
    );
    // Virtualised: a screenful of rows in the page, not ten thousand.
    const rows = await popup.getByRole('listitem').count();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(40);
    expect(await popup.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(
      String(STORIES_AT_SCALE),
    );
  });

  test('search over all 10,000 as you type', async () => {
    const keys = await timeSearchKeys(popup, 'whale');
    console.log(
      `search keystroke → results, 10k stories: ${keys.map((key) => Math.round(key.ms)).join(', ')} ms`,
    );
    expect(median(keys.map((key) => key.ms))).toBeLessThan(100);
    const expected = stories.filter((story) =>
      `${story.title}\n${story.teaser}\n${story.siteName}`.toLowerCase().includes('whale'),
    ).length;
    expect(expected).toBeGreaterThan(100);
    expect(keys.at(-1)!.rows).toMatch(new RegExp(`^${expected} of ${STORIES_AT_SCALE} `));
    await popup.getByRole('searchbox').fill('');
    await waitForWholeList(popup, STORIES_AT_SCALE);
  });

  test('scrolls to the end of the list', async () => {
    const intervals = await scrollFrames(popup, 20, 6_000);
    console.log(
      `scrolling 20 frames: median ${median(intervals).toFixed(1)} ms, longest ${Math.max(...intervals).toFixed(1)} ms; heap ${await heapMb(popup)} MB`,
    );
    await popup.locator('.scroller').evaluate((scroller) => (scroller.scrollTop = 1e9));
    const last = [...stories].sort(
      (a, b) => Number(a.readAt > 0) - Number(b.readAt > 0) || b.savedAt - a.savedAt,
    )[STORIES_AT_SCALE - 1]!;
    await expect
      .poll(() => popup.locator(`[aria-posinset="${STORIES_AT_SCALE}"] .story-title`).textContent())
      .toBe(last.title);
  });
});
