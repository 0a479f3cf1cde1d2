/**
 * Where are the stories on this listing page? A site adapter where one is registered, the generic
 * detector everywhere else (and when an adapter finds nothing, as after a redesign).
 */
import { collectStories, type DetectedStory } from './collect-stories';
import { itemListUrls, readJsonLd, type JsonLdNode } from './json-ld';
import { findSiteAdapter } from './sites';
import { normalizeStoryUrl } from './story-url';

export type { DetectedStory } from './collect-stories';

function listedUrls(nodes: JsonLdNode[], url: string): Set<string> {
  const urls = new Set<string>();
  for (const href of itemListUrls(nodes)) {
    const normalized = normalizeStoryUrl(href, url);
    if (normalized) urls.add(normalized);
  }
  return urls;
}

export function detectStories(
  doc: Document = document,
  url: string = doc.location?.href ?? '',
  /** The page's JSON-LD, when the caller has read it already. */
  jsonLd: JsonLdNode[] = readJsonLd(doc),
): DetectedStory[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  return collectStories(root, url, {
    adapter: findSiteAdapter(url),
    itemListUrls: listedUrls(jsonLd, url),
  });
}

/** The stories inside one part of a page, for nodes added after the first scan. */
export function detectStoriesIn(root: Element, url: string): DetectedStory[] {
  return collectStories(root, url, { adapter: findSiteAdapter(url) });
}
