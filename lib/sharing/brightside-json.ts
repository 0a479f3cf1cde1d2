/**
 * Brightside JSON: the documented, versioned format (docs/formats/brightside-json.md, with its JSON
 * Schema). Formats only grow: a file of any version ever released keeps importing; a file from a
 * newer Brightside is refused with a clear error instead of being half-understood.
 *
 * Version 1: `{ format: "brightside", version: 1, kind: "lists" | "backup", exportedAt, generator,
 * lists: [{ name, description?, curator?, createdAt?, updatedAt?, items: [story & { note? }] }],
 * stories?, feedback?, settings? }` (the last three in backups only). Times are ISO 8601 strings.
 */
import { ImportCollector } from './collect-import';
import type { RawEntry } from './entry';
import { entryProblem, importError, place } from './import-problems';
import { LIMITS } from './limits';
import {
  type JsonObject,
  type JsonValue,
  type ListDocument,
  type ListDocumentItem,
  type ParsedImport,
  type SharedStory,
} from './types';

export const FORMAT_ID = 'brightside';
/** The newest version this release writes and reads. */
export const CURRENT_VERSION = 1;
export const SCHEMA_URL = 'https://brightside.example/formats/brightside-v1.schema.json';
export const GENERATOR = 'Brightside';

const iso = (time: number | undefined) =>
  time === undefined || !Number.isFinite(time) ? undefined : new Date(time).toISOString();

/** A story as written in the file (times as ISO strings, empty fields left out). */
export function storyToJson(story: SharedStory | ListDocumentItem): JsonObject {
  const out: Record<string, JsonValue | undefined> = {
    url: story.url,
    title: story.title,
    note: story.note,
    teaser: story.teaser,
    siteName: story.siteName,
    imageUrl: story.imageUrl,
    published: story.published,
    category: story.category ?? undefined,
    savedAt: iso(story.savedAt),
    readAt: story.readAt ? iso(story.readAt) : undefined,
    score: story.score,
    cues: story.cues?.length ? story.cues : undefined,
    tags: story.tags?.length ? story.tags : undefined,
  };
  return withoutEmpty(out);
}

function listToJson(list: ListDocument): JsonObject {
  return withoutEmpty({
    name: list.name,
    description: list.description,
    curator: list.curator,
    createdAt: iso(list.createdAt),
    updatedAt: iso(list.updatedAt),
    items: list.items.map(storyToJson),
  });
}

function withoutEmpty(value: Record<string, JsonValue | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && field !== '') out[key] = field;
  }
  return out;
}

export interface BackupParts {
  stories: SharedStory[];
  lists: ListDocument[];
  feedback: JsonObject[];
  settings?: JsonObject;
}

/** The file for one or more lists. */
export function exportBrightsideJson(lists: ListDocument[], now = Date.now()): string {
  return JSON.stringify(
    {
      $schema: SCHEMA_URL,
      format: FORMAT_ID,
      version: CURRENT_VERSION,
      kind: 'lists',
      exportedAt: iso(now),
      generator: GENERATOR,
      lists: lists.map(listToJson),
    },
    null,
    2,
  );
}

/** The file for a whole library: every story, list, feedback record and the settings. */
export function exportBackupJson(parts: BackupParts, now = Date.now()): string {
  // Compact: backups are large and read by machines; lists stay readable in list exports.
  return JSON.stringify({
    $schema: SCHEMA_URL,
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    kind: 'backup',
    exportedAt: iso(now),
    generator: GENERATOR,
    stories: parts.stories.map(storyToJson),
    lists: parts.lists.map(listToJson),
    feedback: parts.feedback,
    ...(parts.settings ? { settings: parts.settings } : {}),
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a Brightside JSON text (any released version). Throws `ImportError` for a bad file. */
export function parseBrightsideJson(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw importError('invalidJson', (error as Error).message);
  }
  return readBrightsideDocument(data);
}

/** Reads an already parsed Brightside JSON document. */
export function readBrightsideDocument(data: unknown): ParsedImport {
  if (!isObject(data) || data.format !== FORMAT_ID) {
    throw importError('notBrightsideJson');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw importError('noVersion');
  }
  if (version > CURRENT_VERSION) {
    throw importError('newerVersion', version, CURRENT_VERSION);
  }
  // Only version 1 exists so far; later versions add a reader here and keep this one.
  return readVersion1(data);
}

function readVersion1(data: Record<string, unknown>): ParsedImport {
  const kind = data.kind === 'backup' ? 'backup' : 'lists';
  const collector = new ImportCollector(
    kind === 'backup' ? 'brightside-backup' : 'brightside-json',
  );
  const lists = data.lists ?? [];
  if (!Array.isArray(lists)) throw importError('listsNotArray');
  if (lists.length > LIMITS.lists) throw importError('tooManyLists', LIMITS.lists);
  if (kind === 'backup') {
    const stories = data.stories ?? [];
    if (!Array.isArray(stories)) throw importError('storiesNotArray');
    checkCount(stories.length);
    stories.forEach((story, index) => collector.add(entryOf(story), place('story', index + 1)));
  }
  lists.forEach((list, listIndex) => {
    if (!isObject(list)) {
      collector.reject({
        entry: place('list', listIndex + 1),
        reason: entryProblem('notListObject'),
      });
      return;
    }
    const items = list.items ?? [];
    if (!Array.isArray(items)) {
      collector.reject({
        entry: place('list', listIndex + 1),
        reason: entryProblem('itemsNotArray'),
      });
      return;
    }
    checkCount(items.length);
    const index = collector.addList(list, `List ${listIndex + 1}`);
    items.forEach((item, itemIndex) =>
      collector.add(entryOf(item), place('item', itemIndex + 1, listIndex + 1), index),
    );
  });
  const result = collector.result();
  if (kind === 'backup') {
    const feedback = Array.isArray(data.feedback) ? data.feedback.filter(isObject) : [];
    checkCount(feedback.length);
    result.backup = {
      feedback: feedback.map((record) => plainJson(record) as JsonObject),
      ...(isObject(data.settings) ? { settings: plainJson(data.settings) as JsonObject } : {}),
      ...(typeof data.exportedAt === 'string' && Number.isFinite(Date.parse(data.exportedAt))
        ? { exportedAt: Date.parse(data.exportedAt) }
        : {}),
    };
  }
  return result;
}

function checkCount(count: number) {
  if (count > LIMITS.entries) throw importError('tooManyEntries', LIMITS.entries);
}

function entryOf(value: unknown): RawEntry {
  return isObject(value) ? (value as RawEntry) : {};
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A copy of JSON data into plain objects, without keys that could reach a prototype, depth-bounded. */
export function plainJson(value: unknown, depth = 0): JsonValue {
  if (depth > 20) return null;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item) => plainJson(item, depth + 1));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, field] of Object.entries(value)) {
      if (!DANGEROUS_KEYS.has(key)) out[key] = plainJson(field, depth + 1);
    }
    return out;
  }
  return null;
}
