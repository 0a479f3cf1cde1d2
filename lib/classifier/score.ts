/**
 * Scores a story with a decoded model: headline and teaser are read as one text; the body's first
 * sentences are scored one by one and their mean added with a fitted weight, so a long body full of
 * crisis words cannot swamp the headline (and a vague headline can be carried by its body).
 */
import { categorize } from './category';
import { type FeatureVisitor, LEX_NEGATIVE, LEX_POSITIVE, visitFeatures } from './features';
import { countLanguageWord, detectLanguage, type LanguageCounts } from './language';
import type { Model, WordEntry } from './model';
import { BREAK, splitSentences, tokenize } from './tokenize';
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

/** Mutable state of one `linear` call, shared by the visitor below (no closures per call). */
const state = {
  model: null as unknown as Model,
  text: '',
  scale: 1,
  sum: 0,
  contributions: null as Contribution[] | null,
  counts: null as unknown as LanguageCounts,
  lexPositive: 0,
  lexNegative: 0,
};

function add(effect: number, start: number, end: number): void {
  if (effect === 0) return;
  state.sum += effect;
  state.contributions?.push({ text: state.text, start, end, effect: effect * state.scale });
}

const VISITOR: FeatureVisitor<WordEntry> = {
  word(token, entry, negated, lexicon) {
    countLanguageWord(token.text, entry, state.counts);
    if (!entry) return;
    let effect = negated ? entry.negatedWeight : entry.weight;
    if (lexicon > 0) effect += lexicon * state.lexPositive;
    else if (lexicon < 0) effect += lexicon * state.lexNegative;
    add(effect, token.start, token.end);
  },
  pair(token, entry, next) {
    const weight = entry?.pairs?.get(next.text);
    if (weight !== undefined) add(weight, token.start, next.end);
  },
  pattern(key, start, end) {
    add(state.model.special.get(key) ?? 0, start, end);
  },
};

const lookup = (word: string): WordEntry | undefined => state.model.words.get(word);

/** Raw linear score (no bias) of one text; records contributions and language counts. */
function linear(
  model: Model,
  text: string,
  scale: number,
  contributions: Contribution[] | null,
  counts: LanguageCounts,
): number {
  state.model = model;
  state.text = text;
  state.scale = scale;
  state.sum = 0;
  state.contributions = contributions;
  state.counts = counts;
  state.lexPositive = model.special.get(LEX_POSITIVE) ?? 0;
  state.lexNegative = model.special.get(LEX_NEGATIVE) ?? 0;
  visitFeatures(tokenize(text), lookup, VISITOR);
  return state.sum;
}

export function storyLogit(model: Model, input: StoryText, withContributions = true): Logit {
  const contributions: Contribution[] = [];
  const sink = withContributions ? contributions : null;
  const counts: LanguageCounts = { english: 0, foreign: 0, long: 0, known: 0 };
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
  return { logit, contributions, counts };
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
 * Scores a story. `cues` is computed when first read (a second, recording pass over the same
 * text): pages score every headline but show the "why?" of only a few.
 */
export function scoreWithModel(
  model: Model,
  input: StoryText,
  options: ScoreOptions = {},
): UpliftResult {
  const { logit, counts } = storyLogit(model, input, false);
  const sample = input.teaser ? `${input.headline ?? ''} ${input.teaser}` : (input.headline ?? '');
  const language = detectLanguage(sample, counts);
  const score = calibrate(model, logit);
  const threshold = options.threshold ?? model.thresholds[options.sensitivity ?? 'balanced'];
  const uplifting = language === 'en' && score >= threshold;
  const category = uplifting ? categorize(tokenize(sample).map((t) => t.text)) : null;
  let cues: string[] | undefined;
  return {
    score,
    uplifting,
    get cues(): string[] {
      cues ??= pickCues(storyLogit(model, input, true).contributions, uplifting ? 1 : -1);
      return cues;
    },
    category,
    language,
  };
}
