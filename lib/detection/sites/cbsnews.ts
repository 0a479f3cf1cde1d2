/** CBS News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const cbsnews: SiteAdapter = {
  id: 'cbsnews',
  name: 'CBS News',
  matches: onHosts('cbsnews.com'),
  cards: 'article.item',
  headline: '.item__hed',
  teaser: '.item__dek',
  exclude: '.list-river--popular, [data-tracking-zone="most-popular"]',
};
