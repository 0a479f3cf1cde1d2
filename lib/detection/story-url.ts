/**
 * One story, one URL: the same article linked with tracking parameters, a fragment or a trailing
 * slash must save, mark and merge as one. Shared by detection, the database and imports.
 */
const TRACKING_PARAMS =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|ocid|cmpid|cid|ito|at_medium|at_campaign|at_custom\d|at_[a-z_]+|smid|smtyp|src|ref_src|ref|via|guccounter|guce_referrer|guce_referrer_sig|intcmp|int_source|int_medium|int_campaign|xtor|yclid|mkt_tok|vero_id|s_cid|cmp|sr_share|traffic_source|partner|spm|intlink_from_url|link_location|intcid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|ftag|cid)$/i;

/** Returns the normalised absolute http(s) URL, or null when `href` is not a web address. */
export function normalizeStoryUrl(href: string, base?: string): string | null {
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
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.search) {
    for (const key of [...url.searchParams.keys()]) {
      if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
    }
    url.searchParams.sort();
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  return url.href;
}
