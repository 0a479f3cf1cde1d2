/**
 * What the content script costs on the largest listing page of the corpus, in real Chromium with
 * the built extension, the page served under its real host name:
 * - main-thread time of the content script, start to all marks shown (V8 CPU profile, 100 µs
 *   samples: every sample whose stack holds a frame of content-scripts/content.js, which includes
 *   the layout and style work its calls force; see `scriptTime`), plus V8's compile of the script
 *   when it is injected, which the profile cannot see (a trace of the "v8" category in the same
 *   run; see `injectionTime`), also given on its own;
 * - the longest run of content-script samples without a break (an upper bound on its longest task,
 *   garbage collection inside it included), or the injecting task (compile and top level) if
 *   longer;
 * - when the last mark appeared, after DOMContentLoaded (a page-side MutationObserver), in runs of
 *   their own without the profiler: sampling every 100 µs slows the page and the extension alike,
 *   and with it attached the same build measured 213-296 ms where it measured 108-220 ms without;
 * - the same with the extension's service worker stopped before the page loads, as a reader
 *   finds it after half a minute away (Chromium stops an idle worker after 30 s): runs one after
 *   the other keep it running, so the figure above alone never pays for starting it.
 * On a busy 2-core machine the samples also hold time the page's main thread spent waiting for a
 * core (gaps of half a millisecond and more between samples added 5-58 ms to single runs), so
 * runs of one build vary by half. To judge a change, measure the build before it beside this one:
 * `BENCH_BASELINE_BUILD=<folder of that build> npm run bench -- content-script`.
 *
 * Beside Brightside, run for run, the same figures for three floors (`floor-extension/`): a content
 * script that does the least any marking script does. Two take the long links in the
 * DOMContentLoaded task itself (the soonest they can), with their verdicts made up in the page or
 * asked of their service worker; the third runs Brightside's own detectStories where Brightside
 * does (after a yield), verdicts made up in the page. They tell which part of a figure is the
 * page's and the browser's on this machine, which the detector's, and which the rest of
 * Brightside's.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import { CHROME_BUILD, launchBrightside, type Brightside } from '../harness/launch-chromium';
import { servePage, startNewsServer } from '../harness/news-server';
import { EAGER_COMPILE_HINT } from '../build/eager-compile';
import { detectionScript } from './bundle-for-page';
import { injectionTime, scriptTime, type Profile, type TraceEvent } from './cpu-profile';
import { median, type BenchResult, type BenchSuite } from './measure';

const DATA = process.env.BRIGHTSIDE_DATA ?? resolve(import.meta.dirname, '../../../shared/data');
const CONTENT_SCRIPT = '/content-scripts/content.js';
const SAMPLE_US = 100;

/** The largest listing page of the corpus (by raw bytes), from MANIFEST.tsv. */
export function largestListingPage(): { file: string; url: string; bytes: number } {
  const lines = readFileSync(resolve(DATA, 'pages/MANIFEST.tsv'), 'utf8').trim().split('\n');
  const header = lines[0]!.split('\t');
  const col = (name: string) => header.indexOf(name);
  let best = { file: '', url: '', bytes: 0 };
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells[col('kind')] !== 'listing') continue;
    const bytes = Number(cells[col('bytes_raw')]);
    const url = /url=(\S+?);/.exec(cells[col('note')] ?? '')?.[1];
    if (url && bytes > best.bytes) {
      best = { file: cells[col('file')]!, url: url.replace(/^http:/, 'https:'), bytes };
    }
  }
  return best;
}

const RECORD_MARKS = `
  window.__brightsideMarks = { last: 0, count: 0 };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' || [...record.addedNodes].some((n) => n.nodeName === 'BRIGHTSIDE-BADGE')) {
        window.__brightsideMarks.last = performance.now();
        window.__brightsideMarks.count++;
      }
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-brightside'], childList: true, subtree: true });
`;

type Run = 'profiled' | 'timed' | 'worker asleep';

async function measureOnce(
  cdp: CDPSession,
  page: import('playwright-core').Page,
  url: string,
  run: Run,
) {
  if (run === 'worker asleep') {
    // Stops every service worker of the profile, the extension's included.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  }
  const trace: TraceEvent[] = [];
  if (run === 'profiled') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
    // The script's compile at injection, which the profile cannot see (see `injectionTime`).
    cdp.on('Tracing.dataCollected', ({ value }) =>
      trace.push(...(value as unknown as TraceEvent[])),
    );
    await cdp.send('Tracing.start', { categories: 'v8', transferMode: 'ReportEvents' });
  }
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // All marks shown: the count of marking mutations stops changing for 500 ms.
  let last = -1;
  for (let stable = 0; stable < 5;) {
    await page.waitForTimeout(100);
    const count = await page.evaluate(
      () => (window as unknown as { __brightsideMarks: { count: number } }).__brightsideMarks.count,
    );
    stable = count === last && count > 0 ? stable + 1 : 0;
    last = count;
  }
  const cost = run === 'profiled' ? await stopProfiling(cdp, trace) : null;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = (window as unknown as { __brightsideMarks: { last: number } }).__brightsideMarks;
    return {
      afterDcl: marks.last - nav.domContentLoadedEventStart,
      stories: document.querySelectorAll('[data-brightside]').length,
      uplifting: document.querySelectorAll('[data-brightside="uplifting"]').length,
    };
  });
  return { cost, ...timing };
}

