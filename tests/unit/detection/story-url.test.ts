import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeStoryUrl } from '@/lib/detection';
import { parseStoryUrl, storyUrlResolver, type StoryUrlParts } from '@/lib/detection/story-url';
import { siteKey, storyUrlShape } from '@/lib/detection/story-link';
import { isBoilerplateTitle } from '@/lib/detection/text';

describe('normalizeStoryUrl', () => {
  it.each([
    [
      'https://www.bbc.co.uk/news/uk-123?utm_source=x&utm_medium=y#comments',
      undefined,
      'https://www.bbc.co.uk/news/uk-123',
    ],
    [
      '/news/a-b-c/?fbclid=1&gclid=2&id=7',
      'https://Example.COM/x',
      'https://example.com/news/a-b-c?id=7',
    ],
    ['//cdn.example.com/story-1/', 'https://example.com/', 'https://cdn.example.com/story-1'],
    ['https://x.com/a?b=2&a=1', undefined, 'https://x.com/a?a=1&b=2'],
    ['https://user:pw@x.com:443/a', undefined, 'https://x.com/a'],
    [
      'https://www.bbc.com/news/x-1?intlink_from_url=https%3A%2F%2Fbbc.com&link_location=live',
      undefined,
      'https://www.bbc.com/news/x-1',
    ],
    ['https://x.com/', undefined, 'https://x.com/'],
  ])('%s (base %s) -> %s', (href, base, expected) => {
    expect(normalizeStoryUrl(href, base)).toBe(expected);
  });

  it.each([
    ['javascript:void(0)'],
    ['mailto:a@b.c'],
    ['#top'],
    [''],
    ['   '],
    ['ftp://x.com/a'],
    ['not a url'],
  ])('refuses %j', (href) => expect(normalizeStoryUrl(href)).toBeNull());

  it('is idempotent', () => {
    const once = normalizeStoryUrl('https://EXAMPLE.com/a/b/?utm_campaign=z&q=1#x');
    expect(once && normalizeStoryUrl(once)).toBe(once);
  });
});

describe('story URL shape', () => {
  const page = new URL('https://www.example.com/news');
  const shape = (href: string) => storyUrlShape(new URL(href), page);
  it.each([
    ['https://www.example.com/news/2025/01/02/kind-stranger', true],
    ['https://www.example.com/news/world-europe-48308062', true],
    ['https://www.example.com/a-long-slug-for-one-story', true],
    ['https://www.example.com/world', false],
    ['https://www.example.com/news/world/asia', false],
    ['https://www.example.com/video/2025/01/02/clip-of-a-rescue', false],
    ['https://video.example.com/v/123456', false],
    ['https://www.example.com/topic/good-news-stories-here', false],
    ['https://www.example.com/author/jane-doe-smith-jr', false],
    ['https://other.org/2025/01/02/kind-stranger', false],
    ['https://www.example.com/images/photo-of-a-dog.jpg', false],
  ])('%s is a story: %s', (href, story) => expect(shape(href).story).toBe(story));

  it('knows registrable names', () => {
    expect(siteKey('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteKey('edition.cnn.com')).toBe('cnn.com');
  });
});

describe('isBoilerplateTitle', () => {
  it.each([
    'Read more',
    'Read more »',
    'Video',
    'Subscribe',
    'Live',
    'Sign in',
    'More stories from Africa on the move',
    'March 4, 2025',
    '4 March 2025',
    '2025-03-04',
    'Updated: Jan 5, 2024 at 3:45 pm',
    '3 hours ago',
    '2:34',
    'By Jane Doe',
    'By Jane Doe and John Smith',
    'by  Jane Doe',
    'From Ana María Núñez',
    'Photos by Lee Chan',
    'Photographs by Lee Chan & Ann Ruiz',
    'Words by Sam Okafor',
    'Advertisement',
    'Most read',
  ])('%j is boilerplate', (title) => expect(isBoilerplateTitle(title)).toBe(true));

  it.each([
    'Record crowd turns out for the spring river cleanup',
    'Live music returns to the old town square',
    'Video game helps children with dyslexia read',
    'By the river, a village rebuilds',
    'Byron Bay surfers rescue stranded dolphin',
    'From zero to a thousand trees in one summer',
    'Photographer Lee Chan',
    'Wordsworth Street neighbours build a library',
  ])('%j is a headline', (title) => expect(isBoilerplateTitle(title)).toBe(false));
});

describe('storyUrlResolver: the fast path for plain links agrees with the URL parser', () => {
  const pick = (url: StoryUrlParts | null) =>
    url
      ? { href: url.href, hostname: url.hostname, pathname: url.pathname, search: url.search }
      : null;
  const fast = (href: string, base: string) => pick(storyUrlResolver(base)(href));
  const parts = (href: string, base: string) => {
    const url = parseStoryUrl(href, base);
    return url
      ? { href: url.href, hostname: url.hostname, pathname: url.pathname, search: url.search }
      : null;
  };
  const bases = [
    'https://www.cnn.com/opinions',
    'http://abcnews.go.com/International/',
    'https://user:pw@news.example.org:443/a/b?x=1#y',
    'https://example.com:8080/',
    'https://xn--bcher-kva.example/',
    'http://127.0.0.1/',
    'file:///tmp/page.html',
  ];

  it.each([
    '/2019/05/22/opinions/biden-2020-trump-poll/index.html',
    '/news/world/',
    '/a//b///',
    '/',
    '//',
    '///x',
    '/a/./b',
    '/a/../b',
    '/a/..',
    '/a/.',
    '/a/.hidden/..x',
    '/%2e%2e/x',
    ' /padded ',
    '/a b',
    '/Ü-story',
    '//www.cnn.com/2019/05/story',
    '//CDN.example.com/x',
    'https://www.cnn.com',
    'https://www.cnn.com/',
    'https://www.cnn.com/a/b-c/',
    'https://WWW.cnn.com/a',
    'https://www.cnn.com:443/a',
    'https://u@www.cnn.com/a',
    'https://1.2.3.4/a',
    'https://0x7f.0.0.1/a',
    'https://a.0x10/a',
    'https://xn--bcher-kva.example/a',
    'https://localhost/a',
    'https://cnn.com./a',
    'HTTPS://www.cnn.com/a',
    'http://www.cnn.com/a?utm_source=x',
    'javascript:void(0)',
    '#top',
    '',
  ])('%j', (href) => {
    for (const base of bases) expect(fast(href, base), base).toEqual(parts(href, base));
  });

  it('random plain-ish links', () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '.',
      '..',
      'a',
      'story-slug',
      '2024',
      '-',
      '_',
      '~',
      'X',
      '%2e',
      '?q=1',
      '#f',
      ' ',
      ':',
      '@',
    );
    const href = fc
      .tuple(
        fc.constantFrom(
          '',
          '/',
          '//',
          'https://',
          'http://',
          'https://www.cnn.com',
          'http://a.b.example',
          '//news.example.org',
        ),
        fc.array(piece, { maxLength: 8 }),
      )
      .map(([head, rest]) => head + rest.join(''));
    fc.assert(
      fc.property(href, fc.constantFrom(...bases), (link, base) => {
        expect(fast(link, base)).toEqual(parts(link, base));
      }),
      { numRuns: 2000 },
    );
  });
});
