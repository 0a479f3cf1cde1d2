/**
 * Turning Brightside on for a site off the built-in list, in real Chromium with the built
 * extension: a listing page under www.unlisted-news.example is left alone until the reader clicks
 * the popup's "Run Brightside on this site"; then its stories are marked at once, the site is on
 * the options page, and the content script registered for it marks the page again on a reload and
 * after the browser restarts. Removing the site on the options page ends that.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CHROME_BUILD,
  launchBrightside,
  type Brightside,
} from '../../scripts/harness/launch-chromium';
import { servePage, startNewsServer, type NewsServer } from '../../scripts/harness/news-server';

const SITE = 'www.unlisted-news.example';
const LISTING_URL = `https://${SITE}/`;
/** The same page under a built-in host: marked as soon as it loads, the yardstick for "left alone". */
const BUILT_IN_URL = 'https://www.upworthy.com/';

const PUPPY = 'Firefighters rescue puppy from flooded drain';
const STORIES: Array<
  [path: string, headline: string, teaser: string, mark: 'uplifting' | 'other']
> = [
  [
    '/local/2026/11/firefighters-rescue-puppy-flooded-drain',
    PUPPY,
    'Crews worked for two hours in the rain to free the puppy, who is now safe with her family.',
    'uplifting',
  ],
  [
    '/local/2026/11/neighbours-rebuild-bakery',
    'Neighbours rebuild family bakery after fire, and it reopens with a queue around the block',
    'Volunteers gave their weekends to help the owners welcome customers back.',
    'uplifting',
  ],
  [
    '/world/2026/11/earthquake-death-toll-rises',
    'Earthquake death toll rises as rescuers search collapsed buildings',
    'Hundreds remain missing and hospitals are overwhelmed.',
    'other',
  ],
  [
    '/business/2026/11/factory-closure-job-losses',
    'Factory closure leaves 800 workers without jobs before winter',
    'The company blamed falling orders and rising costs.',
    'other',
  ],
  [
    '/local/2026/11/man-charged-after-fatal-crash',
    'Man charged with dangerous driving after fatal motorway crash',
    'Police said the driver was travelling at twice the speed limit.',
    'other',
  ],
];

