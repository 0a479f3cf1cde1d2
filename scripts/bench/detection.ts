/**
 * What lib/detection costs on the largest listing page of the corpus, in real Chromium (no
 * extension: the detection code alone, bundled into one script). The page is served under its real
 * host name, so adapters and URL checks see what a reader's browser sees. Medians of runs, timed
 * with performance.now() in the page:
 * - `detectStories(document)` on the whole page, each run a task of its own after 10 warm-up calls
 *   (the first, cold call is given in the note); side by side, the peer approach the issue names,
 *   "any link with five words or more" (same page, same run);
 * - one `watchStories` batch: a clone of a zone of about 20 story cards is appended, and the
 *   batch callback's work (from the batch timer firing to `onStories`) is timed.
 * Targets (the issue): detectStories ≤ 10 ms, a batch of added nodes ≤ 4 ms.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../harness/launch-chromium';
import { servePage, startNewsServer } from '../harness/news-server';
import { DETECTION_GLOBAL, detectionScript } from './bundle-for-page';
import { largestListingPage } from './content-script';
import { median, type BenchResult, type BenchSuite } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = process.env.BRIGHTSIDE_DATA ?? resolve(ROOT, '../shared/data');
const ZONE_CARDS = 20;
/** Calls before the measured runs: the JIT has tiered the scan up by then (the cold call is noted). */
const WARM_UP = 10;

/** lib/detection as one script that sets `window.BrightsideDetection`, written to a temp dir. */
export async function bundleDetection(outDir: string): Promise<string> {
  const code = await detectionScript();
  const file = join(outDir, 'detection.iife.js');
  writeFileSync(file, code);
  return file;
}

interface Figures {
  detect: number[];
  peer: number[];
  batch: number[];
  /** The first call on the page, before the JIT has seen the code. */
  first: number;
  stories: number;
  peerLinks: number;
  batchStories: number;
  zoneCards: number;
}

/** Runs in the page: every measurement, with the bundle already loaded. */
async function measureInPage(page: Page, runs: number, zoneCards: number): Promise<Figures> {
  return page.evaluate(
    async ({ runs, zoneCards, global, warmUp }) => {
      type Story = { element: Element; url: string };
      const detection = (window as unknown as Record<string, unknown>)[global] as {
        detectStories(doc?: Document, url?: string): Story[];
        watchStories(
          doc: Document,
          onStories: (stories: Story[]) => void,
          signal?: AbortSignal,
          options?: { batchDelayMs?: number },
        ): void;
      };
      const time = (fn: () => unknown) => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      };
      // The peer: any link whose text has five words or more is a story.
      const peerScan = () => {
        const found: { element: Element; title: string; url: string }[] = [];
        for (const link of document.querySelectorAll('a[href]')) {
          const title = (link.textContent ?? '').trim().replace(/\s+/g, ' ');
          if (title.split(' ').length >= 5) {
            found.push({ element: link, title, url: (link as HTMLAnchorElement).href });
          }
        }
        return found;
      };

      // Each run is a task of its own, as a content script's scan is: the page is idle between.
      const nextTask = () => new Promise((done) => window.setTimeout(done, 0));
      let stories = 0;
      const first = time(() => (stories = detection.detectStories(document).length));
      const peerLinks = peerScan().length;
      for (let i = 0; i < warmUp; i++) {
        await nextTask();
        detection.detectStories(document);
        peerScan();
      }
      const detect: number[] = [];
      const peer: number[] = [];
      for (let i = 0; i < runs; i++) {
        await nextTask();
        detect.push(time(() => detection.detectStories(document)));
        await nextTask();
        peer.push(time(peerScan));
      }

      // The zone: the smallest ancestor of a story card that holds at least `zoneCards` stories;
      // a clone of it cut down to about `zoneCards` of them (first children first) is the batch.
      const cards = detection.detectStories(document).map((story) => story.element);
      const cardsIn = (element: Element) => cards.filter((card) => element.contains(card)).length;
      let zone: Element | null = null;
      let zoneCount = Infinity;
      for (const card of cards) {
        for (let e = card.parentElement; e && e !== document.body; e = e.parentElement) {
          const count = cardsIn(e);
          if (count < zoneCards) continue;
          if (count < zoneCount) [zone, zoneCount] = [e, count];
          break;
        }
      }
      if (!zone) throw new Error('no zone of story cards found');
      let cloned = 0;
      const cutClone = (element: Element): Element => {
        const inside = cardsIn(element);
        if (cloned + inside <= zoneCards) {
          cloned += inside;
          return element.cloneNode(true) as Element;
        }
        const copy = element.cloneNode(false) as Element;
        for (const child of element.children) {
          if (cloned >= zoneCards) break;
          copy.append(cutClone(child));
        }
        return copy;
      };
      const template = cutClone(zone);
      // One batch per run: timers scheduled by watchStories are wrapped to record when they fire.
      const nativeSetTimeout = window.setTimeout.bind(window);
      const batch: number[] = [];
      let batchStories = 0;
      for (let i = 0; i <= runs; i++) {
        const controller = new AbortController();
        let fired = 0;
        window.setTimeout = ((handler: () => void, delay?: number) =>
          nativeSetTimeout(() => {
            fired = performance.now();
            handler();
          }, delay)) as typeof window.setTimeout;
        const done = new Promise<{ ms: number; count: number }>((settle) => {
          detection.watchStories(
            document,
            (found) => settle({ ms: performance.now() - fired, count: found.length }),
            controller.signal,
            { batchDelayMs: 0 },
          );
        });
        const clone = template.cloneNode(true) as Element;
        zone.after(clone);
        const { ms, count } = await done;
        controller.abort();
        window.setTimeout = nativeSetTimeout as typeof window.setTimeout;
        clone.remove();
        if (i > 0) batch.push(ms); // the first batch warms up
        batchStories = count;
      }
      return { detect, peer, batch, first, stories, peerLinks, batchStories, zoneCards: cloned };
    },
    { runs, zoneCards, global: DETECTION_GLOBAL, warmUp: WARM_UP },
  );
}

