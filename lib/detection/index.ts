/**
 * Where are the stories on this page? DOM-only code (no extension APIs, no network), run by the
 * content script on live pages and by the scan CLI on a server-side DOM.
 *
 * - `detectStories`: the story cards of a listing page (site adapter, else the generic detector).
 * - `watchStories`: stories added later, reported in batches.
 * - `detectArticle`: title, canonical URL, byline, date, excerpt and lead of an article page
 *   (with `readabilityFallback` from ./readability-fallback for what metadata leaves open; not
 *   exported here, so that importing this module never brings in @mozilla/readability).
 * - `pageKind`: article, listing or other.
 */
export { detectStories, detectStoriesIn, type DetectedStory } from './detect-stories';
export { watchStories, type WatchOptions } from './watch-stories';
export { detectArticle, type DetectedArticle } from './detect-article';
export { pageKind, type PageKind } from './page-kind';
export { normalizeStoryUrl } from './story-url';
export { SITE_ADAPTERS, findSiteAdapter, type SiteAdapter } from './sites';
