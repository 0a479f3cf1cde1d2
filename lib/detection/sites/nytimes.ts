/** The New York Times: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const nytimes: SiteAdapter = {
  id: 'nytimes',
  name: 'The New York Times',
  matches: onHosts('nytimes.com'),
  cards: 'section.story-wrapper, li article, article.story',
  headline: '.indicate-hover, h3, h2',
  teaser: '.summary-class, p.summary, p',
  exclude: '[data-testid="most-popular"], #site-index, [data-testid="masthead-container"]',
};
