/** The popup list's measures, shared by its view and the first screen painted before it loads. */
export const POPUP_ROW_HEIGHT = 58;
/** The list's height (entrypoints/popup/style.css gives `.scroller` the same). */
export const POPUP_LIST_HEIGHT = 400;
