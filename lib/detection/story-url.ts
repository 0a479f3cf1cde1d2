/**
 * One story, one URL: the same article linked with tracking parameters, a fragment or a trailing
 * slash must save, mark and merge as one. Shared by detection, the database and imports.
 */
const TRACKING_PARAMS =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|ocid|cmpid|cid|ito|at_medium|at_campaign|at_custom\d|at_[a-z_]+|smid|smtyp|src|ref_src|ref|via|guccounter|guce_referrer|guce_referrer_sig|intcmp|int_source|int_medium|int_campaign|xtor|yclid|mkt_tok|vero_id|s_cid|cmp|sr_share|traffic_source|partner|spm|intlink_from_url|link_location|intcid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|ftag|cid)$/i;

/** Returns the normalised absolute http(s) URL, or null when `href` is not a web address. */
export function normalizeStoryUrl(href: string, base?: string): string | null {
  return parseStoryUrl(href, base)?.href ?? null;
}

/** `normalizeStoryUrl` as a parsed URL, for callers that go on to read its parts. */
export function parseStoryUrl(href: string, base?: string): URL | null {
  const trimmed = (href ?? '').trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // Each setter re-serialises the URL: only the parts present are cleared.
  if (url.hash) url.hash = '';
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  if (url.search) {
    // forEach, not the iterator: Firefox's content-script wrappers make `keys()` non-iterable.
    const tracking: string[] = [];
    url.searchParams.forEach((_, key) => {
      if (TRACKING_PARAMS.test(key)) tracking.push(key);
    });
    for (const key of tracking) url.searchParams.delete(key);
    url.searchParams.sort();
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  return url;
}

/** The parts of a normalised story URL that detection reads (a `URL` has them too). */
export interface StoryUrlParts {
  href: string;
  hostname: string;
  pathname: string;
  search: string;
}

/** A path of unreserved characters only, without dot segments: resolving it changes nothing. */
const PLAIN_PATH = /^\/[A-Za-z0-9\-_.~/]*$/;
const DOT_SEGMENT = /\/\.\.?(\/|$)/;
/** A lower-case host name whose last label is not a number (no IPv4 rewriting). */
const PLAIN_ORIGIN =
  /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?=[a-z0-9-]*[a-z])(?!0x)[a-z0-9-]+)(?=\/|$)/;

/**
 * A resolver of links against one page URL: `parseStoryUrl(href, base)` as parts, without the URL
 * parser for the plain links most of a news page is made of (`/2024/05/01/story-slug/index.html`,
 * `https://same.host/path`). Anything else goes through `parseStoryUrl`.
 */
export function storyUrlResolver(base: string): (href: string) => StoryUrlParts | null {
  const page = parseStoryUrl(base);
  const fast = page ? PLAIN_ORIGIN.exec(page.origin) : null;
  const origin =
    page && fast && page.origin.length === fast[0].length && !page.hostname.includes('xn--')
      ? page.origin
      : null;
  const plain = (absoluteOrigin: string, hostname: string, path: string): StoryUrlParts | null => {
    if (!PLAIN_PATH.test(path) || DOT_SEGMENT.test(path)) return null;
    const pathname = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') || '/' : path;
    return { href: absoluteOrigin + pathname, hostname, pathname, search: '' };
  };
  return (href) => {
    let parts: StoryUrlParts | null = null;
    if (origin && page && href.startsWith('/') && !href.startsWith('//')) {
      parts = plain(origin, page.hostname, href);
    } else if (/^https?:\/\/|^\/\//.test(href)) {
      const absolute = href.startsWith('//') && page ? `${page.protocol}${href}` : href;
      const match = PLAIN_ORIGIN.exec(absolute);
      // Internationalised labels are checked by the URL parser: those take the long way.
      if (match && !match[1]!.includes('xn--')) {
        const rest = absolute.slice(match[0].length);
        parts = plain(match[0], match[1]!, rest || '/');
      }
    }
    return parts ?? parseStoryUrl(href, base);
  };
}
