/**
 * Property tests (fast-check): random and mutated inputs never make an importer throw anything but
 * a clear `ImportError`, whatever they parse to is safe, and an import that fails at any write
 * leaves the database exactly as it was.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BrightsideDatabase } from '@/lib/db/database';
import { saveStory } from '@/lib/db/stories';
import { applyImport, previewImport } from '@/lib/sharing/apply-import';
import { EXPORT_FORMATS, exportList, type ExportFormat } from '@/lib/sharing/export-list';
import { parseImport } from '@/lib/sharing/parse-import';
import { createShareLink } from '@/lib/sharing/share-link';
import { ImportError } from '@/lib/sharing/import-problems';
import type { ParsedImport } from '@/lib/sharing/types';
import { fileProblemText } from '@/components/lists/import-messages';
import { english } from '../../support/english';
import { goodNews, hostile } from './sample-lists';

/** Parses, and fails the property on anything but success or an ImportError. */
function parseSafely(input: string | Uint8Array): ParsedImport | undefined {
  try {
    return parseImport(input);
  } catch (error) {
    if (error instanceof ImportError) {
      expect(fileProblemText(english, error.problem).length).toBeGreaterThan(10);
      return undefined;
    }
    throw error;
  }
}

function expectSafe(parsed: ParsedImport | undefined) {
  if (!parsed) return;
  const urls = new Set<string>();
  for (const story of parsed.stories) {
    expect(story.url).toMatch(/^https?:\/\/[^\s]+$/);
    expect(urls.has(story.url)).toBe(false);
    urls.add(story.url);
    expect(typeof story.title).toBe('string');
    expect(story.title.length).toBeGreaterThan(0);
    expect(story.title.length).toBeLessThanOrEqual(500);
  }
  for (const list of parsed.lists) {
    for (const item of list.items) expect(urls.has(item.url)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const seeds: string[] = [
  ...(Object.keys(EXPORT_FORMATS) as ExportFormat[]).flatMap((format) => [
    exportList(goodNews, format).text,
    exportList(hostile, format).text,
  ]),
  createShareLink(goodNews),
  'title,url,time_added,tags,status\nA,https://a.example/,1700000000,x|y,unread\n',
  'URL,Title,Selection,Folder,Timestamp\nhttps://b.example/,B,,Unread,1690000000\n',
  'https://a.example/1\nhttps://b.example/2\n',
];

/** A mutation of a valid file: cut, splice in junk, delete or duplicate a span, flip a character. */
const mutated = fc
  .record({
    seed: fc.constantFrom(...seeds),
    at: fc.nat(),
    length: fc.nat({ max: 64 }),
    junk: fc.oneof(
      fc.string({ maxLength: 16 }),
      fc.constantFrom(
        '__proto__',
        '"__proto__":{"polluted":true},',
        'javascript:alert(1)',
        'data:text/html,x',
        '<script>',
        '"',
        '\u0000',
        '{',
        '\ud800',
        '#list=1.',
        '<DT><A HREF="javascript:alert(1)">x</A>',
        '9'.repeat(30),
      ),
    ),
    kind: fc.constantFrom('truncate', 'insert', 'delete', 'duplicate', 'replace'),
  })
  .map(({ seed, at, length, junk, kind }) => {
    const i = at % (seed.length + 1);
    switch (kind) {
      case 'truncate':
        return seed.slice(0, i);
      case 'insert':
        return seed.slice(0, i) + junk + seed.slice(i);
      case 'delete':
        return seed.slice(0, i) + seed.slice(i + length);
      case 'duplicate':
        return seed.slice(0, i + length) + seed.slice(i, i + length) + seed.slice(i + length);
      default:
        return seed.slice(0, i) + junk + seed.slice(i + junk.length);
    }
  });

const brightsideJson = fc
  .record({
    version: fc.oneof(fc.constant(1), fc.anything()),
    kind: fc.constantFrom('lists', 'backup', 'other'),
    lists: fc.oneof(
      fc.array(
        fc.record({
          name: fc.anything(),
          curator: fc.anything(),
          items: fc.oneof(
            fc.array(
              fc.record({
                url: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
                title: fc.oneof(fc.string(), fc.anything()),
                note: fc.anything(),
                savedAt: fc.anything(),
                tags: fc.anything(),
              }),
              { maxLength: 8 },
            ),
            fc.anything(),
          ),
        }),
        { maxLength: 4 },
      ),
      fc.anything(),
    ),
    stories: fc.anything(),
    settings: fc.anything(),
    feedback: fc.anything(),
  })
  .map((document) => JSON.stringify({ format: 'brightside', ...document }));

describe('importers never throw an unhandled error', () => {
  test('random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        expectSafe(parseSafely(text)),
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectSafe(parseSafely(bytes))),
      { numRuns: 300 },
    );
  }, 60_000);

  test('mutated exports of every format', () => {
    fc.assert(
      fc.property(mutated, (text) => expectSafe(parseSafely(text))),
      { numRuns: 600 },
    );
  }, 60_000);

  test('random Brightside JSON documents', () => {
    fc.assert(
      fc.property(brightsideJson, (text) => expectSafe(parseSafely(text))),
      {
        numRuns: 300,
      },
    );
  }, 60_000);
});

describe('imports are all or nothing', () => {
  let db: BrightsideDatabase;
  let n = 0;
  beforeEach(async () => {
    db = new BrightsideDatabase(`property-${++n}`);
    await saveStory(db, { url: goodNews.items[0]!.url, title: 'Saved before' });
  });
  afterEach(() => db.delete());

  const snapshot = async () => ({
    stories: await db.stories.toArray(),
    lists: await db.lists.toArray(),
    listItems: await db.listItems.toArray(),
  });

  /** Makes the `failAt`-th write of the import fail (writes are counted across tables). */
  function failWriteNumber(failAt: number) {
    let writes = 0;
    const methods = [
      [db.stories, 'bulkAdd'],
      [db.stories, 'bulkPut'],
      [db.lists, 'add'],
      [db.lists, 'update'],
      [db.listItems, 'bulkAdd'],
      [db.listItems, 'bulkPut'],
    ] as const;
    for (const [table, method] of methods) {
      const original = (table[method] as (...args: unknown[]) => unknown).bind(table);
      vi.spyOn(table, method).mockImplementation(((...args: unknown[]) =>
        ++writes === failAt
          ? Promise.reject(new Error(`write ${failAt} failed`))
          : original(...args)) as never);
    }
    return () => writes;
  }

  test('a failure at any write leaves nothing; without one, the preview comes true', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 6 }), async (text, failAt) => {
        const parsed = parseSafely(text);
        if (!parsed || parsed.stories.length === 0) return;
        const before = await snapshot();
        const preview = await previewImport(db, parsed);
        const writes = failWriteNumber(failAt);
        let failed = false;
        try {
          await applyImport(db, parsed);
        } catch (error) {
          failed = true;
          expect((error as Error).message).toBe(`write ${failAt} failed`);
        }
        vi.restoreAllMocks();
        if (failed) {
          expect(await snapshot()).toEqual(before);
          return;
        }
        // Fewer writes than failAt: the import completed, exactly as previewed.
        expect(writes()).toBeLessThan(failAt);
        expect(await db.stories.count()).toBe(before.stories.length + preview.newStories);
        await db.stories.clear();
        await db.lists.clear();
        await db.listItems.clear();
        await saveStory(db, { url: goodNews.items[0]!.url, title: 'Saved before' });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
