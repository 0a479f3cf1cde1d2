/**
 * Chromium gives every extension page a body font of its own (three quarters of the page's size,
 * its default face). Each of Brightside's pages sets its font on the root and must show that one.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrightside, type Brightside } from '../../scripts/harness/launch-chromium';

let brightside: Brightside;
beforeAll(async () => {
  brightside = await launchBrightside();
});
afterAll(() => brightside?.close());

test.each(['popup.html', 'library.html', 'options.html', 'share.html'])(
  '%s shows the font it sets, at its size',
  async (path) => {
    const page = await brightside.context.newPage();
    await page.goto(brightside.extensionUrl(path));
    await page.locator('body *').first().waitFor();
    const fonts = await page.evaluate(() =>
      [document.documentElement, document.body].map((element) => {
        const style = getComputedStyle(element);
        return `${style.fontSize} ${style.fontFamily}`;
      }),
    );
    expect(fonts[1]).toBe(fonts[0]);
    await page.close();
  },
);
