/**
 * In real Chromium with the built extension: the Save chip on an uplifting article page, and
 * "Mark as uplifting" on a story marked other (demo front page), both clicked for real.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { onBrightside, seriousViolationsLightAndDark } from './support/axe';
import { DEMO_URL, demoPage, openSession, storedStories, type Session } from './support/brightside';

const ARTICLE_URL = 'https://www.goodnewsnetwork.org/teen-builds-little-free-libraries/';
const ARTICLE_TITLE =
  'Teenager builds little free libraries on every street in her town, and neighbours fill them with books';
const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${ARTICLE_TITLE} - Good News Network</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${ARTICLE_TITLE}">
<meta property="og:site_name" content="Good News Network">
<meta property="article:published_time" content="2026-11-20T09:00:00Z">
<link rel="canonical" href="${ARTICLE_URL}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/category/kindness/">Kindness</a></nav></header>
<main><article>
  <h1>${ARTICLE_TITLE}</h1>
  <p class="byline">By Jo Rivers · <time datetime="2026-11-20T09:00:00Z">November 20, 2026</time></p>
  <p>When 15-year-old Maya noticed that the children on her street had nothing to read over the
  summer, she started building small wooden book boxes in her grandfather's garage.</p>
  <p>Two years later there is a little free library on every street in her town. Neighbours keep
  them stocked, volunteers repaint them each spring, and the local school says reading scores
  have risen.</p>
  <p>"I just wanted every kid to have a book," Maya said, smiling, as a neighbour dropped off a
  bag of picture books. Her grandfather now helps her teach other teenagers to build them.</p>
  <p>The town council thanked her with a community award, and three nearby towns have asked her
  to help them start their own.</p>
</article></main>
</body></html>`;

let session: Session;
beforeAll(async () => {
  session = await openSession({ [ARTICLE_URL]: ARTICLE, [DEMO_URL]: demoPage() });
});
afterAll(() => session?.close());

test('an uplifting article page offers a dismissible Save chip that saves the page', async () => {
  const page = await session.brightside.context.newPage();
  await page.goto(ARTICLE_URL);
  const chip = page.locator('brightside-note');
  await expect.poll(() => chip.getByText('☀ An uplifting story.').count()).toBe(1);
  expect(await chip.getByRole('button', { name: 'Dismiss (Brightside)' }).count()).toBe(1);
  expect(await seriousViolationsLightAndDark(page, onBrightside)).toEqual({ light: [], dark: [] });
  await chip.getByRole('button', { name: 'Save to Brightside' }).click();
  await expect.poll(() => chip.getByText('Saved to Brightside.').count()).toBe(1);
  const stored = await storedStories(session.brightside.worker);
  expect(stored.map((story) => story.title)).toContain(ARTICLE_TITLE);
  await page.close();
});

test('a story marked other offers "Mark as uplifting" on hover, and the verdict is kept', async () => {
  const page = await session.brightside.context.newPage();
  await page.goto(DEMO_URL);
  const other = page.locator('[data-brightside="other"]').first();
  await other.waitFor();
  expect(await page.locator('brightside-mark-uplifting').count()).toBe(0);
  await other.locator('a').first().hover();
  const button = other.getByRole('button', { name: 'Mark as uplifting (Brightside)' });
  await button.click();
  await expect
    .poll(() => other.getByRole('button', { name: 'Noted as uplifting (Brightside)' }).count())
    .toBe(1);
  const verdicts = await session.brightside.worker.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('feedback').objectStore('feedback').getAll();
          all.onsuccess = () => done(all.result.map((row: { verdict: string }) => row.verdict));
          all.onerror = () => fail(all.error);
        };
      }),
  );
  expect(verdicts).toEqual(['uplifting']);
  // Moving away takes the button off again.
  await page.mouse.move(1, 1);
  await expect.poll(() => page.locator('brightside-mark-uplifting').count()).toBe(0);
});
