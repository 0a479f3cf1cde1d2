/**
 * Turns one piece of text into the sparse features the model weighs: words (or negated words),
 * word pairs and triples, negation and reversal patterns, and lexicon prior polarity. Training and
 * scoring walk the same tokens with the same code; features are hash pairs (see hash.ts), so the
 * scorer builds no strings. `extractFeatures` gives them names, for tests and for reading a model.
 */
import { hashString, joinH1, joinH2 } from './hash';
import { FUNCTION_WORD_KIND } from './language';
import {
  FOUND,
  FOUND_ONLY,
  NEGATION_SCOPE,
  NO_LONGER,
  OUTCOME_PREPOSITIONS,
  PATTERN_REACH,
  ROLE,
  ROLES,
} from './patterns';
import { BREAK, FLAG_BREAK, FLAG_HYPHEN, scan, type TokenArrays, tokenize } from './tokenize';

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
  rescued: '#rev:rescued',
} as const;
type PatternName = (typeof PATTERNS)[keyof typeof PATTERNS];

export const KIND = {
  word: 0,
  negated: 1,
  pair: 2,
  triple: 3,
  pattern: 4,
  lexPositive: 5,
  lexNegative: 6,
} as const;

/** Hashes of the named (non-word) features. */
const NAMED = new Map<string, [number, number]>(
  [...Object.values(PATTERNS), LEX_POSITIVE, LEX_NEGATIVE].map((n) => [n, hashString(n)]),
);
const named = (name: string): [number, number] => NAMED.get(name) as [number, number];
const [NEG_H1, NEG_H2] = hashString('!');
const TRIPLE = 0x3c6ef372;
const [LONGER] = hashString(NO_LONGER);
const [FOUND_H1] = hashString(FOUND);
const h1Set = (words: ReadonlySet<string>) => new Set([...words].map((w) => hashString(w)[0]));
const FOUND_ONLY_H1 = h1Set(FOUND_ONLY);
const OUTCOME_H1 = h1Set(OUTCOME_PREPOSITIONS);

/** Hashes of the negated form of a word. */
export const negatedH1 = (h1: number): number => joinH1(NEG_H1, h1);
export const negatedH2 = (h2: number): number => joinH2(NEG_H2, h2);

/** Pattern roles (bits 0-10) and English/foreign function word (bits 12-13), keyed by `h1 >> 1`. */
export const LANGUAGE_SHIFT = 12;
export const WORD_BITS: ReadonlyMap<number, number> = (() => {
  const bits = new Map<number, number>();
  const add = (word: string, value: number) => {
    const key = hashString(word)[0] >> 1;
    bits.set(key, (bits.get(key) ?? 0) | value);
  };
  for (const [word, roles] of ROLES) add(word, roles);
  for (const [word, kind] of FUNCTION_WORD_KIND) add(word, kind << LANGUAGE_SHIFT);
  return bits;
})();
const ROLE_MASK = (1 << LANGUAGE_SHIFT) - 1;

/** WORD_BITS of the word token being passed to `FeatureSink.prior` (saves the sink a lookup). */
export const wordBits = { value: 0 };

/** Where the walk sends what it finds. */
export interface FeatureSink {
  /** Prior polarity of word token `i` (called once per word, in order, before any `emit`). */
  prior(tokens: TokenArrays, i: number): number;
  /** A feature spanning tokens `first..last`. */
  emit(kind: number, h1: number, h2: number, value: number, first: number, last: number): void;
}

export interface WalkOptions {
  /** Emit the two lexicon features (training); the scorer has them folded into word weights. */
  lexicon: boolean;
  /** Emit word triples too. */
  triples: boolean;
}

/** Negative enough in the lexicon to count as a bad word for the patterns. */
const BAD_PRIOR = -0.2;

let prior = new Float64Array(64);
let roles = new Uint16Array(64);
let neutral = new Uint8Array(64);
let negated = new Uint8Array(64);

