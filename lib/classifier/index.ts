/**
 * Is this story uplifting? An on-device linear model over words, word pairs, negation and reversal
 * patterns and lexicon priors, trained by `npm run train` (see MODEL.md). Pure, synchronous and
 * deterministic: no DOM, no browser API, no network.
 */
import { decodeModel, type Model, type ModelFile, type Thresholds } from './model';
import modelFile from './model.json';
import { scoreWithModel } from './score';
import type { ScoreOptions, Sensitivity, StoryText, UpliftResult } from './types';

export {
  CATEGORIES,
  SENSITIVITIES,
  type Category,
  type ScoreOptions,
  type Sensitivity,
  type StoryText,
  type UpliftResult,
} from './types';

let model: Model | null = null;

/** The shipped model (decoding checks the format; the weight table is used as stored). */
export function loadModel(): Model {
  model ??= decodeModel(modelFile as unknown as ModelFile);
  return model;
}

/** Score thresholds of the sensitivity presets, chosen on validation data (see MODEL.md). */
export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = Object.freeze({
  ...((modelFile as unknown as ModelFile).thresholds satisfies Thresholds),
});

export function scoreUplift(input: StoryText, options: ScoreOptions = {}): UpliftResult {
  return scoreWithModel(loadModel(), input, options);
}
