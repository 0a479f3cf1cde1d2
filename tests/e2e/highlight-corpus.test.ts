/**
 * Every listing page of the corpus, served under its real host name: Brightside marks it and
 * causes no error. Errors are attributed through DevTools: console errors and exceptions from the
 * extension's own execution contexts (the content script's isolated world), and any error whose
 * source is the extension. The page's own errors (its scripts run without their network) are not
 * Brightside's and are left out.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPage, DATA, openSession, type Session } from './support/brightside';

interface ListingPage {
  file: string;
  url: string;
}

function listingPages(): ListingPage[] {
  const manifest = readFileSync(resolve(DATA, 'pages/MANIFEST.tsv'), 'utf8').trim().split('\n');
  const header = manifest[0]!.split('\t');
  const column = (name: string) => header.indexOf(name);
  return manifest.slice(1).flatMap((line) => {
    const cells = line.split('\t');
    if (cells[column('kind')] !== 'listing') return [];
    const url = /url=(\S+?);/.exec(cells[column('note')] ?? '')?.[1];
    if (!url) return [];
    // Served over https under the same host and path (the news server speaks https only).
    return [{ file: cells[column('file')]!, url: url.replace(/^http:/, 'https:') }];
  });
}

/** The first pages of each site (every site of the corpus), to keep the run within CI's time. */
function perSite(pages: ListingPage[], count: number): ListingPage[] {
  const bySite = new Map<string, ListingPage[]>();
  for (const page of pages) {
    const host = new URL(page.url).hostname;
    bySite.set(host, [...(bySite.get(host) ?? []), page]);
  }
  return [...bySite.values()].flatMap((site) => site.slice(0, count));
}

const ALL = listingPages();
const PAGES = perSite(ALL, 3);
const PARALLEL = 3;

describe('listing pages of every site in the corpus', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(
      Object.fromEntries(PAGES.map((page) => [page.url, corpusPage(page.file)])),
    );
  });
  afterAll(() => session?.close());

  test(`${PAGES.length} real listing pages: marked, and no error from Brightside`, async () => {
    expect(ALL.length).toBeGreaterThan(90);
    expect(new Set(PAGES.map((page) => new URL(page.url).hostname)).size).toBeGreaterThan(9);
    const results: Array<{ url: string; marks: number; errors: string[] }> = [];
    const queue = [...PAGES];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await session.brightside.context.newPage();
        for (let next = queue.shift(); next; next = queue.shift()) {
          results.push(await visit(page, next.url));
        }
        await page.close();
      }),
    );
    const errors = results.flatMap((result) => result.errors.map((e) => `${result.url}: ${e}`));
    expect(errors).toEqual([]);
    // Detection finds stories on the great majority of listing pages; each is marked.
    const marked = results.filter((result) => result.marks > 0).length;
    console.log(
      `marked ${marked}/${results.length} pages; stories per page: ` +
        results.map((result) => result.marks).join(' '),
    );
    expect(marked / results.length).toBeGreaterThan(0.85);
  }, 90_000);
});

async function visit(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  const errors: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://') || context.auxData?.type === 'isolated') {
      extensionContexts.add(context.id);
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const fromExtension =
      extensionContexts.has(exceptionDetails.executionContextId ?? -1) ||
      JSON.stringify(exceptionDetails).includes('chrome-extension://');
    if (fromExtension)
      errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args, stackTrace }) => {
    const fromExtension =
      extensionContexts.has(executionContextId) ||
      JSON.stringify(stackTrace ?? {}).includes('chrome-extension://');
    if (fromExtension && (type === 'error' || type === 'assert')) {
      errors.push(args.map((arg) => arg.value ?? arg.description).join(' '));
    }
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && (entry.url ?? '').startsWith('chrome-extension://')) {
      errors.push(entry.text);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // Wait for the marks (or, on a page with no story found, a few seconds without any).
  let marks = 0;
  await expect
    .poll(async () => (marks = await page.locator('[data-brightside]').count()), { timeout: 4_000 })
    .toBeGreaterThan(0)
    .catch(() => {});
  await cdp.detach();
  return { url, marks, errors };
}