/** Finds negation and reversal scopes, then reports every feature of `tokens` to `sink`. */
export function walkFeatures(tokens: TokenArrays, sink: FeatureSink, options: WalkOptions): void {
  const n = tokens.n;
  if (prior.length < n) {
    const size = Math.max(n, prior.length * 2);
    prior = new Float64Array(size);
    roles = new Uint16Array(size);
    neutral = new Uint8Array(size);
    negated = new Uint8Array(size);
  }
  const { h1, h2, flags } = tokens;
  let anyRole = 0;
  for (let i = 0; i < n; i++) {
    neutral[i] = 0;
    negated[i] = 0;
    if (flags[i]! & FLAG_BREAK) {
      prior[i] = 0;
      roles[i] = 0;
      continue;
    }
    const bits = WORD_BITS.get(h1[i]! >> 1) ?? 0;
    wordBits.value = bits;
    prior[i] = sink.prior(tokens, i);
    const r = bits & ROLE_MASK;
    roles[i] = r;
    anyRole |= r;
  }
  if (anyRole !== 0) findPatterns(tokens, sink);

  for (let i = 0; i < n; i++) {
    if (flags[i]! & FLAG_BREAK) continue;
    const a1 = h1[i]!;
    const a2 = h2[i]!;
    if (!neutral[i]) {
      const p = prior[i]!;
      if (negated[i]) {
        sink.emit(KIND.negated, negatedH1(a1), negatedH2(a2), 1, i, i);
        if (options.lexicon && p !== 0) lexicon(sink, p * -0.5, i);
      } else {
        sink.emit(KIND.word, a1, a2, 1, i, i);
        if (options.lexicon && p !== 0) lexicon(sink, p, i);
      }
    }
    const j = i + 1;
    if (j < n && !(flags[j]! & FLAG_BREAK) && !neutral[i] && !neutral[j]) {
      const p1 = joinH1(a1, h1[j]!);
      const p2 = joinH2(a2, h2[j]!);
      sink.emit(KIND.pair, p1, p2, 1, i, j);
      const k = j + 1;
      if (options.triples && k < n && !(flags[k]! & FLAG_BREAK) && !neutral[k]) {
        sink.emit(KIND.triple, joinH1(p1 ^ TRIPLE, h1[k]!), joinH2(p2 ^ TRIPLE, h2[k]!), 1, i, k);
      }
    }
  }
}

function lexicon(sink: FeatureSink, p: number, i: number): void {
  const [a, b] = named(p > 0 ? LEX_POSITIVE : LEX_NEGATIVE);
  sink.emit(p > 0 ? KIND.lexPositive : KIND.lexNegative, a, b, p, i, i);
}

/** The walk's current tokens and sink (module state: the helpers below allocate no closures). */
let walkTokens: TokenArrays;
let walkSink: FeatureSink;

const isBreakAt = (i: number): boolean => (walkTokens.flags[i]! & FLAG_BREAK) !== 0;
const has = (i: number, role: number): boolean => (roles[i]! & role) !== 0;
const isBad = (i: number): boolean => has(i, ROLE.bad) || prior[i]! <= BAD_PRIOR;

/** Neutralises bad words in (from, from + reach], stopping at a break; returns the last index hit. */
function neutraliseAfter(from: number, reach: number): number {
  let last = -1;
  for (let j = from + 1; j < walkTokens.n && j <= from + reach; j++) {
    if (isBreakAt(j)) break;
    if (isBad(j)) {
      neutral[j] = 1;
      last = j;
    }
  }
  return last;
}

const isBadQuantity = (i: number): boolean => has(i, ROLE.bad);

/**
 * Neutralises the words before `to` that pass `test`, stopping at a break (or at a word with a
 * role in `stop`); returns the first hit.
 */
function neutraliseBefore(to: number, test: (i: number) => boolean, stop = 0): number {
  let first = -1;
  for (let j = to - 1; j >= 0 && j >= to - PATTERN_REACH; j--) {
    if (isBreakAt(j) || (roles[j]! & stop) !== 0) break;
    if (test(j)) {
      neutral[j] = 1;
      first = j;
    }
  }
  return first;
}

function pattern(name: PatternName, i: number, j: number): void {
  const [a, b] = named(name);
  walkSink.emit(KIND.pattern, a, b, 1, Math.min(i, j), Math.max(i, j));
}

