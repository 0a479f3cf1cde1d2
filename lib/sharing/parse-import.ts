/**
 * One entry point for every import: a file's bytes (or a pasted text or link) in, a checked
 * `ParsedImport` out, or an `ImportError` that says what is wrong. Nothing here writes anything:
 * the reader sees a preview first (see apply-import.ts).
 */
import { parseBrightsideJson } from './brightside-json';
import { csvFormat, parseCsv, parseCsvRows } from './csv';
import { parseHtmlDocument, parseMarkup, parseXmlDocument, type HtmlParser } from './html-document';
import { isBrightsidePage, readHtmlPage } from './html-page';
import { LIMITS, formatBytes } from './limits';
import { parseMarkdown } from './markdown';
import { readBookmarks } from './netscape-bookmarks';
import { parseRss } from './rss';
import { looksLikeShareLink, parseShareLink } from './share-link';
import { importError } from './import-problems';
import type { ListDocument, ParsedImport } from './types';
import { parseUrlList } from './url-list';

export interface ImportOptions {
  fileName?: string;
  /** HTML parser (DOMParser by default; tests and Node pass happy-dom's). */
  parseHtml?: HtmlParser;
  parseXml?: (xml: string) => Document;
}

/** Decodes file bytes as UTF-8 text, refusing files over the size limit and binary files. */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > LIMITS.fileBytes) {
    throw importError('fileTooLarge', formatBytes(bytes.byteLength), formatBytes(LIMITS.fileBytes));
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw importError('compressed');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw importError('notUtf8');
  }
  return text;
}

/** Reads any supported import. Throws `ImportError` with what is wrong (see import-problems.ts). */
export function parseImport(input: string | Uint8Array, options: ImportOptions = {}): ParsedImport {
  const raw = typeof input === 'string' ? input : decodeImportBytes(input);
  if (raw.length > LIMITS.fileBytes) {
    throw importError('textTooLarge', formatBytes(LIMITS.fileBytes));
  }
  const text = raw.replace(/^\ufeff/, '');
  if (text.slice(0, 4096).includes('\u0000')) {
    throw importError('notText');
  }
  const trimmed = text.trimStart();
  if (!trimmed) throw importError('empty');
  const head = trimmed.slice(0, 1024).toLowerCase();
  const name = (options.fileName ?? '').toLowerCase();

  if (looksLikeShareLink(trimmed)) return parseShareLink(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || name.endsWith('.json')) {
    if (trimmed.startsWith('[')) {
      throw importError('bareJsonArray');
    }
    return parseBrightsideJson(text);
  }
  if (head.startsWith('<?xml') || head.startsWith('<rss')) {
    return parseRss(text, options.parseXml ?? parseXmlDocument);
  }
  if (head.startsWith('<')) {
    const doc = parseMarkup(options.parseHtml ?? parseHtmlDocument, text, 'corruptHtml');
    if (isBrightsidePage(doc)) return readHtmlPage(doc);
    const netscape = head.includes('netscape-bookmark-file') || !!doc.querySelector('dl dt a');
    const parsed = readBookmarks(doc, netscape ? 'netscape-bookmarks' : 'html-links');
    if (parsed.stories.length === 0 && parsed.rejected.length === 0) {
      throw importError('noLinksInHtml');
    }
    return parsed;
  }
  const firstLine = trimmed.slice(0, trimmed.search(/\r|\n|$/));
  if (firstLine.includes(',') && !/^https?:\/\//i.test(firstLine)) {
    const header = parseCsvRows(firstLine, 1)[0] ?? [];
    if (csvFormat(header)) return parseCsv(text);
    if (name.endsWith('.csv')) {
      throw importError('noUrlColumn');
    }
  }
  // Markdown links; `#` lines alone are comments in a list of URLs.
  if (/\]\(/.test(trimmed.slice(0, 65_536))) return parseMarkdown(text);
  const parsed = parseUrlList(text);
  const urlLike = parsed.rejected.some(({ value }) => /^[a-z][a-z0-9+.-]*:/i.test(value ?? ''));
  if (parsed.stories.length === 0 && !urlLike) {
    throw importError('unrecognised');
  }
  return parsed;
}

/** A flat view of an import: its lists with their stories in order (for previews and the viewer). */
export function listDocumentsOf(parsed: ParsedImport): ListDocument[] {
  const byUrl = new Map(parsed.stories.map((story) => [story.url, story]));
  return parsed.lists.map((list) => ({
    ...list,
    items: list.items.map(({ url, note }) => {
      const { note: _storyNote, ...story } = byUrl.get(url)!;
      return note ? { ...story, note } : story;
    }),
  }));
}
