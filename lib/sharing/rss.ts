/**
 * RSS 2.0 feed of a list: subscribe to a curator's list in any feed reader. Feed readers render an
 * item's description as HTML, so a note is HTML-escaped and then XML-escaped: it shows as text,
 * tags and all, and never runs. Titles are plain text as RSS 2.0 defines them (XML-escaped).
 */
import { CATEGORIES } from '../classifier/types';
import { ImportCollector } from './collect-import';
import { escapeHtml, escapeXml } from './escape-markup';
import { parseMarkup, parseXmlDocument, textOf } from './html-document';
import { importError, place } from './import-problems';
import type { ListDocument, ParsedImport } from './types';

export const PROJECT_URL = 'https://brightside.example/';

const rfc822 = (time: number) => new Date(time).toUTCString();

export function exportRss(list: ListDocument, now = Date.now()): string {
  const items = list.items.map((item) => {
    const parts = [
      `    <item>`,
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    ];
    if (item.note)
      parts.push(`      <description>${escapeXml(escapeHtml(item.note))}</description>`);
    if (item.siteName) {
      const origin = new URL(item.url).origin + '/';
      parts.push(`      <source url="${escapeXml(origin)}">${escapeXml(item.siteName)}</source>`);
    }
    if (item.category) parts.push(`      <category>${escapeXml(item.category)}</category>`);
    if (item.savedAt) parts.push(`      <pubDate>${rfc822(item.savedAt)}</pubDate>`);
    parts.push(`    </item>`);
    return parts.join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(list.name)}</title>
    <link>${PROJECT_URL}</link>
    <description>${escapeXml(escapeHtml(list.description || list.name))}</description>
${list.curator ? `    <dc:creator>${escapeXml(list.curator)}</dc:creator>\n` : ''}    <generator>Brightside</generator>
    <lastBuildDate>${rfc822(now)}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
}

const categories: ReadonlySet<string> = new Set(CATEGORIES);

/** Decodes the HTML escaping of a description written by `exportRss` (or any feed's entities). */
function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, name: string) => HTML_ENTITIES[name]!);
}
const HTML_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  amp: '&',
};

export function parseRss(xml: string, parse = parseXmlDocument): ParsedImport {
  const doc = parseMarkup(parse, xml, 'corruptXml');
  if (doc.querySelector('parsererror') || !doc.querySelector('rss > channel, channel')) {
    throw importError('notRss');
  }
  const channel = doc.querySelector('channel')!;
  const collector = new ImportCollector('rss');
  const child = (parent: Element, name: string) =>
    Array.from(parent.children).find((element) => element.tagName === name);
  const description = htmlText(child(channel, 'description')?.textContent ?? '');
  const name = textOf(child(channel, 'title'));
  const list = collector.addList({
    name,
    description: description === name ? '' : description,
    curator: textOf(child(channel, 'dc:creator')),
  });
  Array.from(channel.children)
    .filter((element) => element.tagName === 'item')
    .forEach((item, index) => {
      // One pass over the item's children (the first of each name counts), not one per field.
      const fields = new Map<string, Element>();
      for (const element of Array.from(item.children)) {
        if (!fields.has(element.tagName)) fields.set(element.tagName, element);
      }
      const field = (name: string) => fields.get(name);
      const category = textOf(field('category'));
      collector.add(
        {
          url: textOf(field('link')) || textOf(field('guid')),
          title: textOf(field('title')),
          note: htmlText(field('description')?.textContent ?? ''),
          siteName: textOf(field('source')),
          category: categories.has(category) ? category : undefined,
          savedAt: textOf(field('pubDate')) || undefined,
        },
        place('item', index + 1),
        list,
      );
    });
  return collector.result();
}
