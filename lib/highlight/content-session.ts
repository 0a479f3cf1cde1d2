/**
 * What the content script does on a page: read the settings, find and mark the stories, ask the
 * background once which are saved, follow stories added later, answer the background's questions
 * about the page, and apply settings changes live. On a page where Brightside is not turned on
 * (injected only to save the page), it answers questions and marks nothing until the site is
 * turned on. Everything it starts ends with `signal`.
 */
import { browser } from 'wxt/browser';
import { detectStories, pageKind, watchStories, type DetectedStory } from '../detection';
import { browserTranslate } from '../i18n/browser-translate';
import type { Translate } from '../i18n/translate';
import { handleMessage, type Handlers } from '../messaging/handle-messages';
import type { StoryInput } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import { mutedWordMatcher, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { isBuiltInSite, isSiteEnabled } from '../sites/news-sites';
import { pageHost } from '../sites/site-host';
import { Highlighter } from './highlighter';
import { linkTitle } from './link-title';
import { pageStrings, type PageStrings } from './page-strings';
import { readArticle } from './read-article';
import { isOwnElement } from './own-elements';
import { showToast } from './page-toast';
import { yieldToPage } from './yield-to-page';
import type { MarkedStory } from './story-badge';

type TabHandlers = Pick<
  Handlers,
  'getPageStories' | 'getPageArticle' | 'getLinkTitle' | 'showSaved'
>;

/** At most this many stories before a page counts as a listing without asking `pageKind`. */
const ARTICLE_CHECK_MAX_STORIES = 25;

export async function runContentSession(
  signal: AbortSignal,
  doc: Document = document,
  url: () => string = () => location.href,
): Promise<void> {
  const host = pageHost(url()) ?? '';
  const strings = pageStrings(
    async () => (await sendMessage('getPageStrings', {})).strings,
    browserTranslate,
  );
  const { t } = strings;
  let highlighter: Highlighter | null = null;
  let marking: AbortController | null = null;
  let report: ((counts: { uplifting: number; total: number }) => void) | null = null;

  const handlers: TabHandlers = {
    getPageStories: async () => ({ stories: highlighter?.stories() ?? [] }),
    getPageArticle: async () => ({ article: readArticle(doc, url()) }),
    getLinkTitle: async ({ url: link }) => ({
      title: highlighter?.find(link)?.story.title ?? linkTitle(doc, link),
    }),
    async showSaved({ urls, title }) {
      highlighter?.setSaved(urls);
      showToast(
        doc,
        {
          text: title ? t('toastSavedTitle', title) : t('toastSaved'),
          timeoutMs: 4_000,
          t,
        },
        signal,
      );
      return { shown: true };
    },
  };
  const onMessage = (message: unknown, sender: Parameters<typeof handleMessage>[1]) =>
    handleMessage(message, sender, handlers, browser.runtime.id);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
    once: true,
  });

  // The script starts before the page is parsed (document_start): the settings, and then the
  // page's strings, are read while the parser works, so once the page is parsed marking need not
  // wait for them. The scan waits for the end of the page's own DOMContentLoaded task (its
  // listeners and first style pass: inside it the scan measured about twice as long, and made
  // that task longer still). Marking starts in the scan's task, so the scores' question leaves as
  // soon as the scan ends: in a task of its own it waited behind the page's frame and the commits
  // of its iframes, and the last mark came 17-75 ms later (medians, cnn.com/opinions). A page
  // already parsed (the script injected later) has its stories found while the settings are read.
  const settingsRead = loadSettings();
  settingsRead
    .then((read) => {
      if (isSiteEnabled(host, read)) void strings.load();
    })
    .catch(() => {});
  if (doc.readyState === 'loading') await domContentLoaded(doc, signal);
  await yieldToPage();
  if (signal.aborted) return;
  let early = isBuiltInSite(host) ? detectStories(doc, url()) : null;
  let settings = await settingsRead;
  if (signal.aborted) return;

  const start = () => {
    marking = new AbortController();
    const markSignal = AbortSignal.any([signal, marking.signal]);
    const reporter = countReporter(markSignal);
    report = reporter;
    const marker = new Highlighter(doc, settings, storyActions(strings), markSignal);
    highlighter = marker;
    const mark = (stories: DetectedStory[]) => {
      if (stories.length === 0) return;
      // The saved state is asked at once, alongside the scores: one question per batch.
      const saved = askSaved(stories.map((story) => story.url));
      marker
        .add(stories)
        .then(async () => {
          reporter(marker.counts());
          const urls = await saved;
          if (!markSignal.aborted) marker.setSaved(urls);
        })
        .catch(() => {
          // The extension was updated or removed mid-request: nothing more to mark.
        });
    };
    // The early pass is only good for the first start: later starts see the page as it is then.
    const first = early ?? detectStories(doc, url());
    early = null;
    mark(first);
    if (first.length === 0) reporter({ uplifting: 0, total: 0 });
    watchStories(doc, mark, markSignal, { ignore: isOwnElement });
    if (first.length <= ARTICLE_CHECK_MAX_STORIES) {
      afterIdle(() => offerArticleSave(doc, url(), settings, marker, t, markSignal), markSignal);
    }
  };
  const stop = () => {
    marking?.abort();
    marking = null;
    highlighter = null;
  };

  if (isSiteEnabled(host, settings)) start();
  early = null;
  watchSettings((next) => {
    settings = next;
    const enabled = isSiteEnabled(host, next);
    if (enabled && !highlighter) start();
    else if (!enabled && highlighter) stop();
    else if (highlighter) {
      const marker = highlighter;
      marker.applySettings(next).then(
        () => report?.(marker.counts()),
        () => {},
      );
    }
  }, signal);
}

