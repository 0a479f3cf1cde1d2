/**
 * Is this English? Only English is modelled, so anything else is reported as `other` and never
 * marked uplifting. Three cheap signals: the share of letters outside Latin script, function words
 * of the common Latin-script languages against English ones, and how many words the model knows.
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

const LETTER_RE = /\p{L}/gu;
const LATIN_RE = /[a-zA-Z\u00C0-\u024F]/g;
const WORD_RE = /[\p{L}']+/gu;

export function detectLanguage(text: string, known?: (word: string) => boolean): Language {
  const letters = text.match(LETTER_RE)?.length ?? 0;
  if (letters === 0) return 'en';
  const latin = text.match(LATIN_RE)?.length ?? 0;
  if (latin / letters < 0.7) return 'other';
  const tokens = (text.toLowerCase().match(WORD_RE) ?? []).slice(0, 200);
  let english = 0;
  let foreign = 0;
  let long = 0;
  let knownCount = 0;
  for (const token of tokens) {
    if (ENGLISH.has(token)) english++;
    else if (FOREIGN.has(token)) foreign++;
    if (token.length >= 4) {
      long++;
      if (known?.(token)) knownCount++;
    }
  }
  if (foreign >= 2 && foreign > english * 1.5) return 'other';
  if (known && long >= 3 && knownCount / long < 0.35 && english === 0) return 'other';
  return 'en';
}
