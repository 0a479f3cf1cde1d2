/**
 * What is this article? Title, canonical URL, byline, date, site name, excerpt and lead, read
 * from JSON-LD (NewsArticle and kin), OpenGraph and meta tags. Only what those leave open is
 * asked of a fallback reader, when the caller passes one (`readabilityFallback`): the content
 * script that runs on every page does not carry @mozilla/readability.
 */
import { isArticleNode, readJsonLd, type JsonLdNode } from './json-ld';
import { normalizeStoryUrl } from './story-url';
import { cleanText, wordCount } from './text';

export interface DetectedArticle {
  title: string;
  /** Canonical URL (link rel=canonical, og:url, JSON-LD url), else the page URL, normalised. */
  url: string;
  byline?: string;
  /** As the page states it (usually ISO 8601). */
  published?: string;
  siteName?: string;
  excerpt?: string;
  /** The first paragraph of the story. */
  lead?: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
};

/**
 * Metadata escaped once more than HTML needs (`content="&amp;quot;Hi&amp;quot;"` reads as
 * `&quot;Hi&quot;`, JSON-LD strings with `&#39;`): character references decoded, in one pass.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g,
    (ref, dec, hex, name) => {
      if (name !== undefined) return NAMED_ENTITIES[name as string] ?? ref;
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : ref;
    },
  );
}

/** Text of a metadata value: entities decoded, whitespace collapsed; undefined when empty. */
export const articleText = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? cleanText(decodeEntities(value)) : '';
  return text || undefined;
};

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return articleText(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => Boolean(name));
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return articleText((value as JsonLdNode)['name']);
  return undefined;
}

/** Meta tag values keyed like `og:title`, `twitter:description`, `author`, `article:published_time`. */
function readMeta(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = cleanText(decodeEntities(meta.getAttribute('content') ?? ''));
    if (!content) continue;
    const keys = [
      ...(meta.getAttribute('property') ?? '').split(/\s+/),
      meta.getAttribute('name') ?? '',
      meta.getAttribute('itemprop') ?? '',
    ];
    for (const raw of keys) {
      const key = raw.toLowerCase().replace(/\s+/g, '').replace(/\./g, ':');
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

const first = (values: Map<string, string>, keys: string[]): string | undefined => {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return undefined;
};

const SEPARATORS = / [|\-–—\\/>»] /;
const HIERARCHICAL = / [\\/>»] /;

/** The document title without the site name around it ("Story - Site", "Site | Story"). */
export function titleFromDocument(doc: Document): string {
  const original = cleanText(doc.title || doc.querySelector('title')?.textContent);
  let title = original;
  let hierarchical = false;
  if (SEPARATORS.test(title)) {
    hierarchical = HIERARCHICAL.test(title);
    const matches = [...original.matchAll(/ [|\-–—\\/>»] /g)];
    const last = matches[matches.length - 1];
    title = original.slice(0, last?.index ?? original.length);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (title.includes(': ')) {
    const headings = [...doc.querySelectorAll('h1, h2')].map((h) => cleanText(h.textContent));
    if (!headings.includes(title)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length === 1) title = cleanText(h1s[0]?.textContent);
  }
  title = cleanText(title);
  const words = wordCount(title);
  if (
    words <= 4 &&
    (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)
  ) {
    title = original;
  }
  return title;
}

function similarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const unique = tokensB.filter((token) => !tokensA.includes(token));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

function jsonLdArticle(doc: Document): JsonLdNode | undefined {
  return readJsonLd(doc).find(isArticleNode);
}

function jsonLdTitle(node: JsonLdNode, doc: Document): string | undefined {
  const name = articleText(node['name']);
  const headline = articleText(node['headline']);
  if (name && headline && name !== headline) {
    const docTitle = titleFromDocument(doc);
    const headlineMatches = similarity(headline, docTitle) > 0.75;
    const nameMatches = similarity(name, docTitle) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name ?? headline;
}

function canonicalUrl(
  doc: Document,
  url: string,
  node: JsonLdNode | undefined,
  meta: Map<string, string>,
): string {
  const mainEntity = node?.['mainEntityOfPage'];
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    meta.get('og:url'),
    articleText(node?.['url']),
    typeof mainEntity === 'string' ? mainEntity : undefined,
  ];
  for (const candidate of candidates) {
    const normalized = candidate ? normalizeStoryUrl(candidate, url) : null;
    if (normalized) return normalized;
  }
  return normalizeStoryUrl(url) ?? url;
}

const LEAD_CONTAINERS =
  '[itemprop="articleBody"], [property="articleBody"], article, [role="main"], main, .article-body, .story-body, .entry-content, .post-content';

/** The first real paragraph of the story body, found without layout. */
function leadOf(doc: Document): string | undefined {
  const containers = [...doc.querySelectorAll(LEAD_CONTAINERS)];
  for (const container of containers.length ? containers : [doc.body ?? doc.documentElement]) {
    for (const p of container.querySelectorAll('p')) {
      if (p.closest('figure, figcaption, aside, nav, footer, header, blockquote')) continue;
      const text = cleanText(p.textContent);
      if (wordCount(text) >= 15 && /[.!?…"”’]$/.test(text)) return text;
    }
  }
  return undefined;
}

/** What a fallback reader found in a page: the fields metadata may leave open. */
export interface ArticleFallbackResult {
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  published?: string;
}

export type ArticleFallback = (doc: Document) => ArticleFallbackResult;

export function detectArticle(
  doc: Document = document,
  url: string = doc.location?.href ?? '',
  /** Asked for what metadata leaves open; without it, the excerpt falls back to the lead. */
  fallbackReader?: ArticleFallback,
): DetectedArticle {
  const node = jsonLdArticle(doc);
  const meta = readMeta(doc);
  const title =
    (node && jsonLdTitle(node, doc)) ??
    first(meta, [
      'dc:title',
      'dcterm:title',
      'og:title',
      'weibo:article:title',
      'weibo:webpage:title',
      'title',
      'twitter:title',
      'parsely-title',
    ]);
  const articleAuthor = meta.get('article:author');
  let byline =
    (node && nameOf(node['author'])) ??
    first(meta, ['dc:creator', 'dcterm:creator', 'author', 'parsely-author']) ??
    (articleAuthor && !/^https?:\/\//.test(articleAuthor) ? articleAuthor : undefined);
  let excerpt =
    (node && articleText(node['description'])) ??
    first(meta, [
      'dc:description',
      'dcterm:description',
      'og:description',
      'weibo:article:description',
      'weibo:webpage:description',
      'description',
      'twitter:description',
    ]);
  let siteName =
    (node && nameOf(node['publisher'])) ?? first(meta, ['og:site_name', 'application-name']);
  let published =
    (node && articleText(node['datePublished'])) ??
    first(meta, [
      'article:published_time',
      'parsely-pub-date',
      'datepublished',
      'date',
      'dc:date',
      'pubdate',
    ]);
  const lead = leadOf(doc);

  let finalTitle = title;
  if (!finalTitle || !byline || !excerpt) {
    const fallback = fallbackReader?.(doc) ?? {};
    finalTitle ??= fallback.title;
    byline ??= fallback.byline;
    excerpt ??= fallback.excerpt ?? lead;
    siteName ??= fallback.siteName;
    published ??= fallback.published;
  }
  finalTitle ??= titleFromDocument(doc);
  return {
    title: finalTitle,
    url: canonicalUrl(doc, url, node, meta),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(siteName ? { siteName } : {}),
    ...(excerpt ? { excerpt } : {}),
    ...(lead ? { lead } : {}),
  };
}