/**
 * The content script's main-thread time from the profile, with its compile at injection added
 * (the profile holds no frame of the script then). The injecting task, compile and top level,
 * is one unbroken run of the script's.
 */
async function stopProfiling(cdp: CDPSession, trace: TraceEvent[]) {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await traced;
  const samples = scriptTime(profile, CONTENT_SCRIPT, SAMPLE_US);
  const injection = injectionTime(trace, CONTENT_SCRIPT);
  return {
    total: samples.total + injection.compile,
    longest: Math.max(samples.longest, injection.compile + injection.run),
    compile: injection.compile,
  };
}

type Figure = Awaited<ReturnType<typeof measureOnce>>;
type Figures = Record<Run, Figure[]>;

/**
 * Another build of the extension (a folder like .output/chrome-mv3) to measure beside this one:
 * each run of this build is paired with a run of that one in the same minute, in alternating
 * order, so a change is judged against the machine's noise of the moment rather than against
 * figures from another hour. Reported as the peer of each figure.
 */
const BASELINE_BUILD = process.env.BENCH_BASELINE_BUILD;

/** A floor: how it finds the stories, when, and where its verdicts come from (floor-extension/). */
interface Floor {
  detector: 'links' | 'brightside';
  /** In the DOMContentLoaded task, or after a `scheduler.yield()` as Brightside does. */
  yieldFirst: boolean;
  verdicts: 'in the page' | 'from its worker';
}
const FLOORS: Floor[] = [
  { detector: 'links', yieldFirst: false, verdicts: 'in the page' },
  { detector: 'links', yieldFirst: false, verdicts: 'from its worker' },
  { detector: 'brightside', yieldFirst: true, verdicts: 'in the page' },
];
function floorName({ detector, yieldFirst, verdicts }: Floor): string {
  const finds = detector === 'links' ? 'long links' : "Brightside's detectStories";
  return `floor: ${finds}${yieldFirst ? ' after a yield' : ''}, verdicts ${verdicts}`;
}

interface Measured {
  name: string;
  dir: string;
  /** Runs that say nothing about this build (a floor that never asks its worker). */
  skip: Run[];
}

/**
 * A floor extension in `parent`: the files of floor-extension/ (with lib/detection bundled before
 * its content script when it uses Brightside's detector) and a manifest that runs its content
 * script on `host`, told how many links to mark and the floor's settings.
 */
async function writeFloor(
  parent: string,
  host: string,
  counts: { stories: number; uplifting: number },
  floor: Floor,
): Promise<string> {
  const dir = join(parent, floorName(floor).replace(/\W+/g, '-'));
  const source = resolve(import.meta.dirname, 'floor-extension');
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  cpSync(resolve(source, 'background.js'), join(dir, 'background.js'));
  // One file, as Brightside's is (the profile counts the frames of content-scripts/content.js),
  // compiled as eagerly as Brightside's.
  const detection =
    floor.detector === 'brightside' ? EAGER_COMPILE_HINT + (await detectionScript()) : '';
  writeFileSync(
    join(dir, 'content-scripts/content.js'),
    detection + readFileSync(resolve(source, 'content.js'), 'utf8'),
  );
  const manifest = {
    manifest_version: 3,
    name: `Brightside bench ${floorName(floor)}`,
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: [`https://${host}/*`],
        js: ['content-scripts/content.js'],
        run_at: 'document_start',
      },
    ],
    floor: { ...counts, ...floor },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

