/**
 * Netscape bookmarks HTML: the file every browser and bookmark tool imports and exports (Chrome,
 * Firefox, Safari, Raindrop, Linkwarden; Pocket's HTML export is a close cousin). A list is a
 * folder; a story is a link, its note the `<DD>` after it.
 *
 * Import parses with DOMParser (never a live document) and walks the tree in document order: an
 * `<H3>` names the folder whose `<DL>` follows, so links take the innermost folder they sit in.
 * Links outside any folder (Pocket's export, loose bookmarks) are imported as stories only.
 */
import { ImportCollector } from './collect-import';
import { escapeHtml } from './escape-markup';
import { parseHtmlDocument, textOf, type HtmlParser } from './html-document';
import { place, type EntryPlace } from './import-problems';
import type { ListDocument, ParsedImport } from './types';

const seconds = (time: number | undefined) => (time ? String(Math.floor(time / 1000)) : '');

export function exportNetscapeBookmarks(lists: ListDocument[]): string {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file.',
    '     It will be read and overwritten.',
    '     DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (const list of lists) {
    const created = seconds(list.createdAt);
    const modified = seconds(list.updatedAt);
    lines.push(
      `    <DT><H3${created ? ` ADD_DATE="${created}"` : ''}${modified ? ` LAST_MODIFIED="${modified}"` : ''}>${escapeHtml(list.name)}</H3>`,
    );
    if (list.description) lines.push(`    <DD>${escapeHtml(list.description)}`);
    lines.push('    <DL><p>');
    for (const item of list.items) {
      const added = seconds(item.savedAt);
      const tags = item.tags?.length ? ` TAGS="${escapeHtml(item.tags.join(','))}"` : '';
      lines.push(
        `        <DT><A HREF="${escapeHtml(item.url)}"${added ? ` ADD_DATE="${added}"` : ''}${tags}>${escapeHtml(item.title)}</A>`,
      );
      if (item.note) lines.push(`        <DD>${escapeHtml(item.note)}`);
    }
    lines.push('    </DL><p>');
  }
  lines.push('</DL><p>', '');
  return lines.join('\n');
}

/** Browser folders that hold bookmarks rather than name a list. */
const SPECIAL_FOLDER = ['PERSONAL_TOOLBAR_FOLDER', 'UNFILED_BOOKMARKS_FOLDER'];

export function parseNetscapeBookmarks(
  html: string,
  parse: HtmlParser = parseHtmlDocument,
  format: 'netscape-bookmarks' | 'html-links' = 'netscape-bookmarks',
): ParsedImport {
  return readBookmarks(parse(html), format);
}

export function readBookmarks(
  doc: Document,
  format: 'netscape-bookmarks' | 'html-links' = 'netscape-bookmarks',
): ParsedImport {
  const collector = new ImportCollector(format);
  let links = 0;
  // What the last heading or link was, so a <DD> knows whose description or note it is.
  let last:
    { kind: 'folder'; list?: number } | { kind: 'link'; raw: Record<string, unknown> } | undefined;
  let pendingFolder:
    | { name: string; special: boolean; created?: string; modified?: string; description?: string }
    | undefined;
  const pending: Array<{ raw: Record<string, unknown>; entry: EntryPlace; list?: number }> = [];

  const walk = (element: Element, folder: number | undefined) => {
    for (const child of Array.from(element.children)) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'H3') {
        pendingFolder = {
          name: textOf(child),
          special: SPECIAL_FOLDER.some((attribute) => child.hasAttribute(attribute)),
          created: child.getAttribute('ADD_DATE') ?? undefined,
          modified: child.getAttribute('LAST_MODIFIED') ?? undefined,
        };
        last = { kind: 'folder' };
        continue;
      }
      if (tag === 'DL' || tag === 'UL' || tag === 'OL') {
        let inner = folder;
        if (pendingFolder) {
          if (!pendingFolder.special) {
            inner = collector.addList({
              name: pendingFolder.name,
              createdAt: secondsToMs(pendingFolder.created),
              updatedAt: secondsToMs(pendingFolder.modified),
              description: pendingFolder.description,
            });
            if (last?.kind === 'folder') last.list = inner;
          }
          pendingFolder = undefined;
        }
        walk(child, inner);
        continue;
      }
      if (tag === 'A' && child.hasAttribute('href')) {
        const raw: Record<string, unknown> = {
          url: child.getAttribute('href'),
          title: textOf(child),
          savedAt: secondsToMs(child.getAttribute('ADD_DATE') ?? child.getAttribute('time_added')),
          tags: child.getAttribute('TAGS') ?? undefined,
        };
        pending.push({ raw, entry: place('link', ++links), list: folder });
        last = { kind: 'link', raw };
        continue;
      }
      if (tag === 'DD') {
        // Only the DD's own text: a folder's DL may sit inside it (the parser nests it there).
        const own = Array.from(child.childNodes)
          .filter((node) => node.nodeType === 3)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (own && last?.kind === 'link') last.raw.note = own;
        else if (own && last?.kind === 'folder' && last.list !== undefined) {
          collector.setListField(last.list, 'description', own);
        } else if (own && last?.kind === 'folder' && pendingFolder) {
          pendingFolder.description = own;
        }
        walk(child, folder);
        continue;
      }
      walk(child, folder);
    }
  };
  walk(doc.body ?? doc.documentElement, undefined);
  for (const { raw, entry, list } of pending) collector.add(raw, entry, list);
  return collector.result();
}

function secondsToMs(value: string | null | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  // Some tools write milliseconds or microseconds (Firefox's JSON): take what is plausible.
  for (const scale of [1000, 1, 0.001]) {
    const ms = number * scale;
    if (ms > 631_152_000_000 && ms < 7_258_118_400_000) return Math.round(ms);
  }
  return undefined;
}
