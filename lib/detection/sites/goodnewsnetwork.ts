/** Good News Network: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const goodnewsnetwork: SiteAdapter = {
  id: 'goodnewsnetwork',
  name: 'Good News Network',
  matches: onHosts('goodnewsnetwork.org'),
  cards: '.td_module_wrap, .td_module_flex, article.post',
  headline: '.entry-title',
  teaser: '.td-excerpt, .entry-summary',
  exclude: '.td-footer-wrapper, .td_block_popular_categories, .tdb-mobile-menu',
};
