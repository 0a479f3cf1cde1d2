/**
 * The reading list at scale, in real Chromium with the built extension: 10,000 saved stories,
 * then (median of runs) popup open to the first rows painted, a search keystroke to its results
 * rendered, frames while scrolling the list, and the popup's JS heap.
 * The seeding and timing helpers are shared with tests/e2e/reading-list-scale.test.ts.
 */
import { CATEGORIES } from '../../lib/classifier/types';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrightside } from '../harness/launch-chromium';
import { median, repeat, type BenchResult, type BenchSuite } from './measure';

export interface SeedStory {
  url: string;
  title: string;
  teaser: string;
  siteName: string;
  savedAt: number;
  readAt: number;
  score: number;
  category: string;
  cues: string[];
  tags: string[];
}

const SITES = [
  'BBC News',
  'The Guardian',
  'NPR',
  'Reuters',
  'AP News',
  'Positive News',
  'Good News Network',
  'CBS News',
  'Al Jazeera',
  'The Independent',
  'USA Today',
  'Sky News',
  'HuffPost',
  'NBC News',
];
const SUBJECTS = [
  'Neighbours',
  'Volunteers',
  'Students',
  'Firefighters',
  'Nurses',
  'A retired teacher',
  'Scientists',
  'A village',
  'Rangers',
  'Children',
  'A librarian',
  'Farmers',
  'Divers',
];
const ACTIONS = [
  'rebuild',
  'rescue',
  'restore',
  'plant',
  'open',
  'save',
  'clean up',
  'fund',
  'repair',
  'launch',
];
const OBJECTS = [
  'the flooded bakery',
  'a stranded whale',
  'the old railway',
  'ten thousand trees',
  'a free clinic',
  'the town library',
  'a coral reef',
  'the community garden',
  'a lost dog',
  'the river path',
  'a school for refugees',
  'a wildlife bridge',
];
const TAGS = ['weekend', 'share', 'kids', 'science', 'local', 'follow up'];

/** `count` stories, the same every time: varied titles, sites, dates, categories, tags. */
export function makeStories(count: number, now = Date.UTC(2026, 10, 20)): SeedStory[] {
  let state = 42;
  // mulberry32: a small seeded generator with 32-bit integer steps.
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const site = pick(SITES);
    const title = `${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(OBJECTS)} (${i})`;
    const savedAt = now - Math.floor(next() * 365 * 86_400_000);
    return {
      url: `https://${site.toLowerCase().replace(/\W+/g, '')}.example/story/${i}`,
      title,
      teaser: `${title}: a story of ${pick(OBJECTS)} and the people who cared.`,
      siteName: site,
      savedAt,
      readAt: next() < 0.3 ? savedAt + 3_600_000 : 0,
      score: Math.round(next() * 1000) / 1000,
      category: pick(CATEGORIES),
      cues: ['rescued', 'volunteers'],
      tags: next() < 0.2 ? [pick(TAGS)] : [],
    };
  });
}

/**
 * Writes stories straight into the extension's IndexedDB from one of its pages (which must have
 * opened the database already, so its schema is current). Pages open afterwards see them.
 */
export async function seedStories(page: Page, stories: SeedStory[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          const store = tx.objectStore('stories');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    stories,
  );
}

const LIST_SHOWN = 'brightside:list-shown';
/** Marked by the store when the database first answers: the kept first screen stood until then. */
const LIST_LIVE = 'brightside:list-live';
/** Marked by the popup's entry script once its modules have run, before it renders. */
const SCRIPT_START = 'brightside:popup-script';
/** Marked by it once its first render (the kept first screen, if any) is done. */
const RENDERED = 'brightside:popup-rendered';

/**
 * The machine's floor: ms from navigation start to the first paint of an extension page that
 * runs no script of ours (the manifest, shown as text).
 */
