import { describe, expect, it } from 'vitest';
import { detectArticle, pageKind } from '@/lib/detection';
import { readabilityFallback } from '@/lib/detection/readability-fallback';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story tells how the neighbours of the town came together, rebuilt the library roof and reopened the reading room for the children before the winter storms arrived.</p>`,
  ).join('');

const ARTICLE = `<!doctype html><html><head><title>Neighbours rebuild library roof | Riverside Chronicle</title>
<link rel="canonical" href="https://www.riverside.example/local/2025/03/04/library-roof?utm_source=x">
<meta property="og:title" content="OG: neighbours rebuild library roof">
<meta property="og:site_name" content="Riverside Chronicle">
<meta property="og:type" content="article">
<meta name="description" content="Meta description of the story.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Neighbours rebuild the library roof","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Sam Lee"}],
 "datePublished":"2025-03-04T08:00:00Z","description":"Volunteers finished the job in three days.","publisher":{"@type":"Organization","name":"Riverside Chronicle"}}</script>
</head><body><nav><a href="/">Home</a></nav><main><article><h1>Neighbours rebuild the library roof</h1>${paragraphs(6)}</article></main></body></html>`;

describe('detectArticle', () => {
  it('reads JSON-LD NewsArticle first, canonical URL normalised', () => {
    expect(detectArticle(parse(ARTICLE), 'https://www.riverside.example/x')).toEqual({
      title: 'Neighbours rebuild the library roof',
      url: 'https://www.riverside.example/local/2025/03/04/library-roof',
      byline: 'Jane Doe, Sam Lee',
      published: '2025-03-04T08:00:00Z',
      siteName: 'Riverside Chronicle',
      excerpt: 'Volunteers finished the job in three days.',
      lead: expect.stringMatching(/^Paragraph 1 of the story/),
    });
  });

  it('falls back to OpenGraph and meta tags', () => {
    const html = ARTICLE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const article = detectArticle(parse(html), 'https://www.riverside.example/x');
    expect(article.title).toBe('OG: neighbours rebuild library roof');
    expect(article.excerpt).toBe('Meta description of the story.');
    expect(article.siteName).toBe('Riverside Chronicle');
  });

  it('decodes character references left in meta tags and JSON-LD (escaped twice by the site)', () => {
    const html = `<html><head><title>x</title>
<meta property="og:title" content="Town&amp;#39;s &amp;quot;little free pantry&amp;quot; feeds 200 families">
<meta name="description" content="Neighbours &amp;amp; volunteers keep it full &amp;#x2014; every day. Fish &amp;amp;chips &amp;bogus;">
<meta name="author" content="Ana &amp;lt;Ruiz&amp;gt;">
<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Hope &amp; Co"}}</script>
</head><body><p>Short.</p></body></html>`;
    const article = detectArticle(parse(html), 'https://news.example/2025/pantry');
    expect(article.title).toBe('Town\'s "little free pantry" feeds 200 families');
    expect(article.excerpt).toBe(
      'Neighbours & volunteers keep it full \u2014 every day. Fish &chips &bogus;',
    );
    expect(article.byline).toBe('Ana <Ruiz>');
    expect(article.siteName).toBe('Hope & Co');
  });

  it('falls back to the document title and readability without metadata', () => {
    const html = `<html><head><title>A kind stranger pays for groceries - Daily Bugle</title></head><body><article><h1>A kind stranger pays for groceries</h1><p class="byline">By Peter Parker</p>${paragraphs(8)}</article></body></html>`;
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const article = detectArticle(
      doc,
      'https://bugle.example/2025/01/01/kind-stranger',
      readabilityFallback,
    );
    expect(article.title).toBe('A kind stranger pays for groceries');
    expect(article.url).toBe('https://bugle.example/2025/01/01/kind-stranger');
    expect(article.byline).toBe('By Peter Parker');
    expect(article.excerpt).toMatch(/^Paragraph 1/);
    expect(doc.documentElement.outerHTML).toBe(before); // readability ran on a copy
  });

  it('without a fallback reader, reads metadata and the lead only', () => {
    const html = `<html><head><title>A kind stranger pays for groceries - Daily Bugle</title></head><body><article><h1>A kind stranger pays for groceries</h1><p class="byline">By Peter Parker</p>${paragraphs(8)}</article></body></html>`;
    const article = detectArticle(parse(html), 'https://bugle.example/2025/01/01/kind-stranger');
    expect(article.title).toBe('A kind stranger pays for groceries');
    expect(article.byline).toBeUndefined();
    expect(article.excerpt).toMatch(/^Paragraph 1/);
  });
});

describe('pageKind', () => {
  it('calls a story with metadata and body an article', () => {
    expect(
      pageKind(parse(ARTICLE), 'https://www.riverside.example/local/2025/03/04/library-roof'),
    ).toBe('article');
  });

  it('calls a page of story cards a listing', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) =>
        `<article><h3><a href="/local/2025/03/0${i + 1}/good-news-story-number-${i}">Good news story number ${i} from the town</a></h3><p>Short teaser.</p></article>`,
    ).join('');
    const doc = parse(
      `<html><head><title>Local</title></head><body><main>${cards}</main></body></html>`,
    );
    expect(pageKind(doc, 'https://www.riverside.example/local')).toBe('listing');
  });

  it('calls a video page without text, or an empty page, other', () => {
    const video = parse(
      '<html><head><meta property="og:type" content="video.other"></head><body><video></video></body></html>',
    );
    expect(pageKind(video, 'https://www.riverside.example/video/12345')).toBe('other');
    expect(pageKind(parse(''), 'https://www.riverside.example/account/signin')).toBe('other');
  });
});
