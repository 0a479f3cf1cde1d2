/** The text of a link on the page, for "Save link to Brightside" (Chromium's menu does not say it). */
import { normalizeStoryUrl } from '../detection';

export function linkTitle(doc: Document, url: string): string | null {
  const wanted = normalizeStoryUrl(url);
  if (!wanted) return null;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (normalizeStoryUrl(link.href) !== wanted) continue;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label =
      text ||
      link.getAttribute('aria-label')?.trim() ||
      link.getAttribute('title')?.trim() ||
      link.querySelector('img[alt]')?.getAttribute('alt')?.trim();
    if (label && label.split(' ').length >= 2) return label.slice(0, 500);
  }
  return null;
}