export async function timeEmptyPage(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list) => {
            const paint = list.getEntries().find((entry) => entry.name === 'first-paint');
            if (paint) resolve(paint.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens `url` (the popup or the library) in a fresh tab; ms from navigation start to the first
 * rows: the frame they were handed to (`shown`, a requestAnimationFrame mark), their paint
 * (`painted`, Element Timing), and the database's first answer replacing a kept first screen.
 */
export async function timePageOpen(
  context: BrowserContext,
  url: string,
): Promise<{
  page: Page;
  shown: number;
  painted: number | null;
  firstPaint: number | null;
  scriptStart: number | null;
  rendered: number | null;
  live: number;
}> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Element Timing: when the first row's title was actually painted.
    const seen: number[] = [];
    (window as unknown as { __firstRowPaint: number[] }).__firstRowPaint = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.push((entry as PerformanceEntry & { renderTime: number }).renderTime);
      }
    }).observe({ type: 'element', buffered: true });
  });
  await page.goto(url);
  for (const mark of [LIST_SHOWN, LIST_LIVE]) {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  }
  const figures = await page.evaluate(
    async ([name, script, rendered, live]) => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const painted = (window as unknown as { __firstRowPaint: number[] }).__firstRowPaint;
      return {
        shown: performance.getEntriesByName(name)[0]!.startTime,
        painted: painted.length ? painted[0]! : null,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scriptStart: performance.getEntriesByName(script)[0]?.startTime ?? null,
        rendered: performance.getEntriesByName(rendered)[0]?.startTime ?? null,
        live: performance.getEntriesByName(live)[0]!.startTime,
      };
    },
    [LIST_SHOWN, SCRIPT_START, RENDERED, LIST_LIVE] as const,
  );
  return { page, ...figures };
}

/** Waits until the whole list (not just the first screen) is loaded: `total` stories counted. */
export async function waitForWholeList(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelector('.count')?.textContent?.includes(` of ${count} `),
    total,
  );
}

/**
 * Types `text` into the search box one key at a time; for each key, ms from the keystroke to its
 * results rendered (after the render it caused, before the next frame) and the row count then.
 */
export async function timeSearchKeys(
  page: Page,
  text: string,
): Promise<Array<{ ms: number; rows: string }>> {
  const search = page.getByRole('searchbox');
  await search.focus();
  const figures: Array<{ ms: number; rows: string }> = [];
  for (const key of text) {
    // The listener is in place before the key is pressed.
    await page.evaluate(() => {
      const slot = window as unknown as { __keyFigure?: Promise<{ ms: number; rows: string }> };
      slot.__keyFigure = new Promise((resolve) => {
        addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp;
            // After the input event and the render it schedules (microtasks), in the next task.
            addEventListener(
              'input',
              () => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () =>
                  resolve({
                    ms: performance.now() - start,
                    rows: document.querySelector('.count')?.textContent ?? '',
                  });
                queueMicrotask(() => channel.port2.postMessage(0));
              },
              { once: true },
            );
          },
          { once: true, capture: true },
        );
      });
    });
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    figures.push(
      await page.evaluate(
        () =>
          (window as unknown as { __keyFigure: Promise<{ ms: number; rows: string }> }).__keyFigure,
      ),
    );
  }
  return figures;
}

