/**
 * Sharing at scale, in real Chromium (no extension needed) on a profile on disk: the sharing code
 * is bundled once and loaded into a page served from a local origin, then, with a 10,000-story
 * list (medians of runs): export in each of the six formats; import each back (parse with the
 * browser's DOMParser and check every entry); preview + apply a 10,000-story import to real
 * IndexedDB in one transaction, new and all-merged, the new one beside plain IndexedDB writing the
 * same rows; the platform's floor (as many empty records, no index, one transaction); and how many
 * stories one share link holds within its 32 KB limit.
 * Target (the issue): export and import of 10,000 stories each under 1 s.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { launchChromiumProfile } from '../harness/launch-chromium';
import type { ListDocument } from '../../lib/sharing/types';
import { bundleForPage } from './bundle-for-page';
import { median, type BenchResult, type BenchSuite } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES = ['BBC News', 'The Guardian', 'NPR', 'Reuters', 'Positive News', 'AP News'];
const WORDS =
  'neighbours volunteers rescue recovery reef school garden community record cure river hope library bakery trees'.split(
    ' ',
  );

/** A list of `count` varied stories, deterministic. */
export function benchList(count: number): ListDocument {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  return {
    name: 'Good news, all of it',
    description: 'Ten thousand reasons to smile.',
    curator: 'Bench',
    createdAt: Date.parse('2026-01-01T00:00:00Z'),
    updatedAt: Date.parse('2026-03-01T00:00:00Z'),
    items: Array.from({ length: count }, (_, i) => ({
      url: `https://news${i % 40}.example/${2026 - (i % 5)}/${word()}-${word()}-${i}`,
      title: `${word()} ${word()} & ${word()}: story ${i} <of> ${count}`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
      siteName: SITES[i % SITES.length]!,
      ...(i % 2 ? { teaser: `A ${word()} ${word()} story about ${word()} and ${word()}.` } : {}),
      ...(i % 3 ? {} : { note: `Note ${i}: read with "${word()}"` }),
      category: 'community' as const,
      savedAt: Date.parse('2026-02-01T00:00:00Z') + i * 60_000,
      tags: i % 4 ? [] : [word()],
    })),
  };
}

const ENTRY = `
export { exportList, EXPORT_FORMATS } from '${ROOT}/lib/sharing/export-list';
export { parseImport } from '${ROOT}/lib/sharing/parse-import';
export { applyImport, previewImport } from '${ROOT}/lib/sharing/apply-import';
export { encodeShareFragment } from '${ROOT}/lib/sharing/share-link';
export { BrightsideDatabase } from '${ROOT}/lib/db/database';
`;

/** The sharing code as one script that sets `window.BrightsideSharing`. */
function bundle(): Promise<string> {
  return bundleForPage(ENTRY, 'BrightsideSharing');
}

type Db = { open(): Promise<unknown>; delete(): Promise<void>; backendDB(): IDBDatabase };
type ParsedStories = {
  stories: Array<{ savedAt?: number; readAt?: number; tags?: string[] }>;
};

type Sharing = {
  exportList(list: ListDocument, format: string): { text: string; fileName: string };
  EXPORT_FORMATS: Record<string, unknown>;
  parseImport(text: string, options: { fileName: string }): { stories: unknown[] };
  previewImport(db: unknown, parsed: unknown): Promise<unknown>;
  applyImport(db: unknown, parsed: unknown): Promise<unknown>;
  encodeShareFragment(list: ListDocument): string;
  BrightsideDatabase: new (name: string) => Db;
};

