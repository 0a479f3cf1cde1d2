// @vitest-environment node
/**
 * lib/detection on the real article pages in ../shared/data/pages (or $BRIGHTSIDE_DATA), read in
 * place: readability's 75 real pages with their expected metadata, and newspaper's 146 articles.
 * Each page is parsed once (linkedom). The floors are the numbers reached when they were set: a
 * drop is a regression. Without the data these tests fail (with the path they looked for), never
 * skip. The section fronts are in real-pages-fronts.test.ts (vitest runs the two files side by side).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evalNewspaper,
  evalReadability,
  type KindTally,
  type ReadabilityEval,
} from '@/scripts/detection/evaluate';

const SLOW = 120_000;

describe('readability: 75 real article pages', () => {
  let result: ReadabilityEval;
  beforeAll(() => {
    result = evalReadability();
  }, SLOW);

  it('reads all 75', () => expect(result.pages).toBe(75));
  it('pageKind is article on >= 72 (96%)', () =>
    expect(result.kindArticle).toBeGreaterThanOrEqual(72));
  it('title matches expected-metadata.json on >= 74 (98.7%)', () =>
    expect(result.titleMatch).toBeGreaterThanOrEqual(74));
  it('byline agrees on >= 55 of 59', () => expect(result.bylineMatch).toBeGreaterThanOrEqual(55));
  it('excerpt agrees on >= 73 of 74', () => expect(result.excerptMatch).toBeGreaterThanOrEqual(73));
});

describe('newspaper: 146 article pages', () => {
  let result: KindTally;
  beforeAll(() => {
    result = evalNewspaper();
  }, SLOW);
  it('pageKind is article on >= 139 (95.2%)', () => {
    expect(result.pages).toBe(146);
    expect(result.correct).toBeGreaterThanOrEqual(139);
  });
});