/** Marks negation scopes and reversals (neutral/negated) and reports the pattern features. */
function findPatterns(tokens: TokenArrays, sink: FeatureSink): void {
  walkTokens = tokens;
  walkSink = sink;
  const n = tokens.n;
  const { flags } = tokens;
  const isBreak = isBreakAt;

  for (let i = 0; i < n; i++) {
    if (roles[i] === 0) continue;
    if (has(i, ROLE.negator)) {
      if (i + 1 < n && tokens.h1[i + 1] === LONGER) {
        const last = neutraliseAfter(i + 1, NEGATION_SCOPE);
        if (last >= 0) pattern(PATTERNS.noLonger, i, last);
        continue;
      }
      for (let j = i + 1; j < n && j <= i + NEGATION_SCOPE; j++) {
        if (isBreak(j)) break;
        negated[j] = 1;
        const p = prior[j]!;
        if (p < 0) pattern(PATTERNS.negatedNegative, i, j);
        else if (p > 0) pattern(PATTERNS.negatedPositive, i, j);
      }
      continue;
    }
    if (
      has(i, ROLE.rescued) &&
      (!FOUND_ONLY_H1.has(tokens.h1[i]!) || tokens.h1[i - 1] === FOUND_H1)
    ) {
      const first = neutraliseBefore(i, isBad);
      if (first >= 0) {
        pattern(PATTERNS.rescued, first, i);
        continue;
      }
    }
    if (has(i, ROLE.decline)) {
      const first = neutraliseBefore(i, isBadQuantity, ROLE.opener);
      if (first >= 0) {
        neutral[i] = 1;
        pattern(PATTERNS.decline, first, i);
        continue;
      }
    }
    if (flags[i]! & FLAG_HYPHEN && has(i, ROLE.free) && i > 0 && isBad(i - 1)) {
      neutral[i - 1] = 1;
      pattern(PATTERNS.free, i - 1, i);
      continue;
    }
    // "ends in tragedy": an outcome, not a defeat.
    const outcome = i + 1 < n && OUTCOME_H1.has(tokens.h1[i + 1]!);
    const family = has(i, ROLE.defeat)
      ? outcome
        ? null
        : PATTERNS.defeat
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
        if (prior[i]! < 0) neutral[i] = 1;
        pattern(family, i, last);
      }
    }
    if (has(i, ROLE.returned)) {
      for (let j = i + 1; j < n && j <= i + 2; j++) {
        if (isBreak(j)) break;
        if (has(j, ROLE.loss)) {
          neutral[j] = 1;
          pattern(PATTERNS.returned, i, j);
          break;
        }
      }
    }
  }
}

export interface Features {
  keys: string[];
  values: number[];
  /** Character span of each feature in the text, for cues. */
  starts: number[];
  ends: number[];
}

/** A sink that reads priors from a lexicon keyed by the word's hashes. */
export function lexiconPrior(lexicon: Lexicon): (tokens: TokenArrays, i: number) => number {
  const byHash = new Map<number, number>();
  for (const [word, p] of lexicon) byHash.set(hashString(word)[0], p);
  return (tokens, i) => byHash.get(tokens.h1[i]!) ?? 0;
}

/** All features of `text` with their names (tests and model inspection use this form). */
export function extractFeatures(
  text: string,
  lexicon: Lexicon,
  options: WalkOptions = { lexicon: true, triples: false },
): Features {
  const words = tokenize(text).map((t) => t.text);
  const out: Features = { keys: [], values: [], starts: [], ends: [] };
  const names = new Map([...NAMED].map(([name, [a]]) => [a, name]));
  const tokens = scan(text);
  const prior = lexiconPrior(lexicon);
  const spans = { start: Array.from(tokens.start), end: Array.from(tokens.end) };
  walkFeatures(
    tokens,
    {
      prior,
      emit(kind, h1, _h2, value, first, last) {
        const key =
          kind === KIND.word
            ? words[first]
            : kind === KIND.negated
              ? `!${words[first]}`
              : kind === KIND.pair || kind === KIND.triple
                ? words.slice(first, last + 1).join(' ')
                : names.get(h1);
        out.keys.push(key ?? '?');
        out.values.push(value);
        out.starts.push(spans.start[first]!);
        out.ends.push(spans.end[last]!);
      },
    },
    options,
  );
  return out;
}

export { BREAK };
