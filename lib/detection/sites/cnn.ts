/** CNN: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const cnn: SiteAdapter = {
  id: 'cnn',
  name: 'CNN',
  matches: onHosts('cnn.com'),
  cards: '.container__item, article.cd',
  headline: '.container__headline, .cd__headline',
  teaser: '.container__description, .cd__description',
  exclude: '.container_video-playlist, .cn-carousel-medium-strip, .cn--video-playlist',
};
