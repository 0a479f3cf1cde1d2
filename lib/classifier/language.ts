/**
 * Is this English? Only English is modelled, so anything else is reported as `other` and never
 * marked uplifting. Cheap signals gathered while scoring: the share of letters outside Latin
 * script, function words of common Latin-script languages against English ones, and how many
 * longer words the model knows.
 */

export type Language = 'en' | 'other';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

const ENGLISH = words(`
  the a an of to in on for and is are was were with by from at as his her their its it he she
  they we you this that after into over who has have had be been will not new says man woman
  how why what when out up about more than just can year years
`);

/** Function words that are common in other languages and rare (or absent) in English. */
const FOREIGN = words(`
  el la los las del por para con una que es en y se lo su al como pero más este esta sus
  le les des du un une et est dans pour sur avec qui pas ce cette sont aux par plus
  der die das und ist nicht mit den dem von zu ein eine auf für sich auch im wird bei
  il di che è della per non sono gli nel alla delle
  o os um uma não da do dos das em com ao pelo pela são
  het een van en niet op zijn voor dat met
  och att det som är på för inte med av
`);

export const ENGLISH_WORD = 1;
export const FOREIGN_WORD = 2;
/** English (1) or foreign (2) function word; a word in both lists counts as English. */
export const FUNCTION_WORD_KIND: ReadonlyMap<string, number> = new Map([
  ...[...FOREIGN].map((word) => [word, FOREIGN_WORD] as const),
  ...[...ENGLISH].map((word) => [word, ENGLISH_WORD] as const),
]);

export interface LanguageCounts {
  english: number;
  foreign: number;
  /** Words of four letters or more, and how many of them the model knows. */
  long: number;
  known: number;
}

/** Counts one word (with what the model knows about it) towards the language check. */
export function countLanguageWord(
  word: string,
  entry: { language: number; known: boolean } | undefined,
  counts: LanguageCounts,
): void {
  const kind = entry?.language ?? 0;
  if (kind === ENGLISH_WORD) counts.english++;
  else if (kind === FOREIGN_WORD) counts.foreign++;
  else if (word.length >= 4 && word !== '<num>') {
    counts.long++;
    if (entry?.known) counts.known++;
  }
}

const LATIN_RE = /[\p{Script=Latin}]/u;
const LETTER_RE = /\p{L}/u;

/** Share of letters in Latin script; a plain loop with an ASCII fast path. */
function latinShare(text: string): number {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
    } else if (c < 0x2000 || c > 0x206f) {
      // Not in General Punctuation (curly quotes, dashes, ellipsis): that block holds no letter.
      const ch = text[i] as string;
      if (LETTER_RE.test(ch)) {
        letters++;
        if (LATIN_RE.test(ch)) latin++;
      }
    }
  }
  return letters === 0 ? 1 : latin / letters;
}

/** A letter with a diacritic (é, ß, ñ, ø...): rare in English headlines, common in the others. */
const ACCENTED_RE = /[\u00c0-\u024f]/;

export function detectLanguage(text: string, counts: LanguageCounts): Language {
  if (latinShare(text) < 0.7) return 'other';
  if (counts.foreign >= 2 && counts.foreign > counts.english * 1.5) return 'other';
  // Few known words and no function words of either list: a short foreign headline, or an English
  // one of rare words ("Bombers kill shoppers", "Grand Theft Donut"). Unknown words alone are weak
  // evidence (the model keeps only the words it weighs: "record" and "cemetery" are not among
  // them), so it also takes a letter with a diacritic.
  if (
    counts.long >= 3 &&
    counts.english === 0 &&
    counts.known / counts.long < 0.35 &&
    ACCENTED_RE.test(text)
  )
    return 'other';
  return 'en';
}
