/**
 * "Save this page" (popup button, keyboard shortcut) and "Save link to Brightside" (context
 * menu). The page is read by a script injected for it (article-reader.js: `detectArticle` with
 * Readability as the fallback) where Brightside may inject (activeTab, as the popup and the
 * shortcut grant it, or the site's permission); elsewhere its content script answers from the
 * page's metadata, injected first on a site where Brightside does not run.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { scoreUplift } from '../classifier';
import type { BrightsideDatabase } from '../db/database';
import { saveStory } from '../db/stories';
import { sendTabMessage } from '../messaging/send-message';
import { StoryInputSchema, type PageArticle, type StoryInput } from '../messaging/protocol';
import { CONTENT_SCRIPT_FILE } from '../sites/news-sites';
import { pageHost } from '../sites/site-host';

type Tab = Browser.tabs.Tab;

export const ARTICLE_READER_FILE = '/article-reader.js';

/** What the page in `tabId` is as an article, or null (not an article, or not readable). */
export async function readPageArticle(tabId: number): Promise<PageArticle | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: [ARTICLE_READER_FILE],
    });
    return isPageArticle(injection?.result) ? injection.result : null;
  } catch {
    // Brightside may not inject here (no activeTab): its content script reads the metadata.
  }
  const ask = async () => (await sendTabMessage(tabId, 'getPageArticle', {})).article;
  return askContentScript(tabId, ask).catch(() => null);
}

/**
 * Asks the tab's content script; on a page without it (a site Brightside does not run on), injects
 * it for this one page, through activeTab, and asks again.
 */
async function askContentScript<T>(tabId: number, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return ask();
  }
}

/** The shape of the reader's answer; the story made of it is checked in full by `toStory`. */
function isPageArticle(value: unknown): value is PageArticle {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PageArticle).title === 'string' &&
    typeof (value as PageArticle).url === 'string'
  );
}

/** Saves what is open in `tabId`: the article as the page describes it, else the tab's title. */
export async function savePage(db: BrightsideDatabase, tabId: number) {
  const tab = await browser.tabs.get(tabId);
  // The tab's URL is visible with activeTab (popup, shortcut); otherwise the page says it.
  const article = await readPageArticle(tabId);
  const url = article?.url || tab.url;
  const host = pageHost(url);
  if (!url || !host) throw new Error('Only web pages can be saved.');
  const story = toStory({
    url,
    title: article?.title || tab.title || url,
    ...(article?.excerpt ? { teaser: article.excerpt } : {}),
    siteName: article?.siteName || host.replace(/^www\./, ''),
    ...(article?.published ? { published: article.published } : {}),
  });
  const saved = await saveStory(db, story);
  notifySaved(tabId, story, { inject: true });
  return { ...saved, title: story.title, url: story.url };
}

/** "Save link to Brightside": the link's own text when the page can tell, else what the menu says. */
export async function saveLink(
  db: BrightsideDatabase,
  link: { url: string; text?: string | undefined },
  tab: Tab | undefined,
) {
  let title: string | null = null;
  if (tab?.id !== undefined && tab.id >= 0) {
    title = await sendTabMessage(tab.id, 'getLinkTitle', { url: link.url }).then(
      (answer) => answer.title,
      () => null,
    );
  }
  const story = toStory({
    url: link.url,
    title: title || link.text || titleFromUrl(link.url),
    siteName: (pageHost(link.url) ?? '').replace(/^www\./, '') || undefined,
  });
  const saved = await saveStory(db, story);
  if (tab?.id !== undefined && tab.id >= 0) notifySaved(tab.id, story);
  return { ...saved, title: story.title, url: story.url };
}

/** Checks and scores a story before it is saved; throws a clear error on a bad URL or title. */
function toStory(input: {
  url: string;
  title: string;
  teaser?: string;
  siteName?: string | undefined;
  published?: string;
}): StoryInput {
  const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value));
  const parsed = v.safeParse(StoryInputSchema, clean);
  if (!parsed.success) throw new Error(`Cannot save this page: ${parsed.issues[0].message}`);
  const story = parsed.output;
  const result = scoreUplift({
    headline: story.title,
    ...(story.teaser ? { teaser: story.teaser } : {}),
  });
  return { ...story, score: result.score, category: result.category, cues: result.cues };
}

/**
 * The page shows the save (badge turns to Saved, a short note). A page without Brightside does
 * not answer; with `inject` (the reader saved this very page, so activeTab allows it) its content
 * script is injected to show the note, the same as on a news site.
 */
function notifySaved(tabId: number, story: StoryInput, { inject = false } = {}): void {
  const show = () => sendTabMessage(tabId, 'showSaved', { urls: [story.url], title: story.title });
  (inject ? askContentScript(tabId, show) : show()).catch(() => {});
}

/** "news.example/2026/11/town-rebuilds-bakery" → "town rebuilds bakery". */
export function titleFromUrl(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const slug = pathname.split('/').filter(Boolean).pop() ?? '';
    const words = decodeURIComponent(slug)
      .replace(/\.[a-z]{2,5}$/i, '')
      .replace(/[-_+]+/g, ' ')
      .trim();
    return words && /[a-z]/i.test(words) ? words : hostname;
  } catch {
    return url;
  }
}
