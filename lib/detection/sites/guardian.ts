/** The Guardian: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const guardian: SiteAdapter = {
  id: 'guardian',
  name: 'The Guardian',
  matches: onHosts('theguardian.com'),
  cards: '.fc-item, [data-component="card"], li[data-link-name^="news"]',
  headline: '.js-headline-text, [data-link-name="article"] h3, .fc-item__title',
  teaser: '.fc-item__standfirst, [data-component="card-standfirst"], .standfirst',
  exclude: '[data-component="most-popular"], .most-popular, [data-link-name="most popular"]',
};
