/**
 * Measures Brightside's uplift model against three word-list scorers (AFINN via `sentiment`,
 * VADER, wink-sentiment) on every dev set, in the same run: accuracy, macro-F1, ROC-AUC and
 * headlines per second. Word lists call a story uplifting when their score is above zero.
 *
 *   npm run eval
 */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import wink from 'wink-sentiment';
import { scoreUplift, THRESHOLDS } from '../lib/classifier';
import type { StoryText } from '../lib/classifier/types';
import { loadDevSets, loadSeedStory } from './classifier/data';
import { editorialText } from './classifier/editorial';
import { measureLoad, measureModelParse } from './classifier/load-time';
import { brier, ece, metrics } from './classifier/metrics';

interface Scorer {
  name: string;
  /** Continuous score (for AUC) and verdict. */
  score: (story: StoryText) => { score: number; positive: boolean };
}

const joined = (s: StoryText) => (s.teaser ? `${s.headline}. ${s.teaser}` : s.headline);
const afinn = new Sentiment();
export const SCORERS: Scorer[] = [
  {
    name: 'brightside',
    score: (s) => {
      const r = scoreUplift(s);
      return { score: r.score, positive: r.uplifting };
    },
  },
  {
    name: 'sentiment (AFINN)',
    score: (s) => {
      const r = afinn.analyze(joined(s));
      return { score: r.comparative, positive: r.score > 0 };
    },
  },
  {
    name: 'vader',
    score: (s) => {
      const c = vader.SentimentIntensityAnalyzer.polarity_scores(joined(s)).compound;
      return { score: c, positive: c > 0 };
    },
  },
  {
    name: 'wink-sentiment',
    score: (s) => {
      const r = wink(joined(s));
      return { score: r.normalizedScore, positive: r.score > 0 };
    },
  },
];

interface EvalSet {
  name: string;
  stories: StoryText[];
  labels: number[];
  groups?: string[];
}

export function evalSets(): EvalSet[] {
  const dev = loadDevSets();
  // The editorial target is good news vs bad news; HuffPost lifestyle ("neutral") rows are a
  // different question (is light news uplifting?) and are reported on their own line.
  const ed = dev.editorialValidation.filter((r) => r.rawLabel !== 'neutral');
  const all = dev.editorialValidation;
  return [
    {
      name: 'SemEval-2007 trial (|valence| >= 30)',
      stories: dev.semeval.map((r) => ({ headline: r.text })),
      labels: dev.semeval.map((r) => (r.rawLabel === 'positive' ? 1 : 0)),
    },
    {
      name: 'Reddit 2019 validation',
      stories: dev.redditValidation.map((r) => ({ headline: r.text })),
      labels: dev.redditValidation.map((r) => r.label),
    },
    {
      name: 'Editorial validation, good vs bad news, headline only',
      stories: ed.map((r) => ({ headline: editorialText(r).headline })),
      labels: ed.map((r) => r.label),
      groups: ed.map((r) => r.source),
    },
    {
      name: 'Editorial validation, good vs bad news, headline + teaser',
      stories: ed.map((r) => editorialText(r)),
      labels: ed.map((r) => r.label),
      groups: ed.map((r) => r.source),
    },
    {
      name: 'Editorial validation, all rows (lifestyle counted as not uplifting), headline only',
      stories: all.map((r) => ({ headline: editorialText(r).headline })),
      labels: all.map((r) => r.label),
      groups: all.map((r) => r.source),
    },
  ];
}

/** The examples, with the verdict each must get. */
export const EXAMPLES: [string, boolean][] = [
  ['Officer comforts woman in mental-health crisis, gives her his jacket as bodycam rolls', true],
  ['Malaria deaths fall by half in a decade', true],
  ['Dog fosters kittens that lost their mom', true],
  ['Firefighters rescue family from burning home', true],
  ['Teen who lost leg in crash runs first marathon', true],
  ['Homeless man returns lost wallet with $2,000 inside', true],
  ['Crime falls to 30-year low in city', true],
  ['Man killed in highway crash', false],
  ['Police arrest suspect in downtown stabbing', false],
  ['Stocks slide as inflation fears grow', false],
  ['Wildfire destroys hundreds of homes', false],
  ['Senate passes budget bill', false],
  ['Celebrity couple announce divorce', false],
];

function run(scorer: Scorer, set: EvalSet) {
  const started = performance.now();
  const results = set.stories.map((s) => scorer.score(s));
  const seconds = (performance.now() - started) / 1000;
  const m = metrics(
    set.labels,
    results.map((r) => r.score),
    results.map((r) => r.positive),
  );
  const bySource = new Map<string, [number, number]>();
  set.groups?.forEach((group, i) => {
    const entry = bySource.get(group) ?? [0, 0];
    entry[0] += (set.labels[i] === 1) === results[i]!.positive ? 1 : 0;
    entry[1] += 1;
    bySource.set(group, entry);
  });
  return { m, seconds, results, bySource };
}

