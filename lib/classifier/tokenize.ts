/**
 * Headline tokenizer shared by training and scoring, so both see exactly the same tokens.
 *
 * - case is folded (ALL-CAPS and Title Case headlines read like sentence case);
 * - typographic quotes and apostrophes become ASCII, so house styles do not leak into features;
 * - contractions split into their negation ("didn't" -> "did", "not"), possessive "'s" is dropped;
 * - numbers become `<num>`; hyphenated compounds split, the part after a hyphen is flagged
 *   (`cancer-free` -> `cancer`, `free`[hyphen]) so patterns can see it;
 * - sentence and clause punctuation becomes a break token `|`, which n-grams and negation scopes
 *   never cross.
 */
export interface Token {
  /** Normalised form: lower case, or `<num>`, or `|` for a clause break. */
  text: string;
  /** Offsets in the original string, for cues. */
  start: number;
  end: number;
  /** The token followed a hyphen inside a compound word. */
  hyphen: boolean;
}

import { H1, H2, hashRange, hashString } from './hash';

export const BREAK = '|';
export const NUMBER = '<num>';

const TOKEN_RE =
  /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{M}]+(?:['’][\p{L}]+)?)*|[.!?;:,()"“”…—–]/gu;
const HYPHEN_RE = /[-‐‑]/;
const LETTER_RE = /\p{L}/u;

const NOT_CONTRACTIONS: Record<string, string> = {
  "can't": 'can',
  "won't": 'will',
  "ain't": 'is',
  "shan't": 'shall',
};

function pushWord(out: Token[], raw: string, start: number, hyphen: boolean, lower = false): void {
  const end = start + raw.length;
  let word = lower ? raw : raw.toLowerCase();
  let apostrophe = word.indexOf("'");
  if (apostrophe < 0 && word.indexOf('’') >= 0) {
    word = word.replace('’', "'");
    apostrophe = word.indexOf("'");
  }
  if (apostrophe >= 0) {
    if (word.endsWith("n't")) {
      const special = NOT_CONTRACTIONS[word];
      out.push({ text: special ?? word.slice(0, -3), start, end, hyphen });
      out.push({ text: 'not', start, end, hyphen: false });
      return;
    }
    // 's 're 'll 've 'd 'm: keep the stem only.
    word = word.slice(0, apostrophe);
    if (word.length === 0) return;
  }
  out.push({ text: word, start, end, hyphen });
}

/** The reference tokenizer (any script); `tokenize` takes a faster path for plain ASCII. */
export function tokenizeUnicode(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_RE.exec(text)) !== null) {
    const raw = match[0];
    const start = match.index;
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      out.push({ text: NUMBER, start, end: start + raw.length, hyphen: false });
    } else if (LETTER_RE.test(raw[0] ?? '')) {
      if (HYPHEN_RE.test(raw)) {
        let offset = start;
        raw.split(HYPHEN_RE).forEach((part, i) => {
          pushWord(out, part, offset, i > 0);
          offset += part.length + 1;
        });
      } else {
        pushWord(out, raw, start, false);
      }
    } else if (out.length > 0 && out[out.length - 1]?.text !== BREAK) {
      out.push({ text: BREAK, start, end: start + raw.length, hyphen: false });
    }
  }
  return out;
}

/**
 * News house style's typographic punctuation, each as the ASCII character the tokenizers read the
 * same way, one UTF-16 unit for one so offsets hold: curly apostrophe and quotes, dashes and
 * ellipsis (breaks, but never the decimal point of "3.5"), Unicode hyphens, no-break space. Most
 * headlines hold one of these and no other non-ASCII character: they stay on the fast path.
 */
const TYPOGRAPHIC_RE = /[\u00a0\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/g;
const TYPOGRAPHIC: Record<string, string> = {
  '\u00a0': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': ';',
  '\u2014': ';',
  // A left quote is no apostrophe: it ends a word and is no break, like a backtick.
  '\u2018': '`',
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': ';',
};

/** `original` lower-cased, its typographic punctuation as ASCII (offsets unchanged). */
function foldForScan(original: string): string {
  const text = original.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c]!);
  }
  return text;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** . ! ? ; : , ( ) " */
const isBreak = (c: number): boolean =>
  c === 46 ||
  c === 33 ||
  c === 63 ||
  c === 59 ||
  c === 58 ||
  c === 44 ||
  c === 40 ||
  c === 41 ||
  c === 34;

/** Index after a run of letters starting at `i`. */
function letters(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Same tokens as `tokenizeUnicode`, by a character scan instead of a Unicode regex; text with any
 * non-ASCII character but typographic punctuation goes to `tokenizeUnicode`.
 */
export function tokenize(original: string): Token[] {
  const out: Token[] = [];
  // Lower-casing ASCII keeps every offset, so do it once for the whole text.
  const text = foldForScan(original);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return tokenizeUnicode(original);
    if (isDigit(c)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      out.push({ text: NUMBER, start, end: i, hyphen: false });
    } else if (isLetter(c)) {
      const start = i;
      i = letters(text, i);
      // Optional apostrophe part, then any number of -part('part)?
      if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) i = letters(text, i + 1);
      let hyphenated = false;
      while (text.charCodeAt(i) === 45 && isLetter(text.charCodeAt(i + 1))) {
        hyphenated = true;
        i = letters(text, i + 1);
        if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) i = letters(text, i + 1);
      }
      if (i < n && text.charCodeAt(i) > 127) return tokenizeUnicode(original);
      const raw = text.slice(start, i);
      if (hyphenated) {
        let offset = start;
        const parts = raw.split('-');
        for (let k = 0; k < parts.length; k++) {
          const part = parts[k] as string;
          pushWord(out, part, offset, k > 0, true);
          offset += part.length + 1;
        }
      } else {
        pushWord(out, raw, start, false, true);
      }
    } else {
      if (isBreak(c) && out.length > 0 && out[out.length - 1]?.text !== BREAK) {
        out.push({ text: BREAK, start: i, end: i + 1, hyphen: false });
      }
      i++;
    }
  }
  return out;
}

