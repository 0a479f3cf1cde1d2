/** The English catalogue as a `Translate`, as pages without `browser.i18n` (the standalone viewer) build it. */
import { catalogueGetMessage, createTranslate } from '@/lib/i18n/translate';
import catalogue from '@/public/_locales/en/messages.json';

export const english = createTranslate(catalogueGetMessage(catalogue));
