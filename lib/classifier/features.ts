/**
 * Turns one piece of text into the sparse features the model weighs: words, word pairs, negation
 * and reversal patterns, and lexicon prior polarity. Training and scoring call the same function.
 */
import {
  ADVERSITY_INTRO,
  BAD_QUANTITIES,
  CARE_BEFORE,
  DECLINE_AFTER,
  DEFEAT_BEFORE,
  FREE_SUFFIX,
  LOSS_AFTER,
  NEGATION_SCOPE,
  NEGATORS,
  NO_LONGER,
  PATTERN_REACH,
  RESCUE_BEFORE,
  RETURN_BEFORE,
} from './patterns';
import { BREAK, type Token, tokenize } from './tokenize';

/** Prior polarity per word, in [-1, 1]. */
export type Lexicon = ReadonlyMap<string, number>;

export const LEX_POSITIVE = '#lex+';
export const LEX_NEGATIVE = '#lex-';

/** Pattern feature names, for tests and the model card. */
export const PATTERNS = {
  negatedNegative: '#neg:bad',
  negatedPositive: '#neg:good',
  noLonger: '#rev:no-longer',
  decline: '#rev:decline',
  defeat: '#rev:defeat',
  rescue: '#rev:rescue',
  care: '#rev:care',
  returned: '#rev:return',
  free: '#rev:free',
  adversity: '#rev:adversity',
} as const;

export interface Features {
  keys: string[];
  values: number[];
  /** Character span of each feature in the text, for cues. */
  starts: number[];
  ends: number[];
}

/** Negative enough in the lexicon to count as a bad word for the patterns. */
const BAD_PRIOR = -0.2;

export function extractFeatures(text: string, lexicon: Lexicon): Features {
  const tokens = tokenize(text);
  const n = tokens.length;
  const prior = new Float64Array(n);
  const neutral = new Uint8Array(n);
  const negated = new Uint8Array(n);
  const out: Features = { keys: [], values: [], starts: [], ends: [] };
  const emit = (key: string, value: number, start: number, end: number): void => {
    out.keys.push(key);
    out.values.push(value);
    out.starts.push(start);
    out.ends.push(end);
  };
  for (let i = 0; i < n; i++) prior[i] = lexicon.get((tokens[i] as Token).text) ?? 0;
  const word = (i: number): string => (tokens[i] as Token).text;
  const isBad = (i: number): boolean => BAD_QUANTITIES.has(word(i)) || (prior[i] ?? 0) <= BAD_PRIOR;
  /** Neutralises bad words in (from, from + reach], stopping at a break; returns the last index hit. */
  const neutraliseAfter = (from: number, reach: number): number => {
    let last = -1;
    for (let j = from + 1; j < n && j <= from + reach; j++) {
      if (word(j) === BREAK) break;
      if (isBad(j)) {
        neutral[j] = 1;
        last = j;
      }
    }
    return last;
  };
  const pattern = (key: string, i: number, j: number): void => {
    const a = tokens[Math.min(i, j)] as Token;
    const b = tokens[Math.max(i, j)] as Token;
    emit(key, 1, a.start, b.end);
  };

  for (let i = 0; i < n; i++) {
    const w = word(i);
    if (w === BREAK) continue;
    if (NEGATORS.has(w)) {
      if (i + 1 < n && word(i + 1) === NO_LONGER) {
        const last = neutraliseAfter(i + 1, NEGATION_SCOPE);
        if (last >= 0) pattern(PATTERNS.noLonger, i, last);
        continue;
      }
      for (let j = i + 1; j < n && j <= i + NEGATION_SCOPE; j++) {
        if (word(j) === BREAK) break;
        negated[j] = 1;
        const p = prior[j] ?? 0;
        if (p < 0) pattern(PATTERNS.negatedNegative, i, j);
        else if (p > 0) pattern(PATTERNS.negatedPositive, i, j);
      }
      continue;
    }
    if (DECLINE_AFTER.has(w)) {
      let first = -1;
      for (let j = i - 1; j >= 0 && j >= i - PATTERN_REACH; j--) {
        if (word(j) === BREAK) break;
        if (BAD_QUANTITIES.has(word(j))) {
          neutral[j] = 1;
          first = j;
        }
      }
      if (first >= 0) {
        neutral[i] = 1;
        pattern(PATTERNS.decline, first, i);
        continue;
      }
    }
    if (tokens[i]?.hyphen && FREE_SUFFIX.has(w) && i > 0 && isBad(i - 1)) {
      neutral[i - 1] = 1;
      pattern(PATTERNS.free, i - 1, i);
      continue;
    }
    const family = DEFEAT_BEFORE.has(w)
      ? PATTERNS.defeat
      : RESCUE_BEFORE.has(w)
        ? PATTERNS.rescue
        : CARE_BEFORE.has(w)
          ? PATTERNS.care
          : ADVERSITY_INTRO.has(w)
            ? PATTERNS.adversity
            : null;
    if (family) {
      const last = neutraliseAfter(i, PATTERN_REACH);
      if (last >= 0) {
        if ((prior[i] ?? 0) < 0) neutral[i] = 1;
        pattern(family, i, last);
      }
    }
    if (RETURN_BEFORE.has(w)) {
      for (let j = i + 1; j < n && j <= i + 2; j++) {
        if (word(j) === BREAK) break;
        if (LOSS_AFTER.has(word(j))) {
          neutral[j] = 1;
          pattern(PATTERNS.returned, i, j);
          break;
        }
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    const w = token.text;
    if (w === BREAK) continue;
    if (!neutral[i]) {
      emit(negated[i] ? `!${w}` : w, 1, token.start, token.end);
      let p = prior[i] ?? 0;
      if (negated[i]) p *= -0.5;
      // One lexicon entry per word (the model sums them), so cues can point at the word.
      if (p > 0) emit(LEX_POSITIVE, p, token.start, token.end);
      else if (p < 0) emit(LEX_NEGATIVE, p, token.start, token.end);
    }
    const next = tokens[i + 1];
    if (next && next.text !== BREAK && !neutral[i] && !neutral[i + 1]) {
      emit(`${w} ${next.text}`, 1, token.start, next.end);
    }
  }
  return out;
}
