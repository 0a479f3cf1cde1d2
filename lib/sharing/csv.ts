/**
 * CSV (RFC 4180): Brightside's own export and the exports of Pocket (`title,url,time_added,tags,
 * status`) and Instapaper (`URL,Title,Selection,Folder,Timestamp`), told apart by their header.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) are written
 * with a leading apostrophe, and read back without it.
 */
import { ImportCollector } from './collect-import';
import { importError, place } from './import-problems';
import { LIMITS } from './limits';
import type { ImportFormat, ListDocument, ParsedImport } from './types';

/** Brightside's CSV columns, in order. */
export const CSV_COLUMNS = [
  'url',
  'title',
  'note',
  'site',
  'published',
  'category',
  'tags',
  'saved_at',
  'list',
  'curator',
] as const;

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | undefined): string {
  let text = value ?? '';
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(lists: ListDocument[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const list of lists) {
    for (const item of list.items) {
      rows.push(
        [
          item.url,
          item.title,
          item.note,
          item.siteName,
          item.published,
          item.category ?? undefined,
          item.tags?.join('|'),
          item.savedAt ? new Date(item.savedAt).toISOString() : undefined,
          list.name,
          list.curator,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/**
 * Parses RFC 4180 CSV into rows (quoted fields may hold commas, quotes and line breaks; CRLF or
 * LF). Stops with an `ImportError` past `maxRows` or at a quote left open.
 */
export function parseCsvRows(text: string, maxRows = LIMITS.entries + 1): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      if (rows.length > maxRows) throw importError('tooManyEntries', LIMITS.entries);
    }
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else field += char;
    i++;
  }
  if (quoted) throw importError('unclosedQuote');
  if (field !== '' || row.length) endRow();
  return rows;
}

function uncell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Which CSV this header belongs to, or undefined when it has no URL column. */
export function csvFormat(header: string[]): ImportFormat | undefined {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  if (!names.has('url')) return undefined;
  if (names.has('list') && names.has('curator')) return 'brightside-csv';
  if (names.has('time_added')) return 'pocket-csv';
  if (names.has('selection') || names.has('folder')) return 'instapaper-csv';
  return 'csv';
}

export function parseCsv(text: string): ParsedImport {
  const rows = parseCsvRows(text);
  const header = rows[0];
  const format = header && csvFormat(header);
  if (!header || !format) {
    throw importError('noUrlColumn');
  }
  const column = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const get = (row: string[], ...names: string[]) => {
    for (const name of names) {
      const index = column.get(name);
      if (index !== undefined && row[index] !== undefined && row[index] !== '') {
        return uncell(row[index]);
      }
    }
    return undefined;
  };
  const collector = new ImportCollector(format);
  const lists = new Map<string, number>();
  rows.slice(1).forEach((row, index) => {
    const listName = format === 'brightside-csv' ? get(row, 'list') : undefined;
    let list: number | undefined;
    if (listName) {
      const curator = get(row, 'curator') ?? '';
      const key = `${listName}\u0000${curator}`;
      list = lists.get(key);
      if (list === undefined) {
        list = collector.addList({ name: listName, curator });
        lists.set(key, list);
      }
    }
    const seconds = format === 'pocket-csv' || format === 'instapaper-csv';
    const time = get(row, 'saved_at', 'time_added', 'timestamp', 'created');
    collector.add(
      {
        url: get(row, 'url'),
        title: get(row, 'title'),
        note: get(row, 'note', 'selection', 'excerpt', 'description'),
        siteName: get(row, 'site'),
        published: get(row, 'published'),
        category: get(row, 'category'),
        tags: get(row, 'tags'),
        savedAt: time && seconds && /^\d+$/.test(time) ? Number(time) * 1000 : time,
        // Pocket marks what was read as "archive" without saying when: the save time stands in.
        ...(get(row, 'status') === 'archive' ? { readAt: time && Number(time) * 1000 } : {}),
      },
      place('row', index + 2),
      list,
    );
  });
  return collector.result();
}