export const contentScript: BenchSuite = async ({ runs }) => {
  const target = largestListingPage();
  const server = await startNewsServer();
  servePage(
    server,
    target.url,
    gunzipSync(readFileSync(resolve(DATA, 'pages', target.file))).toString('utf8'),
  );
  const floorDir = mkdtempSync(join(tmpdir(), 'brightside-bench-floor-'));
  const builds: Measured[] = [{ name: 'Brightside', dir: CHROME_BUILD, skip: [] }];
  if (BASELINE_BUILD) {
    builds.push({ name: 'baseline build', dir: baselineBuild(BASELINE_BUILD), skip: [] });
  }
  const browsers: Brightside[] = [];
  const launch = async (extensionDir: string) => {
    const brightside = await launchBrightside({ server, extensionDir });
    browsers.push(brightside);
    await brightside.context.route(
      (url) => url.protocol.startsWith('http') && !server.sites.has(url.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    await brightside.context.addInitScript(RECORD_MARKS);
  };
  try {
    for (const build of builds) await launch(build.dir);
    // The floors mark as many links as Brightside marks stories: one load of the page counts them.
    const counts = await countMarks(browsers[0]!, target.url);
    const host = new URL(target.url).hostname;
    for (const floor of FLOORS) {
      const dir = await writeFloor(floorDir, host, counts, floor);
      // A floor that never asks its worker has nothing to show with the worker stopped.
      const skip: Run[] = floor.verdicts === 'from its worker' ? [] : ['worker asleep'];
      builds.push({ name: floorName(floor), dir, skip });
      await launch(dir);
    }
    const figures: Figures[] = builds.map(() => ({ profiled: [], timed: [], 'worker asleep': [] }));
    // The worker-asleep runs come last, so the others find it as they always did: warm.
    for (const run of ['profiled', 'timed', 'worker asleep'] as const) {
      for (let i = 0; i <= runs; i++) {
        const order = i % 2 ? [...browsers.keys()].reverse() : [...browsers.keys()];
        for (const b of order) {
          if (builds[b]!.skip.includes(run)) continue;
          const { context } = browsers[b]!;
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          const figure = await measureOnce(cdp, page, target.url, run);
          // The first run warms up.
          if (i > 0) figures[b]![run].push(figure);
          await page.close();
        }
      }
    }
    return report(builds, figures, target, counts);
  } finally {
    for (const brightside of browsers) await brightside.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
};

/** How many stories Brightside marks on the page, and how many of them as uplifting. */
async function countMarks({ context }: Brightside, url: string) {
  const page = await context.newPage();
  const { stories, uplifting } = await measureOnce(
    await context.newCDPSession(page),
    page,
    url,
    'timed',
  );
  await page.close();
  return { stories, uplifting };
}

function report(
  builds: Measured[],
  figures: Figures[],
  target: { url: string; bytes: number },
  counts: { stories: number; uplifting: number },
): BenchResult[] {
  const note = `${target.url} (${Math.round(target.bytes / 1024)} KB, ${counts.stories} stories, ${counts.uplifting} uplifting)`;
  const measures: Array<
    [name: string, max: number | undefined, run: Run, of: (figures: Figures) => number[]]
  > = [
    ['main-thread time, start to all marks', 30, 'profiled', (f) => costs(f).map((c) => c.total)],
    [
      'of which compiling the script at injection',
      undefined,
      'profiled',
      (f) => costs(f).map((c) => c.compile),
    ],
    ['longest unbroken content-script run', 50, 'profiled', (f) => costs(f).map((c) => c.longest)],
    ['last mark after DOMContentLoaded', 100, 'timed', (f) => f.timed.map((run) => run.afterDcl)],
    [
      'last mark after DOMContentLoaded, service worker stopped first',
      100,
      'worker asleep',
      (f) => f['worker asleep'].map((run) => run.afterDcl),
    ],
  ];
  const baseline = builds.findIndex((build) => build.name === 'baseline build');
  const results: BenchResult[] = [];
  for (const [b, build] of builds.entries()) {
    if (b === baseline) continue;
    const floor = build.name.startsWith('floor:');
    for (const [name, max, run, of] of measures) {
      if (build.skip.includes(run)) continue;
      const values = of(figures[b]!);
      results.push({
        suite: 'content-script',
        name: floor ? `${name} · ${build.name}` : name,
        unit: 'ms',
        median: median(values),
        runs: values.map((value) => Math.round(value * 10) / 10),
        ...(floor || max === undefined ? {} : { target: { max } }),
        ...(!floor && baseline >= 0
          ? { peer: { name: 'baseline build', median: median(of(figures[baseline]!)) } }
          : {}),
        note: floor ? 'the least a marking script does on the same page, run for run' : note,
      });
    }
  }
  return results;
}

/** The baseline folder, refused with a clear error unless it holds an unpacked build. */
function baselineBuild(folder: string): string {
  const dir = resolve(folder);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(
      `BENCH_BASELINE_BUILD: no extension build in ${dir} (it needs a manifest.json, as .output/chrome-mv3 has)`,
    );
  }
  return dir;
}

function costs(figures: Figures) {
  return figures.profiled.flatMap((f) => (f.cost ? [f.cost] : []));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await contentScript({ runs: Number(process.env.BENCH_RUNS ?? 3) });
  for (const r of results) {
    const peer = r.peer ? ` (${r.peer.name} ${r.peer.median.toFixed(1)})` : '';
    console.log(r.name, r.median.toFixed(1), r.unit, JSON.stringify(r.runs), r.note + peer);
  }
}
