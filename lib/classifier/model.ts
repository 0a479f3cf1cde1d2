/**
 * The trained model: its file format (compact, JSON) and the decoded form the scorer uses.
 * Feature names and lexicon words are stored as one tab-joined string each, weights as integers,
 * so the file stays small and decodes in a couple of milliseconds.
 */
import type { Lexicon } from './features';

export const MODEL_FORMAT = 1;
export const WEIGHT_SCALE = 1000;
export const LEXICON_SCALE = 100;

export interface Thresholds {
  strict: number;
  balanced: number;
  generous: number;
}

export interface ModelFile {
  format: number;
  /** Free text: what the model learned from, when. Not used for scoring. */
  about: string;
  bias: number;
  /** Tab-joined feature names; `weights[i]` / WEIGHT_SCALE belongs to feature i. */
  features: string;
  weights: number[];
  /** Tab-joined lexicon words; `lexiconScores[i]` / LEXICON_SCALE is the prior of word i. */
  lexicon: string;
  lexiconScores: number[];
  /** Platt scaling: p = sigmoid(a * logit + b). */
  platt: [number, number];
  thresholds: Thresholds;
  /** How much the mean body sentence counts next to headline + teaser. */
  bodyWeight: number;
  /** How many body sentences are read (the first paragraphs). */
  bodySentences: number;
}

export interface Model {
  bias: number;
  weights: ReadonlyMap<string, number>;
  lexicon: Lexicon;
  plattA: number;
  plattB: number;
  thresholds: Thresholds;
  bodyWeight: number;
  bodySentences: number;
}

function zipToMap(names: string, values: readonly number[], scale: number): Map<string, number> {
  const map = new Map<string, number>();
  if (!names) return map;
  const keys = names.split('\t');
  if (keys.length !== values.length) {
    throw new Error(`model file is corrupt: ${keys.length} names, ${values.length} values`);
  }
  for (let i = 0; i < keys.length; i++) map.set(keys[i] as string, (values[i] as number) / scale);
  return map;
}

export function decodeModel(file: ModelFile): Model {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`model format ${file.format} is not supported (expected ${MODEL_FORMAT})`);
  }
  return {
    bias: file.bias,
    weights: zipToMap(file.features, file.weights, WEIGHT_SCALE),
    lexicon: zipToMap(file.lexicon, file.lexiconScores, LEXICON_SCALE),
    plattA: file.platt[0],
    plattB: file.platt[1],
    thresholds: file.thresholds,
    bodyWeight: file.bodyWeight,
    bodySentences: file.bodySentences,
  };
}
