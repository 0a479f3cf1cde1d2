/**
 * Turns one piece of text into the sparse features the model weighs: words, word pairs, negation
 * and reversal patterns, and lexicon prior polarity. Training and scoring call the same function.
 */
import { NEGATION_SCOPE, NO_LONGER, PATTERN_REACH, ROLE, ROLES } from './patterns';
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

/** What the patterns need to know about a word: its lexicon prior and its pattern roles. */
export interface WordInfo {
  prior: number;
  roles: number;
}

/**
 * Receives the features of a text as they are found (`i` indexes the tokens). Training turns them
 * into named features; the scorer looks their weights up directly, without building names.
 */
export interface FeatureVisitor<E extends WordInfo> {
  /** A word outside any reversal; `lexicon` is its prior after negation (0 when none). */
  word(token: Token, entry: E | undefined, negated: boolean, lexicon: number): void;
  /** Two adjacent words, neither inside a reversal. */
  pair(token: Token, entry: E | undefined, next: Token): void;
  /** A negation or reversal pattern spanning `start`..`end` of the text. */
  pattern(key: string, start: number, end: number): void;
}

export interface Features {
  keys: string[];
  values: number[];
  /** Character span of each feature in the text, for cues. */
  starts: number[];
  ends: number[];
}

/** Negative enough in the lexicon to count as a bad word for the patterns. */
const BAD_PRIOR = -0.2;

/** All features of `text` as named values (training and tests use this form). */
export function extractFeatures(text: string, lexicon: Lexicon): Features {
  const out: Features = { keys: [], values: [], starts: [], ends: [] };
  const emit = (key: string, value: number, start: number, end: number) => {
    out.keys.push(key);
    out.values.push(value);
    out.starts.push(start);
    out.ends.push(end);
  };
  visitFeatures(
    tokenize(text),
    (word) => {
      const prior = lexicon.get(word) ?? 0;
      const roles = ROLES.get(word) ?? 0;
      return prior || roles ? { prior, roles } : undefined;
    },
    {
      word(token, _entry, negated, lexicon) {
        emit(negated ? `!${token.text}` : token.text, 1, token.start, token.end);
        // One lexicon entry per word (the model sums them), so cues can point at the word.
        if (lexicon > 0) emit(LEX_POSITIVE, lexicon, token.start, token.end);
        else if (lexicon < 0) emit(LEX_NEGATIVE, lexicon, token.start, token.end);
      },
      pair(token, _entry, next) {
        emit(`${token.text} ${next.text}`, 1, token.start, next.end);
      },
      pattern(key, start, end) {
        emit(key, 1, start, end);
      },
    },
  );
  return out;
}

/** Finds negation and reversal scopes, then reports every feature of the tokens to `visitor`. */
export function visitFeatures<E extends WordInfo>(
  tokens: readonly Token[],
  lookup: (word: string) => E | undefined,
  visitor: FeatureVisitor<E>,
): void {
  const n = tokens.length;
  const { prior, neutral, negated, roles } = buffers(n);
  neutral.fill(0, 0, n);
  negated.fill(0, 0, n);
  const entries: (E | undefined)[] = new Array(n);
  let anyRole = 0;
  for (let i = 0; i < n; i++) {
    const entry = lookup((tokens[i] as Token).text);
    entries[i] = entry;
    prior[i] = entry ? entry.prior : 0;
    roles[i] = entry ? entry.roles : 0;
    if (entry) anyRole |= entry.roles;
  }
  if (anyRole !== 0) findPatterns(tokens, buffers(n), visitor);

  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    if (token.text === BREAK) continue;
    if (!neutral[i]) {
      const p = prior[i] ?? 0;
      visitor.word(token, entries[i], negated[i] === 1, negated[i] ? p * -0.5 : p);
    }
    const next = tokens[i + 1];
    if (next && next.text !== BREAK && !neutral[i] && !neutral[i + 1]) {
      visitor.pair(token, entries[i], next);
    }
  }
}

interface Buffers {
  prior: Float64Array;
  neutral: Uint8Array;
  negated: Uint8Array;
  roles: Uint16Array;
}

let shared: Buffers = {
  prior: new Float64Array(64),
  neutral: new Uint8Array(64),
  negated: new Uint8Array(64),
  roles: new Uint16Array(64),
};

/** Per-token scratch arrays, reused between calls (scoring is synchronous), zeroed up to `n`. */
function buffers(n: number): Buffers {
  if (shared.prior.length < n) {
    const size = Math.max(n, shared.prior.length * 2);
    shared = {
      prior: new Float64Array(size),
      neutral: new Uint8Array(size),
      negated: new Uint8Array(size),
      roles: new Uint16Array(size),
    };
  }
  return shared;
}

/** Marks negation scopes and reversals (neutral/negated) and reports the pattern features. */
function findPatterns(
  tokens: readonly Token[],
  { prior, neutral, negated, roles }: Buffers,
  visitor: FeatureVisitor<WordInfo>,
): void {
  const n = tokens.length;
  const word = (i: number): string => (tokens[i] as Token).text;
  const has = (i: number, role: number): boolean => ((roles[i] ?? 0) & role) !== 0;
  const isBad = (i: number): boolean => has(i, ROLE.bad) || (prior[i] ?? 0) <= BAD_PRIOR;
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
    visitor.pattern(key, a.start, b.end);
  };

  for (let i = 0; i < n; i++) {
    const w = word(i);
    if (w === BREAK || roles[i] === 0) continue;
    if (has(i, ROLE.negator)) {
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
    if (has(i, ROLE.decline)) {
      let first = -1;
      for (let j = i - 1; j >= 0 && j >= i - PATTERN_REACH; j--) {
        if (word(j) === BREAK) break;
        if (has(j, ROLE.bad)) {
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
    if (tokens[i]?.hyphen && has(i, ROLE.free) && i > 0 && isBad(i - 1)) {
      neutral[i - 1] = 1;
      pattern(PATTERNS.free, i - 1, i);
      continue;
    }
    const family = has(i, ROLE.defeat)
      ? PATTERNS.defeat
      : has(i, ROLE.rescue)
        ? PATTERNS.rescue
        : has(i, ROLE.care)
          ? PATTERNS.care
          : has(i, ROLE.adversity)
            ? PATTERNS.adversity
            : null;
    if (family) {
      const last = neutraliseAfter(i, PATTERN_REACH);
      if (last >= 0) {
        if ((prior[i] ?? 0) < 0) neutral[i] = 1;
        pattern(family, i, last);
      }
    }
    if (has(i, ROLE.returned)) {
      for (let j = i + 1; j < n && j <= i + 2; j++) {
        if (word(j) === BREAK) break;
        if (has(j, ROLE.loss)) {
          neutral[j] = 1;
          pattern(PATTERNS.returned, i, j);
          break;
        }
      }
    }
  }
}
