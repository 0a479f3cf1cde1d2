/** Positive News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const positiveNews: SiteAdapter = {
  id: 'positive-news',
  name: 'Positive News',
  matches: onHosts('positive.news'),
  cards: 'article.card, .card',
  headline: '.card__title, .entry-title, h2, h3',
  teaser: '.card__excerpt, .card__text, .entry-summary',
  exclude: '.newsletter-signup, .most-read',
};
