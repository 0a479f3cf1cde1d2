/** Hacker News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  name: 'Hacker News',
  matches: onHosts('news.ycombinator.com'),
  cards: 'tr.athing',
  headline: '.titleline > a, a.storylink',
  external: true,
};