function listingPage(): string {
  const cards = STORIES.map(
    ([path, headline, teaser]) =>
      `<article class="card"><h3><a href="${path}">${headline}</a></h3><p>${teaser}</p></article>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Unlisted News: today's stories</title></head>
<body><header><h1>Unlisted News</h1><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main>
${cards}
</main></body></html>`;
}

/** An article with no metadata but its title; its byline is in the text, for Readability. */
const ARTICLE_URL = `https://${SITE}/local/2026/11/stranger-pays-for-groceries`;
function articlePage(): string {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} tells how a stranger at the checkout paid for a young family's groceries, then wished them a happy winter and walked out into the snow before anyone could thank him.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A kind stranger pays for groceries - Unlisted News</title></head>
<body><main><article><h1>A kind stranger pays for groceries</h1><p class="byline">By Peter Parker</p>
${[1, 2, 3, 4, 5, 6].map(paragraph).join('\n')}
</article></main></body></html>`;
}

/** The extension APIs the test reads in the service worker. */
declare const chrome: {
  scripting: {
    getRegisteredContentScripts(): Promise<
      Array<{ id: string; matches?: string[]; persistAcrossSessions?: boolean }>
    >;
    executeScript(injection: {
      target: { tabId: number };
      files: string[];
    }): Promise<Array<{ result?: unknown }>>;
  };
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
};

const registeredScripts = (worker: Worker) =>
  worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

const story = (page: Page, headline: string) => page.locator('article', { hasText: headline });

/** Every story on the listing as Brightside marked it, by headline (null: not marked). */
const marks = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('article')].map((card) => [
        card.querySelector('h3')?.textContent ?? '',
        card.getAttribute('data-brightside'),
      ]),
    ),
  );
const MARKED = Object.fromEntries(STORIES.map(([, headline, , mark]) => [headline, mark]));

describe('running Brightside on a site of the reader’s choosing', () => {
  let server: NewsServer;
  let extensionDir: string;
  let userDataDir: string;
  let brightside: Brightside;
  let listing: Page;

  const launch = async () => {
    brightside = await launchBrightside({ server, extensionDir, userDataDir });
  };

  /**
   * No marks on `page` once loaded, while the same page under a built-in host, loaded after it,
   * is already marked: a content script running on `page` would have had time to mark it.
   */
  async function expectLeftAlone(page: Page) {
    await page.waitForLoadState('load');
    const builtIn = await brightside.context.newPage();
    await builtIn.goto(BUILT_IN_URL);
    await expect
      .poll(() => story(builtIn, PUPPY).getAttribute('data-brightside'))
      .toBe('uplifting');
    await builtIn.close();
    expect(await page.locator('[data-brightside]').count()).toBe(0);
  }

  beforeAll(async () => {
    server = await startNewsServer();
    servePage(server, LISTING_URL, listingPage());
    servePage(server, BUILT_IN_URL, listingPage());
    servePage(server, ARTICLE_URL, articlePage());

    // The permission prompt is browser UI that nobody can answer in headless Chromium. So the
    // test loads a copy of the build whose manifest (the copy's only) grants this one site at
    // install, as `host_permissions`: the popup's own `permissions.request` for it then resolves
    // true at once, without a prompt, and everything after it runs as for a reader who allowed it.
    // Both schemes, as the popup asks for both (see hostMatchPatterns).
    extensionDir = mkdtempSync(join(tmpdir(), 'brightside-extension-'));
    cpSync(CHROME_BUILD, extensionDir, { recursive: true });
    const manifestFile = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = [`https://${SITE}/*`, `http://${SITE}/*`];
    writeFileSync(manifestFile, JSON.stringify(manifest));

    // A profile of our own, kept across the restart below.
    userDataDir = mkdtempSync(join(tmpdir(), 'brightside-profile-'));
    await launch();
  });

  afterAll(async () => {
    await brightside?.close();
    await server?.close();
    for (const dir of [extensionDir, userDataDir]) {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the build asks for no site at install: other sites are optional, asked for one by one', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
      optional_host_permissions?: string[];
      content_scripts?: Array<{ matches: string[] }>;
    };
    const everywhere = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((match) => everywhere.includes(match))).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  test('"Save this page" reads a page it may reach with the article reader, Readability included', async () => {
    // The reader is injected where Brightside holds the site's permission (as here) or activeTab
    // (the popup, the shortcut); the content script on every news page does without it.
    const article = await brightside.context.newPage();
    await article.goto(ARTICLE_URL);
    const read = await brightside.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/article-reader.js'],
      });
      return injection?.result;
    }, ARTICLE_URL);
    expect(read).toEqual({
      title: 'A kind stranger pays for groceries',
      url: ARTICLE_URL,
      // The page states no author in its metadata: Readability found it in the text.
      byline: 'By Peter Parker',
      excerpt: expect.stringMatching(/^Paragraph 1 tells how a stranger/),
    });
    await article.close();
  });

  test('a site off the built-in list is left alone', async () => {
    listing = await brightside.context.newPage();
    await listing.goto(LISTING_URL);
    await expectLeftAlone(listing);
    expect(await registeredScripts(brightside.worker)).toEqual([]);
  });

  test('the popup’s "Run Brightside on this site" marks the open tab at once', async () => {
    // The popup opened as a tab acts on the tab used just before it: the listing.
    await listing.bringToFront();
    const popup = await brightside.context.newPage();
    await popup.goto(brightside.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Run Brightside on this site' }).click();
    await expect
      .poll(() =>
        popup.getByRole('region', { name: 'This page' }).getByRole('status').textContent(),
      )
      .toBe(`Brightside now runs on ${SITE}.`);
    // On now: the popup no longer offers it.
    expect(await popup.getByRole('button', { name: 'Run Brightside on this site' }).count()).toBe(
      0,
    );

    await expect.poll(() => marks(listing)).toEqual(MARKED);

    const [script, ...more] = await registeredScripts(brightside.worker);
    expect(more).toEqual([]);
    expect(script).toMatchObject({ persistAcrossSessions: true });
    expect(script!.matches).toContain(`https://${SITE}/*`);
    await popup.close();
  });

  test('the site is listed on the options page', async () => {
    const options = await brightside.context.newPage();
    await options.goto(brightside.extensionUrl('options.html'));
    const added = options.getByRole('list', { name: 'Sites you added' });
    await expect
      .poll(() => added.getByRole('listitem').allTextContents())
      .toEqual([`${SITE} Remove`]);
    await options.close();
  });

  test('a reload is marked again: the content script is registered for the site', async () => {
    await listing.reload();
    await expect.poll(() => marks(listing)).toEqual(MARKED);
  });

  test('after the browser restarts, the site is still marked', async () => {
    await brightside.close();
    await launch();
    // Chromium loads a command-line extension anew at each start, which clears its registered
    // scripts (as an update does); the background registers the script again as it starts.
    await expect.poll(async () => (await registeredScripts(brightside.worker)).length).toBe(1);
    listing = await brightside.context.newPage();
    await listing.goto(LISTING_URL);
    await expect.poll(() => marks(listing)).toEqual(MARKED);
  });

  test('removing the site on the options page unmarks its open tab and leaves a fresh load alone', async () => {
    const options = await brightside.context.newPage();
    await options.goto(brightside.extensionUrl('options.html'));
    // The options page also gives the site's permission back; this copy's, granted at install,
    // stays. The registration follows the site list all the same.
    await options.getByRole('button', { name: `Remove ${SITE}` }).click();
    await expect
      .poll(() => options.getByText(`Brightside no longer runs on ${SITE}.`).count())
      .toBe(1);
    await expect.poll(() => registeredScripts(brightside.worker)).toEqual([]);
    await options.close();
    // The tab already open on the site follows the settings change: its marks and badges go.
    await expect.poll(() => listing.locator('[data-brightside]').count()).toBe(0);
    expect(await listing.locator('brightside-badge').count()).toBe(0);

    const fresh = await brightside.context.newPage();
    await fresh.goto(LISTING_URL);
    await expectLeftAlone(fresh);
  });
});
