/** Fox News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const foxnews: SiteAdapter = {
  id: 'foxnews',
  name: 'Fox News',
  matches: onHosts('foxnews.com'),
  cards: 'article.article',
  headline: '.title',
  teaser: '.dek',
  exclude: '.sidebar, .collection-trending, .collection-video',
};
