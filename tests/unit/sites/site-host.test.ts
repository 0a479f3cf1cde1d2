import { describe, expect, test } from 'vitest';
import { isSiteEnabled, NEWS_SITES } from '@/lib/sites/news-sites';
import { hostMatchPatterns, normalizeSiteHost, pageHost } from '@/lib/sites/site-host';

describe('normalizeSiteHost', () => {
  test.each([
    ['bbc.com', 'bbc.com'],
    ['  WWW.BBC.COM ', 'www.bbc.com'],
    ['https://www.local-paper.example/news/today?x=1', 'www.local-paper.example'],
    ['http://blog.example.org:8080/', 'blog.example.org'],
    ['not a host', null],
    ['localhost', null],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (input, host) => {
    expect(normalizeSiteHost(input)).toBe(host);
  });

  test('pageHost only answers for web pages', () => {
    expect(pageHost('https://www.bbc.com/news')).toBe('www.bbc.com');
    expect(pageHost('chrome://extensions')).toBeNull();
    expect(pageHost(undefined)).toBeNull();
  });

  test('match patterns cover https and http', () => {
    expect(hostMatchPatterns('a.example.org')).toEqual([
      'https://a.example.org/*',
      'http://a.example.org/*',
    ]);
  });
});

describe('the built-in site list', () => {
  test('holds the corpus news sites and every entry is a clean host', () => {
    for (const host of ['www.bbc.com', 'www.cnn.com', 'abcnews.go.com', 'www.foxnews.com']) {
      expect(NEWS_SITES).toContain(host);
    }
    for (const host of ['www.huffingtonpost.com', 'www.nbcnews.com', 'www.yahoo.com']) {
      expect(NEWS_SITES).toContain(host);
    }
    for (const host of ['www.cbsnews.com', 'www.theverge.com', 'www.dw.com']) {
      expect(NEWS_SITES).toContain(host);
    }
    for (const host of NEWS_SITES) expect(normalizeSiteHost(host)).toBe(host);
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
  });

  test('a site runs when built in or added, and not when turned off', () => {
    const none = { extraSites: [], disabledSites: [] };
    expect(isSiteEnabled('www.bbc.com', none)).toBe(true);
    expect(isSiteEnabled('blog.example.org', none)).toBe(false);
    expect(isSiteEnabled('blog.example.org', { ...none, extraSites: ['blog.example.org'] })).toBe(
      true,
    );
    expect(isSiteEnabled('www.bbc.com', { ...none, disabledSites: ['www.bbc.com'] })).toBe(false);
  });
});
