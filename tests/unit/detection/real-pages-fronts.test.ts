// @vitest-environment node
/**
 * lib/detection on SeniorResearch's real pages in ../shared/data/pages (or $BRIGHTSIDE_DATA), read
 * in place: page kind of its 169 articles and 104 section fronts, stories per front, the
 * hand-checked precision sample and the adapters on their own sites' fronts. Every page is parsed
 * once (linkedom): the sample and adapter checks read what that one pass detected. The floors are
 * the numbers reached when they were set: a drop is a regression. Without the data these tests
 * fail (with the path they looked for), never skip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isBoilerplateTitle } from '@/lib/detection/text';
import { pagesDir, readManifest, SENIOR_RESEARCH } from '@/scripts/detection/corpus';
import {
  evalPrecisionSample,
  evalSeniorResearch,
  type PrecisionEval,
  type SeniorResearchEval,
} from '@/scripts/detection/evaluate';

const SLOW = 120_000;

it('finds the shared data folder', () => {
  expect(() => pagesDir()).not.toThrow();
});

let senior: SeniorResearchEval;
beforeAll(() => {
  senior = evalSeniorResearch(['article', 'listing']);
}, SLOW);

describe('SeniorResearch: 10 news sites', () => {
  it('pageKind: all 169 article pages are articles', () => {
    expect(senior.kinds['article']?.pages).toBe(169);
    expect(senior.kinds['article']?.correct).toBe(169);
  });

  it('pageKind: all 104 section fronts are listings', () => {
    expect(senior.kinds['listing']?.pages).toBe(104);
    expect(senior.kinds['listing']?.correct).toBe(104);
  });

  it('finds stories on the section fronts (floors per site)', () => {
    const total = (site: string) =>
      senior.fronts.filter((f) => f.site === site).reduce((sum, f) => sum + f.stories, 0);
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
    expect(senior.fronts.filter((f) => f.stories === 0).length).toBeLessThanOrEqual(3);
  });
});

describe('hand-checked precision sample (tests/fixtures/detection/precision-sample.json)', () => {
  let result: PrecisionEval;
  beforeAll(() => {
    result = evalPrecisionSample(undefined, senior.fronts);
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
    const scanned = senior.fronts.find((f) => f.file === page.file && f.url === page.url);
    if (!scanned) throw new Error(`section front ${needle} was not scanned`);
    return scanned.detected;
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
  ])('%s (%s) has >= %i stories, none boilerplate, one per URL', (needle, _id, floor) => {
    const stories = front(needle);
    expect(stories.length).toBeGreaterThanOrEqual(floor);
    expect(new Set(stories.map((s) => s.url)).size).toBe(stories.length);
    for (const story of stories) expect(isBoilerplateTitle(story.title), story.title).toBe(false);
  });
});
