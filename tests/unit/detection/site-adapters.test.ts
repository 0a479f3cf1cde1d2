/**
 * Each site adapter against its own minimal page (tests/fixtures/detection/<id>.html, written for
 * these tests to mirror the site's card markup): exactly the three stories, each found by the
 * adapter's own card selector, and none of the menu, sign-in, "Read more", video, ad, most-read
 * or footer links.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectStories } from '@/lib/detection';
import { findSiteAdapter, SITE_ADAPTERS } from '@/lib/detection/sites';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'detection');

const TITLES = [
  'Volunteers rebuild a flooded library in three days',
  'Teenager invents a low-cost water filter for her village',
  'Rescued sea turtles return to the ocean after rehab',
];

const REQUIRED = [
  'bbc',
  'cnn',
  'guardian',
  'nytimes',
  'washingtonpost',
  'reuters',
  'apnews',
  'npr',
  'nbcnews',
  'abcnews',
  'cbsnews',
  'foxnews',
  'usatoday',
  'yahoo',
  'google-news',
  'huffpost',
  'aljazeera',
  'independent',
  'skynews',
  'goodnewsnetwork',
  'positive-news',
  'reddit',
  'hacker-news',
];

/** Adapters beyond the list, written where the corpus showed they pay. */
const EXTRA = ['dw'];

function loadFixture(id: string): { doc: Document; url: string } {
  const html = readFileSync(join(FIXTURES, `${id}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return { doc, url };
}

describe('site adapter registry', () => {
  it('has one adapter per required site, ids unique', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...REQUIRED, ...EXTRA].sort());
  });

  it.each([
    ['https://www.bbc.com/news/world', 'bbc'],
    ['https://edition.cnn.com/', 'cnn'],
    ['https://www.huffingtonpost.com/section/politics', 'huffpost'],
    ['https://old.reddit.com/r/UpliftingNews/', 'reddit'],
    ['https://news.ycombinator.com/news', 'hacker-news'],
    ['https://news.google.com/home?hl=en-US', 'google-news'],
    ['https://www.example.com/news', undefined],
    ['not a url', undefined],
  ])('%s is served by %s', (url, id) => {
    expect(findSiteAdapter(url)?.id).toBe(id);
  });
});

describe.each([...REQUIRED, 'dw'])('adapter %s on its fixture page', (id) => {
  it('finds exactly the three story cards, by its own selectors', () => {
    const { doc, url } = loadFixture(id);
    const adapter = findSiteAdapter(url);
    expect(adapter?.id).toBe(id);
    const stories = detectStories(doc, url);
    expect(stories.map((story) => story.title)).toEqual(TITLES);
    for (const story of stories) {
      expect(story.element.matches(adapter?.cards ?? '')).toBe(true);
      expect(story.element.contains(story.headlineElement)).toBe(true);
      expect(story.url).toMatch(/^https:\/\//);
    }
    expect(new Set(stories.map((story) => story.url)).size).toBe(3);
  });
});

describe('adapter abcnews: wire-story list items', () => {
  it('keeps the teaser inside the h1 out of the title and reports it as the teaser', () => {
    const { doc, url } = loadFixture('abcnews');
    const story = detectStories(doc, url).find((s) => s.url.includes('/wireStory/'));
    expect(story?.title).toBe('Rescued sea turtles return to the ocean after rehab');
    expect(story?.teaser).toBe(
      'Six loggerheads swam back out to sea after months of care at the aquarium.',
    );
    expect(story?.headlineElement.tagName).toBe('A');
    expect(story?.element.matches('li.headlines-li')).toBe(true);
    expect(story?.imageUrl).toBe('https://s.abcnews.com/3.jpg');
  });
});
