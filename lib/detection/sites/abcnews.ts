/** ABC News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const abcnews: SiteAdapter = {
  id: 'abcnews',
  name: 'ABC News',
  matches: onHosts('abcnews.go.com', 'abcnews.com'),
  cards: '.ContentRoll__Item, .News__Item, article.card, li.headlines-li, article.hero',
  /**
   * Wire-story list items hold their teaser inside the h1, after the link (`h1 > a.black-ln +
   * .desc`): there the link is the headline, so the teaser stays out of the title.
   */
  headline:
    '.News__Item__Headline, h1 > a.black-ln, h1:not(:has(> a.black-ln)), h2, h3, a.rl-anchor',
  teaser: '.ContentRoll__Desc, .News__Item__Desc, .desc, p',
  exclude: '.trending-list, [data-testid="prism-trending"]',
};
