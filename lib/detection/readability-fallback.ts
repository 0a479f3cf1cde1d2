/**
 * @mozilla/readability as `detectArticle`'s fallback reader, for what a page's metadata leaves
 * open. Only the code that reads an article on demand imports it ("Save this page", the corpus
 * tools): the content script that runs on every news page stays without it.
 */
import { Readability } from '@mozilla/readability';
import { articleText, type ArticleFallbackResult } from './detect-article';

/** Readability on a copy of the page (it rewrites the DOM it reads). */
export function readabilityFallback(doc: Document): ArticleFallbackResult {
  try {
    const copy = doc.cloneNode(true) as Document;
    const result = new Readability(copy, { charThreshold: 300 }).parse();
    if (!result) return {};
    const out: ArticleFallbackResult = {};
    const title = articleText(result.title);
    const byline = articleText(result.byline);
    const excerpt = articleText(result.excerpt);
    const siteName = articleText(result.siteName);
    const published = articleText(result.publishedTime);
    if (title) out.title = title;
    if (byline) out.byline = byline;
    if (excerpt) out.excerpt = excerpt;
    if (siteName) out.siteName = siteName;
    if (published) out.published = published;
    return out;
  } catch {
    return {};
  }
}
