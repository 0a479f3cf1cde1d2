/**
 * The page as an article, ready to save: what `detectArticle` reads, cut to the sizes a saved
 * story keeps. "Save this page" reads it in a script of its own (entrypoints/article-reader.ts,
 * with Readability as the fallback); the article chip reads it from metadata alone.
 */
import { detectArticle } from '../detection';
import type { ArticleFallback } from '../detection/detect-article';
import type { PageArticle } from '../messaging/protocol';

export function readArticle(
  doc: Document,
  url: string,
  fallbackReader?: ArticleFallback,
): PageArticle | null {
  const article = detectArticle(doc, url, fallbackReader);
  if (!article.title) return null;
  const excerpt = article.excerpt ?? article.lead;
  return {
    title: article.title,
    url: article.url || url,
    ...(excerpt ? { excerpt: excerpt.slice(0, 2_000) } : {}),
    ...(article.siteName ? { siteName: article.siteName } : {}),
    ...(article.published ? { published: article.published.slice(0, 64) } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
  };
}
