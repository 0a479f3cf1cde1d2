/** DW (Deutsche Welle): teaser blocks; `/av-123` links are video clips and `/s-123` topic pages. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const dw: SiteAdapter = {
  id: 'dw',
  name: 'DW',
  matches: onHosts('dw.com'),
  cards:
    '.basicTeaser .news, .basicTeaser .imgTeaserM, .basicTeaser .imgTeaserS, .basicTeaser .imgTeaserL, [data-tracking-name="teaser"]',
  headline: 'h2, h3, .teaserContentWrap h2',
  teaser: 'p',
  exclude: '#navMobile, .linkList, .mediaItem',
  /** Video clips (`/av-`), topic pages (`/s-`), galleries (`/g-`) and live pages (`/live-`). */
  sectionUrl: /\/s-\d+$/,
  skipUrl: /\/(av|s|g|t|live)-\d+$/,
};