/**
 * Headlines per second of every scorer on one list. Passes are interleaved (A B C D, A B C D, ...)
 * so a busy machine slows all scorers alike; the median pass of each is reported.
 */
function throughputs(scorers: Scorer[], stories: StoryText[], rounds = 7): number[] {
  for (const scorer of scorers) for (const s of stories.slice(0, 2000)) scorer.score(s);
  const rates = scorers.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    scorers.forEach((scorer, i) => {
      const started = performance.now();
      for (const s of stories) scorer.score(s);
      rates[i]!.push(stories.length / ((performance.now() - started) / 1000));
    });
  }
  return rates.map((r) => r.sort((a, b) => a - b)[Math.floor(r.length / 2)]!);
}

const f3 = (x: number) => x.toFixed(3);
const calibration: string[] = [];

function main(): void {
  const sets = evalSets();
  console.log(`Brightside thresholds: ${JSON.stringify(THRESHOLDS)} (balanced used below)\n`);
  for (const set of sets) {
    const positives = set.labels.filter((y) => y === 1).length;
    console.log(`## ${set.name}: ${set.labels.length} rows, ${positives} uplifting`);
    console.log('| scorer | accuracy | macro-F1 | ROC-AUC | per source (accuracy) |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const scorer of SCORERS) {
      const { m, bySource, results } = run(scorer, set);
      const sources = [...bySource.entries()]
        .map(([name, [right, n]]) => `${name} ${f3(right / n)} (${n})`)
        .join(', ');
      console.log(
        `| ${scorer.name} | ${f3(m.accuracy)} | ${f3(m.macroF1)} | ${f3(m.auc)} | ${sources} |`,
      );
      if (scorer.name === 'brightside') {
        const p = results.map((r) => r.score);
        calibration.push(
          `${set.name}: Brier ${f3(brier(set.labels, p))}, ECE ${f3(ece(set.labels, p))}`,
        );
      }
    }
    console.log('');
  }
  console.log('## Calibration (Brightside score as probability)');
  for (const line of calibration) console.log(`- ${line}`);

  const reddit = sets[1]!.stories;
  console.log(
    `\n## Speed: headlines per second (Reddit 2019, ${reddit.length} headlines, ` +
      'median of 7 interleaved passes)',
  );
  const withCues: Scorer = {
    name: 'brightside, cues and category read too',
    score: (s) => {
      const r = scoreUplift(s);
      return { score: r.cues.length + (r.category ? 1 : 0), positive: r.uplifting };
    },
  };
  const scorers = [...SCORERS, withCues];
  const speeds = throughputs(scorers, reddit);
  const base = speeds[1]!;
  scorers.forEach((scorer, i) => {
    const hps = speeds[i]!;
    console.log(
      `- ${scorer.name}: ${Math.round(hps).toLocaleString('en')} /s (${(hps / base).toFixed(2)}x sentiment)`,
    );
  });
  const parse = measureModelParse();
  console.log(
    `\n## Model: model.json ${(parse.bytes / 1024).toFixed(0)} KiB raw; JSON.parse + decode ` +
      `median ${parse.median.toFixed(2)} ms, best ${parse.best.toFixed(2)} ms (15 runs, no table building)`,
  );
  const load = measureLoad();
  console.log(
    `\n## Model load: import of the bundled classifier (${(load.bundleBytes / 1024).toFixed(0)} KiB ` +
      `minified, model inlined) + first score, fresh Node process: median ${load.median.toFixed(1)} ms, ` +
      `best ${load.best.toFixed(1)} ms (${load.runs} runs)`,
  );

  console.log("\n## The issue's examples (balanced threshold)");
  console.log('| headline | score | verdict | expected | cues |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [headline, expected] of EXAMPLES) {
    const r = scoreUplift({ headline });
    console.log(
      `| ${headline} | ${f3(r.score)} | ${r.uplifting ? 'uplifting' : 'not'} | ` +
        `${expected ? 'uplifting' : 'not'}${r.uplifting === expected ? '' : ' **WRONG**'} | ${r.cues.join(', ')} |`,
    );
  }
  const seed = loadSeedStory();
  const verdict = scoreUplift(seed);
  console.log(
    `| Seed story (headline + body) | ${f3(verdict.score)} | ${verdict.uplifting ? 'uplifting' : 'not'} | uplifting | ${verdict.cues.join(', ')} |`,
  );
}

main();
