/**
 * Feature hashing and the model's weight table. A feature (word, negated word, word pair, pattern)
 * is a pair of 32-bit hashes: the first picks a slot of an open-addressed table, the second is a
 * fingerprint that tells the feature from others landing on the same slot. The table is one string
 * of printable characters shipped inside model.json and read in place with `charCodeAt`: loading
 * the model builds nothing, and scoring never allocates a feature name.
 */

/** Both hashes of one token, set by `hashRange` (no tuple per call). */
export let H1 = 0;
export let H2 = 0;

/** Hashes `text[start..end)`; the result is in `H1` and `H2`. */
export function hashRange(text: string, start: number, end: number): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  H1 = a | 0;
  H2 = b | 0;
}

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Hashes of a feature built from two parts (a word pair, or a marker and a word). */
export const joinH1 = (a: number, b: number): number => fmix(Math.imul(a, 0x2c1b3c6d) ^ b);
export const joinH2 = (a: number, b: number): number =>
  fmix((Math.imul(a ^ 0x165667b1, 0x297a2d39) + b) | 0);

/** Both hashes of a whole string, as `[h1, h2]` (cold paths: constants, training, tests). */
export function hashString(text: string): [number, number] {
  hashRange(text, 0, text.length);
  return [H1, H2];
}

/** One number per feature (exact in a double): training counts and weighs features by it. */
export const featureKey = (h1: number, h2: number): number =>
  (h1 >>> 0) * 1_048_576 + ((h2 >>> 0) & 0xfffff);

// --- The table -------------------------------------------------------------------------------

/** Characters 35..126 without the backslash: 91 values that JSON stores as themselves. */
export const SYMBOLS = 91;
const VALUE = new Int8Array(128).fill(-1);
for (let code = 35; code < 127; code++)
  if (code !== 92) VALUE[code] = code < 92 ? code - 35 : code - 36;
export const symbol = (value: number): string =>
  String.fromCharCode(value < 57 ? 35 + value : 36 + value);

/** Each slot is 4 characters: fingerprint (2), weight, lexicon prior. Fingerprint 0 = empty. */
export const SLOT = 4;
const FINGERPRINT_A = 90;
const ZERO = 45;

/**
 * Weight levels: symmetric, finer near zero (1/50 at the first step, about 7% of the weight at
 * the largest): w(k) = sign(k) * B * (e^(A|k|) - 1) for k = value - 45.
 */
const A = 0.07;
const B = 6 / (Math.exp(A * ZERO) - 1);
export const LEVELS = new Float64Array(SYMBOLS);
for (let v = 0; v < SYMBOLS; v++) {
  const k = v - ZERO;
  LEVELS[v] = Math.sign(k) * B * (Math.exp(A * Math.abs(k)) - 1);
}

/** Nearest weight level (training writes the table with it). */
export function quantizeWeight(w: number): number {
  let best = ZERO;
  let bestError = Infinity;
  for (let v = 0; v < SYMBOLS; v++) {
    const error = Math.abs((LEVELS[v] as number) - w);
    if (error < bestError) {
      bestError = error;
      best = v;
    }
  }
  return best;
}

export const quantizePrior = (p: number): number =>
  Math.max(0, Math.min(SYMBOLS - 1, Math.round(p * ZERO) + ZERO));

const fingerprintA = (h2: number): number => 1 + ((h2 & 0xffff) % FINGERPRINT_A);
const fingerprintB = (h2: number): number => (h2 >>> 16) % SYMBOLS;

/**
 * Finds a feature in `table` (slots of SLOT characters, a power of two of them); returns the index
 * of its slot's first character, or -1.
 */
export function probe(table: string, mask: number, h1: number, h2: number): number {
  const a = fingerprintA(h2);
  const b = fingerprintB(h2);
  let slot = h1 & mask;
  for (;;) {
    const at = slot * SLOT;
    const fa = VALUE[table.charCodeAt(at)];
    if (fa === 0) return -1;
    if (fa === a && VALUE[table.charCodeAt(at + 1)] === b) return at;
    slot = (slot + 1) & mask;
  }
}

export const weightAt = (table: string, at: number): number =>
  LEVELS[VALUE[table.charCodeAt(at + 2)] as number] as number;
export const priorAt = (table: string, at: number): number =>
  ((VALUE[table.charCodeAt(at + 3)] as number) - ZERO) / ZERO;

export interface TableEntry {
  h1: number;
  h2: number;
  weight: number;
  prior: number;
}

/**
 * Builds the table string (training). Entries are inserted strongest first; an entry whose probe
 * chain already holds the same fingerprint would be unreachable and is dropped (counted).
 */
export function buildTable(entries: TableEntry[], load = 0.5): { table: string; dropped: number } {
  let size = 1024;
  while (entries.length / size > load) size *= 2;
  const mask = size - 1;
  const cells = new Int8Array(size * SLOT);
  const sorted = [...entries].sort(
    (x, y) => Math.abs(y.weight) + Math.abs(y.prior) - Math.abs(x.weight) - Math.abs(x.prior),
  );
  let dropped = 0;
  for (const e of sorted) {
    const a = fingerprintA(e.h2);
    const b = fingerprintB(e.h2);
    let slot = e.h1 & mask;
    let clash = false;
    while (cells[slot * SLOT] !== 0) {
      if (cells[slot * SLOT] === a && cells[slot * SLOT + 1] === b) clash = true;
      slot = (slot + 1) & mask;
    }
    if (clash) {
      dropped++;
      continue;
    }
    cells[slot * SLOT] = a;
    cells[slot * SLOT + 1] = b;
    cells[slot * SLOT + 2] = quantizeWeight(e.weight);
    cells[slot * SLOT + 3] = quantizePrior(e.prior);
  }
  let table = '';
  const chunk: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    chunk.push(symbol(cells[i] as number));
    if (chunk.length === 8192) {
      table += chunk.join('');
      chunk.length = 0;
    }
  }
  table += chunk.join('');
  return { table, dropped };
}
