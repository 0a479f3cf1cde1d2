/** Al Jazeera: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const aljazeera: SiteAdapter = {
  id: 'aljazeera',
  name: 'Al Jazeera',
  matches: onHosts('aljazeera.com'),
  cards: 'article.gc, .fte-article',
  headline: '.gc__title, .fte-article__title',
  teaser: '.gc__excerpt, .fte-article__excerpt',
  exclude: '.most-popular-wrapper, .trending-articles',
};
