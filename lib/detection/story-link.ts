/**
 * The shape of a story link, judged from its URL alone: same site as the page, a path that names
 * one story (a slug or an id), not a section, tag, author, video, account or shop page.
 */
import type { StoryUrlParts } from './story-url';

const SECOND_LEVEL = /^(co|com|org|net|gov|ac|edu|go|ne|or)$/;

/** The registrable part of a host name, near enough: `www.bbc.co.uk` -> `bbc.co.uk`. */
export function siteKey(hostname: string): string {
  let key = siteKeys.get(hostname);
  if (key === undefined) {
    if (siteKeys.size >= MAX_CACHED) siteKeys.clear();
    siteKeys.set(hostname, (key = computeSiteKey(hostname)));
  }
  return key;
}

/** A page links to a handful of hosts, thousands of times: their keys are kept. */
const siteKeys = new Map<string, string>();
const MAX_CACHED = 2000;

function computeSiteKey(hostname: string): string {
  const labels = hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  if (labels.length <= 2) return labels.join('.');
  const take = SECOND_LEVEL.test(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Hosts that belong to one newsroom even though their names differ. */
const SISTER_SITES: Record<string, string> = {
  'bbc.co.uk': 'bbc',
  'bbc.com': 'bbc',
  'cnn.com': 'cnn',
  'cnn.it': 'cnn',
  'nbcnews.com': 'nbc',
  'msnbc.com': 'nbc',
  'today.com': 'nbc',
  'huffingtonpost.com': 'huffpost',
  'huffpost.com': 'huffpost',
  'go.com': 'abc',
  'abcnews.com': 'abc',
  'foxnews.com': 'fox',
  'foxbusiness.com': 'fox',
};

export function sameSite(a: string, b: string): boolean {
  const ka = siteKey(a);
  const kb = siteKey(b);
  return ka === kb || (SISTER_SITES[ka] !== undefined && SISTER_SITES[ka] === SISTER_SITES[kb]);
}

/** First path segments that never hold a story. */
const NON_STORY_SEGMENT =
  /^(video|videos|av|live|live-tv|livestream|watch|tv|shows?|radio|listen|audio|podcasts?|topics?|tags?|authors?|people|profiles?|contributors?|staff|by|section|sections|category|categories|search|login|signin|sign-in|signup|sign-up|register|subscribe|subscription|subscriptions|account|my-account|newsletters?|about|about-us|contact|contact-us|help|faq|privacy|privacy-policy|terms|terms-of-use|cookies?|careers|jobs|shop|store|games?|puzzles?|crosswords?|weather|horoscopes?|donate|advertise|advertising|feedback|sitemap|rss|feeds?|corrections|account-settings|user|u)$/i;

const NON_STORY_ANYWHERE =
  /\/(video|videos|av|watch|live-news|live-tv|playlist|player|tag|tags|topic|author|authors|profile|category|newsletters?|subscribe|signin|login)\//i;

const FILE_TYPES = /\.(jpe?g|png|gif|webp|svg|pdf|mp3|mp4|m3u8|zip|xml|rss|json|css|js)$/i;

export interface StoryUrlShape {
  /** A story by its URL at all (not a section, tag, author, video, account page). */
  story: boolean;
  /** A strong story URL: a long slug, a date, or a numeric id. */
  strong: boolean;
}

const NOT_A_STORY: StoryUrlShape = { story: false, strong: false };

/** Judges a normalised story URL against the page it was found on. */
export function storyUrlShape(
  storyUrl: StoryUrlParts,
  pageUrl: StoryUrlParts | null,
  external = false,
  /** Judging a page's own URL: a video host's page with a story path is still one story. */
  ownPage = false,
): StoryUrlShape {
  if (pageUrl && !external && !sameSite(storyUrl.hostname, pageUrl.hostname)) return NOT_A_STORY;
  // Links to the video and live-TV hosts of a newsroom (video.foxnews.com) are video-only.
  if (!ownPage && /^(video|videos|tv|live|watch|audio|podcasts?)\./i.test(storyUrl.hostname)) {
    return NOT_A_STORY;
  }
  const path = storyUrl.pathname;
  if (path === '/' || path === '') return NOT_A_STORY;
  if (FILE_TYPES.test(path)) return NOT_A_STORY;
  if (pageUrl && storyUrl.href === pageUrl.href) return NOT_A_STORY;
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (NON_STORY_SEGMENT.test(first) && !(segments.length > 2 && /\d{4,}/.test(path))) {
    return NOT_A_STORY;
  }
  if (NON_STORY_ANYWHERE.test(`${path}/`)) return NOT_A_STORY;
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last
    .replace(/\.[a-z]{2,5}$/i, '')
    .split('-')
    .filter(Boolean).length;
  const digits = /\d{4,}/.test(path);
  const idQuery =
    storyUrl.search.length > 1 &&
    /[?&](id|p|story|article|storyid|articleid)=/i.test(storyUrl.search);
  // A story path names one story: a slug of a few words, or an id. `/news/world` names a section.
  if (slugWords < 3 && !digits && !idQuery && !(/\.s?html?$/i.test(last) && slugWords >= 2)) {
    return NOT_A_STORY;
  }
  const strong =
    slugWords >= 5 ||
    /\d{5,}/.test(path) ||
    /\/(19|20)\d\d\/[01]?\d\//.test(path) ||
    (/\.s?html?$/i.test(last) && slugWords >= 3) ||
    idQuery;
  return { story: true, strong };
}
