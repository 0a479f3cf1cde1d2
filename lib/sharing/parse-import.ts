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
import { ImportError, type ListDocument, type ParsedImport } from './types';
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
    throw new ImportError(
      `This file is ${formatBytes(bytes.byteLength)}; Brightside imports files up to ${formatBytes(LIMITS.fileBytes)}.`,
    );
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new ImportError('This file is compressed (gzip): unpack it first, then import it.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('This file is not text (UTF-8): it may be corrupt or of another kind.');
  }
  return text;
}

/** Reads any supported import. Throws `ImportError` with a reader-facing message. */
export function parseImport(input: string | Uint8Array, options: ImportOptions = {}): ParsedImport {
  const raw = typeof input === 'string' ? input : decodeImportBytes(input);
  if (raw.length > LIMITS.fileBytes) {
    throw new ImportError(
      `This text is over ${formatBytes(LIMITS.fileBytes)}; Brightside imports up to that size.`,
    );
  }
  const text = raw.replace(/^\ufeff/, '');
  if (text.slice(0, 4096).includes('\u0000')) {
    throw new ImportError('This file is not text: it may be corrupt or of another kind.');
  }
  const trimmed = text.trimStart();
  if (!trimmed) throw new ImportError('The file is empty.');
  const head = trimmed.slice(0, 1024).toLowerCase();
  const name = (options.fileName ?? '').toLowerCase();

  if (looksLikeShareLink(trimmed)) return parseShareLink(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || name.endsWith('.json')) {
    if (trimmed.startsWith('[')) {
      throw new ImportError('This JSON file is not a Brightside export (it is a bare array).');
    }
    return parseBrightsideJson(text);
  }
  if (head.startsWith('<?xml') || head.startsWith('<rss')) {
    return parseRss(text, options.parseXml ?? parseXmlDocument);
  }
  if (head.startsWith('<')) {
    const doc = parseMarkup(options.parseHtml ?? parseHtmlDocument, text, 'HTML');
    if (isBrightsidePage(doc)) return readHtmlPage(doc);
    const netscape = head.includes('netscape-bookmark-file') || !!doc.querySelector('dl dt a');
    const parsed = readBookmarks(doc, netscape ? 'netscape-bookmarks' : 'html-links');
    if (parsed.stories.length === 0 && parsed.rejected.length === 0) {
      throw new ImportError('This HTML file has no links to import.');
    }
    return parsed;
  }
  const firstLine = trimmed.slice(0, trimmed.search(/\r|\n|$/));
  if (firstLine.includes(',') && !/^https?:\/\//i.test(firstLine)) {
    const header = parseCsvRows(firstLine, 1)[0] ?? [];
    if (csvFormat(header)) return parseCsv(text);
    if (name.endsWith('.csv')) {
      throw new ImportError('This CSV file has no "url" column in its first row.');
    }
  }
  // Markdown links; `#` lines alone are comments in a list of URLs.
  if (/\]\(/.test(trimmed.slice(0, 65_536))) return parseMarkdown(text);
  const parsed = parseUrlList(text);
  const urlLike = parsed.rejected.some(({ value }) => /^[a-z][a-z0-9+.-]*:/i.test(value ?? ''));
  if (parsed.stories.length === 0 && !urlLike) {
    throw new ImportError(
      'Brightside does not recognise this file: it reads Brightside JSON, share links, bookmarks HTML, Pocket and Instapaper CSV, Markdown, RSS and lists of URLs.',
    );
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
