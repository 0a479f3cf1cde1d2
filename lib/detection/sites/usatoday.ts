/** USA Today: its story cards and where in them the headline and teaser sit. */
import { onHosts, type SiteAdapter } from './site-adapter';

export const usatoday: SiteAdapter = {
  id: 'usatoday',
  name: 'USA Today',
  matches: onHosts('usatoday.com'),
  cards: 'a.gnt_m_flm_a, a.gnt_m_he, a.gnt_m_th_a, a.gnt_m_tl_a',
  headline: 'a, .gnt_m_he_h, .gnt_m_th_h',
  teaser: '.gnt_m_he_d, .gnt_m_th_d',
  exclude: '.gnt_m_most_popular, .gnt_sw',
};
