/**
 * The registry of site adapters: one file per site, listed here explicitly. Order matters only
 * when two adapters match the same URL (the first wins). Sites not listed go to the generic
 * detector, and so does a listed site whose adapter finds almost nothing (after a redesign).
 */
import { bbc } from './bbc';
import { cnn } from './cnn';
import { dw } from './dw';
import { guardian } from './guardian';
import { nytimes } from './nytimes';
import { washingtonpost } from './washingtonpost';
import { reuters } from './reuters';
import { apnews } from './apnews';
import { npr } from './npr';
import { nbcnews } from './nbcnews';
import { abcnews } from './abcnews';
import { cbsnews } from './cbsnews';
import { foxnews } from './foxnews';
import { usatoday } from './usatoday';
import { yahoo } from './yahoo';
import { googleNews } from './google-news';
import { huffpost } from './huffpost';
import { aljazeera } from './aljazeera';
import { independent } from './independent';
import { skynews } from './skynews';
import { goodnewsnetwork } from './goodnewsnetwork';
import { positiveNews } from './positive-news';
import { reddit } from './reddit';
import { hackerNews } from './hacker-news';
import type { SiteAdapter } from './site-adapter';

export type { SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  bbc,
  cnn,
  guardian,
  nytimes,
  washingtonpost,
  reuters,
  apnews,
  npr,
  nbcnews,
  abcnews,
  cbsnews,
  foxnews,
  usatoday,
  yahoo,
  googleNews,
  huffpost,
  aljazeera,
  independent,
  skynews,
  goodnewsnetwork,
  positiveNews,
  reddit,
  hackerNews,
  dw,
];

/** The adapter serving `url`, if any. */
export function findSiteAdapter(url: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url));
}