/** One question to the background per batch of stories: which of these are saved? */
async function askSaved(urls: string[]): Promise<string[]> {
  try {
    return (await sendMessage('getSavedUrls', { urls })).saved;
  } catch {
    return [];
  }
}

/** Tells the background the tab's count for the toolbar badge, at most once per 100 ms. */
function countReporter(signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -1;
  let latest = { uplifting: 0, total: 0 };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      sendMessage('reportPageStories', { uplifting: 0, total: 0 }).catch(() => {});
    },
    { once: true },
  );
  return (counts: { uplifting: number; total: number }) => {
    latest = counts;
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (signal.aborted || latest.uplifting === last) return;
      last = latest.uplifting;
      sendMessage('reportPageStories', latest).catch(() => {});
    }, 100);
  };
}

function storyInput({ story, result }: MarkedStory): StoryInput {
  return {
    url: story.url,
    title: story.title,
    ...(story.teaser ? { teaser: story.teaser } : {}),
    ...(story.imageUrl ? { imageUrl: story.imageUrl } : {}),
    siteName: location.hostname.replace(/^www\./, ''),
    score: result.score,
    category: result.category,
    cues: result.cues,
  };
}

function storyActions({ t, load }: PageStrings) {
  return {
    t,
    async save(mark: MarkedStory) {
      await sendMessage('saveStory', { story: storyInput(mark) });
    },
    async feedback(mark: MarkedStory, verdict: 'uplifting' | 'not-uplifting') {
      await sendMessage('giveFeedback', { url: mark.story.url, verdict });
    },
    // The badges that follow the scores show the page's strings: both answers are awaited.
    async score(
      stories: Array<{ headline: string; teaser?: string }>,
      sensitivity: Settings['sensitivity'],
    ) {
      const [scores] = await Promise.all([
        sendMessage('scoreStories', { stories, sensitivity }),
        load(),
      ]);
      return scores;
    },
    async getLists() {
      return (await sendMessage('getLists', {})).lists;
    },
    async addToList(mark: MarkedStory, listId: number) {
      await sendMessage('addToList', { listId, story: storyInput(mark) });
      const lists = (await sendMessage('getLists', {})).lists;
      return lists.find((list) => list.id === listId)?.name ?? 'the list';
    },
  };
}

/** On an uplifting article page, a small dismissible chip offers Save. */
function offerArticleSave(
  doc: Document,
  url: string,
  settings: Settings,
  highlighter: Highlighter,
  t: Translate,
  signal: AbortSignal,
): void {
  if (signal.aborted || pageKind(doc, url) !== 'article') return;
  const article = readArticle(doc, url);
  if (!article) return;
  const text = { headline: article.title, ...(article.excerpt ? { teaser: article.excerpt } : {}) };
  const muted = mutedWordMatcher(settings.mutedWords);
  if (muted(article.title) || (article.excerpt && muted(article.excerpt))) return;
  Promise.all([
    sendMessage('scoreStories', { stories: [text], sensitivity: settings.sensitivity }),
    sendMessage('getSavedUrls', { urls: [article.url] }),
  ])
    .then(([{ results }, { saved }]) => {
      const result = results[0];
      if (signal.aborted || saved.length || !result?.uplifting) return;
      showToast(
        doc,
        {
          text: t('toastUplifting'),
          t,
          action: {
            label: t('toastSave'),
            async run() {
              await sendMessage('saveStory', {
                story: {
                  url: article.url,
                  title: article.title,
                  ...(article.excerpt ? { teaser: article.excerpt } : {}),
                  siteName: article.siteName ?? location.hostname.replace(/^www\./, ''),
                  ...(article.published ? { published: article.published } : {}),
                  score: result.score,
                  category: result.category,
                  cues: result.cues,
                },
              });
              highlighter.setSaved([article.url]);
              return t('toastSaved');
            },
          },
        },
        signal,
      );
    })
    .catch(() => {});
}

function domContentLoaded(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
  });
}

function afterIdle(run: () => void, signal: AbortSignal): void {
  const view = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (view.requestIdleCallback) {
    const id = view.requestIdleCallback(() => !signal.aborted && run(), { timeout: 2_000 });
    signal.addEventListener('abort', () => view.cancelIdleCallback?.(id), { once: true });
  } else {
    const id = setTimeout(() => !signal.aborted && run(), 200);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}
