/** How a saved story is shown and searched: pure functions of the record. */
import type { Category } from '../classifier/types';
import type { StoryRecord } from '../db/database';
import type { MessageKey, Translate } from '../i18n/translate';

/** The site a story is from: its site name, else its host without `www.`. */
export function siteOf(story: Pick<StoryRecord, 'siteName' | 'url'>): string {
  if (story.siteName) return story.siteName;
  try {
    return new URL(story.url).hostname.replace(/^www\./, '');
  } catch {
    return story.url;
  }
}

/** The catalogue key of a category's name. */
export function categoryKey(category: string): MessageKey {
  return `readingListCategory_${category.replace(/-/g, '_')}` as MessageKey;
}

/** A category's name in the reader's language. */
export function categoryName(t: Translate, category: string): string {
  return t(categoryKey(category));
}

/** The letter and hue that stand in for a site's icon: the same site, the same mark. */
export function letterMark(site: string): { letter: string; hue: number } {
  return {
    letter: (site.match(/[\p{L}\p{N}]/u)?.[0] ?? '?').toUpperCase(),
    hue: [...site].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 7),
  };
}

/** The choices the filters offer, from what is saved. */
export function facetsOf(stories: readonly StoryRecord[]) {
  const sites = new Set<string>();
  const tags = new Set<string>();
  const categories = new Set<Category>();
  for (const story of stories) {
    sites.add(siteOf(story));
    for (const tag of story.tags ?? []) tags.add(tag);
    if (story.category) categories.add(story.category);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    sites: [...sites].sort(byName),
    tags: [...tags].sort(byName),
    categories: [...categories].sort(byName),
  };
}

export function countsOf(stories: readonly StoryRecord[]): { all: number; unread: number } {
  const unread = stories.reduce((sum, story) => sum + (story.readAt === 0 ? 1 : 0), 0);
  return { all: stories.length, unread };
}

const haystacks = new WeakMap<StoryRecord, string>();

/** The lower-case text search looks in (title, teaser, site, tags), computed once per record. */
export function searchText(story: StoryRecord): string {
  let text = haystacks.get(story);
  if (text === undefined) {
    text = [story.title, story.teaser ?? '', siteOf(story), story.url, ...(story.tags ?? [])]
      .join('\n')
      .toLowerCase();
    haystacks.set(story, text);
  }
  return text;
}

/** Every word of the query must appear somewhere in the story. */
export function matchesQuery(story: StoryRecord, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = searchText(story);
  return words.every((word) => text.includes(word));
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "3 days ago", "yesterday", "now", in the reader's language. */
export function relativeDate(time: number, now: number, locale = 'en'): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    formats.set(locale, format);
  }
  const elapsed = time - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'second');
}
