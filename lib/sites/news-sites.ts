/**
 * The sites Brightside runs on from install: major English-language news sites, as manifest match
 * patterns. Any other site is the reader's choice (optional host permission, asked from the popup).
 */
export const NEWS_SITES: readonly string[] = [
  'www.bbc.co.uk',
  'www.bbc.com',
  'edition.cnn.com',
  'www.cnn.com',
  'www.theguardian.com',
  'www.nytimes.com',
  'www.washingtonpost.com',
  'www.reuters.com',
  'apnews.com',
  'www.npr.org',
  'www.nbcnews.com',
  'abcnews.go.com',
  'www.cbsnews.com',
  'www.foxnews.com',
  'www.usatoday.com',
  'news.yahoo.com',
  'www.yahoo.com',
  'news.google.com',
  'www.huffpost.com',
  'www.huffingtonpost.com',
  'www.theverge.com',
  'www.dw.com',
  'www.msnbc.com',
  'www.bloomberg.com',
  'www.cnbc.com',
  'www.aljazeera.com',
  'www.independent.co.uk',
  'news.sky.com',
  'www.goodnewsnetwork.org',
  'www.positive.news',
  'www.reddit.com',
  'old.reddit.com',
  'news.ycombinator.com',
  'www.latimes.com',
  'www.chicagotribune.com',
  'www.nypost.com',
  'nypost.com',
  'www.dailymail.co.uk',
  'www.telegraph.co.uk',
  'www.abc.net.au',
  'www.cbc.ca',
  'www.theatlantic.com',
  'www.axios.com',
  'www.politico.com',
  'time.com',
  'www.upworthy.com',
  'www.sunnyskyz.com',
  // The demo front page shipped with the project. `.example` names never resolve on the internet.
  'news.brightside.example',
];

export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.map((host) => `https://${host}/*`);

const BUILT_IN = new Set(NEWS_SITES);

/** Is this host on the built-in list? */
export function isBuiltInSite(host: string): boolean {
  return BUILT_IN.has(host);
}

/** Does Brightside run on `host` with these choices of the reader? */
export function isSiteEnabled(
  host: string,
  choices: { extraSites: readonly string[]; disabledSites: readonly string[] },
): boolean {
  if (choices.disabledSites.includes(host)) return false;
  return BUILT_IN.has(host) || choices.extraSites.includes(host);
}

/** Where the build puts the content script (WXT names it after its entrypoint folder). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;
