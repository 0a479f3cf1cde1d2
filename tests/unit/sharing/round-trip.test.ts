/**
 * Export, then import: every format gives back what it carries, for an ordinary list and for one
 * whose every text tries to become markup. The fixtures made by the first release keep importing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '@/lib/classifier/types';
import { CURRENT_VERSION, SCHEMA_URL } from '@/lib/sharing/brightside-json';
import { exportList, type ExportFormat } from '@/lib/sharing/export-list';
import { LIMITS } from '@/lib/sharing/limits';
import { listDocumentsOf, parseImport } from '@/lib/sharing/parse-import';
import { createShareLink } from '@/lib/sharing/share-link';
import { SHARE_VIEWER_URL } from '@/lib/sharing/publish-address';
import type { ListDocument, ListDocumentItem } from '@/lib/sharing/types';
import { goodNews, hostile } from './sample-lists';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/sharing');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

type Field = keyof ListDocumentItem;
type ListField = 'description' | 'curator' | 'createdAt' | 'updatedAt';

/** What each format carries, beyond url and title. */
const CARRIES: Record<ExportFormat, { items: Field[]; list: ListField[] }> = {
  json: {
    items: ['note', 'teaser', 'siteName', 'category', 'savedAt', 'tags'],
    list: ['description', 'curator', 'createdAt', 'updatedAt'],
  },
  markdown: { items: ['note', 'siteName'], list: ['description', 'curator'] },
  html: { items: ['note', 'teaser', 'siteName'], list: ['description', 'curator'] },
  bookmarks: {
    items: ['note', 'savedAt', 'tags'],
    list: ['description', 'createdAt', 'updatedAt'],
  },
  rss: { items: ['note', 'siteName', 'category', 'savedAt'], list: ['description', 'curator'] },
  csv: { items: ['note', 'siteName', 'category', 'savedAt', 'tags'], list: ['curator'] },
};

function expected(list: ListDocument, carries: { items: Field[]; list: ListField[] }) {
  const pick = <T extends object>(source: T, keys: readonly string[]) =>
    Object.fromEntries(
      Object.entries(source).filter(([key, value]) => keys.includes(key) && value !== undefined),
    );
  return {
    name: list.name,
    ...pick(list, carries.list),
    items: list.items.map((item) => ({
      url: item.url,
      title: item.title,
      ...pick(item, carries.items),
    })),
  };
}

describe.each([
  ['an ordinary list', goodNews],
  ['a list of hostile text', hostile],
])('round trip of %s', (_name, list) => {
  test.each(Object.keys(CARRIES) as ExportFormat[])('%s gives back what it carries', (format) => {
    const file = exportList(list, format, Date.parse('2026-03-08T08:00:00Z'));
    const parsed = parseImport(file.text, { fileName: file.fileName });
    expect(parsed.rejected).toEqual([]);
    const [back] = listDocumentsOf(parsed);
    expect({ ...back }).toEqual(expected(list, CARRIES[format]));
  });

  test('a share link gives back the list, its notes and site names', () => {
    const link = createShareLink(list);
    expect(link.startsWith(`${SHARE_VIEWER_URL}#list=1.`)).toBe(true);
    const parsed = parseImport(link);
    expect(parsed.format).toBe('share-link');
    expect(listDocumentsOf(parsed)).toEqual([
      expected(list, {
        items: ['note', 'siteName'],
        list: ['description', 'curator', 'createdAt'],
      }),
    ]);
  });
});

describe('files made by earlier releases keep importing', () => {
  test('Brightside JSON version 1 list export', () => {
    const parsed = parseImport(fixture('brightside-v1-lists.brightside.json'));
    expect(parsed.format).toBe('brightside-json');
    expect(listDocumentsOf(parsed)).toEqual([expected(goodNews, CARRIES.json)]);
  });

  test('Brightside JSON version 1 hostile export imports as text', () => {
    const parsed = parseImport(fixture('brightside-v1-hostile.brightside.json'));
    expect(listDocumentsOf(parsed)).toEqual([expected(hostile, CARRIES.json)]);
  });

  test('share link version 1', () => {
    const parsed = parseImport(fixture('share-link-v1.txt'));
    expect(listDocumentsOf(parsed)[0]!.items.map((item) => item.title)).toEqual(
      goodNews.items.map((item) => item.title),
    );
  });

  test('Brightside backup version 1', () => {
    const parsed = parseImport(fixture('brightside-v1-backup.json'));
    expect(parsed.format).toBe('brightside-backup');
    expect(parsed.stories).toHaveLength(4);
    expect(parsed.stories.find((story) => story.title === 'Wolves return to the valley')).toEqual({
      url: 'https://www.theguardian.com/environment/2026/mar/01/wolves-return',
      title: 'Wolves return to the valley',
      note: 'My own note',
      category: 'environment',
      savedAt: Date.parse('2026-03-07T08:00:00Z'),
      readAt: Date.parse('2026-03-08T07:00:00Z'),
      score: 0.91,
      cues: ['return'],
      tags: ['nature'],
    });
    expect(parsed.lists).toHaveLength(1);
    expect(parsed.lists[0]!.items[0]).toEqual({
      url: goodNews.items[0]!.url,
      note: goodNews.items[0]!.note,
    });
    expect(parsed.backup?.feedback).toEqual([
      {
        url: 'https://www.bbc.co.uk/news/science-environment-12345678',
        verdict: 'uplifting',
        createdAt: Date.parse('2026-03-08T07:59:59Z'),
      },
    ]);
    expect(parsed.backup?.settings).toMatchObject({ focusMode: true, mutedWords: ['election'] });
  });
});

describe('the documented JSON Schema', () => {
  const schema = JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../../docs/formats/brightside-v1.schema.json'),
      'utf8',
    ),
  );

  test('names the current version and every category the classifier has', () => {
    expect(schema.properties.version.const).toBe(CURRENT_VERSION);
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(schema.$defs.story.properties.category.enum).toEqual([...CATEGORIES]);
  });

  test('states the limits the importer keeps', () => {
    expect(schema.$defs.url.maxLength).toBe(LIMITS.url);
    expect(schema.$defs.story.properties.title.maxLength).toBe(LIMITS.title);
    expect(schema.$defs.story.properties.note.maxLength).toBe(LIMITS.note);
    expect(schema.properties.lists.maxItems).toBe(LIMITS.lists);
    expect(schema.$defs.list.properties.items.maxItems).toBe(LIMITS.entries);
  });

  test('the fixture has every required field and only fields the schema knows', () => {
    const file = JSON.parse(fixture('brightside-v1-lists.brightside.json'));
    for (const key of schema.required) expect(file).toHaveProperty(key);
    for (const key of Object.keys(file)) expect(schema.properties).toHaveProperty(key);
    for (const item of file.lists[0].items) {
      for (const key of Object.keys(item))
        expect(schema.$defs.story.properties).toHaveProperty(key);
    }
  });
});