export const detection: BenchSuite = async ({ runs }) => {
  const target = largestListingPage();
  const html = gunzipSync(readFileSync(resolve(DATA, 'pages', target.file))).toString('utf8');
  const outDir = mkdtempSync(join(tmpdir(), 'brightside-bench-detection-'));
  const server = await startNewsServer();
  servePage(server, target.url, html);
  const browser = await launchChromium({ server });
  let figures: Figures;
  try {
    const bundle = await bundleDetection(outDir);
    const context = await browser.newContext({ bypassCSP: true, ignoreHTTPSErrors: true });
    // The page's scripts, ads and images live on hosts not served here: refused at once, so the
    // document measured is the page as served (the site's own scripts do not rewrite it).
    await context.route(
      (url) => url.protocol.startsWith('http') && !server.sites.has(url.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'load' });
    await page.addScriptTag({ path: bundle });
    // tsx keeps function names with a `__name` helper the page does not have.
    await page.evaluate('window.__name = (fn) => fn');
    figures = await measureInPage(page, runs, ZONE_CARDS);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  const page = `${target.url} (${Math.round(target.bytes / 1024)} KB, ${load})`;
  const result = (
    name: string,
    values: number[],
    max: number,
    note: string,
    peer?: number[],
  ): BenchResult => ({
    suite: 'detection',
    name,
    unit: 'ms',
    median: median(values),
    runs: values.map((value) => Math.round(value * 100) / 100),
    target: { max },
    ...(peer ? { peer: { name: 'any link with ≥5 words', median: median(peer) } } : {}),
    note,
  });
  return [
    result(
      'detectStories, whole page',
      figures.detect,
      10,
      `${page}: ${figures.stories} stories (first call ${figures.first.toFixed(1)} ms); peer: ${figures.peerLinks} links`,
      figures.peer,
    ),
    result(
      `watchStories batch (${figures.zoneCards} cards added)`,
      figures.batch,
      4,
      `${figures.batchStories} stories reported per batch`,
    ),
  ];
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await detection({ runs: Number(process.env.BENCH_RUNS ?? 7) });
  for (const r of results) {
    const peer = r.peer ? ` peer ${r.peer.median.toFixed(2)} ms` : '';
    console.log(r.name, r.median.toFixed(2), r.unit, JSON.stringify(r.runs), peer, r.note);
  }
}
