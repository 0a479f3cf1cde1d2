/**
 * lib/detection on the real pages in ../shared/data/pages (or $BRIGHTSIDE_DATA), read in place.
 * The floors are the numbers reached when they were set: a drop is a regression. Without the
 * data these tests fail (with the path they looked for), never skip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detectStories } from '@/lib/detection';
import { isBoilerplateTitle } from '@/lib/detection/text';
import { loadPage, pagesDir, readManifest, SENIOR_RESEARCH } from '@/scripts/detection/corpus';
import {
  evalNewspaper,
  evalPrecisionSample,
  evalReadability,
  evalSeniorResearch,
  type KindTally,
  type PrecisionEval,
  type ReadabilityEval,
  type SeniorResearchEval,
} from '@/scripts/detection/evaluate';

const SLOW = 120_000;

it('finds the shared data folder', () => {
  expect(() => pagesDir()).not.toThrow();
});

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
  it('excerpt agrees on >= 72 of 74', () => expect(result.excerptMatch).toBeGreaterThanOrEqual(72));
});

describe('SeniorResearch: 10 news sites', () => {
  let result: SeniorResearchEval;
  beforeAll(() => {
    result = evalSeniorResearch(['article', 'listing']);
  }, SLOW);

  it('pageKind: all 169 article pages are articles', () => {
    expect(result.kinds['article']?.pages).toBe(169);
    expect(result.kinds['article']?.correct).toBe(169);
  });

  it('pageKind: all 104 section fronts are listings', () => {
    expect(result.kinds['listing']?.pages).toBe(104);
    expect(result.kinds['listing']?.correct).toBe(104);
  });

  it('finds stories on the section fronts (floors per site)', () => {
    const total = (site: string) =>
      result.fronts.filter((f) => f.site === site).reduce((sum, f) => sum + f.stories, 0);
    const floors: Record<string, number> = {
      abcnews: 350,
      bbcnews: 140,
      cbsnews: 60,
      cnnews: 650,
      dwnews: 30,
      foxnews: 150,
      huffnews: 750,
      nbcnews: 95,
      vergenews: 520,
      yahoonews: 155,
    };
    for (const [site, floor] of Object.entries(floors))
      expect(total(site), site).toBeGreaterThanOrEqual(floor);
    expect(result.fronts.filter((f) => f.stories === 0).length).toBeLessThanOrEqual(3);
  });
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

describe('hand-checked precision sample (tests/fixtures/detection/precision-sample.json)', () => {
  let result: PrecisionEval;
  beforeAll(() => {
    result = evalPrecisionSample();
  }, SLOW);

  it('every judged story is still detected (else judge again)', () =>
    expect(result.missingFromOutput).toBe(0));
  it('covers 10 fronts x 10 stories', () => {
    expect(result.perPage).toHaveLength(10);
    expect(result.judged).toBeGreaterThanOrEqual(100);
  });
  it('precision >= 95%', () => expect(result.correct / result.judged).toBeGreaterThanOrEqual(0.95));
  it('recall >= 95% of the hand-counted real stories', () =>
    expect(result.found / result.realStories).toBeGreaterThanOrEqual(0.95));
});

describe('adapters on their real pages', () => {
  const fronts = readManifest().filter(
    (p) => p.sourceRepo === SENIOR_RESEARCH && p.kind === 'listing',
  );
  const front = (needle: string) => {
    const page = fronts.find((p) => p.note.includes(needle));
    if (!page?.url) throw new Error(`no section front ${needle} in the manifest`);
    return detectStories(loadPage(page.file), page.url);
  };

  it.each([
    ['cnn.com/middle-east;', 'cnn', 15],
    ['cbsnews.com/;', 'cbsnews', 60],
    ['huffingtonpost.com/section/green;', 'huffpost', 30],
    ['foxnews.com/tech.html;', 'foxnews', 20],
    ['nbcnews.com/world;', 'nbcnews', 28],
    ['abcnews.go.com/International;', 'abcnews', 48],
    ['bbc.com/news/science_and_environment;', 'bbc', 28],
    ['yahoo.com/news/world/;', 'yahoo', 12],
  ])(
    '%s (%s) has >= %i stories, none boilerplate, one per URL',
    (needle, _id, floor) => {
      const stories = front(needle);
      expect(stories.length).toBeGreaterThanOrEqual(floor);
      expect(new Set(stories.map((s) => s.url)).size).toBe(stories.length);
      for (const story of stories) expect(isBoilerplateTitle(story.title), story.title).toBe(false);
    },
    SLOW,
  );
});
