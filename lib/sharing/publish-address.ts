/**
 * Where the standalone share viewer (share/, `npm run build:share`) is published: the one setting
 * to change when publishing it elsewhere (see docs/formats/share-link.md). Share links point here,
 * so people without Brightside can read them; for readers who have Brightside, the extension takes
 * such links over and opens them in its own viewer, with "Add to my Brightside".
 */
export const SHARE_VIEWER_URL = 'https://brightside.example/share/';

/** The pages the extension takes over: the viewer's address, whatever the fragment. */
export const SHARE_VIEWER_MATCHES = [`${SHARE_VIEWER_URL}*`];

// What a share link's fragment looks like (version, then base64url data); nothing else is handed on.
const LIST_FRAGMENT = /^list=\d{1,3}\.[A-Za-z0-9_-]+$/;

/**
 * The `list=…` fragment of a page at the viewer's address, to open in the extension's viewer, or
 * null for any other page or fragment. `maxLength` bounds it as share links are bounded.
 */
export function sharedListFragment(pageUrl: string, maxLength: number): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const fragment = url.hash.slice(1);
  url.hash = '';
  if (!url.href.startsWith(SHARE_VIEWER_URL)) return null;
  if (fragment.length > maxLength || !LIST_FRAGMENT.test(fragment)) return null;
  return fragment;
}
