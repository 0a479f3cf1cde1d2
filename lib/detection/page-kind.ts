/**
 * Is this page one story (article), a list of stories (listing: front page, section front) or
 * something else? Judged from metadata and text shape, without layout and without readability.
 */
import { detectStories } from './detect-stories';
import { isArticleNode, readJsonLd, typesOf } from './json-ld';
import { findSiteAdapter } from './sites';
import { createRegionFilter, type RegionFilter } from './page-regions';
import { storyUrlShape } from './story-link';
import { normalizeStoryUrl } from './story-url';
import { cleanText } from './text';

export type PageKind = 'article' | 'listing' | 'other';

export interface PageSignals {
  /** JSON-LD says Article/NewsArticle/BlogPosting... */
  jsonLdArticle: boolean;
  /** JSON-LD says ItemList/CollectionPage, or VideoObject without an article. */
  jsonLdListing: boolean;
  jsonLdVideo: boolean;
  ogType: string;
  /** article:published_time or similar meta. */
  publishedMeta: boolean;
  /** Characters of paragraph text under the one parent that holds most of it. */
  bodyChars: number;
  /** Paragraphs of 80+ characters under that parent. */
  bodyParagraphs: number;
  /** Stories `detectStories` finds on the page. */
  storyCount: number;
  /** The page's own (canonical) URL names one story. */
  storyUrl: boolean;
  /** The page's own URL is a site root or a one-word section. */
  sectionUrl: boolean;
  /** The site's adapter knows this URL for a section front. */
  adapterSection: boolean;
}

function ownUrl(doc: Document, url: string): URL | null {
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, url]) {
    const normalized = candidate ? normalizeStoryUrl(candidate, url || undefined) : null;
    if (normalized && !normalized.startsWith('http://fakehost/')) return new URL(normalized);
  }
  return null;
}

/** Inline and paragraph-level tags: their text counts for the block that holds them. */
const INLINE = new Set([
  'P',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'SMALL',
  'MARK',
  'FONT',
  'SUB',
  'SUP',
  'Q',
  'CITE',
  'ABBR',
  'TIME',
  'CODE',
  'BLOCKQUOTE',
  'PRE',
  'DFN',
  'S',
  'DEL',
  'INS',
  'BR',
  'WBR',
  'LABEL',
  'LI',
  'DD',
  'DT',
  'UL',
  'OL',
  'DL',
  'TT',
  'CENTER',
]);
const NO_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'A',
  'BUTTON',
  'OPTION',
  'TEXTAREA',
  'SVG',
  'svg',
]);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Characters of running text, a CJK character counting as three (it carries a word's meaning). */
function textWeight(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + 2 * cjk;
}

/**
 * The running text of the page's main block: text outside links, grouped by the nearest block
 * element that holds it (paragraphs count for their parent), in the block holding the most.
 */
function mainText(doc: Document, isExcluded: RegionFilter): { chars: number; paragraphs: number } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { chars: 0, paragraphs: 0 };
  const blocks = new Map<Element, { chars: number; paragraphs: number }>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < 8) continue;
    const length = textWeight(cleanText(value));
    if (length < 20) continue;
    let block = node.parentElement;
    let skip = false;
    while (block && INLINE.has(block.tagName)) block = block.parentElement;
    for (let e = node.parentElement; e && e !== block; e = e.parentElement) {
      if (NO_TEXT.has(e.tagName)) skip = true;
    }
    if (!block || skip || NO_TEXT.has(block.tagName) || isExcluded(block)) continue;
    // A block and its parent: paragraphs wrapped one by one in their own elements still add up.
    for (const holder of [block, block.parentElement]) {
      if (!holder) continue;
      const entry = blocks.get(holder) ?? { chars: 0, paragraphs: 0 };
      entry.chars += length;
      if (length >= 80) entry.paragraphs += 1;
      blocks.set(holder, entry);
    }
  }
  let best = { chars: 0, paragraphs: 0 };
  for (const entry of blocks.values()) if (entry.chars > best.chars) best = entry;
  return best;
}

