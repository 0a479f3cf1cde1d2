/**
 * What Brightside itself puts on a page: the hosts of its badges, buttons and notes, and its one
 * style element. None of them holds a story, so the watch for added stories passes them by (on a
 * listing page the badges alone are dozens of additions, each a card's worth of scanning).
 */
import { MARK_UPLIFTING_TAG } from './mark-as-uplifting';
import { PAGE_STYLE_ID } from './page-style';
import { TOAST_TAG } from './page-toast';
import { BADGE_TAG } from './story-badge';

const OWN_TAGS = new Set([BADGE_TAG, MARK_UPLIFTING_TAG, TOAST_TAG]);

export function isOwnElement(element: Element): boolean {
  return OWN_TAGS.has(element.localName) || element.id === PAGE_STYLE_ID;
}
