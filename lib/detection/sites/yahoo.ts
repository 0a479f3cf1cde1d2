/** Yahoo News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const yahoo: SiteAdapter = {
  id: 'yahoo',
  name: 'Yahoo News',
  matches: onHosts('yahoo.com'),
  cards: 'li.js-stream-content, li.stream-item, [data-test-locator="stream-item"]',
  headline: 'h3',
  teaser: 'p',
  exclude:
    '.js-stream-ad, .controller-ad, [data-test-locator="stream-ad"], [data-content="Advertisement"]',
};
