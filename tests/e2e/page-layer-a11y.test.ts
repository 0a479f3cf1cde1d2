/**
 * Accessibility of what Brightside adds to a news page, and of its options page, in real Chromium:
 * axe-core finds no serious or critical violation on Brightside's own elements (badges, the open
 * story card and its saved state, "Mark as uplifting"), in light and dark mode. The news page
 * around them is the publisher's and is not judged here.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { onBrightside, seriousViolations } from './support/axe';
import { DEMO_URL, demoPage, openSession, type Session } from './support/brightside';

const SUN = 'Uplifting story: why? (Brightside)';

describe('accessibility of the page layer and the options page (axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ [DEMO_URL]: demoPage() });
  });
  afterAll(() => session?.close());

  const open = async (url: string, colorScheme: 'light' | 'dark'): Promise<Page> => {
    const page = await session.brightside.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    return page;
  };

  test('the scan reaches into Brightside’s shadow roots', async () => {
    const page = await open(DEMO_URL, 'light');
    await page.getByRole('button', { name: SUN }).first().waitFor();
    expect(await seriousViolations(page, onBrightside)).toEqual([]);
    // A button without a name inside a badge is reported: the filter keeps Brightside's nodes.
    await page.evaluate(() =>
      document
        .querySelector('brightside-badge')!
        .shadowRoot!.append(document.createElement('button')),
    );
    expect(await seriousViolations(page, onBrightside)).toEqual([
      expect.stringMatching(/^critical button-name/),
    ]);
    await page.close();
  });

  for (const [nth, colorScheme] of (['light', 'dark'] as const).entries()) {
    test(`badges, the open card, a save and "Mark as uplifting", ${colorScheme}`, async () => {
      const page = await open(DEMO_URL, colorScheme);
      // A story not saved yet in each mode: the save below stays in the reading list.
      const sun = page.getByRole('button', { name: SUN }).nth(nth);
      await sun.waitFor();
      expect(await seriousViolations(page, onBrightside)).toEqual([]);

      // The card, opened by focus as a keyboard user opens it.
      await sun.focus();
      const card = page.getByRole('dialog', { name: /Uplifting/ });
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await seriousViolations(page, onBrightside)).toEqual([]);

      // Saved from the card: the badge and the card say so.
      await card.getByRole('button', { name: 'Save to Brightside' }).click();
      await card.getByText('Saved to your reading list.').waitFor();
      expect(await seriousViolations(page, onBrightside)).toEqual([]);
      await page.keyboard.press('Escape');

      // "Mark as uplifting", shown while the pointer is on a story marked other.
      const other = page.locator('[data-brightside="other"]').nth(nth);
      await other.locator('a').first().hover();
      await other.getByRole('button', { name: 'Mark as uplifting (Brightside)' }).waitFor();
      expect(await seriousViolations(page, onBrightside)).toEqual([]);
      await page.close();
    });

    test(`the options page, ${colorScheme}`, async () => {
      const page = await open(session.brightside.extensionUrl('options.html'), colorScheme);
      await page.getByRole('radio').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
