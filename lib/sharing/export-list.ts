/** Every export format of a list, by id: the file's name, type and text. */
import { exportBrightsideJson } from './brightside-json';
import { exportCsv } from './csv';
import { exportHtmlPage } from './html-page';
import { exportMarkdown } from './markdown';
import { exportNetscapeBookmarks } from './netscape-bookmarks';
import { exportRss } from './rss';
import type { ListDocument } from './types';

export const EXPORT_FORMATS = {
  json: { label: 'Brightside JSON', extension: '.brightside.json', mimeType: 'application/json' },
  markdown: { label: 'Markdown', extension: '.md', mimeType: 'text/markdown' },
  html: { label: 'Web page (HTML)', extension: '.html', mimeType: 'text/html' },
  bookmarks: {
    label: 'Bookmarks (any browser)',
    extension: '.bookmarks.html',
    mimeType: 'text/html',
  },
  rss: { label: 'RSS feed', extension: '.rss.xml', mimeType: 'application/rss+xml' },
  csv: { label: 'CSV (spreadsheet)', extension: '.csv', mimeType: 'text/csv' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** A file name from a list name: letters, digits and dashes only. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'brightside-list';
}

export function exportList(
  list: ListDocument,
  format: ExportFormat,
  now = Date.now(),
): ExportedFile {
  const { extension, mimeType } = EXPORT_FORMATS[format];
  const text = {
    json: () => exportBrightsideJson([list], now),
    markdown: () => exportMarkdown([list]),
    html: () => exportHtmlPage(list, now),
    bookmarks: () => exportNetscapeBookmarks([list]),
    rss: () => exportRss(list, now),
    csv: () => exportCsv([list]),
  }[format]();
  return { fileName: fileSlug(list.name) + extension, mimeType, text };
}
