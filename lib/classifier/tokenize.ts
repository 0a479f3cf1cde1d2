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
 * non-ASCII character goes to `tokenizeUnicode`.
 */
export function tokenize(original: string): Token[] {
  const out: Token[] = [];
  // Lower-casing ASCII keeps every offset, so do it once for the whole text.
  const text = original.toLowerCase();
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
