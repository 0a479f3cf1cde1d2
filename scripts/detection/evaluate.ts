/**
 * The evaluation of lib/detection on the real pages in ../shared/data/pages, shared by
 * `npm run eval:pages` (which prints the table) and the tests (which hold the floors).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectArticle, detectStories, pageKind } from '../../lib/detection';
import { readabilityFallback } from '../../lib/detection/readability-fallback';
import { cleanText } from '../../lib/detection/text';
import {
  loadPage,
  NEWSPAPER,
  pagesDir,
  readabilityArticles,
  READABILITY_PAGE_URL,
  readManifest,
  SENIOR_RESEARCH,
} from './corpus';

const norm = (text: string | null | undefined) => cleanText(text).toLowerCase();

export interface ReadabilityEval {
  pages: number;
  kindArticle: number;
  titleMatch: number;
  bylineExpected: number;
  bylineMatch: number;
  excerptExpected: number;
  excerptMatch: number;
  misses: { name: string; field: string; expected: string; got: string }[];
}

export function evalReadability(): ReadabilityEval {
  const result: ReadabilityEval = {
    pages: 0,
    kindArticle: 0,
    titleMatch: 0,
    bylineExpected: 0,
    bylineMatch: 0,
    excerptExpected: 0,
    excerptMatch: 0,
    misses: [],
  };
  for (const { page, expectedFile, name } of readabilityArticles()) {
    const expected = JSON.parse(readFileSync(join(pagesDir(), expectedFile), 'utf8')) as {
      title?: string;
      byline?: string | null;
      excerpt?: string | null;
    };
    const doc = loadPage(page.file);
    result.pages++;
    const kind = pageKind(doc, READABILITY_PAGE_URL);
    if (kind === 'article') result.kindArticle++;
    else result.misses.push({ name, field: 'pageKind', expected: 'article', got: kind });
    const article = detectArticle(doc, READABILITY_PAGE_URL, readabilityFallback);
    if (cleanText(article.title) === cleanText(expected.title)) result.titleMatch++;
    else
      result.misses.push({
        name,
        field: 'title',
        expected: expected.title ?? '',
        got: article.title,
      });
    if (expected.byline) {
      result.bylineExpected++;
      if (norm(article.byline) === norm(expected.byline)) result.bylineMatch++;
      else
        result.misses.push({
          name,
          field: 'byline',
          expected: expected.byline,
          got: article.byline ?? '',
        });
    }
    if (expected.excerpt) {
      result.excerptExpected++;
      if (norm(article.excerpt) === norm(expected.excerpt)) result.excerptMatch++;
      else
        result.misses.push({
          name,
          field: 'excerpt',
          expected: expected.excerpt,
          got: article.excerpt ?? '',
        });
    }
  }
  return result;
}

export interface KindTally {
  pages: number;
  correct: number;
  got: Record<string, number>;
  misses: string[];
}

const tally = (): KindTally => ({ pages: 0, correct: 0, got: {}, misses: [] });

export interface SectionFront {
  site: string;
  url: string;
  file: string;
  stories: number;
  /** What detectStories returned, for checks that would otherwise parse the page again. */
  detected: { title: string; url: string }[];
}

export interface SeniorResearchEval {
  kinds: Record<string, KindTally>;
  fronts: SectionFront[];
}

/** Page kinds of SeniorResearch's pages (all kinds unless `kinds` is given) and stories per front. */
export function evalSeniorResearch(kinds_?: string[]): SeniorResearchEval {
  const kinds: Record<string, KindTally> = {};
  const fronts: SectionFront[] = [];
  const pages = readManifest().filter(
    (p) => p.sourceRepo === SENIOR_RESEARCH && (!kinds_ || kinds_.includes(p.kind)),
  );
  for (const page of pages) {
    const doc = loadPage(page.file);
    const url = page.url ?? 'http://localhost/';
    const kind = pageKind(doc, url);
    const entry = (kinds[page.kind] ??= tally());
    entry.pages++;
    entry.got[kind] = (entry.got[kind] ?? 0) + 1;
    if (kind === page.kind) entry.correct++;
    else entry.misses.push(`${page.site} ${url} -> ${kind}`);
    if (page.kind === 'listing') {
      const detected = detectStories(doc, url).map(({ title, url }) => ({ title, url }));
      fronts.push({ site: page.site, url, file: page.file, stories: detected.length, detected });
    }
  }
  return { kinds, fronts };
}

export function evalNewspaper(): KindTally {
  const result = tally();
  for (const page of readManifest().filter(
    (p) => p.sourceRepo === NEWSPAPER && p.kind === 'article',
  )) {
    const doc = loadPage(page.file);
    const kind = pageKind(doc, READABILITY_PAGE_URL);
    result.pages++;
    result.got[kind] = (result.got[kind] ?? 0) + 1;
    if (kind === 'article') result.correct++;
    else result.misses.push(`${page.site} ${page.file.split('/').pop()} -> ${kind}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The hand-checked precision sample (tests/fixtures/detection/precision-sample.json).

export interface SampleJudgment {
  url: string;
  title: string;
  correct: boolean;
  note?: string;
}

export interface SamplePage {
  site: string;
  file: string;
  url: string;
  judgments: SampleJudgment[];
  recall: {
    /** How the real stories were counted. */
    region: string;
    /** Real story URLs counted by hand in that region. */
    realStoryUrls: string[];
  };
}

export interface PrecisionSample {
  about: string;
  pages: SamplePage[];
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_FILE = join(
  PROJECT_ROOT,
  'tests',
  'fixtures',
  'detection',
  'precision-sample.json',
);

export function readPrecisionSample(): PrecisionSample {
  return JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as PrecisionSample;
}

export interface PrecisionEval {
  judged: number;
  correct: number;
  /** Judged stories that detection no longer returns (judgments to redo). */
  missingFromOutput: number;
  /** Stories detection now returns on sampled pages that carry no judgment (reported only). */
  unjudged: number;
  realStories: number;
  found: number;
  perPage: {
    site: string;
    url: string;
    judged: number;
    correct: number;
    real: number;
    found: number;
  }[];
}

/**
 * Precision and recall of the hand-checked sample against what detection returns now. `fronts`
 * (from `evalSeniorResearch`) saves parsing the sampled pages again; a page not among them is
 * parsed and scanned here.
 */
export function evalPrecisionSample(
  sample = readPrecisionSample(),
  fronts: SectionFront[] = [],
): PrecisionEval {
  const result: PrecisionEval = {
    judged: 0,
    correct: 0,
    missingFromOutput: 0,
    unjudged: 0,
    realStories: 0,
    found: 0,
    perPage: [],
  };
  for (const page of sample.pages) {
    const known = fronts.find((front) => front.file === page.file && front.url === page.url);
    const stories = known?.detected ?? detectStories(loadPage(page.file), page.url);
    const detected = new Set(stories.map((story) => story.url));
    let judged = 0;
    let correct = 0;
    for (const judgment of page.judgments) {
      if (!detected.has(judgment.url)) {
        result.missingFromOutput++;
        continue;
      }
      judged++;
      if (judgment.correct) correct++;
    }
    const found = page.recall.realStoryUrls.filter((url) => detected.has(url)).length;
    result.judged += judged;
    result.correct += correct;
    result.realStories += page.recall.realStoryUrls.length;
    result.found += found;
    result.unjudged += Math.max(0, detected.size - page.judgments.length);
    result.perPage.push({
      site: page.site,
      url: page.url,
      judged,
      correct,
      real: page.recall.realStoryUrls.length,
      found,
    });
  }
  return result;
}

export const percent = (part: number, whole: number) =>
  whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
