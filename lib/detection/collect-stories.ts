/**
 * Turns a page (or a part of one that was just added) into stories: candidates come from a site
 * adapter's selectors or from the generic detector, then one shared pass finds each story's card,
 * teaser, image and section and merges the links that lead to the same story.
 */
import { createRegionFilter, type RegionFilter } from './page-regions';
import type { SiteAdapter } from './sites/site-adapter';
import { sameSite, storyUrlShape, type StoryUrlShape } from './story-link';
import { parseStoryUrl, storyUrlResolver, type StoryUrlParts } from './story-url';
import { cleanText, headlineText, isBoilerplateTitle, wordCount } from './text';

export interface DetectedStory {
  /** The story's card: the element that gets marked. */
  element: Element;
  /** The headline itself, next to which the badge sits. */
  headlineElement: Element;
  title: string;
  url: string;
  teaser?: string;
  /** Read from the card on first access, then kept. */
  imageUrl?: string;
  /** Read from the card's surroundings on first access, then kept. */
  section?: string;
}

interface Candidate {
  link: Element;
  headline: Element;
  title: string;
  url: string;
  /** Set by adapters; found by ownership for the generic detector. */
  card?: Element;
  /** Headline markup (a heading or a headline class) rather than link text alone. */
  isHeadline: boolean;
}

interface Scan {
  root: Element;
  pageUrl: URL | null;
  /** `parseStoryUrl(href, base)`, fast for plain links. */
  resolve: (href: string) => StoryUrlParts | null;
  base: string;
  isExcluded: RegionFilter;
  itemListUrls: Set<string>;
  /** Normalised link URLs by raw href: a page links to one story from several places. */
  links: Map<string, ParsedLink | null>;
}

interface ParsedLink {
  url: string;
  parsed: StoryUrlParts;
  /** `storyUrlShape` against the page, judged once per href. */
  shape?: StoryUrlShape;
}

const HEADING_TAG = /^H[1-6]$/;

/** The heading around `element` within a few levels (a walk, not a selector: this runs per link). */
function headingAround(element: Element): Element | null {
  let current: Element | null = element.parentElement;
  for (let depth = 0; current && depth < 4; depth++) {
    if (HEADING_TAG.test(current.tagName)) return current;
    current = current.parentElement;
  }
  return null;
}

/** The first link with an href inside `element`. */
function linkInside(element: Element): Element | null {
  for (const link of element.getElementsByTagName('a')) if (link.hasAttribute('href')) return link;
  return null;
}

/** `element` or its nearest ancestor that is a link with an href. */
function linkAround(element: Element): Element | null {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e.tagName === 'A' && e.hasAttribute('href')) return e;
  }
  return null;
}

/** The nearest heading above `element`, at any depth. */
function enclosingHeading(element: Element): Element | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    if (HEADING_TAG.test(e.tagName)) return e;
  }
  return null;
}

/** The first heading inside `element` (links are small: a walk is cheaper than a selector). */
function headingInside(element: Element): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (HEADING_TAG.test(child.tagName)) return child;
    const deeper = child.firstElementChild ? headingInside(child) : null;
    if (deeper) return deeper;
  }
  return null;
}
const HEADLINE_CLASS =
  /(^|[\s_-])(headline|headlines|title|hed|heading|story-?title|card-?title)([\s_-]|$)/i;
const MAX_TITLE_WORDS = 40;
/** Kickers and section labels above a headline link to the section, not to a story. */
const LABEL_CLASS = /(unibrow|eyebrow|kicker|section-?label|section-?title|group-?title)/i;
const MAX_CARD_CLIMB = 6;

function scanOf(root: Element, url: string, itemListUrls: Set<string>, exclude?: string): Scan {
  return {
    root,
    pageUrl: parseStoryUrl(url),
    resolve: storyUrlResolver(url),
    base: url,
    isExcluded: createRegionFilter(exclude, root),
    itemListUrls,
    links: new Map(),
  };
}

/** The link's normalised URL, parsed once per href and scan. */
function linkOf(link: Element, scan: Scan): ParsedLink | null {
  const href = link.getAttribute('href') ?? '';
  let known = scan.links.get(href);
  if (known === undefined) {
    const parsed = scan.resolve(href);
    known = parsed ? { url: parsed.href, parsed } : null;
    scan.links.set(href, known);
  }
  return known;
}

