/**
 * The trained model: its file format and the decoded form the scorer uses. Feature names and
 * lexicon words are stored as one tab-joined string each and their values as integer arrays: JSON
 * parses that several times faster than an object with tens of thousands of keys, and the decoder
 * turns it into Maps (fast lookups with freshly built strings).
 */
import type { WordInfo } from './features';
import { FUNCTION_WORD_KIND } from './language';
import { ROLES } from './patterns';

export const MODEL_FORMAT = 3;
export const WEIGHT_SCALE = 1000;
export const LEXICON_SCALE = 100;

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
  /** Tab-joined feature names; `weights[i]` / WEIGHT_SCALE belongs to feature i. */
  features: string;
  weights: number[];
  /** Tab-joined lexicon words; `priors[i]` / LEXICON_SCALE is the prior polarity of word i. */
  words: string;
  priors: number[];
  /** Platt scaling: p = sigmoid(a * logit + b). */
  platt: [number, number];
  thresholds: Thresholds;
  /** How much the mean body sentence counts next to headline + teaser. */
  bodyWeight: number;
  /** How many body sentences are read (the first paragraphs). */
  bodySentences: number;
}

/** Everything the scorer needs about one word, found with a single lookup. */
export interface WordEntry extends WordInfo {
  /** Weight of the word, and of the word inside a negation scope. */
  weight: number;
  negatedWeight: number;
  /** Weights of the word pairs this word starts, by second word. */
  pairs: Map<string, number> | undefined;
  /** 1 English function word, 2 foreign function word, 0 neither. */
  language: number;
  /** The model learned something about this word (weight or lexicon prior). */
  known: boolean;
}

export interface Model {
  bias: number;
  words: ReadonlyMap<string, WordEntry>;
  /** Weights of pattern and lexicon features (names starting with '#'). */
  special: ReadonlyMap<string, number>;
  /** Lexicon prior of a word (tests and tools). */
  prior: (word: string) => number;
  plattA: number;
  plattB: number;
  thresholds: Thresholds;
  bodyWeight: number;
  bodySentences: number;
}

function split(names: string, values: readonly number[]): string[] {
  const keys = names ? names.split('\t') : [];
  if (keys.length !== values.length) {
    throw new Error(`model file is corrupt: ${keys.length} names, ${values.length} values`);
  }
  return keys;
}

export function decodeModel(file: ModelFile): Model {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`model format ${file.format} is not supported (expected ${MODEL_FORMAT})`);
  }
  const words = new Map<string, WordEntry>();
  const entry = (word: string): WordEntry => {
    let e = words.get(word);
    if (!e) {
      e = {
        prior: 0,
        roles: 0,
        weight: 0,
        negatedWeight: 0,
        pairs: undefined,
        language: 0,
        known: false,
      };
      words.set(word, e);
    }
    return e;
  };
  const special = new Map<string, number>();
  const featureNames = split(file.features, file.weights);
  for (let i = 0; i < featureNames.length; i++) {
    const key = featureNames[i] as string;
    const weight = (file.weights[i] as number) / WEIGHT_SCALE;
    if (key.charCodeAt(0) === 35 /* # */) {
      special.set(key, weight);
      continue;
    }
    const space = key.indexOf(' ');
    if (space > 0) {
      const first = entry(key.slice(0, space));
      (first.pairs ??= new Map()).set(key.slice(space + 1), weight);
    } else if (key.charCodeAt(0) === 33 /* ! */) {
      entry(key.slice(1)).negatedWeight = weight;
    } else {
      const e = entry(key);
      e.weight = weight;
      e.known = true;
    }
  }
  const lexiconWords = split(file.words, file.priors);
  for (let i = 0; i < lexiconWords.length; i++) {
    const e = entry(lexiconWords[i] as string);
    e.prior = (file.priors[i] as number) / LEXICON_SCALE;
    e.known = true;
  }
  for (const [word, roles] of ROLES) entry(word).roles = roles;
  for (const [word, kind] of FUNCTION_WORD_KIND) entry(word).language = kind;
  return {
    bias: file.bias,
    words,
    special,
    prior: (word) => words.get(word)?.prior ?? 0,
    plattA: file.platt[0],
    plattB: file.platt[1],
    thresholds: file.thresholds,
    bodyWeight: file.bodyWeight,
    bodySentences: file.bodySentences,
  };
}
