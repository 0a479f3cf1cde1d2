import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readabilityFallback } from '@/lib/detection/readability-fallback';
import { readArticle } from '@/lib/highlight/read-article';

// Injected by "Save this page" (popup, shortcut) into the page to save, never onto pages on its
// own: it carries @mozilla/readability, which the content script on every news page does not.
// The article it reads is the result of the injection.
export default defineUnlistedScript(() =>
  readArticle(document, location.href, readabilityFallback),
);