/** `storyUrlShape` for the page itself (not an aggregator), judged once per href and scan. */
function shapeOf(known: ParsedLink, scan: Scan): StoryUrlShape {
  return (known.shape ??= storyUrlShape(known.parsed, scan.pageUrl));
}

function adapterLinkUrl(link: Element, scan: Scan, adapter: SiteAdapter): string | null {
  const known = linkOf(link, scan);
  if (!known) return null;
  const { url, parsed } = known;
  if (adapter.skipUrl?.test(url)) return null;
  if (scan.itemListUrls.has(url) || adapter.storyUrl?.test(parsed.pathname)) return url;
  // Aggregators link to any page of any site: only their own non-story pages are refused.
  if (adapter.external && scan.pageUrl && !sameSite(parsed.hostname, scan.pageUrl.hostname)) {
    return parsed.pathname.length > 1 || parsed.search ? url : null;
  }
  const shape = adapter.external ? storyUrlShape(parsed, scan.pageUrl, true) : shapeOf(known, scan);
  return shape.story ? url : null;
}

function titleOk(title: string, minWords: number): boolean {
  const words = wordCount(title);
  return words >= minWords && words <= MAX_TITLE_WORDS && !isBoilerplateTitle(title);
}

// ---------------------------------------------------------------------------------------------
// Generic detector: headline elements, link-text shape, story URL shape, JSON-LD ItemList.

/** Links in the page's JSON-LD item list are stories whatever their shape. */
const LISTED: StoryUrlShape = { story: true, strong: true };

function genericCandidate(link: Element, known: ParsedLink, scan: Scan): Candidate | null {
  const { url } = known;
  const listed = scan.itemListUrls.has(url);
  const shape = listed ? LISTED : shapeOf(known, scan);
  if (!shape.story) return null;

  const inside = headingInside(link);
  const around = inside ? null : headingAround(link);
  let headline: Element = inside ?? around ?? link;
  let isHeadline = inside !== null || around !== null;
  let title = headlineText(inside ?? link);
  if (!isHeadline) {
    const parent = link.parentElement;
    if (HEADLINE_CLASS.test(link.getAttribute('class') ?? '')) isHeadline = true;
    else if (parent && HEADLINE_CLASS.test(parent.getAttribute('class') ?? '')) {
      isHeadline = true;
      headline = parent;
    } else {
      const child = link.firstElementChild;
      if (child && HEADLINE_CLASS.test(child.getAttribute('class') ?? '')) {
        isHeadline = true;
        headline = child;
        title = headlineText(child);
      }
    }
  }
  if (around && !scan.root.contains(around)) headline = link;
  const minWords = listed ? 2 : isHeadline ? (shape.strong ? 3 : 4) : 5;
  if (!isHeadline && !shape.strong) return null;
  if (LABEL_CLASS.test(headline.getAttribute('class') ?? '')) return null;
  if (!titleOk(title, minWords)) return null;
  return { link, headline, title, url, isHeadline };
}

/** URLs the generic detector need not look at (an adapter has them already). */
type SkipUrl = (url: string) => boolean;

