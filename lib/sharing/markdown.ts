/**
 * Markdown export (readable as plain text, renders anywhere) and its import. Titles and notes are
 * escaped so that Markdown renderers show them as text: raw HTML in a title never becomes markup.
 *
 *   # Good news this week
 *   > What made us smile.
 *   _Curated by Ana_
 *
 *   1. [Title](<https://…>) — Site
 *      Note, one or more lines
 */
import { ImportCollector } from './collect-import';
import type { RawEntry } from './entry';
import { place, type EntryPlace } from './import-problems';
import type { ListDocument, ParsedImport } from './types';

// Every ASCII punctuation a Markdown renderer could read as syntax or raw HTML.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()<>#+!|~&-]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, (char) => `\\${char}`);
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

// URLs are normalised (spaces, <, > and quotes percent-encoded), so <…> always holds them whole.
const destination = (url: string) => `<${url}>`;

export function exportMarkdown(lists: ListDocument[]): string {
  return lists.map(listMarkdown).join('\n\n---\n\n');
}

function listMarkdown(list: ListDocument): string {
  const lines = [`# ${escapeMarkdown(list.name)}`, ''];
  if (list.description) {
    for (const line of list.description.split('\n')) lines.push(`> ${escapeMarkdown(line)}`);
    lines.push('');
  }
  if (list.curator) lines.push(`_Curated by ${escapeMarkdown(list.curator)}_`, '');
  list.items.forEach((item, index) => {
    const site = item.siteName ? ` — ${escapeMarkdown(item.siteName)}` : '';
    lines.push(`${index + 1}. [${escapeMarkdown(item.title)}](${destination(item.url)})${site}`);
    if (item.note) {
      for (const line of item.note.split('\n')) lines.push(`   ${escapeMarkdown(line)}`);
    }
  });
  return lines.join('\n') + '\n';
}

const ITEM =
  /^\s*(?:\d+[.)]|[-*+])\s+\[(?<title>(?:\\.|[^\]\\])*)\]\((?:<(?<wrapped>[^>\s]+)>|(?<bare>(?:[^()\s]|\([^()\s]*\))+))\)(?:\s+—\s+(?<site>.*))?\s*$/;
const BARE_URL = /^\s*(?:\d+[.)]|[-*+])?\s*<?(https?:\/\/\S+?)>?\s*$/i;

/** Reads Markdown lists of links: `#` headings start lists, indented lines are notes. */
export function parseMarkdown(text: string): ParsedImport {
  const collector = new ImportCollector('markdown');
  let list: number | undefined;
  let pending: { raw: RawEntry; entry: EntryPlace; notes: string[] } | undefined;
  const flush = () => {
    if (!pending) return;
    if (pending.notes.length) pending.raw.note = pending.notes.join('\n');
    collector.add(pending.raw, pending.entry, list);
    pending = undefined;
  };
  const lines = text.split(/\r\n?|\n/);
  let description: string[] | undefined;
  lines.forEach((line, index) => {
    const heading = /^#\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      list = collector.addList({ name: unescapeMarkdown(heading[1]!) });
      description = [];
      return;
    }
    const linked = ITEM.exec(line)?.groups;
    const bare = linked ? undefined : BARE_URL.exec(line);
    if (linked || bare) {
      flush();
      description = undefined;
      pending = {
        raw: linked
          ? {
              url: linked.wrapped ?? linked.bare,
              title: unescapeMarkdown(linked.title!),
              ...(linked.site ? { siteName: unescapeMarkdown(linked.site) } : {}),
            }
          : { url: bare![1] },
        entry: place('line', index + 1),
        notes: [],
      };
      return;
    }
    if (pending && /^\s{2,}\S/.test(line)) {
      pending.notes.push(unescapeMarkdown(line.trim()));
      return;
    }
    if (list !== undefined && description && /^>\s?/.test(line)) {
      description.push(unescapeMarkdown(line.replace(/^>\s?/, '')));
      collector.setListField(list, 'description', description.join('\n'));
      return;
    }
    const curator = /^_Curated by (.+)_\s*$/.exec(line);
    if (list !== undefined && curator) {
      collector.setListField(list, 'curator', unescapeMarkdown(curator[1]!));
      return;
    }
    if (line.trim()) flush();
  });
  flush();
  return collector.result();
}
