import { describe, expect, it } from 'vitest';
import {
  extractFeatures,
  LEX_NEGATIVE,
  LEX_POSITIVE,
  PATTERNS,
} from '../../../lib/classifier/features';

const lexicon = new Map([
  ['weakness', -0.45],
  ['crisis', -0.7],
  ['burning', -0.3],
  ['lost', -0.45],
  ['good', 0.5],
  ['homeless', -0.4],
  ['killed', -0.8],
  ['dead', -0.7],
  ['missing', -0.3],
  ['tragedy', -0.6],
  ['buried', -0.3],
]);
const keys = (text: string) => extractFeatures(text, lexicon).keys;

describe('negation', () => {
  it('marks words in a negation scope and flips their lexicon prior', () => {
    const f = extractFeatures("It wasn't weakness", lexicon);
    expect(f.keys).toContain('!weakness');
    expect(f.keys).toContain(PATTERNS.negatedNegative);
    const i = f.keys.indexOf(LEX_POSITIVE);
    expect(f.values[i]).toBeCloseTo(0.225);
    expect(f.keys).not.toContain(LEX_NEGATIVE);
  });

  it('ends the scope at a clause break and after three words', () => {
    expect(keys('Not good, weakness')).toContain('weakness');
    expect(keys('no one saw the crisis')).toContain('crisis');
  });

  it('reads "no longer homeless" as a reversal', () => {
    const k = keys('Veteran no longer homeless');
    expect(k).toContain(PATTERNS.noLonger);
    expect(k).not.toContain('homeless');
  });
});

describe('reversal patterns', () => {
  it('a bad quantity that falls is good news ("deaths fall", "crime falls")', () => {
    for (const text of ['Malaria deaths fall by half', 'Crime falls to 30-year low']) {
      const k = keys(text);
      expect(k).toContain(PATTERNS.decline);
      expect(k).not.toContain('deaths');
      expect(k).not.toContain('crime');
    }
    expect(keys('Man dies in fall from roof')).not.toContain(PATTERNS.decline);
  });

  it('a decline belongs to the quantity in its own part of the sentence', () => {
    const k = keys('Company announces 5,000 layoffs amid falling profits');
    expect(k).not.toContain(PATTERNS.decline);
    expect(k).toContain('layoffs');
    const both = keys('Unemployment rises as crime falls');
    expect(both).toContain(PATTERNS.decline);
    expect(both).toContain('unemployment');
    expect(both).not.toContain('crime');
    expect(keys('Crime in the city falls to record low')).toContain(PATTERNS.decline);
  });

  it('rescue and care take the sting out of the harm that follows', () => {
    const rescue = keys('Firefighters rescue family from burning home');
    expect(rescue).toContain(PATTERNS.rescue);
    expect(rescue).not.toContain('burning');
    const care = keys('Officer comforts woman in mental health crisis');
    expect(care).toContain(PATTERNS.care);
    expect(care).not.toContain('crisis');
  });

  it('"-free" after a bad word, and returning what was lost', () => {
    expect(keys('Boy is cancer-free')).toContain(PATTERNS.free);
    expect(keys('Boy is cancer-free')).not.toContain('cancer');
    expect(keys('Man returns lost wallet')).toContain(PATTERNS.returned);
    expect(keys('Man returns lost wallet')).not.toContain('lost');
  });

  it('someone in harm said to be freed, rescued or found alive', () => {
    for (const text of [
      'Hostage feared dead is freed',
      'Missing hikers found alive',
      'Coral reef once thought dead is recovering',
    ]) {
      const k = keys(text);
      expect(k).toContain(PATTERNS.rescued);
      expect(k).not.toContain('dead');
    }
    // "alive" counts only after "found".
    expect(keys('Family killed, baby buried alive')).not.toContain(PATTERNS.rescued);
  });

  it('reads "ends in" and "ends with" as an outcome, not a defeat', () => {
    const k = keys('Long voyage ends in tragedy');
    expect(k).not.toContain(PATTERNS.defeat);
    expect(k).toContain('tragedy');
    expect(keys('Town ends homelessness')).toContain(PATTERNS.defeat);
  });

  it('leaves plain bad news alone', () => {
    const k = keys('Man killed in highway crash');
    expect(k.filter((key) => key.startsWith('#rev') || key.startsWith('#neg'))).toEqual([]);
    expect(k).toContain('killed');
    expect(k).toContain(LEX_NEGATIVE);
  });

  it('emits word pairs that never cross a clause break', () => {
    const k = keys('Dog saves owner. Cat watches');
    expect(k).toContain('dog saves');
    expect(k).not.toContain('owner cat');
  });
});
