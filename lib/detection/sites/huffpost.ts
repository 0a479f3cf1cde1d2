/** HuffPost: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const huffpost: SiteAdapter = {
  id: 'huffpost',
  name: 'HuffPost',
  matches: onHosts('huffpost.com', 'huffingtonpost.com', 'huffingtonpost.co.uk'),
  cards: '.card',
  headline: '.card__headline, a.card__link',
  teaser: '.card__description',
  exclude: '.zone--trending, .trending-wrapper',
};
