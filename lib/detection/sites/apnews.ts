/** AP News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const apnews: SiteAdapter = {
  id: 'apnews',
  name: 'AP News',
  matches: onHosts('apnews.com'),
  cards: '.PagePromo, [data-key="feed-card-wire-story-with-image"], .FeedCard',
  headline: '.PagePromo-title, [data-key="card-headline"], h2, h3',
  teaser: '.PagePromo-description, [data-key="content"], p',
  exclude: '.PageListMostRead, [data-module="MostPopular"], .Advertisement',
};
