/**
 * The words the background sends a page for its badges, card and notes (`getPageStrings`). Kept
 * apart from `page-strings.ts`, which the content script bundles: pages never need the list.
 */
import type { MessageKey } from '../i18n/translate';
import { CATEGORIES } from '../classifier/types';
import { categoryKey } from '../reading-list/story-view';

/** What the badges, the story card, "Mark as uplifting" and the page notes show as they are. */
export const PAGE_STRING_KEYS: MessageKey[] = [
  'badgeWhy',
  'badgeSave',
  'badgeSaveLabel',
  'badgeSaved',
  'badgeSavedLabel',
  'cardGoodNews',
  'cardConfidence',
  'cardConfidence_high',
  'cardConfidence_medium',
  'cardConfidence_low',
  'cardWhy',
  'cardCues',
  'cardSave',
  'cardSaved',
  'cardSaveToList',
  'cardListsLoading',
  'cardLists',
  'cardNoLists',
  'cardNotUplifting',
  'cardMarkUplifting',
  'cardStatusSaved',
  'markUplifting',
  'markUpliftingLabel',
  'markUpliftingDone',
  'markUpliftingDoneLabel',
  'toastSaved',
  'toastSave',
  'toastUplifting',
  'toastDismiss',
  ...CATEGORIES.map(categoryKey),
];
