import { browser } from 'wxt/browser';
import { createTranslate, type Translate } from './translate';

/** The extension's own catalogue, through the browser, for extension pages and content scripts. */
export const browserTranslate: Translate = createTranslate((key, substitutions) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
);
