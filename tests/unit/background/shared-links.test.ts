import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSharedList } from '@/lib/background/shared-links';
import { SHARE_VIEWER_URL } from '@/lib/sharing/publish-address';

const FRAGMENT = 'list=1.q1YqUbJSKs8vyklRslIKSi0uzSlRSM7PS8tMTs3LLylWAgA';

describe('a share link opened at the viewer address opens the extension viewer', () => {
  let tabId: number;
  beforeEach(async () => {
    tabId = (await fakeBrowser.tabs.create({ url: `${SHARE_VIEWER_URL}#${FRAGMENT}` })).id!;
  });

  const sender = (url: string, frameId = 0) => ({
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: tabId } as never,
  });

  test('the same tab goes to share.html with the same fragment', async () => {
    const answer = await openSharedList(
      { fragment: FRAGMENT },
      sender(`${SHARE_VIEWER_URL}#${FRAGMENT}`),
    );
    expect(answer).toEqual({ opened: true });
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(
      fakeBrowser.runtime.getURL('/share.html') + `#${FRAGMENT}`,
    );
  });

  test.each([
    ['a page elsewhere', 'https://news.example/share/', FRAGMENT, 0],
    ['a frame inside the page', SHARE_VIEWER_URL, FRAGMENT, 3],
    ['a fragment that is not a share link', SHARE_VIEWER_URL, 'list=1.<script>', 0],
    ['a fragment that leaves the viewer', SHARE_VIEWER_URL, `${FRAGMENT}/../../options.html`, 0],
  ])('refused: %s', async (_case, url, fragment, frameId) => {
    expect(await openSharedList({ fragment }, sender(url, frameId))).toEqual({ opened: false });
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(`${SHARE_VIEWER_URL}#${FRAGMENT}`);
  });
});
