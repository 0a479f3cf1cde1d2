/**
 * The trained model: its file format and the form the scorer uses. Every weight (words, negated
 * words, pairs, triples, patterns, with the lexicon priors folded in) sits in one open-addressed
 * table stored as a string of printable characters (see hash.ts). Decoding checks the format and
 * keeps the string as it is: loading needs no table building.
 */
import { hashString, priorAt, probe, SLOT } from './hash';

export const MODEL_FORMAT = 4;

export interface Thresholds {
  strict: number;
  balanced: number;
  generous: number;
}

export interface ModelFile {
  format: number;
  /** Free text: what the model learned from. Not used for scoring. */
  about: string;
  bias: number;
  /** The weight table: slots of 4 characters (fingerprint, fingerprint, weight, prior). */
  table: string;
  /** Word triples are features. */
  triples: boolean;
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
  table: string;
  /** Slots - 1 (a power of two minus one). */
  mask: number;
  triples: boolean;
  plattA: number;
  plattB: number;
  thresholds: Thresholds;
  bodyWeight: number;
  bodySentences: number;
}

export function decodeModel(file: ModelFile): Model {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`model format ${file.format} is not supported (expected ${MODEL_FORMAT})`);
  }
  const slots = file.table.length / SLOT;
  if (!Number.isInteger(slots) || (slots & (slots - 1)) !== 0) {
    throw new Error('model file is corrupt: the table is not a power of two of slots');
  }
  return {
    bias: file.bias,
    table: file.table,
    mask: slots - 1,
    triples: file.triples,
    plattA: file.platt[0],
    plattB: file.platt[1],
    thresholds: file.thresholds,
    bodyWeight: file.bodyWeight,
    bodySentences: file.bodySentences,
  };
}

/** Lexicon prior of a word as the model stores it (tests and tools). */
export function priorOf(model: Model, word: string): number {
  const [h1, h2] = hashString(word);
  const at = probe(model.table, model.mask, h1, h2);
  return at < 0 ? 0 : priorAt(model.table, at);
}
