/**
 * The thin path end to end, in real Chromium: a news page under a real host name is marked, the
 * Save button writes to the extension's IndexedDB through the background, and the popup lists it,
 * live while open.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_URL, demoPage, openSession, storedStories, type Session } from './support/brightside';

const OFFICER = /Officer stops to comfort woman in mental-health crisis/;
const FIREFIGHTERS = /Firefighters rescue family/;

describe('saving a story from a news page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ [DEMO_URL]: demoPage() });
  });
  afterAll(() => session?.close());

  test('marks the page, saves from the badge, and the open popup shows it live', async () => {
    const { context, worker, extensionUrl } = session.brightside;
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await expect.poll(() => popup.getByText(/Nothing saved yet/).count()).toBe(1);

    const page = await context.newPage();
    await page.goto(DEMO_URL);
    const officer = page.locator('article', { hasText: OFFICER });
    await expect.poll(() => officer.getAttribute('data-brightside')).toBe('uplifting');
    const markedOther = page.locator('article[data-brightside="other"]', {
      hasText: 'Police arrest suspect in downtown stabbing',
    });
    await expect.poll(() => markedOther.count()).toBe(1);

    await officer.getByRole('button', { name: 'Save to Brightside' }).click();
    await expect
      .poll(() => officer.getByRole('button', { name: 'Saved to Brightside' }).count())
      .toBe(1);

    const rows = await storedStories(worker);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toMatch(OFFICER);
    // Tracking parameters are dropped from the saved URL.
    expect(rows[0]!.url).toBe(
      'https://news.brightside.example/local/2026/11/officer-comforts-woman-bodycam',
    );

    await expect.poll(() => popup.getByRole('link', { name: OFFICER }).count()).toBe(1);

    // The popup is still open: a second save appears in it without a reload.
    const firefighters = page.locator('article', { hasText: FIREFIGHTERS });
    await firefighters.getByRole('button', { name: 'Save to Brightside' }).click();
    await expect.poll(() => popup.getByRole('link', { name: FIREFIGHTERS }).count()).toBe(1);
    expect(await storedStories(worker)).toHaveLength(2);
  });

  test('a reload shows saved stories as saved', async () => {
    const page = await session.brightside.context.newPage();
    await page.goto(DEMO_URL);
    const officer = page.locator('article', { hasText: OFFICER });
    await expect
      .poll(() => officer.getByRole('button', { name: 'Saved to Brightside' }).count())
      .toBe(1);
  });
});
