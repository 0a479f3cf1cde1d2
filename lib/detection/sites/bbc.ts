/** BBC: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const bbc: SiteAdapter = {
  id: 'bbc',
  name: 'BBC',
  matches: onHosts('bbc.co.uk', 'bbc.com'),
  cards:
    '[data-testid$="-card"], .gs-c-promo, .nw-c-promo, .lx-stream-post, .faux-block-link, .media',
  headline:
    '[data-testid="card-headline"], .gs-c-promo-heading, .lx-stream-post__header-link, .title-link, .media__link, h3 a',
  teaser: '[data-testid="card-description"], .gs-c-promo-summary, .media__summary, p',
  exclude:
    '[data-testid="most-read"], .nw-c-most-read, .nw-c-most-watched, [data-testid="watch-rail"]',
  /** Article ids are opaque (`/news/articles/c0dgp0l1zvxo`). */
  storyUrl: /^\/(news|sport)\/articles\/[a-z0-9]+$/,
};
