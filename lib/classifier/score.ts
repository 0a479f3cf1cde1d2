/**
 * Scores a story with a decoded model: headline and teaser are read as one text; the body's first
 * sentences are scored one by one and their mean added with a fitted weight, so a long body full of
 * crisis words cannot swamp the headline (and a vague headline can be carried by its body).
 */
import { categorize } from './category';
import { type FeatureSink, KIND, LANGUAGE_SHIFT, walkFeatures, wordBits } from './features';
import { hashString, priorAt, probe, weightAt } from './hash';
import { detectLanguage, ENGLISH_WORD, FOREIGN_WORD, type LanguageCounts } from './language';
import type { Model } from './model';
import { BREAK, NUMBER, scan, splitSentences, type TokenArrays, tokenize } from './tokenize';
import type { ScoreOptions, StoryText, UpliftResult } from './types';

const MAX_CUES = 3;
const MIN_CUE_EFFECT = 0.15;
/** Function words never make a cue on their own, whatever their weight. */
const FUNCTION_WORDS = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been it its he she
   his her him they them their we you i this that these those there when who what which how why
   has have had will would can could not no so than then just into over after about up out`.split(
    /\s+/,
  ),
);
const [NUMBER_H1] = hashString(NUMBER);

interface Contribution {
  text: string;
  start: number;
  end: number;
  effect: number;
}

export interface Logit {
  logit: number;
  contributions: Contribution[];
  /** Words seen, for the language check. */
  counts: LanguageCounts;
}

/** Mutable state of one `linear` call, read by the sink below (no closures per call). */
const state = {
  table: '',
  mask: 0,
  text: '',
  scale: 1,
  sum: 0,
  contributions: null as Contribution[] | null,
  counts: null as unknown as LanguageCounts,
  /** Slot of each word token in the table (-1 when unknown). */
  slots: new Int32Array(64),
};

const SINK: FeatureSink = {
  prior(tokens, i) {
    const h1 = tokens.h1[i]!;
    const at = probe(state.table, state.mask, h1, tokens.h2[i]!);
    state.slots[i] = at;
    const kind = wordBits.value >> LANGUAGE_SHIFT;
    const counts = state.counts;
    if (kind === ENGLISH_WORD) counts.english++;
    else if (kind === FOREIGN_WORD) counts.foreign++;
    else if (tokens.end[i]! - tokens.start[i]! >= 4 && h1 !== NUMBER_H1) {
      counts.long++;
      if (at >= 0) counts.known++;
    }
    return at < 0 ? 0 : priorAt(state.table, at);
  },
  emit(kind, h1, h2, value, first, last) {
    const at = kind === KIND.word ? state.slots[first]! : probe(state.table, state.mask, h1, h2);
    if (at < 0) return;
    const effect = weightAt(state.table, at) * value;
    if (effect === 0) return;
    state.sum += effect;
    state.contributions?.push({
      text: state.text,
      start: current.start[first]!,
      end: current.end[last]!,
      effect: effect * state.scale,
    });
  },
};
let current: TokenArrays;

/** Raw linear score (no bias) of one text; records contributions and language counts. */
function linear(
  model: Model,
  text: string,
  scale: number,
  contributions: Contribution[] | null,
  counts: LanguageCounts,
): number {
  state.table = model.table;
  state.mask = model.mask;
  state.text = text;
  state.scale = scale;
  state.sum = 0;
  state.contributions = contributions;
  state.counts = counts;
  current = scan(text);
  if (state.slots.length < current.n) state.slots = new Int32Array(current.n * 2);
  walkFeatures(current, SINK, { lexicon: false, triples: model.triples });
  return state.sum;
}

const NO_CONTRIBUTIONS: Contribution[] = [];
/** Language counts of the fast path, reused (scoring is synchronous). */
const FAST_COUNTS: LanguageCounts = { english: 0, foreign: 0, long: 0, known: 0 };

export function storyLogit(model: Model, input: StoryText, withContributions = true): Logit {
  const contributions: Contribution[] = withContributions ? [] : NO_CONTRIBUTIONS;
  const counts: LanguageCounts = { english: 0, foreign: 0, long: 0, known: 0 };
  const logit = logitOf(model, input, withContributions ? contributions : null, counts);
  return { logit, contributions, counts };
}

/** The story's logit; fills `counts`, and `contributions` when given. */
function logitOf(
  model: Model,
  input: StoryText,
  sink: Contribution[] | null,
  counts: LanguageCounts,
): number {
  const headline = (input.headline ?? '').trim();
  const teaser = input.teaser?.trim();
  const head = teaser ? `${headline} ${BREAK} ${teaser}` : headline;
  let logit = model.bias + linear(model, head, 1, sink, counts);
  if (input.body?.trim() && model.bodyWeight > 0) {
    const sentences = splitSentences(input.body).slice(0, model.bodySentences);
    if (sentences.length > 0) {
      const scale = model.bodyWeight / sentences.length;
      let sum = 0;
      for (const sentence of sentences) sum += linear(model, sentence, scale, sink, counts);
      logit += sum * scale;
    }
  }
  return logit;
}

export function calibrate(model: Model, logit: number): number {
  return 1 / (1 + Math.exp(-(model.plattA * logit + model.plattB)));
}

/** Merges contributions by phrase and keeps the strongest that pushed towards the verdict. */
function pickCues(contributions: Contribution[], direction: 1 | -1): string[] {
  const phrases = new Map<string, number>();
  for (const c of contributions) {
    if (c.effect * direction < MIN_CUE_EFFECT / 4) continue;
    const phrase = c.text.slice(c.start, c.end).toLowerCase();
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + c.effect * direction);
  }
  const ranked = [...phrases.entries()]
    .filter(([phrase, effect]) => effect >= MIN_CUE_EFFECT && !isFunctionPhrase(phrase))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const cues: string[] = [];
  for (const [raw] of ranked) {
    const phrase = raw.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // Skip a phrase that overlaps one already chosen.
    if (!phrase || cues.some((cue) => cue.includes(phrase) || phrase.includes(cue))) continue;
    cues.push(phrase);
    if (cues.length === MAX_CUES) break;
  }
  return cues;
}

function isFunctionPhrase(phrase: string): boolean {
  for (const word of phrase.split(/[^\p{L}']+/u)) {
    if (word && !FUNCTION_WORDS.has(word)) return false;
  }
  return true;
}

/**
 * Scores a story. `cues` and `category` are computed when first read (cues by a second, recording
 * pass over the same text): pages score every headline but show the "why?" of only a few.
 */
export function scoreWithModel(
  model: Model,
  input: StoryText,
  options: ScoreOptions = {},
): UpliftResult {
  const counts = FAST_COUNTS;
  counts.english = 0;
  counts.foreign = 0;
  counts.long = 0;
  counts.known = 0;
  const logit = logitOf(model, input, null, counts);
  const sample = input.teaser ? `${input.headline ?? ''} ${input.teaser}` : (input.headline ?? '');
  const language = detectLanguage(sample, counts);
  const score = calibrate(model, logit);
  const threshold = options.threshold ?? model.thresholds[options.sensitivity ?? 'balanced'];
  const uplifting = language === 'en' && score >= threshold;
  let cues: string[] | undefined;
  let category: UpliftResult['category'] | undefined;
  return {
    score,
    uplifting,
    get cues(): string[] {
      cues ??= pickCues(storyLogit(model, input, true).contributions, uplifting ? 1 : -1);
      return cues;
    },
    get category(): UpliftResult['category'] {
      if (category === undefined) {
        category = uplifting ? categorize(tokenize(sample).map((t) => t.text)) : null;
      }
      return category;
    },
    language,
  };
}
