/**
 * A share link made in one browser profile opens in another: the list travels in the fragment
 * only, the second profile's viewer shows it (curator, notes, as text) and "Add to my Brightside"
 * writes it to that profile's database. No server is involved at any point. A link opened at the
 * standalone viewer's published address opens in the extension's viewer for readers who have it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrightside } from '../../scripts/harness/launch-chromium';
import { SHARE_VIEWER_URL } from '../../lib/sharing/publish-address';
import { createShareLink } from '../../lib/sharing/share-link';
import { openSession } from './support/brightside';
import { seriousViolationsLightAndDark } from './support/axe';

const MARKDOWN = `# Good news this week
> What made us smile.
_Curated by Ana Lima_

1. [Neighbours rebuild the <img src=x onerror=alert(1)> bakery](<https://news.brightside.example/a>) — Brightside News
   Read this one first.
2. [Coral reef recovers](<https://www.bbc.co.uk/news/science-environment-1>)
`;

function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(name)) return done([]);
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            done(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

describe('share links between profiles', () => {
  test('made in one profile, opened and added in another', async () => {
    // Profile A: a list imported from Markdown, then shared.
    const first = await launchBrightside();
    let link: string;
    let extensionId: string;
    try {
      extensionId = first.extensionId;
      const page = await first.context.newPage();
      await page.goto(first.extensionUrl('library.html'));
      await page.getByRole('textbox', { name: 'Paste a share link or URLs' }).fill(MARKDOWN);
      await page.getByRole('button', { name: 'Preview' }).click();
      await page
        .getByRole('region', { name: 'Import preview' })
        .getByRole('button', { name: 'Import' })
        .click();
      await page.getByRole('button', { name: 'Copy share link' }).click();
      link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
    } finally {
      await first.close();
    }
    expect(link).toMatch(/^https:\/\/brightside\.example\/share\/#list=1\.[A-Za-z0-9_-]+$/);

    // Profile B: a fresh profile with nothing saved opens the link in the extension's viewer.
    const second = await launchBrightside();
    try {
      expect(second.extensionId).toBe(extensionId);
      const viewer = await second.context.newPage();
      await viewer.goto(second.extensionUrl(`share.html#${link.split('#')[1]}`));
      await expect
        .poll(() => viewer.getByRole('heading', { name: 'Good news this week' }).count())
        .toBe(1);
      expect(await viewer.locator('.curator-name').textContent()).toBe('Ana Lima');
      expect(await viewer.locator('.shared-story > a').allTextContents()).toEqual([
        'Neighbours rebuild the <img src=x onerror=alert(1)> bakery',
        'Coral reef recovers',
      ]);
      expect(await viewer.locator('.shared-story img').count()).toBe(0);
      expect(await viewer.locator('.shared-note').allTextContents()).toEqual([
        'Read this one first.',
      ]);
      await expect.poll(() => viewer.getByText('2 new, 0 already saved').count()).toBe(1);
      expect(await readStore(viewer, 'stories')).toHaveLength(0);
      expect(await seriousViolationsLightAndDark(viewer)).toEqual({ light: [], dark: [] });

      await viewer.getByRole('button', { name: 'Add to my Brightside' }).click();
      await expect.poll(() => viewer.getByText(/Added to your Brightside: 2 new/).count()).toBe(1);
      const lists = await readStore<{ name: string; curator: string; description: string }>(
        viewer,
        'lists',
      );
      expect(
        lists.map(({ name, curator, description }) => ({ name, curator, description })),
      ).toEqual([
        { name: 'Good news this week', curator: 'Ana Lima', description: 'What made us smile.' },
      ]);
      const items = await readStore<{ note?: string; position: number }>(viewer, 'listItems');
      expect(items.map(({ note, position }) => [position, note])).toEqual([
        [0, 'Read this one first.'],
        [1, undefined],
      ]);

      // The lists section of the library now has it.
      await viewer.getByRole('link', { name: 'Open your lists' }).click();
      await expect
        .poll(() => viewer.getByRole('button', { name: /Good news this week/ }).count())
        .toBe(1);

      // A damaged link says so and offers nothing to add.
      const damaged = await second.context.newPage();
      await damaged.goto(second.extensionUrl(`share.html#${link.split('#')[1]!.slice(0, -25)}`));
      await expect
        .poll(() => damaged.getByRole('alert').textContent())
        .toMatch(/damaged|cut short/);
      expect(await damaged.getByRole('button', { name: 'Add to my Brightside' }).count()).toBe(0);
    } finally {
      await second.close();
    }
  });

  test("a link opened at the viewer's published address opens in the extension's viewer", async () => {
    // The published page is served under its real address; its own content does not matter here.
    const session = await openSession({
      [SHARE_VIEWER_URL]: '<!doctype html><title>Published viewer</title><p>Published page</p>',
      'https://brightside.example/other/': '<!doctype html><title>Elsewhere</title>',
    });
    try {
      const { brightside } = session;
      const link = createShareLink({
        name: 'Good news this week',
        curator: 'Ana Lima',
        items: [
          { url: 'https://news.brightside.example/a', title: 'Neighbours rebuild the bakery' },
        ],
      });
      // The viewer's address without a list, and other pages of the host, stay as they are; they
      // open first, so their scripts have run by the time the link below has been taken over.
      const plain = await brightside.context.newPage();
      await plain.goto(SHARE_VIEWER_URL);
      const elsewhere = await brightside.context.newPage();
      await elsewhere.goto(`https://brightside.example/other/#${link.split('#')[1]}`);

      const page = await brightside.context.newPage();
      await page.goto(link);
      await page.waitForURL(brightside.extensionUrl(`share.html#${link.split('#')[1]}`));
      await expect
        .poll(() => page.getByRole('heading', { name: 'Good news this week' }).count())
        .toBe(1);
      await expect
        .poll(() => page.getByRole('button', { name: 'Add to my Brightside' }).count())
        .toBe(1);
      expect(await plain.textContent('p')).toBe('Published page');
      expect(plain.url()).toBe(SHARE_VIEWER_URL);
      expect(new URL(elsewhere.url()).pathname).toBe('/other/');
    } finally {
      await session.close();
    }
  });
});
