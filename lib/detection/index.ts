/**
 * Where are the stories on this page? Placeholder heuristic with the final interface: headline
 * links of a few words. Site adapters and the generic detector replace the body, not the shape.
 */
import { normalizeStoryUrl } from './story-url';

export { normalizeStoryUrl } from './story-url';

export interface DetectedStory {
  /** The story's card: the element that gets marked. */
  element: Element;
  /** The headline itself, next to which the badge sits. */
  headlineElement: Element;
  title: string;
  url: string;
  teaser?: string;
  imageUrl?: string;
  section?: string;
}

const MIN_WORDS = 4;

export function detectStories(
  doc: Document = document,
  url: string = doc.location?.href ?? '',
): DetectedStory[] {
  const stories = new Map<string, DetectedStory>();
  for (const link of doc.querySelectorAll<HTMLAnchorElement>(
    'h1 a[href], h2 a[href], h3 a[href], h4 a[href]',
  )) {
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const storyUrl = normalizeStoryUrl(link.getAttribute('href') ?? '', url);
    if (!storyUrl || title.split(' ').length < MIN_WORDS || stories.has(storyUrl)) continue;
    const headlineElement = link.closest('h1, h2, h3, h4') ?? link;
    const element = headlineElement.closest('article, li') ?? headlineElement;
    const teaser = element.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
    stories.set(storyUrl, {
      element,
      headlineElement,
      title,
      url: storyUrl,
      ...(teaser ? { teaser } : {}),
    });
  }
  return [...stories.values()];
}
