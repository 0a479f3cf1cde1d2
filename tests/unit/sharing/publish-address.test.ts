import { describe, expect, test } from 'vitest';
import { LIMITS } from '@/lib/sharing/limits';
import { SHARE_VIEWER_URL, sharedListFragment } from '@/lib/sharing/publish-address';
import { createShareLink } from '@/lib/sharing/share-link';
import { goodNews } from './sample-lists';

describe('the share viewer address and the links the extension takes over', () => {
  test('share links point at the one publish address', () => {
    expect(createShareLink(goodNews).startsWith(`${SHARE_VIEWER_URL}#list=1.`)).toBe(true);
  });

  test('a share link at that address hands over its fragment, nothing more', () => {
    const link = createShareLink(goodNews);
    expect(sharedListFragment(link, LIMITS.linkChars)).toBe(link.split('#')[1]);
    expect(sharedListFragment(`${SHARE_VIEWER_URL}index.html#list=1.abc-_9`, 100)).toBe(
      'list=1.abc-_9',
    );
  });

  test.each([
    ['no fragment', SHARE_VIEWER_URL],
    ['another fragment', `${SHARE_VIEWER_URL}#top`],
    ['markup in the fragment', `${SHARE_VIEWER_URL}#list=1.<img src=x onerror=alert(1)>`],
    ['a fragment with more after the data', `${SHARE_VIEWER_URL}#list=1.abc&x=1`],
    ['another path of the host', 'https://brightside.example/other/#list=1.abc'],
    ['a look-alike host', 'https://brightside.example.evil.example/share/#list=1.abc'],
    ['plain http', SHARE_VIEWER_URL.replace('https:', 'http:') + '#list=1.abc'],
    ['not a URL', 'share/#list=1.abc'],
  ])('%s is left alone', (_case, url) => {
    expect(sharedListFragment(url, LIMITS.linkChars)).toBeNull();
  });

  test('a fragment longer than a share link can be is left alone', () => {
    expect(sharedListFragment(`${SHARE_VIEWER_URL}#list=1.${'a'.repeat(50)}`, 40)).toBeNull();
  });
});
