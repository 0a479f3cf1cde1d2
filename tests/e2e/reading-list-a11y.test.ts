/**
 * Accessibility of the popup and the library page in real Chromium: axe-core, injected into the
 * page, finds no serious or critical violation, in light and dark mode, empty and with stories.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeStories, seedStories } from '../../scripts/bench/reading-list';
import { seriousViolations } from './support/axe';
import { openSession, type Session } from './support/brightside';

describe('accessibility (axe-core)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({});
  });
  afterAll(() => session?.close());

  const open = async (path: string, colorScheme: 'light' | 'dark') => {
    const page = await session.brightside.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(session.brightside.extensionUrl(path));
    return page;
  };

  test('the empty popup', async () => {
    const popup = await open('popup.html', 'light');
    await popup.getByText('Nothing saved yet.').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    // The scan does see problems: an image without a text alternative is reported.
    await popup.evaluate(() => document.body.append(document.createElement('img')));
    expect(await seriousViolations(popup)).toEqual([expect.stringMatching(/^critical image-alt/)]);
    await popup.evaluate(() => document.querySelector('body > img')?.remove());
    await seedStories(popup, makeStories(300));
    await popup.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the popup with stories, ${colorScheme}`, async () => {
      const popup = await open('popup.html', colorScheme);
      await popup.getByRole('listitem').first().waitFor();
      // A deleted story shows Undo: scanned too.
      await popup.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click();
      await popup.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Undo' }).click();
      await popup.close();
    });

    test(`the library page, ${colorScheme}`, async () => {
      const library = await open('library.html', colorScheme);
      await library.getByRole('listitem').first().waitFor();
      await library.getByRole('checkbox').nth(1).check();
      await library
        .getByRole('listitem')
        .first()
        .click({ position: { x: 300, y: 30 } });
      await library.getByRole('button', { name: 'Save tags' }).waitFor();
      expect(await seriousViolations(library)).toEqual([]);
      await library.close();
    });
  }
});
