/** isOwnElement: Brightside's own additions to a page are told apart from the page's elements. */
import { describe, expect, it } from 'vitest';
import { isOwnElement } from '@/lib/highlight/own-elements';
import { MARK_UPLIFTING_TAG } from '@/lib/highlight/mark-as-uplifting';
import { PAGE_STYLE_ID } from '@/lib/highlight/page-style';
import { TOAST_TAG } from '@/lib/highlight/page-toast';
import { BADGE_TAG } from '@/lib/highlight/story-badge';

describe('isOwnElement', () => {
  it('knows the badge, button and note hosts and the page style', () => {
    for (const tag of [BADGE_TAG, MARK_UPLIFTING_TAG, TOAST_TAG]) {
      expect(isOwnElement(document.createElement(tag))).toBe(true);
    }
    const style = document.createElement('style');
    style.id = PAGE_STYLE_ID;
    expect(isOwnElement(style)).toBe(true);
  });

  it("passes the page's own elements, custom ones included", () => {
    for (const tag of ['article', 'div', 'style', 'brightside-story-card', 'news-card']) {
      expect(isOwnElement(document.createElement(tag))).toBe(false);
    }
  });
});
