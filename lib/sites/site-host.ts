/**
 * Site names as the reader types them ("bbc.com", "https://www.bbc.com/news") read as one host
 * name, so the site list, permissions and match patterns all agree.
 */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The host name of a URL or typed site, lower-cased; null when it is not a public-looking host. */
export function normalizeSiteHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    host = url.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

/** The match patterns (and permission origins) of one host: https and http. */
export function hostMatchPatterns(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The host of a page URL when Brightside could ever run there (http or https), else null. */
export function pageHost(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return normalizeSiteHost(url);
}
