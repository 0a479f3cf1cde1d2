/**
 * Test fixtures for the real-browser tests: the local news server with the demo page and real
 * corpus pages under their real host names, and Chromium with the built extension loaded.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { launchBrightside, type Brightside } from '../../../scripts/harness/launch-chromium';
import { servePage, startNewsServer, type NewsServer } from '../../../scripts/harness/news-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DATA = process.env.BRIGHTSIDE_DATA ?? resolve(ROOT, '../shared/data');
export const DEMO_URL = 'https://news.brightside.example/';

export function demoPage(): string {
  return readFileSync(resolve(ROOT, 'docs/demo/front-page.html'), 'utf8');
}

/** A page from ../shared/data/pages (gzip), read where it lives: never copied into the project. */
export function corpusPage(file: string): string {
  return gunzipSync(readFileSync(resolve(DATA, 'pages', file))).toString('utf8');
}

export interface Session {
  server: NewsServer;
  brightside: Brightside;
  close(): Promise<void>;
}

/** Serves `pages` (URL → HTML) and starts Chromium with Brightside. */
export async function openSession(pages: Record<string, string>): Promise<Session> {
  const server = await startNewsServer();
  for (const [url, html] of Object.entries(pages)) servePage(server, url, html);
  const brightside = await launchBrightside({ server });
  // Corpus pages reference their sites' scripts, images and ads; this machine has no internet, so
  // answer those at once instead of waiting on DNS. Only hosts served here are reachable.
  await brightside.context.route(
    (url) => url.protocol.startsWith('http') && !server.sites.has(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  return {
    server,
    brightside,
    async close() {
      await brightside.close();
      await server.close();
    },
  };
}

/** Reads the saved stories straight from the extension's IndexedDB, in its service worker. */
export function storedStories(worker: Worker): Promise<Array<{ url: string; title: string }>> {
  return worker.evaluate(
    () =>
      new Promise<Array<{ url: string; title: string }>>((done, fail) => {
        const open = indexedDB.open('brightside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('stories')) return done([]);
          const all = db.transaction('stories').objectStore('stories').getAll();
          all.onsuccess = () => done(all.result);
          all.onerror = () => fail(all.error);
        };
      }),
  );
}
