/**
 * The standalone viewer (share/), built and served as static files from a plain local server, in
 * real Chromium WITHOUT the extension: a share link's list renders, hostile titles stay text, the
 * page requests nothing beyond its own files, a damaged link gets a clear error, and axe-core
 * finds no serious or critical violation on it, nor on the web page a list is exported as.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/harness/launch-chromium';
import { buildShareViewer } from '../../scripts/build-share-viewer';
import { exportHtmlPage } from '../../lib/sharing/html-page';
import { createShareLink } from '../../lib/sharing/share-link';
import { goodNews, hostile } from '../unit/sharing/sample-lists';
import { seriousViolations } from './support/axe';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

describe('standalone share viewer, no extension', () => {
  let out: string;
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'brightside-share-'));
    await buildShareViewer(out);
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const file = normalize(join(out, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(out)) return void response.writeHead(403).end();
      readFile(file).then(
        (body) => {
          response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          });
          response.end(body);
        },
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("renders a link's list, with notes and credit, requesting nothing else", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const link = createShareLink(goodNews, base);
    await page.goto(link);
    await expect.poll(() => page.getByRole('heading', { name: goodNews.name }).count()).toBe(1);
    expect(await page.locator('.shared-story > a').allTextContents()).toEqual(
      goodNews.items.map((item) => item.title),
    );
    expect(
      await page
        .locator('.shared-story > a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(goodNews.items.map((item) => item.url));
    expect(await page.locator('.curator-name').textContent()).toBe('Ana Lima');
    expect(await page.locator('.shared-note').count()).toBe(2);
    expect(await page.title()).toBe(`${goodNews.name} · Brightside`);
    expect(requests.every((url) => url.startsWith(base))).toBe(true);
    // The list never went to the server: requests carry no fragment.
    expect(requests.some((url) => url.includes('list='))).toBe(false);
    await page.close();
  });

  test('hostile titles and notes are shown as text, nothing runs', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(createShareLink(hostile, base));
    await expect.poll(() => page.getByRole('heading', { name: hostile.name }).count()).toBe(1);
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
    expect(await page.locator('.shared-story > a').first().textContent()).toBe(
      hostile.items[0]!.title,
    );
    expect(dialogs).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is accessible, ${colorScheme}: a list, then a damaged link`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(createShareLink(goodNews, base));
      await page.getByRole('heading', { name: goodNews.name }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(createShareLink(goodNews, base).slice(0, -30));
      await page.getByRole('alert').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    test(`the exported web page is accessible, ${colorScheme}`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setContent(exportHtmlPage(goodNews));
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  test('a damaged link gets a clear error', async () => {
    const page = await browser.newPage();
    const link = createShareLink(goodNews, base);
    await page.goto(link.slice(0, -30));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/damaged|cut short/);
    await page.goto(`${base}#list=9.abc`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/newer Brightside/);
    await page.close();
  });
});
