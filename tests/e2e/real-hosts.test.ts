/**
 * The manifest's real match patterns decide where Brightside runs: a real BBC front page served
 * under www.bbc.com is marked; the same page under a host that is not on the list is left alone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPage, openSession, type Session } from './support/brightside';

const BBC_SCIENCE =
  'AdamClarkStandke+SeniorResearch/not_articles/bbcnews/aHR0cHM6Ly93d3cuYmJjLmNvbS9uZXdzL3NjaWVuY2VfYW5kX2Vudmlyb25tZW50.html.gz';

describe('where Brightside runs', () => {
  let session: Session;
  beforeAll(async () => {
    const html = corpusPage(BBC_SCIENCE);
    session = await openSession({
      'https://www.bbc.com/news/science_and_environment': html,
      'https://blog.unlisted-site.org/news/science_and_environment': html,
    });
  });
  afterAll(() => session?.close());

  test('a real news front page under its real host name is marked', async () => {
    const page = await session.brightside.context.newPage();
    await page.goto('https://www.bbc.com/news/science_and_environment');
    await expect.poll(() => page.locator('[data-brightside]').count()).toBeGreaterThan(0);
  });

  test('a site that is not on the list is left alone', async () => {
    const page = await session.brightside.context.newPage();
    await page.goto('https://blog.unlisted-site.org/news/science_and_environment');
    await page.waitForLoadState('load');
    // Give a content script time to run if one (wrongly) were injected.
    await page.waitForTimeout(500);
    expect(await page.locator('[data-brightside]').count()).toBe(0);
  });
});
