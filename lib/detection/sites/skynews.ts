/** Sky News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const skynews: SiteAdapter = {
  id: 'skynews',
  name: 'Sky News',
  matches: onHosts('news.sky.com'),
  cards: '.sdc-site-tile, .ui-story-tile',
  headline: '.sdc-site-tile__headline, .ui-story-headline',
  teaser: '.sdc-site-tile__body, .ui-story-tile-body',
  exclude: '.sdc-site-trending, .ui-trending',
};