function genericCandidates(scan: Scan, skip?: SkipUrl): Candidate[] {
  const candidates: Candidate[] = [];
  for (const link of scan.root.querySelectorAll('a[href]')) {
    // Links an adapter has found already are most of a front page's: the cheap test first.
    const known = linkOf(link, scan);
    if (!known || skip?.(known.url) || scan.isExcluded(link)) continue;
    const candidate = genericCandidate(link, known, scan);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------
// Site adapters.

function adapterCandidate(card: Element, adapter: SiteAdapter, scan: Scan): Candidate | null {
  const headline = card.matches(adapter.headline) ? card : card.querySelector(adapter.headline);
  if (!headline) return null;
  const link = headline.tagName === 'A' ? headline : (linkInside(headline) ?? linkAround(headline));
  if (!link || !link.hasAttribute('href')) return null;
  const url = adapterLinkUrl(link, scan, adapter);
  if (!url) return null;
  const title = headlineText(headline);
  if (!titleOk(title, adapter.minWords ?? 3)) return null;
  // The badge sits by the heading around a headline link, unless that heading holds the teaser too.
  const heading = headline.tagName === 'A' ? enclosingHeading(headline) : null;
  const headlineElement =
    heading && !(adapter.teaser && heading.querySelector(adapter.teaser)) ? heading : headline;
  return {
    link,
    headline: card.contains(headlineElement) ? headlineElement : headline,
    title,
    url,
    card,
    isHeadline: true,
  };
}

function adapterCandidates(adapter: SiteAdapter, scan: Scan): Candidate[] {
  const candidates: Candidate[] = [];
  const cards: Element[] = [];
  if (scan.root.matches(adapter.cards)) cards.push(scan.root);
  for (const card of scan.root.querySelectorAll(adapter.cards)) cards.push(card);
  if (cards.length === 0) {
    const enclosing = scan.root.parentElement?.closest(adapter.cards);
    if (enclosing) cards.push(enclosing);
  }
  // An outer card holds inner cards: the inner ones are the stories. Each card's nearest outer
  // card is found natively (no walk to the root per card); an outer card's own outer one is
  // found the same way, as it is a card too.
  const outer = new Set<Element>();
  for (const card of cards) {
    const around = card.parentElement?.closest(adapter.cards);
    if (around) outer.add(around);
  }
  for (const card of cards) {
    if (outer.has(card) || scan.isExcluded(card)) continue;
    const candidate = adapterCandidate(card, adapter, scan);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------
// Shared: card, teaser, image, section, one story per URL.

const CONFLICT = '\u0000';

/** Links to one story over http and https, with and without www, are one story. */
function storyKey(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/** For each story URL, the outermost element around its headline that holds no other story. */
function assignCards(candidates: Candidate[], root: Element): void {
  const owner = new Map<Element, string>();
  for (const candidate of candidates) {
    if (candidate.card) continue;
    let element: Element | null = candidate.headline;
    for (let depth = 0; element && depth <= MAX_CARD_CLIMB; depth++) {
      const seen = owner.get(element);
      if (seen === undefined) owner.set(element, candidate.url);
      else if (seen !== candidate.url) owner.set(element, CONFLICT);
      if (element === root) break;
      element = element.parentElement;
    }
  }
  for (const candidate of candidates) {
    if (candidate.card) continue;
    let card: Element = candidate.headline;
    let element: Element | null = candidate.headline;
    for (let depth = 0; element && depth <= MAX_CARD_CLIMB; depth++) {
      if (owner.get(element) !== candidate.url) break;
      const tag = element.tagName;
      if (tag === 'BODY' || tag === 'MAIN' || tag === 'HTML') break;
      card = element;
      if (tag === 'ARTICLE' || tag === 'LI') break;
      if (element === root) break;
      element = element.parentElement;
    }
    candidate.card = card;
  }
}

const TEASER_CLASS = /(summary|dek|teaser|description|standfirst|excerpt|blurb)/i;

/** The default teaser: a paragraph or a summary-like element of the card, found by a walk. */
function isDefaultTeaser(element: Element): boolean {
  return element.tagName === 'P' || TEASER_CLASS.test(element.getAttribute('class') ?? '');
}

function teaserOf(
  card: Element,
  headline: Element,
  title: string,
  selector: string | null,
): string | undefined {
  const accept = (element: Element): string | undefined => {
    if (headline.contains(element) || element.contains(headline)) return undefined;
    const text = cleanText(element.textContent);
    if (text && text !== title && wordCount(text) >= 5 && !isBoilerplateTitle(text)) return text;
    return undefined;
  };
  if (selector) {
    for (const element of card.querySelectorAll(selector)) {
      const text = accept(element);
      if (text) return text;
    }
    return undefined;
  }
  const walk = (element: Element): string | undefined => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (child === headline || HEADING_TAG.test(child.tagName)) continue;
      if (isDefaultTeaser(child)) {
        const text = accept(child);
        if (text) return text;
      }
      const deeper = child.firstElementChild ? walk(child) : undefined;
      if (deeper) return deeper;
    }
    return undefined;
  };
  return walk(card);
}

function imageOf(card: Element, base: string): string | undefined {
  const img = card.getElementsByTagName('img')[0];
  if (img) {
    const src =
      img.getAttribute('data-src') ??
      img.getAttribute('data-original') ??
      img.getAttribute('data-lazy-src') ??
      firstSrcset(img.getAttribute('data-srcset') ?? img.getAttribute('srcset')) ??
      img.getAttribute('src');
    const url = src && !src.startsWith('data:') ? normalizeImageUrl(src, base) : null;
    if (url) return url;
  }
  let source: Element | undefined;
  for (const element of card.getElementsByTagName('source')) {
    if (element.hasAttribute('srcset') && inPicture(element)) {
      source = element;
      break;
    }
  }
  const srcset = firstSrcset(source?.getAttribute('srcset') ?? null);
  return srcset ? (normalizeImageUrl(srcset, base) ?? undefined) : undefined;
}

/** Is `element` inside a picture element (at any depth, as `picture source` would match)? */
function inPicture(element: Element): boolean {
  for (let e = element.parentElement; e; e = e.parentElement)
    if (e.tagName === 'PICTURE') return true;
  return false;
}

function firstSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
  return first || null;
}

function normalizeImageUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function sectionOf(card: Element, cache: Map<Element, string | null>): string | undefined {
  const visited: Element[] = [];
  let element = card.parentElement;
  let found: string | null = null;
  for (let depth = 0; element && depth < 12; depth++) {
    const known = cache.get(element);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(element);
    const label = element.getAttribute('aria-label') ?? element.getAttribute('data-section');
    if (label && wordCount(label) <= 5) {
      found = cleanText(label);
      break;
    }
    if (element.tagName === 'SECTION') {
      let heading: Element | null = null;
      for (
        let child = element.firstElementChild;
        child && !heading;
        child = child.nextElementSibling
      ) {
        if (child.tagName === 'H2' || child.tagName === 'H3') heading = child;
      }
      const text = heading && !headingInside(heading) ? cleanText(heading.textContent) : '';
      if (text && wordCount(text) <= 5 && !(heading && linkInside(heading))) {
        found = text;
        break;
      }
    }
    element = element.parentElement;
  }
  for (const element of visited) cache.set(element, found);
  return found ?? undefined;
}

function toStories(
  candidates: Candidate[],
  scan: Scan,
  teaserSelector: string | null,
): DetectedStory[] {
  assignCards(candidates, scan.root);
  const byUrl = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = storyKey(candidate.url);
    const seen = byUrl.get(key);
    if (!seen || (!seen.isHeadline && candidate.isHeadline)) byUrl.set(key, candidate);
  }
  const sections = new Map<Element, string | null>();
  // The getters below keep `base` and `sections`, not the scan and its memo of elements.
  const { base } = scan;
  const stories: DetectedStory[] = [];
  const usedCards = new Set<Element>();
  for (const candidate of byUrl.values()) {
    const card = candidate.card ?? candidate.headline;
    if (usedCards.has(card)) continue;
    usedCards.add(card);
    const teaser = teaserOf(card, candidate.headline, candidate.title, teaserSelector);
    // The image and the section are read from the card when first asked for (saving a story,
    // the corpus tools): marking a page needs neither, and every page would pay for them.
    let imageUrl: string | null | undefined;
    let section: string | null | undefined;
    stories.push({
      element: card,
      headlineElement: candidate.headline,
      title: candidate.title,
      url: candidate.url,
      ...(teaser ? { teaser } : {}),
      get imageUrl() {
        return (imageUrl ??= imageOf(card, base) ?? null) ?? undefined;
      },
      get section() {
        return (section ??= sectionOf(card, sections) ?? null) ?? undefined;
      },
    });
  }
  return stories;
}

export interface CollectOptions {
  adapter?: SiteAdapter | undefined;
  itemListUrls?: Set<string>;
}

/**
 * The stories inside `root` of the page at `url`. With an adapter, its cards come first (their
 * markup is known); the generic detector adds the stories outside them, so a card the adapter
 * does not know (a redesign, a new module) is still found.
 */
export function collectStories(
  root: Element,
  url: string,
  options: CollectOptions = {},
): DetectedStory[] {
  const itemListUrls = options.itemListUrls ?? new Set<string>();
  const adapter = options.adapter;
  const scan = scanOf(root, url, itemListUrls, adapter?.exclude);
  if (!adapter) return toStories(genericCandidates(scan), scan, null);
  const stories = toStories(adapterCandidates(adapter, scan), scan, adapter.teaser ?? null);
  const urls = new Set(stories.map((story) => storyKey(story.url)));
  const cards = new Set(stories.map((story) => story.element));
  // Generic headlines with other URLs are kept even inside an adapter card: such a "card" holds
  // several stories (a module the selectors took for one card).
  const outside = genericCandidates(
    scan,
    (candidate) => urls.has(storyKey(candidate)) || (adapter.skipUrl?.test(candidate) ?? false),
  );
  for (const story of toStories(outside, scan, null)) {
    if (!cards.has(story.element)) stories.push(story);
  }
  return stories;
}
