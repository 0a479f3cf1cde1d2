/**
 * Scores a story with a decoded model: headline and teaser are read as one text; the body's first
 * sentences are scored one by one and their mean added with a fixed weight, so a long body full of
 * crisis words cannot swamp the headline (and a short neutral headline can be carried by its body).
 */
import { categorize } from './category';
import { extractFeatures, type Features } from './features';
import { detectLanguage } from './language';
import type { Model } from './model';
import { splitSentences } from './tokenize';
import type { ScoreOptions, StoryText, UpliftResult } from './types';

const MAX_CUES = 3;
/** Function words never make a cue on their own, whatever their weight. */
const FUNCTION_WORDS = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been it its he she
   his her him they them their we you i this that these those there when who what which how why
   has have had will would can could not no so than then just into over after about up out`.split(
    /\s+/,
  ),
);
const MIN_CUE_EFFECT = 0.15;

/** Raw linear score (no bias) of one text, with each feature's contribution when asked. */
function linear(
  model: Model,
  text: string,
  scale: number,
  contributions: Contribution[] | null,
): number {
  const features: Features = extractFeatures(text, model.lexicon);
  let sum = 0;
  for (let i = 0; i < features.keys.length; i++) {
    const weight = model.weights.get(features.keys[i] as string);
    if (weight === undefined) continue;
    const effect = weight * (features.values[i] as number);
    sum += effect;
    if (contributions && effect !== 0) {
      contributions.push({
        text,
        start: features.starts[i] as number,
        end: features.ends[i] as number,
        effect: effect * scale,
      });
    }
  }
  return sum;
}

interface Contribution {
  text: string;
  start: number;
  end: number;
  effect: number;
}

export interface Logit {
  logit: number;
  contributions: Contribution[];
}

export function storyLogit(model: Model, input: StoryText, withContributions = true): Logit {
  const contributions: Contribution[] = [];
  const sink = withContributions ? contributions : null;
  const head = input.teaser?.trim()
    ? `${input.headline.trim()} | ${input.teaser.trim()}`
    : input.headline;
  let logit = model.bias + linear(model, head, 1, sink);
  if (input.body?.trim() && model.bodyWeight > 0) {
    const sentences = splitSentences(input.body).slice(0, model.bodySentences);
    if (sentences.length > 0) {
      const scale = model.bodyWeight / sentences.length;
      let sum = 0;
      for (const sentence of sentences) sum += linear(model, sentence, scale, sink);
      logit += sum * scale;
    }
  }
  return { logit, contributions };
}

export function calibrate(model: Model, logit: number): number {
  return 1 / (1 + Math.exp(-(model.plattA * logit + model.plattB)));
}

/** Merges overlapping contributions into phrases and keeps those that pushed towards the verdict. */
function pickCues(contributions: Contribution[], direction: 1 | -1): string[] {
  const phrases = new Map<string, number>();
  for (const c of contributions) {
    const phrase = c.text
      .slice(c.start, c.end)
      .replace(/\s+/g, ' ')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .toLowerCase();
    if (!phrase || phrase.split(' ').every((word) => FUNCTION_WORDS.has(word))) continue;
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + c.effect);
  }
  const ranked = [...phrases.entries()]
    .filter(([, effect]) => effect * direction >= MIN_CUE_EFFECT)
    .sort((a, b) => b[1] * direction - a[1] * direction || (a[0] < b[0] ? -1 : 1));
  const cues: string[] = [];
  for (const [phrase] of ranked) {
    // Skip a word already inside a chosen phrase, and a phrase that only repeats chosen words.
    if (cues.some((cue) => cue.includes(phrase) || phrase.includes(cue))) continue;
    cues.push(phrase);
    if (cues.length === MAX_CUES) break;
  }
  return cues;
}

export function scoreWithModel(
  model: Model,
  input: StoryText,
  options: ScoreOptions = {},
): UpliftResult {
  const headline = input.headline ?? '';
  const sample = `${headline} ${input.teaser ?? ''} ${(input.body ?? '').slice(0, 600)}`;
  const language = detectLanguage(
    sample,
    (word) => model.weights.has(word) || model.lexicon.has(word),
  );
  const { logit, contributions } = storyLogit(model, { ...input, headline });
  const score = calibrate(model, logit);
  const threshold = options.threshold ?? model.thresholds[options.sensitivity ?? 'balanced'];
  const uplifting = language === 'en' && score >= threshold;
  const cues = pickCues(contributions, uplifting ? 1 : -1);
  const category = uplifting
    ? categorize(`${headline} ${input.teaser ?? ''}`.toLowerCase().match(/[\p{L}']+/gu) ?? [])
    : null;
  return { score, uplifting, cues, category, language };
}
