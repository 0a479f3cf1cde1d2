/**
 * What a site adapter is: the site's id, which pages it serves, and its selectors. Adapters are
 * data; `collectAdapterStories` is the one piece of code that reads them.
 */
export interface SiteAdapter {
  /** File name and id: `lib/detection/sites/<id>.ts`. */
  id: string;
  /** Display name. */
  name: string;
  /** Does this adapter serve the page at `url`? */
  matches(url: string): boolean;
  /** One element per story card. */
  cards: string;
  /** Inside a card: the headline (a link, a heading holding a link, or a heading inside a link). */
  headline: string;
  /** Inside a card: the teaser (dek, summary). */
  teaser?: string;
  /** Regions of the site without stories for us: most read, video rails, promos. */
  exclude?: string;
  /** Story links may point to other sites (aggregators such as Google News, Reddit, HN). */
  external?: boolean;
  /** Fewest words in a headline; 3 unless set. */
  minWords?: number;
  /** Drop story URLs the site uses for non-stories (comment threads, live video). */
  skipUrl?: RegExp;
  /** Paths of the site's section fronts that look like stories by shape (`/s-32368`). */
  sectionUrl?: RegExp;
  /** Story URLs of the site that do not look like stories by shape (opaque ids). */
  storyUrl?: RegExp;
}

/** `matches` for the sites served on the listed hosts and their subdomains. */
export function onHosts(...hosts: string[]): (url: string) => boolean {
  return (url: string) => {
    let hostname: string;
    try {
      hostname = new URL(url).hostname.toLowerCase();
    } catch {
      return false;
    }
    return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
  };
}
