/**
 * npm run eval:pages: lib/detection on the real pages in ../shared/data/pages (or $BRIGHTSIDE_DATA),
 * read in place. Prints the evaluation table (markdown); `--json` prints the numbers instead,
 * `--misses` lists every miss.
 */
import { detectStories } from '../lib/detection';
import { loadPage, readManifest, SENIOR_RESEARCH } from './detection/corpus';
import {
  evalNewspaper,
  evalPrecisionSample,
  evalReadability,
  evalSeniorResearch,
  percent,
} from './detection/evaluate';

const args = new Set(process.argv.slice(2));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeLargestListing() {
  const page = readManifest()
    .filter((p) => p.sourceRepo === SENIOR_RESEARCH && p.kind === 'listing')
    .sort((a, b) => b.bytes - a.bytes)[0];
  if (!page) throw new Error('no listing page in the manifest');
  const doc = loadPage(page.file);
  const url = page.url ?? 'http://localhost/';
  const times: number[] = [];
  let stories = 0;
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    stories = detectStories(doc, url).length;
    times.push(performance.now() - start);
  }
  return { url, bytes: page.bytes, stories, medianMs: median(times.slice(3)) };
}

const readability = evalReadability();
const senior = evalSeniorResearch();
const newspaper = evalNewspaper();
const sample = evalPrecisionSample(undefined, senior.fronts);
const timing = timeLargestListing();

if (args.has('--json')) {
  process.stdout.write(
    `${JSON.stringify(
      {
        readability,
        senior: { ...senior, fronts: senior.fronts.map(({ detected: _, ...front }) => front) },
        newspaper,
        sample,
        timing,
      },
      null,
      2,
    )}\n`,
  );
  process.exit(0);
}

const lines: string[] = [];
const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
lines.push('## Brightside detection on real pages', '');
lines.push('| measure | source | result |', '| --- | --- | --- |');
row(
  'pageKind = article',
  `readability (${readability.pages} real articles)`,
  `${readability.kindArticle}/${readability.pages} = ${percent(readability.kindArticle, readability.pages)}`,
);
row(
  'title matches expected-metadata.json',
  'readability',
  `${readability.titleMatch}/${readability.pages} = ${percent(readability.titleMatch, readability.pages)}`,
);
row(
  'byline agrees (where expected)',
  'readability',
  `${readability.bylineMatch}/${readability.bylineExpected} = ${percent(readability.bylineMatch, readability.bylineExpected)}`,
);
row(
  'excerpt agrees (where expected)',
  'readability',
  `${readability.excerptMatch}/${readability.excerptExpected} = ${percent(readability.excerptMatch, readability.excerptExpected)}`,
);
for (const kind of ['article', 'listing', 'media', 'other']) {
  const entry = senior.kinds[kind];
  if (!entry) continue;
  const got = Object.entries(entry.got)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const scored = kind === 'article' || kind === 'listing';
  row(
    `pageKind on ${kind} pages`,
    'SeniorResearch',
    scored
      ? `${entry.correct}/${entry.pages} = ${percent(entry.correct, entry.pages)} (${got})`
      : `not scored (${got})`,
  );
}
row(
  'pageKind = article',
  `newspaper (${newspaper.pages} articles)`,
  `${newspaper.correct}/${newspaper.pages} = ${percent(newspaper.correct, newspaper.pages)}`,
);
row(
  'story precision, hand-checked sample',
  `SeniorResearch (${sample.perPage.length} fronts)`,
  `${sample.correct}/${sample.judged} = ${percent(sample.correct, sample.judged)}${sample.missingFromOutput ? ` (${sample.missingFromOutput} judged stories no longer detected)` : ''}`,
);
row(
  'story recall, hand-counted real stories',
  'SeniorResearch sample',
  `${sample.found}/${sample.realStories} = ${percent(sample.found, sample.realStories)}`,
);
row(
  'detectStories median, Node + linkedom',
  `largest listing (${(timing.bytes / 1e6).toFixed(2)} MB, ${timing.stories} stories)`,
  `${timing.medianMs.toFixed(1)} ms`,
);

lines.push(
  '',
  '### Stories found per section front (SeniorResearch)',
  '',
  '| site | fronts | stories per front | total | fronts with 0 |',
  '| --- | --- | --- | --- | --- |',
);
const bySite = new Map<string, number[]>();
for (const front of senior.fronts)
  bySite.set(front.site, [...(bySite.get(front.site) ?? []), front.stories]);
for (const [site, counts] of [...bySite].sort()) {
  row(
    site,
    counts.length,
    counts.join(' '),
    counts.reduce((a, b) => a + b, 0),
    counts.filter((c) => c === 0).length,
  );
}

lines.push(
  '',
  '### Hand-checked sample per front',
  '',
  '| site | url | precision | recall |',
  '| --- | --- | --- | --- |',
);
for (const page of sample.perPage) {
  row(page.site, page.url, `${page.correct}/${page.judged}`, `${page.found}/${page.real}`);
}

if (args.has('--misses')) {
  lines.push('', '### Misses', '');
  for (const miss of readability.misses)
    lines.push(
      `- readability ${miss.name} ${miss.field}: expected "${miss.expected}" got "${miss.got}"`,
    );
  for (const [kind, entry] of Object.entries(senior.kinds))
    for (const miss of entry.misses) lines.push(`- SeniorResearch ${kind}: ${miss}`);
  for (const miss of newspaper.misses) lines.push(`- newspaper: ${miss}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
