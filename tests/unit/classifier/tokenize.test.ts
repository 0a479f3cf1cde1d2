import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../lib/classifier/hash';
import {
  FLAG_BREAK,
  FLAG_HYPHEN,
  scan,
  splitSentences,
  tokenize,
  tokenizeUnicode,
} from '../../../lib/classifier/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

/** ASCII that the fast paths treat specially, typographic punctuation, and letters they do not. */
const mixedText = fc.string({
  unit: fc.constantFrom(...[..."aZn't-'.,;:!?()\"$% 09", ...'’‘“”…—–‐‑\u00a0éÉİß']),
  maxLength: 40,
});

describe('tokenize', () => {
  it('folds case, so ALL CAPS and Title Case read like sentence case', () => {
    expect(words('THE POLICEMAN Was TAKEN Away')).toEqual([
      'the',
      'policeman',
      'was',
      'taken',
      'away',
    ]);
  });

  it('splits "n\'t" into a negation and drops possessive "\'s", with straight or curly quotes', () => {
    expect(words("Didn't quit: it's Arbery's case")).toEqual([
      'did',
      'not',
      'quit',
      '|',
      'it',
      'arbery',
      'case',
    ]);
    expect(words('Won’t stop, can’t')).toEqual(['will', 'not', 'stop', '|', 'can', 'not']);
  });

  it('turns numbers into <num> and splits hyphenated compounds, flagging the later parts', () => {
    const tokens = tokenize('Cancer-free after 30-year wait, $2,000 raised');
    expect(tokens.map((t) => t.text)).toEqual([
      'cancer',
      'free',
      'after',
      '<num>',
      'year',
      'wait',
      '|',
      '<num>',
      'raised',
    ]);
    expect(tokens[1]?.hyphen).toBe(true);
    expect(tokens[0]?.hyphen).toBe(false);
  });

  it('keeps character offsets for cues', () => {
    const text = 'Firefighters rescue family';
    const [, rescue] = tokenize(text);
    expect(text.slice(rescue!.start, rescue!.end)).toBe('rescue');
  });

  it('gives the same tokens on the ASCII fast path as the Unicode tokenizer', () => {
    for (const text of [
      "Rock'n'roll star's 3.5-hour set; fans (and critics) cheer!",
      'Self-driving car hits pole -- no one hurt',
      'covid19 cases fall 12.5% in U.S.',
      "Mother-in-law's well-known recipe",
    ]) {
      expect(tokenize(text)).toEqual(tokenizeUnicode(text));
    }
  });

  it('keeps headlines with typographic punctuation on the fast path, with the same tokens', () => {
    for (const text of [
      'Won’t stop: ‘We’re home’ — family’s dog found… 3–2 win',
      '“Cancer‐free” at 30‑years old\u00a0– and running',
    ]) {
      expect(tokenize(text)).toEqual(tokenizeUnicode(text));
    }
  });

  it('gives the same tokens as the Unicode tokenizer on any mix of these characters', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(tokenize(text)).toEqual(tokenizeUnicode(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads other scripts and accents', () => {
    expect(words('Niños felices — ¡Éxito!')).toEqual(['niños', 'felices', '|', 'éxito', '|']);
  });
});

describe("scan (the scorer's tokenizer: hashes, no strings)", () => {
  const expectSameTokens = (text: string) => {
    const tokens = tokenize(text);
    const scanned = scan(text);
    expect(scanned.n, text).toBe(tokens.length);
    tokens.forEach((token, i) => {
      const [h1, h2] = hashString(token.text);
      expect([scanned.h1[i], scanned.h2[i]], `${text}: ${token.text}`).toEqual([h1, h2]);
      expect([scanned.start[i], scanned.end[i]]).toEqual([token.start, token.end]);
      expect((scanned.flags[i]! & FLAG_BREAK) !== 0).toBe(token.text === '|');
      expect((scanned.flags[i]! & FLAG_HYPHEN) !== 0).toBe(token.hyphen);
    });
  };

  it('gives the hashes, spans and flags of the tokens `tokenize` gives', () => {
    for (const text of [
      "Didn't quit: it's Arbery's case",
      'Won’t stop, can’t',
      'Cancer-free after 30-year wait, $2,000 raised',
      "Mother-in-law's well-known recipe; rock'n'roll",
      'Niños felices — ¡Éxito! Self-driving car',
      'ALL CAPS HEADLINE (VIDEO)',
      "won't can't ain't shan't isn't",
      'Won’t stop: ‘We’re home’ — family’s dog… 3–2',
    ]) {
      expectSameTokens(text);
    }
  });

  it('agrees with `tokenize` on any mix of ASCII, typographic punctuation and other letters', () => {
    fc.assert(fc.property(mixedText, expectSameTokens), { numRuns: 3_000 });
  });
});

describe('splitSentences', () => {
  it('splits paragraphs and sentences', () => {
    expect(splitSentences('One here. Two there!\n\nThree "quoted." Four')).toEqual([
      'One here.',
      'Two there!',
      'Three "quoted."',
      'Four',
    ]);
  });
});
