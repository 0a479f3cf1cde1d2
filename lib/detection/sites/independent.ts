/** The Independent: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const independent: SiteAdapter = {
  id: 'independent',
  name: 'The Independent',
  matches: onHosts('independent.co.uk'),
  cards: '.article-default, [data-testid="article-card"]',
  headline: 'a.title, h2 a, h3 a',
  teaser: '.standfirst, [data-testid="article-card-standfirst"]',
  exclude: '.most-popular, [data-testid="most-popular"]',
};