/** Scrolls the list for `frames` frames; frame intervals in ms. */
export async function scrollFrames(page: Page, frames = 150, step = 60): Promise<number[]> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const scroller = document.querySelector('.scroller');
    const times = [];
    const tick = (time) => {
      times.push(time);
      scroller.scrollTop += ${step};
      if (times.length <= ${frames}) requestAnimationFrame(tick);
      else resolve(times.slice(1).map((value, i) => value - times[i]));
    };
    requestAnimationFrame(tick);
  })`);
}

/** Used JS heap of a page after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round((usedSize / 1_048_576) * 10) / 10;
}

export const STORIES_AT_SCALE = 10_000;

export const readingList: BenchSuite = async ({ runs }) => {
  const brightside = await launchBrightside();
  const { context, extensionUrl } = brightside;
  const popupUrl = extensionUrl('popup.html');
  const libraryUrl = extensionUrl('library.html');
  try {
    const first = await context.newPage();
    await first.goto(popupUrl);
    await first.getByText('Nothing saved yet.').waitFor();
    await seedStories(first, makeStories(STORIES_AT_SCALE));
    await first.close();

    const shown: number[] = [];
    const painted: number[] = [];
    const paintedOverEmpty: number[] = [];
    const firstPaint: number[] = [];
    const scriptStart: number[] = [];
    const emptyPage: number[] = [];
    const render: number[] = [];
    const live: number[] = [];
    const keys: number[] = [];
    const dropped: number[] = [];
    const worstFrame: number[] = [];
    const heap: number[] = [];
    const library: number[] = [];
    const libraryPainted: number[] = [];
    let frameInterval = 0;
    await repeat(runs, async () => {
      const empty = await timeEmptyPage(context, extensionUrl('manifest.json'));
      emptyPage.push(empty);
      const open = await timePageOpen(context, popupUrl);
      if (open.scriptStart !== null) scriptStart.push(open.scriptStart);
      if (open.scriptStart !== null && open.rendered !== null) {
        render.push(open.rendered - open.scriptStart);
      }
      shown.push(open.shown);
      // Null when no row was painted before the page's first one was replaced: counted as
      // missing, never as fast.
      painted.push(open.painted ?? Number.POSITIVE_INFINITY);
      paintedOverEmpty.push((open.painted ?? Number.POSITIVE_INFINITY) - empty);
      if (open.firstPaint !== null) firstPaint.push(open.firstPaint);
      live.push(open.live);
      await waitForWholeList(open.page, STORIES_AT_SCALE);
      const typed = await timeSearchKeys(open.page, 'rescue whale');
      keys.push(median(typed.map((key) => key.ms)));
      await open.page.getByRole('searchbox').fill('');
      await waitForWholeList(open.page, STORIES_AT_SCALE);
      const intervals = await scrollFrames(open.page);
      frameInterval = median(intervals);
      // A dropped frame: an interval of more than one and a half frames.
      dropped.push(intervals.filter((ms) => ms > frameInterval * 1.5).length);
      worstFrame.push(Math.max(...intervals));
      heap.push(await heapMb(open.page));
      await open.page.close();
      const libraryOpen = await timePageOpen(context, libraryUrl);
      library.push(libraryOpen.shown);
      libraryPainted.push(libraryOpen.painted ?? Number.POSITIVE_INFINITY);
      await libraryOpen.page.close();
      return 0;
    });
    // `repeat` ran one warm-up first: drop its figures.
    const lists = [shown, painted, paintedOverEmpty, firstPaint, scriptStart, emptyPage, render];
    for (const list of [...lists, live, keys, dropped, worstFrame, heap, library, libraryPainted]) {
      list.shift();
    }
    const result = (
      name: string,
      unit: BenchResult['unit'],
      values: number[],
      extra: Partial<BenchResult> = {},
    ): BenchResult => ({
      suite: 'reading-list',
      name,
      unit,
      median: median(values),
      runs: values.map((value) => Math.round(value * 10) / 10),
      ...extra,
    });
    return [
      result('popup open → first rows (10k stories)', 'ms', shown, {
        target: { max: 100 },
        note: 'navigation start to the frame the first rows are handed to (its paint follows)',
      }),
      result('popup open → first row painted (Element Timing)', 'ms', painted, {
        target: { max: 100 },
        note: 'navigation start to the first row on screen',
      }),
      result('popup first row painted, over the empty page', 'ms', paintedOverEmpty, {
        target: { max: 100 },
        note: "the popup's own share: each run's paint less the empty page measured just before",
      }),
      result('popup open → first contentful paint (any content)', 'ms', firstPaint, {
        note: "the popup's first paint of anything (with a kept first screen, rows included)",
      }),
      result('empty extension page → first paint (no script)', 'ms', emptyPage, {
        note: "the machine's floor: the manifest shown as text, measured just before each open",
      }),
      result('popup open → live rows (database answered)', 'ms', live, {
        note: 'until then the rows shown are the ones kept from the last opening',
      }),
      ...(scriptStart.length
        ? [
            result('popup open → its app modules loaded and run', 'ms', scriptStart, {
              note: 'Preact, the store and Dexie, fetched once the first screen is drawn',
            }),
          ]
        : []),
      ...(render.length
        ? [
            result('popup first render (our JS: modules run → rendered)', 'ms', render, {
              note: "the app's first render, which takes the first screen's place",
            }),
          ]
        : []),
      result('library open → first rows (10k stories)', 'ms', library, {
        note: 'navigation start to the frame the first rows are handed to',
      }),
      result('library open → first row painted (Element Timing)', 'ms', libraryPainted),
      result('search keystroke → results rendered (10k)', 'ms', keys, {
        target: { max: 30 },
        note: 'median over the keys of "rescue whale"',
      }),
      result('scrolling: dropped frames in 150', 'count', dropped, {
        target: { max: 0 },
        note: `frame interval median ${frameInterval.toFixed(1)} ms; dropped = > 1.5 frames`,
      }),
      result('scrolling: longest frame', 'ms', worstFrame),
      result('popup JS heap with 10k stories (after GC)', 'MB', heap),
    ];
  } finally {
    await brightside.close();
  }
};
