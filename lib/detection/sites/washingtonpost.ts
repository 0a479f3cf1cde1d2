/** The Washington Post: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const washingtonpost: SiteAdapter = {
  id: 'washingtonpost',
  name: 'The Washington Post',
  matches: onHosts('washingtonpost.com'),
  cards: '[data-feature-id="homepage/story"], .story-headline, [data-qa="card"]',
  headline: '[data-pb-local-content-field="web_headline"], h2 a, h3 a',
  teaser: '.blurb, [data-qa="blurb"], [data-pb-field="description"]',
  exclude: '[data-feature-id*="most-read"], [data-qa="most-read"]',
};
