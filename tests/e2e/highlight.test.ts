/**
 * Highlighting and every way to save, in real Chromium with the built extension: a real BBC
 * listing page and a real BBC article served under www.bbc.com.
 *
 * Driven for real: marks, badge, card (keyboard), one question to the background per batch of
 * stories (counted by a second listener in the service worker), saves from the badge and the
 * card, the popup's "Save this page" (popup page opened as a tab, clicked), saved state on
 * reload, the toolbar count, options page changes applied live. Headless Chromium cannot open its native context menu
 * nor deliver extension shortcuts (Alt+Shift+S sent with CDP reaches the page, not the browser's
 * command handler), so those two dispatch the real browser events (`contextMenus.onClicked`,
 * `commands.onCommand`) in the service worker: the listeners the background registered run.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPage, openSession, storedStories, type Session } from './support/brightside';

const LISTING_URL = 'https://www.bbc.com/news/science_and_environment';
const LISTING =
  'AdamClarkStandke+SeniorResearch/not_articles/bbcnews/aHR0cHM6Ly93d3cuYmJjLmNvbS9uZXdzL3NjaWVuY2VfYW5kX2Vudmlyb25tZW50.html.gz';
const ARTICLE_URL =
  'https://www.cnn.com/2019/05/15/health/philadelphia-soda-tax-sales-decrease/index.html';
const ARTICLE =
  'AdamClarkStandke+SeniorResearch/Articles/cnnews/aHR0cHM6Ly93d3cuY25uLmNvbS8yMDE5LzA1LzE1L2hlYWx0aC9waGlsYWRlbHBoaWEtc29kYS10YXgtc2FsZXMtZGVjcmVhc2UvaW5kZXguaHRtbA==.html.gz';
const SUN = 'Uplifting story: why? (Brightside)';

/** The few extension APIs the tests call in the service worker. */
interface Tab {
  id?: number;
}
type Dispatchable = { dispatch: (...args: unknown[]) => void };
declare const chrome: {
  tabs: {
    query(filter: object): Promise<Tab[]>;
    get(tabId: number): Promise<Tab>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  i18n: { getMessage(key: string): string };
  contextMenus: { onClicked: Dispatchable };
  commands: { onCommand: Dispatchable };
  runtime: {
    onMessage: {
      addListener(
        listener: (
          message: { type?: string; data?: { urls?: string[] } },
          sender: { tab?: Tab },
        ) => void,
      ): void;
    };
  };
};

const uplifting = (page: Page) => page.locator('[data-brightside="uplifting"]');

/** The tab id of `page` (the browser hides other tabs' URLs from Brightside, so: the active one). */
async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.brightside.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

describe('highlighting in place and saving', () => {
  let session: Session;
  let listing: Page;
  beforeAll(async () => {
    session = await openSession({
      [LISTING_URL]: corpusPage(LISTING),
      [ARTICLE_URL]: corpusPage(ARTICLE),
    });
    listing = await session.brightside.context.newPage();
    await listing.goto(LISTING_URL);
    await listing.locator('[data-brightside="uplifting"]').first().waitFor();
  });
  afterAll(() => session?.close());

  test('every story is marked, uplifting ones get a labelled badge, and no headline moves', async () => {
    const total = await listing.locator('[data-brightside]').count();
    const good = await uplifting(listing).count();
    expect(await listing.locator('[data-brightside="other"]').count()).toBe(total - good);
    // One sun badge per uplifting story, in a shadow root, named for screen readers.
    await expect.poll(() => listing.getByRole('button', { name: SUN }).count()).toBe(good);
    const inShadow = await listing.evaluate(
      () =>
        document.querySelector('brightside-badge')?.shadowRoot?.querySelector('button') !== null,
    );
    expect(inShadow).toBe(true);

    // Headline positions with the marks, then with every mark taken off again: within 1 px.
    const positions = () =>
      listing.evaluate(() =>
        [
          ...document.querySelectorAll(
            '[data-brightside] a, [data-brightside] h2, [data-brightside] h3',
          ),
        ].map((element) => {
          const box = element.getBoundingClientRect();
          return [box.left + scrollX, box.top + scrollY];
        }),
      );
    const marked = await positions();
    await listing.evaluate(() => {
      const badges = [...document.querySelectorAll('brightside-badge')];
      const style = document.getElementById('brightside-style');
      const holder = document.createElement('template');
      holder.content.append(...badges.map((badge) => badge.cloneNode()));
      for (const badge of badges) badge.replaceWith(document.createComment('badge'));
      style?.setAttribute('media', 'not all');
      (window as unknown as { restore: () => void }).restore = () =>
        style?.removeAttribute('media');
    });
    const unmarked = await positions();
    expect(unmarked.length).toBe(marked.length);
    const moved = marked.filter(
      ([x, y], i) => Math.abs(x! - unmarked[i]![0]!) > 1 || Math.abs(y! - unmarked[i]![1]!) > 1,
    );
    expect(moved).toEqual([]);
    await listing.reload();
    await expect.poll(() => listing.getByRole('button', { name: SUN }).count()).toBe(good);
  });

  test('a page asks the background once per batch of stories: scores and saved state', async () => {
    // A second listener in the service worker counts what each tab asks (it answers nothing).
    await session.brightside.worker.evaluate(() => {
      const asked: Record<
        string,
        { strings: number; scores: number; saved: number; urls: number }
      > = {};
      (globalThis as { asked?: typeof asked }).asked = asked;
      chrome.runtime.onMessage.addListener((message, sender) => {
        const tab = (asked[String(sender.tab?.id)] ??= {
          strings: 0,
          scores: 0,
          saved: 0,
          urls: 0,
        });
        if (message.type === 'getPageStrings') tab.strings++;
        if (message.type === 'scoreStories') tab.scores++;
        if (message.type === 'getSavedUrls') {
          tab.saved++;
          tab.urls += message.data?.urls?.length ?? 0;
        }
      });
    });
    const page = await session.brightside.context.newPage();
    await page.goto(LISTING_URL);
    const tabId = await tabIdOf(session, page);
    const asked = () =>
      session.brightside.worker.evaluate(
        (tabId) => (globalThis as { asked?: Record<string, unknown> }).asked?.[String(tabId)],
        tabId,
      );
    await page.locator('[data-brightside="uplifting"]').first().waitFor();
    await expect.poll(asked).toMatchObject({ strings: 1, scores: 1, saved: 1 });
    const { urls } = (await asked()) as { urls: number };
    expect(urls).toBeGreaterThan(20);
    // Every story of the batch is marked, and no other question follows.
    await expect.poll(() => page.locator('[data-brightside]').count()).toBe(urls);
    expect(await asked()).toEqual({ strings: 1, scores: 1, saved: 1, urls });
    // The badges show the words the background sent (a story saved earlier reads "Saved").
    const words = await session.brightside.worker.evaluate(() =>
      ['badgeSave', 'badgeSaved'].map((key) => chrome.i18n.getMessage(key)),
    );
    const save = page.locator('brightside-badge').first().locator('button.save');
    expect(words).toContain(await save.textContent());

    // A story added later is one more batch: one more question of each kind.
    await page.evaluate(() => {
      const article = document.createElement('article');
      article.innerHTML =
        '<h3><a href="/news/science-environment-99999998">Neighbours rebuild flooded bakery in a weekend</a></h3>';
      document.body.append(article);
    });
    await expect.poll(asked).toEqual({ strings: 1, scores: 2, saved: 2, urls: urls + 1 });
    await page.close();
  });

  test('the toolbar badge shows the number of uplifting stories on the tab', async () => {
    const good = await uplifting(listing).count();
    const tabId = await tabIdOf(session, listing);
    const badgeText = () =>
      session.brightside.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    await expect.poll(badgeText).toBe(String(good));
  });

  test('the card opens from the keyboard, saves, and closes on Escape', async () => {
    const story = uplifting(listing).first();
    const sun = story.getByRole('button', { name: SUN });
    // Tab from the page onto the badge: focus opens the card.
    await sun.evaluate((button) => {
      const host = (button.getRootNode() as ShadowRoot).host;
      const before = document.createElement('a');
      before.href = '#before';
      before.textContent = 'before';
      host.before(before);
      before.focus();
    });
    await listing.keyboard.press('Tab');
    const card = listing.getByRole('dialog', { name: /Uplifting/ });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.getByText(/Confidence:/).count()).toBe(1);
    expect(await sun.getAttribute('aria-expanded')).toBe('true');

    // Tab moves into the card; Enter on "Save to Brightside" saves the story.
    await listing.keyboard.press('Tab');
    const focused = () =>
      listing.evaluate(() => {
        const host = document.activeElement;
        return host?.shadowRoot?.activeElement?.textContent ?? null;
      });
    expect(await focused()).toBe('Save to Brightside');
    await listing.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('button', { name: 'Saved ✓' }).count()).toBe(1);
    // The saved story is the one whose headline sits in this card (the badge is in its headline).
    await expect.poll(async () => (await storedStories(session.brightside.worker)).length).toBe(1);
    const [row] = await storedStories(session.brightside.worker);
    expect(await story.textContent()).toContain(row!.title.slice(0, 30));
    expect(await story.getByRole('button', { name: 'Saved to Brightside' }).count()).toBe(1);

    await listing.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await sun.getAttribute('aria-expanded')).toBe('false');
  });

  test('save from the badge, and saved stories show as saved after a reload', async () => {
    const story = uplifting(listing).nth(1);
    await story.getByRole('button', { name: 'Save to Brightside' }).click();
    await expect
      .poll(() => story.getByRole('button', { name: 'Saved to Brightside' }).count())
      .toBe(1);
    const saved = (await storedStories(session.brightside.worker)).length;
    expect(saved).toBeGreaterThanOrEqual(2);

    await listing.reload();
    await expect
      .poll(() => listing.getByRole('button', { name: 'Saved to Brightside' }).count())
      .toBe(saved);
  });

  test('context menu "Save link to Brightside" saves a link with its text from the page', async () => {
    const story = listing.locator('[data-brightside="other"]').first();
    const link = story.locator('a[href]').first();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    const tabId = await tabIdOf(session, listing);
    await session.brightside.worker.evaluate(
      async ({ href, pageUrl, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        const info = {
          menuItemId: 'brightside-save-link',
          linkUrl: href,
          pageUrl,
          editable: false,
        };
        chrome.contextMenus.onClicked.dispatch(info, tab);
      },
      { href, pageUrl: LISTING_URL, tabId },
    );
    const expected =
      (await story.evaluate((el) => el.getAttribute('data-brightside') ?? '')) && href;
    await expect
      .poll(async () => (await storedStories(session.brightside.worker)).map((s) => s.url))
      .toContain(expected.replace(/[?#].*$/, ''));
    const row = (await storedStories(session.brightside.worker)).find((s) =>
      href.startsWith(s.url),
    );
    // The title is the link's text on the page (Chromium's menu does not pass it).
    expect(row?.title.length).toBeGreaterThan(10);
    expect(await listing.getByText(/Saved to Brightside:/).count()).toBe(1);
  });

  test('the popup saves the page: an article gives its title, excerpt, site and date', async () => {
    const article = await session.brightside.context.newPage();
    await article.goto(ARTICLE_URL);
    await article.waitForLoadState('domcontentloaded');
    const popup = await session.brightside.context.newPage();
    await popup.goto(session.brightside.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => popup.getByText(/^(Saved|Already saved): /).count()).toBe(1);
    const row = (await storedStories(session.brightside.worker)).find((s) =>
      s.url.startsWith(ARTICLE_URL),
    ) as Record<string, unknown> | undefined;
    expect(row).toBeDefined();
    expect(String(row!.title).length).toBeGreaterThan(10);
    expect(row!.teaser).toBeTruthy();
    expect(row!.siteName).toBeTruthy();
    expect(row!.published).toMatch(/^20\d\d-/);
    await popup.close();
    await article.close();
  });

  test('the keyboard shortcut saves the current page', async () => {
    const article = await session.brightside.context.newPage();
    await article.goto(ARTICLE_URL);
    const before = (await storedStories(session.brightside.worker)).length;
    const tabId = await tabIdOf(session, article);
    await session.brightside.worker.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.commands.onCommand.dispatch('save-page', tab);
    }, tabId);
    // Already saved from the popup: the same story is refreshed, not duplicated, and the page says so.
    await expect.poll(() => article.getByText(/Saved to Brightside:/).count()).toBe(1);
    expect((await storedStories(session.brightside.worker)).length).toBe(before);
    await article.close();
  });

  test('options page changes apply live: focus mode, style, sensitivity and muted words', async () => {
    const options = await session.brightside.context.newPage();
    await options.goto(session.brightside.extensionUrl('options.html'));
    await listing.bringToFront();
    const opacityOfOther = () =>
      listing
        .locator('[data-brightside="other"]')
        .first()
        .evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacityOfOther()).toBe('1');

    await options.getByLabel(/Focus mode/).check();
    await expect.poll(opacityOfOther).toBe('0.45');
    // A reader who asks for more contrast gets a lighter dimming; hover and focus still undo it.
    await listing.emulateMedia({ contrast: 'more' });
    await expect.poll(opacityOfOther).toBe('0.75');
    await listing.emulateMedia({ contrast: null });
    await expect.poll(opacityOfOther).toBe('0.45');

    await options.getByLabel('Underline the headline').check();
    await expect
      .poll(() =>
        listing
          .locator('[data-brightside-headline="uplifting"]')
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine),
      )
      .toBe('underline');

    const generous = await uplifting(listing).count();
    await options.getByLabel(/^Strict/).check();
    await expect.poll(() => uplifting(listing).count()).toBeLessThanOrEqual(generous);
    await options.getByLabel(/^Generous/).check();
    await expect.poll(() => uplifting(listing).count()).toBeGreaterThanOrEqual(generous);

    // Mute a word from the first uplifting headline: that story is no longer marked uplifting.
    const headline = await uplifting(listing)
      .first()
      .locator('[data-brightside-headline]')
      .first()
      .evaluate((el) => el.textContent ?? '');
    const word = headline.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
    const withWord = () =>
      listing.evaluate(
        (word) =>
          [...document.querySelectorAll('[data-brightside="uplifting"]')].filter((el) =>
            new RegExp(`\\b${word}\\b`, 'i').test(el.textContent ?? ''),
          ).length,
        word,
      );
    await options.getByLabel('Word or phrase').fill(word);
    await options.getByRole('button', { name: 'Mute' }).click();
    await expect.poll(withWord).toBe(0);
    await options.close();
  });

  test('stories added later are marked as they appear', async () => {
    await listing.evaluate(() => {
      const article = document.createElement('article');
      article.innerHTML =
        '<h3><a href="/news/science-environment-99999999">Volunteers rescue stranded baby dolphin and return it to the sea</a></h3>';
      document.body.append(article);
    });
    await expect
      .poll(() =>
        listing
          .locator('article', { hasText: 'Volunteers rescue stranded baby dolphin' })
          .getAttribute('data-brightside'),
      )
      .toMatch(/^(uplifting|other)$/);
  });
});
