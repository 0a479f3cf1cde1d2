/**
 * One entry of any imported file, checked the same way whatever its format: the URL must be a web
 * address (javascript:, data: and the like are refused), text is cleaned and bounded, unknown
 * fields are ignored. Entries are built field by field into null-prototype objects, so keys such
 * as `__proto__` in a file are just data.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import { normalizeStoryUrl } from '../detection/story-url';
import { entryProblem, type EntryPlace, type EntryProblem } from './import-problems';
import { LIMITS } from './limits';
import type { Rejection, SharedStory } from './types';

/** What a format parser read for one entry, before checking. */
export interface RawEntry {
  url?: unknown;
  title?: unknown;
  teaser?: unknown;
  siteName?: unknown;
  imageUrl?: unknown;
  published?: unknown;
  category?: unknown;
  savedAt?: unknown;
  readAt?: unknown;
  score?: unknown;
  cues?: unknown;
  tags?: unknown;
  note?: unknown;
}

// Control characters (but tab and newline), lone surrogates, and bidi overrides that can disguise
// text are removed from everything imported.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cleans imported text: unsafe characters out, whitespace trimmed, at most `max` characters. */
export function cleanText(value: unknown, max: number, { multiline = false } = {}): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  let text = String(value).replace(UNSAFE_CHARS, '').replace(LONE_SURROGATE, '');
  text = multiline
    ? text
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
    : text.replace(/\s+/g, ' ');
  text = text.trim();
  if (text.length > max) text = text.slice(0, max - 1).trimEnd() + '…';
  return text;
}

/** Checks a URL from a file: a normalised http(s) address, or the reason it is refused. */
export function checkUrl(value: unknown): { url: string } | { reason: EntryProblem } {
  if (typeof value !== 'string' || !value.trim()) return { reason: entryProblem('noUrl') };
  const href = value.trim();
  if (href.length > LIMITS.url) return { reason: entryProblem('urlTooLong', LIMITS.url) };
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return { reason: entryProblem('scriptUrl', scheme) };
  }
  if (scheme === 'data' || scheme === 'blob') {
    return { reason: entryProblem('contentUrl', scheme) };
  }
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return { reason: entryProblem('notWebUrl', scheme) };
  }
  if (!scheme) return { reason: entryProblem('notAbsoluteUrl') };
  const url = normalizeStoryUrl(href);
  if (!url) return { reason: entryProblem('invalidUrl') };
  return { url };
}

/** A timestamp from a file (ms number, seconds number, ISO or RFC 822 string), or undefined. */
export function readTime(value: unknown, { seconds = false } = {}): number | undefined {
  let ms: number;
  if (typeof value === 'number') ms = seconds ? value * 1000 : value;
  else if (typeof value === 'string' && value.trim()) {
    const text = value.trim();
    ms = /^\d+$/.test(text) ? Number(text) * (seconds ? 1000 : 1) : Date.parse(text);
  } else return undefined;
  // Between 1990 and 2200: anything else is a mistake in the file.
  if (!Number.isFinite(ms) || ms < 631_152_000_000 || ms > 7_258_118_400_000) return undefined;
  return Math.round(ms);
}

function readTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,|]/) : [];
  const tags = new Set<string>();
  for (const tag of list) {
    const clean = cleanText(tag, LIMITS.tag);
    if (clean) tags.add(clean);
    if (tags.size >= LIMITS.tags) break;
  }
  return [...tags];
}

const categories: ReadonlySet<string> = new Set(CATEGORIES);

/** Checks one entry: the story it describes, or why it is rejected. */
export function checkEntry(
  raw: RawEntry,
  entry: EntryPlace,
): { story: SharedStory } | { rejection: Rejection } {
  const checked = checkUrl(raw.url);
  if ('reason' in checked) {
    return {
      rejection: {
        entry,
        reason: checked.reason,
        ...(typeof raw.url === 'string' ? { value: cleanText(raw.url, 120) } : {}),
      },
    };
  }
  const story = Object.create(null) as SharedStory;
  story.url = checked.url;
  story.title = cleanText(raw.title, LIMITS.title) || cleanText(checked.url, LIMITS.title);
  const optionalText = [
    ['teaser', LIMITS.teaser, true],
    ['siteName', LIMITS.siteName, false],
    ['published', 64, false],
    ['note', LIMITS.note, true],
  ] as const;
  for (const [key, max, multiline] of optionalText) {
    const text = cleanText(raw[key], max, { multiline });
    if (text) story[key] = text;
  }
  if (raw.imageUrl !== undefined) {
    const image = checkUrl(raw.imageUrl);
    if ('url' in image) story.imageUrl = image.url;
  }
  if (typeof raw.category === 'string' && categories.has(raw.category)) {
    story.category = raw.category as Category;
  }
  const savedAt = readTime(raw.savedAt);
  if (savedAt !== undefined) story.savedAt = savedAt;
  const readAt = readTime(raw.readAt);
  if (readAt !== undefined) story.readAt = readAt;
  if (typeof raw.score === 'number' && raw.score >= 0 && raw.score <= 1) story.score = raw.score;
  if (Array.isArray(raw.cues)) {
    const cues = raw.cues
      .map((cue) => cleanText(cue, 80))
      .filter(Boolean)
      .slice(0, 10);
    if (cues.length) story.cues = cues;
  }
  const tags = readTags(raw.tags);
  if (tags.length) story.tags = tags;
  return { story };
}

/** How much a record knows: the number of its non-empty fields (a title that is just the URL counts nothing). */
export function richness(story: Partial<SharedStory>): number {
  let count = 0;
  for (const [key, value] of Object.entries(story)) {
    if (value === undefined || value === null || value === '' || key === 'url') continue;
    if (key === 'id' || (key === 'readAt' && value === 0)) continue;
    if (key === 'title' && value === story.url) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    count++;
  }
  return count;
}

/**
 * Merges two records of one story: the richer one wins field by field, the other fills its gaps;
 * tags are united and the earliest save time kept.
 */
export function mergeStories<T extends Partial<SharedStory>>(a: T, b: Partial<SharedStory>): T {
  const [rich, poor] = richness(b) > richness(a) ? [b, a] : [a, b];
  const merged = Object.assign(Object.create(null), a) as Record<string, unknown>;
  for (const source of [poor, rich]) {
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value) && value.length === 0) continue;
      // 0 means "unread" in the database: it never overrides a read time.
      if (key === 'readAt' && value === 0) continue;
      if (key === 'title' && value === source.url && merged.title) continue;
      merged[key] = value;
    }
  }
  const tags = new Set([...(a.tags ?? []), ...(b.tags ?? [])]);
  if (tags.size) merged.tags = [...tags].slice(0, LIMITS.tags);
  const saved = [a.savedAt, b.savedAt].filter((time): time is number => time !== undefined);
  if (saved.length) merged.savedAt = Math.min(...saved);
  return merged as T;
}
