/** Google News: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const googleNews: SiteAdapter = {
  id: 'google-news',
  name: 'Google News',
  matches: onHosts('news.google.com'),
  cards: 'article',
  headline: 'a.JtKRv, a.gPFEn, a.DY5T1d, h3 a, h4 a',
  external: true,
  storyUrl: /\/(articles|read|stories)\//,
};
