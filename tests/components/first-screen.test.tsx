/**
 * The popup's first screen, drawn with DOM calls before the app loads, must be the markup the
 * app's own first render makes from the same snapshot: the app takes its place in one task, and
 * any difference would show as a jump.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { paintFirstScreen } from '@/components/popup/paint-first-screen';
import { Popup } from '@/components/popup/Popup';
import { ReadingListContext, type ReadingListEnvironment } from '@/components/reading-list/context';
import { BrightsideDatabase, type StoryRecord } from '@/lib/db/database';
import {
  FIRST_SCREEN_KEY,
  firstScreenText,
  type FirstScreenStorage,
} from '@/lib/reading-list/first-screen';
import type { PageView } from '@/lib/reading-list/page-view';
import { createReadingListStore } from '@/lib/reading-list/store';
import { english, layOutAsPopup } from '../support/english';

const NOW = Date.UTC(2026, 10, 20, 12);
const HOUR = 3_600_000;

layOutAsPopup();

function snapshotStories(count: number): StoryRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 100 + i,
    url: `https://site${i % 3}.example/story/${i}`,
    title: i === 1 ? '<img src=x onerror=alert(1)>Kind <b>news</b>' : `Story ${i}`,
    teaser: i % 2 ? `Teaser ${i}` : undefined,
    siteName: i % 3 === 2 ? undefined : `Site ${i % 3}`,
    savedAt: NOW - i * 5 * HOUR,
    readAt: i >= count - 2 ? NOW - i * HOUR : 0,
    score: 0.5,
    category: i % 4 === 3 ? null : (['rescue', 'health-science', 'animals'] as const)[i % 3],
    tags: i % 5 === 0 ? ['weekend', `tag ${i}`] : [],
  }));
}

/** An element as a plain tree: tag, attributes (sorted), and children; text as it is. */
function shape(node: Node): unknown {
  if (node.nodeType === node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const attributes = Object.fromEntries(
    [...element.attributes]
      .map((attribute) => [attribute.name, attribute.value.trim().replace(/;$/, '')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  // Preact joins a text child and its neighbours as separate nodes: compare the joined text.
  const children: unknown[] = [];
  for (const child of element.childNodes) {
    const part = shape(child);
    if (typeof part === 'string' && typeof children.at(-1) === 'string') {
      children[children.length - 1] += part;
    } else if (part !== '') children.push(part);
  }
  return { tag: element.tagName.toLowerCase(), attributes, children };
}

let db: BrightsideDatabase | undefined;
afterEach(async () => {
  cleanup();
  await db?.delete();
  db = undefined;
});

function appFirstRender(stories: StoryRecord[], view: PageView): Element {
  const items = new Map([[FIRST_SCREEN_KEY, firstScreenText(stories)]]);
  const storage: FirstScreenStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
  db = new BrightsideDatabase(`first-screen-${Math.random()}`);
  // Not started: the app's first render is made from the snapshot alone.
  const store = createReadingListStore(db, { firstScreenStorage: storage });
  const environment: ReadingListEnvironment = { store, ...view, openStory: () => {} };
  // The page's own actions arrive later; until then their place is empty.
  const Later = () => null;
  const { container } = render(
    <ReadingListContext.Provider value={environment}>
      <Popup pageActions={<Later />} onOpenLibrary={() => {}} />
    </ReadingListContext.Provider>,
  );
  return container;
}

describe('the first screen painted before the app', () => {
  const view = (faviconUrl: PageView['faviconUrl']): PageView => ({
    t: english,
    locale: 'en',
    faviconUrl,
    now: () => NOW,
  });

  test.each([
    ['letter marks', view(() => null)],
    ['favicons', view((url) => `chrome-extension://id/_favicon/?pageUrl=${url}&size=32`)],
  ])('is the markup of the app first render, with %s', (_, pageView) => {
    const stories = snapshotStories(20);
    const app = appFirstRender(stories, pageView);
    const painted = document.createElement('div');
    paintFirstScreen(painted, stories, pageView);
    expect(shape(painted)).toEqual(shape(app));
    // Only the rows in view and those just below them, as the app's list.
    expect(painted.querySelectorAll('[role="listitem"]')).toHaveLength(13);
    expect(app.querySelectorAll('[role="listitem"]')).toHaveLength(13);
  });

  test('a short list and titles from pages as text, never markup', () => {
    const stories = snapshotStories(3);
    const pageView = view(() => null);
    const painted = document.createElement('div');
    paintFirstScreen(painted, stories, pageView);
    expect(shape(painted)).toEqual(shape(appFirstRender(stories, pageView)));
    const title = painted.querySelectorAll('.story-title')[1]!;
    expect(title.textContent).toBe('<img src=x onerror=alert(1)>Kind <b>news</b>');
    expect(painted.querySelector('img, b, script')).toBeNull();
  });
});
