/** NBC News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const nbcnews: SiteAdapter = {
  id: 'nbcnews',
  name: 'NBC News',
  matches: onHosts('nbcnews.com', 'msnbc.com', 'today.com'),
  cards: '.wide-tease-item__wrapper, .tease-card, article.teaseCard, [class^="item___"]',
  headline: '.wide-tease-item__headline, .tease-card__headline, .teaseCard__headline, h2, h3',
  teaser: '.wide-tease-item__description, .tease-card__dek, .teaseCard__dek',
  exclude: '.most-popular, [data-test="most-popular"], .video-playlist',
};