export const sharing: BenchSuite = async ({ runs }) => {
  const code = await bundle();
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>bench</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchChromiumProfile();
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.addScriptTag({ content: code });
    // tsx keeps function names with a `__name` helper the page does not have.
    await page.evaluate('window.__name = (fn) => fn');
    const figures = await page.evaluate(
      async ({ list, runs }) => {
        const sharing = (window as unknown as { BrightsideSharing: Sharing }).BrightsideSharing;
        // `bound: false`: a figure reported beside the others, not held to the 1 s.
        const out: Record<
          string,
          { runs: number[]; note: string; peer?: number[]; bound?: false }
        > = {};
        // `setup` runs before each timed call, untimed (a fresh database, say); `fn` gets its value.
        const measure = async <T>(
          name: string,
          fn: (value: T) => unknown,
          note = '',
          setup: () => T | Promise<T> = () => undefined as T,
        ) => {
          await fn(await setup());
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const value = await setup();
            const start = performance.now();
            await fn(value);
            times.push(performance.now() - start);
          }
          out[name] = { runs: times, note };
        };
        for (const format of Object.keys(sharing.EXPORT_FORMATS)) {
          const size = sharing.exportList(list, format).text.length;
          await measure(
            `export 10,000 · ${format}`,
            () => sharing.exportList(list, format),
            `${(size / 1024 / 1024).toFixed(1)} MB`,
          );
        }
        for (const format of Object.keys(sharing.EXPORT_FORMATS)) {
          const file = sharing.exportList(list, format);
          const count = sharing.parseImport(file.text, file).stories.length;
          await measure(
            `import 10,000 · ${format} (parse + check)`,
            () => sharing.parseImport(file.text, file),
            `${count} stories`,
          );
        }
        const json = sharing.exportList(list, 'json');
        const empty = new sharing.BrightsideDatabase('bench-preview');
        await measure(
          'import 10,000 · parse + preview (nothing written)',
          async () => sharing.previewImport(empty, sharing.parseImport(json.text, json)),
          'what the reader sees first',
        );
        // A fresh, open database per run (the library's is open before any import), and the last
        // one deleted before the next is made, so no run pays for another's clean-up.
        let n = 0;
        let last: { delete(): Promise<void> } | undefined;
        const fresh = async () => {
          await last?.delete();
          const db = new sharing.BrightsideDatabase(`bench-${++n}`);
          await db.open();
          last = db;
          return db;
        };
        await measure(
          'import 10,000 · parse + preview + apply, new',
          async (db) => {
            const parsed = sharing.parseImport(json.text, json);
            await sharing.previewImport(db, parsed);
            await sharing.applyImport(db, parsed);
          },
          'real IndexedDB, one transaction',
          fresh,
        );
        const parsedOnce = sharing.parseImport(json.text, json);
        // The platform's floor, run for run beside it (so under the same load): the same rows
        // added with plain IndexedDB calls in one transaction, each list item as soon as its
        // story's id is known; no Dexie, no merging, no checks.
        const rows = (parsedOnce as unknown as ParsedStories).stories.map((story) => ({
          ...story,
          savedAt: story.savedAt ?? Date.now(),
          readAt: story.readAt ?? 0,
          tags: story.tags ?? [],
        }));
        const addRaw = (db: { backendDB(): IDBDatabase }) =>
          new Promise<void>((done, fail) => {
            const tx = db.backendDB().transaction(['stories', 'lists', 'listItems'], 'readwrite');
            const listRequest = tx
              .objectStore('lists')
              .add({ name: 'Raw', createdAt: 0, updatedAt: 0 });
            listRequest.onsuccess = () => {
              const items = tx.objectStore('listItems');
              rows.forEach((row, position) => {
                const request = tx.objectStore('stories').add(row);
                request.onsuccess = () =>
                  items.add({ listId: listRequest.result, storyId: request.result, position });
              });
            };
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          });
        // Below any design that keeps a story as a record: as many empty records, in a store with
        // no index, in one transaction. What this costs here no import of 10,000 stories can beat.
        const addEmpty = async (count: number) => {
          const name = `bench-floor-${++n}`;
          const db = await new Promise<IDBDatabase>((done, fail) => {
            const request = indexedDB.open(name, 1);
            request.onupgradeneeded = () =>
              request.result.createObjectStore('rows', { autoIncrement: true });
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
          const start = performance.now();
          await new Promise<void>((done, fail) => {
            const tx = db.transaction('rows', 'readwrite');
            const store = tx.objectStore('rows');
            for (let i = 0; i < count; i++) store.add({});
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          });
          const time = performance.now() - start;
          db.close();
          await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
          return time;
        };
        const applyRuns: number[] = [];
        const rawRuns: number[] = [];
        const floorRuns: number[] = [];
        for (let i = 0; i <= runs; i++) {
          for (const [write, times] of [
            [(db: Db) => sharing.applyImport(db, parsedOnce), applyRuns],
            [addRaw, rawRuns],
          ] as const) {
            const db = await fresh();
            const start = performance.now();
            await write(db);
            // The first round warms up.
            if (i > 0) times.push(performance.now() - start);
          }
          const floor = await addEmpty(rows.length);
          if (i > 0) floorRuns.push(floor);
        }
        out['IndexedDB floor · 10,000 empty records, no index'] = {
          runs: floorRuns,
          note: 'one transaction, plain IndexedDB: the least any 10,000-story import costs here',
          bound: false,
        };
        out['import 10,000 · apply only, new'] = {
          runs: applyRuns,
          peer: rawRuns,
          note: '10,000 stories + 10,000 list items written',
        };
        await last?.delete();
        const merged = new sharing.BrightsideDatabase('bench-merged');
        await sharing.applyImport(merged, sharing.parseImport(json.text, json));
        await measure(
          'import 10,000 · parse + preview + apply, all saved',
          async () => {
            const parsed = sharing.parseImport(json.text, json);
            await sharing.previewImport(merged, parsed);
            await sharing.applyImport(merged, parsed);
          },
          'every story merged',
        );
        await measure(
          'import 10,000 · apply only, all saved',
          () => sharing.applyImport(merged, parsedOnce),
          'reads only: nothing changed',
        );
        await merged.delete();
        let fits = 0;
        for (let count = 50; count <= 3_000; count += 50) {
          try {
            sharing.encodeShareFragment({ ...list, items: list.items.slice(0, count) });
            fits = count;
          } catch {
            break;
          }
        }
        out['stories in one share link (≤ 32 KB)'] = {
          runs: [fits],
          note: 'titles ~45 chars, a third with notes',
          bound: false,
        };
        return out;
      },
      { list: benchList(10_000), runs },
    );
    return Object.entries(figures).map(
      ([name, { runs: values, note, peer, bound }]): BenchResult => ({
        suite: 'sharing',
        name,
        unit: name.startsWith('stories') ? 'count' : 'ms',
        median: median(values),
        runs: values,
        ...(bound === false ? {} : { target: { max: 1000 } }),
        ...(peer ? { peer: { name: 'plain IndexedDB', median: median(peer) } } : {}),
        note,
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
};