/** Account, search and legal pages: short URLs that are not section fronts. */
const SERVICE_PAGE =
  /\/(account|signin|sign-in|login|logout|register|signup|subscribe|subscription|search|privacy|terms|cookies|contact|about|help|faq|settings|profile|checkout)(\/|$|\.)/i;

/**
 * `meta(key)`: the content of the first meta element whose property or name is `key` (as the
 * selector `meta[property=key], meta[name=key]` finds it), from one pass over the meta elements.
 */
function metaReader(doc: Document): (key: string) => string {
  const first = new Map<string, Element>();
  for (const element of doc.getElementsByTagName('meta')) {
    for (const key of [element.getAttribute('property'), element.getAttribute('name')]) {
      if (key !== null && !first.has(key)) first.set(key, element);
    }
  }
  return (key) => first.get(key)?.getAttribute('content') ?? '';
}

export function pageSignals(doc: Document, url: string): PageSignals {
  const nodes = readJsonLd(doc);
  const types = nodes.flatMap(typesOf);
  const meta = metaReader(doc);
  const ogType = meta('og:type').toLowerCase();
  const publishedMeta = Boolean(
    meta('article:published_time') || doc.querySelector('[itemprop="datePublished"]'),
  );

  const isExcluded = createRegionFilter();
  const { chars: bodyChars, paragraphs: bodyParagraphs } = mainText(doc, isExcluded);

  const page = ownUrl(doc, url);
  const storyCount = detectStories(doc, url, nodes).length;

  const shape = page ? storyUrlShape(page, null, false, true) : null;
  const adapterSection = Boolean(
    page && findSiteAdapter(page.href)?.sectionUrl?.test(page.pathname),
  );
  const segments = page ? page.pathname.split('/').filter(Boolean) : [];
  return {
    jsonLdArticle: nodes.some(isArticleNode),
    jsonLdListing: types.some((t) =>
      /^(ItemList|CollectionPage|WebSite|SearchResultsPage)$/.test(t),
    ),
    jsonLdVideo: types.includes('VideoObject'),
    ogType,
    publishedMeta,
    bodyChars,
    bodyParagraphs,
    storyCount,
    storyUrl: Boolean(shape?.story),
    sectionUrl:
      adapterSection ||
      (Boolean(page) &&
        !shape?.story &&
        segments.length <= 3 &&
        !SERVICE_PAGE.test(page?.pathname ?? '')),
    adapterSection,
  };
}

export function pageKindOf(signals: PageSignals): PageKind {
  const { jsonLdArticle, jsonLdVideo, ogType, publishedMeta, bodyChars, bodyParagraphs } = signals;
  const { storyCount, storyUrl, sectionUrl, adapterSection } = signals;
  if (adapterSection) return 'listing';
  const articleMeta = jsonLdArticle || ogType === 'article' || publishedMeta;
  const video = ogType.startsWith('video') || (jsonLdVideo && !jsonLdArticle);
  const body = bodyChars >= 1200 || (bodyChars >= 500 && bodyParagraphs >= 3);
  if (body && (articleMeta || storyUrl || storyCount < 15)) return 'article';
  // Metadata and the page's own URL agree on one story (its text may be in script-built markup).
  if (articleMeta && storyUrl && !sectionUrl) return 'article';
  if (storyCount >= 5) return 'listing';
  // A section front whose stories are loaded by script.
  if (sectionUrl && !articleMeta && !video) return 'listing';
  // One story told briefly: a story URL, a little text and no list of stories (video with a dek).
  if (storyUrl && bodyChars >= 150) return 'article';
  if (bodyChars >= 500 && !video) return 'article';
  return 'other';
}

export function pageKind(
  doc: Document = document,
  url: string = doc.location?.href ?? '',
): PageKind {
  return pageKindOf(pageSignals(doc, url));
}
