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

function pushWord(out: Token[], raw: string, start: number, hyphen: boolean): void {
  const end = start + raw.length;
  let word = raw.toLowerCase().replace('’', "'");
  const apostrophe = word.indexOf("'");
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

export function tokenize(text: string): Token[] {
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

/** Splits long text into sentences (and paragraphs), each short enough to score like a headline. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    for (const sentence of trimmed.split(/(?<=[.!?…])["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/u)) {
      const s = sentence.trim();
      if (s) out.push(s);
    }
  }
  return out;
}
