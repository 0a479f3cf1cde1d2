/** NPR: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const npr: SiteAdapter = {
  id: 'npr',
  name: 'NPR',
  matches: onHosts('npr.org'),
  cards: 'article.item, article.hp-item, .story-wrap',
  headline: 'h2.title, h3.title, .title',
  teaser: '.teaser',
  exclude: '.recirculation, #nib-popular',
};