/** Splits long text into sentences (and paragraphs), each short enough to score like a headline. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    for (const sentence of trimmed.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u)) {
      const s = sentence.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/**
 * Tokens of one text as parallel arrays (reused between calls: scoring is synchronous): the same
 * tokens as `tokenize`, each as its two hashes and its span, with no string built per token.
 */
export interface TokenArrays {
  n: number;
  h1: Int32Array;
  h2: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** FLAG_BREAK, FLAG_HYPHEN. */
  flags: Uint8Array;
}

export const FLAG_BREAK = 1;
export const FLAG_HYPHEN = 2;

const scanned: TokenArrays = {
  n: 0,
  h1: new Int32Array(128),
  h2: new Int32Array(128),
  start: new Int32Array(128),
  end: new Int32Array(128),
  flags: new Uint8Array(128),
};

function grow(): void {
  const size = scanned.h1.length * 2;
  const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  scanned.h1 = copy(scanned.h1, new Int32Array(size));
  scanned.h2 = copy(scanned.h2, new Int32Array(size));
  scanned.start = copy(scanned.start, new Int32Array(size));
  scanned.end = copy(scanned.end, new Int32Array(size));
  scanned.flags = copy(scanned.flags, new Uint8Array(size));
}

function put(h1: number, h2: number, start: number, end: number, flags: number): void {
  if (scanned.n === scanned.h1.length) grow();
  const k = scanned.n++;
  scanned.h1[k] = h1;
  scanned.h2[k] = h2;
  scanned.start[k] = start;
  scanned.end[k] = end;
  scanned.flags[k] = flags;
}

const [NUM_H1, NUM_H2] = hashString(NUMBER);
const [BREAK_H1, BREAK_H2] = hashString(BREAK);
const [NOT_H1, NOT_H2] = hashString('not');
const CONTRACTION_HASHES = new Map(
  Object.entries(NOT_CONTRACTIONS).map(([word, stem]) => [word, hashString(stem)] as const),
);

/** A word in `text[start..end)` (lower case, may hold an apostrophe), as `pushWord` reads it. */
function putWord(text: string, start: number, end: number, hyphen: boolean): void {
  const flags = hyphen ? FLAG_HYPHEN : 0;
  let apostrophe = -1;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 39) {
      apostrophe = i;
      break;
    }
  }
  if (apostrophe < 0) {
    hashRange(text, start, end);
    put(H1, H2, start, end, flags);
    return;
  }
  if (end - start >= 3 && text.endsWith("n't", end)) {
    const special = CONTRACTION_HASHES.get(text.slice(start, end));
    if (special) put(special[0], special[1], start, end, flags);
    else {
      hashRange(text, start, end - 3);
      put(H1, H2, start, end, flags);
    }
    put(NOT_H1, NOT_H2, start, end, 0);
    return;
  }
  if (apostrophe === start) return;
  hashRange(text, start, apostrophe);
  put(H1, H2, start, end, flags);
}

/** Scans `original` into the shared token arrays (the same tokens as `tokenize`). */
export function scan(original: string): TokenArrays {
  scanned.n = 0;
  const text = foldForScan(original);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return scanUnicode(original);
    if (isDigit(c)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      put(NUM_H1, NUM_H2, start, i, 0);
    } else if (isLetter(c)) {
      const start = i;
      i = letters(text, i);
      if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) i = letters(text, i + 1);
      let partStart = start;
      let hyphen = false;
      while (text.charCodeAt(i) === 45 && isLetter(text.charCodeAt(i + 1))) {
        if (!hyphen) {
          // Check the whole compound for non-ASCII before emitting any part of it.
          let j = letters(text, i + 1);
          while (
            (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 45) &&
            isLetter(text.charCodeAt(j + 1))
          ) {
            j = letters(text, j + 1);
          }
          if (j < n && text.charCodeAt(j) > 127) return scanUnicode(original);
        }
        putWord(text, partStart, i, hyphen);
        hyphen = true;
        partStart = i + 1;
        i = letters(text, i + 1);
        if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) i = letters(text, i + 1);
      }
      if (i < n && text.charCodeAt(i) > 127) return scanUnicode(original);
      putWord(text, partStart, i, hyphen);
    } else {
      if (isBreak(c) && scanned.n > 0 && (scanned.flags[scanned.n - 1]! & FLAG_BREAK) === 0) {
        put(BREAK_H1, BREAK_H2, i, i + 1, FLAG_BREAK);
      }
      i++;
    }
  }
  return scanned;
}

function scanUnicode(original: string): TokenArrays {
  scanned.n = 0;
  for (const token of tokenizeUnicode(original)) {
    const [h1, h2] = hashString(token.text);
    put(
      h1,
      h2,
      token.start,
      token.end,
      (token.text === BREAK ? FLAG_BREAK : 0) | (token.hyphen ? FLAG_HYPHEN : 0),
    );
  }
  return scanned;
}
