/** Reddit: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: onHosts('reddit.com'),
  cards: 'shreddit-post, div.thing.link, [data-testid="post-container"]',
  headline: 'a[slot="title"], a.title, h3',
  exclude: '.promoted, .promotedlink, shreddit-ad-post, [data-promoted="true"]',
  external: true,
};
