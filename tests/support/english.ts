/** The English catalogue as a `Translate`, as pages without `browser.i18n` (the standalone viewer) build it. */
import { catalogueGetMessage, createTranslate } from '@/lib/i18n/translate';
import catalogue from '@/public/_locales/en/messages.json';

export const english = createTranslate(catalogueGetMessage(catalogue));

/** happy-dom lays nothing out: give elements the popup's size so the virtualiser shows rows. */
export function layOutAsPopup(): void {
  for (const [property, size] of [
    ['clientHeight', 400],
    ['clientWidth', 400],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
  }
}
