/**
 * The standalone HTML page of a list: one self-contained file that reads well, prints well and
 * works offline. It has no scripts at all (and a Content-Security-Policy that forbids them), loads
 * nothing, and every title and note is escaped text. Brightside can import it back.
 */
import { ImportCollector } from './collect-import';
import { escapeHtml } from './escape-markup';
import { parseHtmlDocument, textOf, type HtmlParser } from './html-document';
import { place } from './import-problems';
import type { ListDocument, ParsedImport } from './types';

export const PAGE_GENERATOR = 'Brightside';

const STYLE = `
:root { color-scheme: light dark; --paper: #ffffff; --ink: #1d2330; --muted: #5b6475; --line: #dde2ea; --accent: #b25e00; background: var(--paper); }
@media (prefers-color-scheme: dark) { :root { --paper: #15181e; --ink: #e9edf3; --muted: #a5afbf; --line: #343b48; --accent: #ffb45c; } }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.55 Georgia, 'Iowan Old Style', serif; color: var(--ink); }
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
.description { white-space: pre-line; color: var(--muted); margin: 0 0 .5rem; }
.curator, footer { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); }
ol { padding-left: 1.5rem; margin: 2rem 0; }
li { margin: 0 0 1.4rem; padding-left: .25rem; break-inside: avoid; }
li a { color: inherit; font-weight: 600; text-decoration-color: var(--accent); text-underline-offset: 3px; }
.site { display: block; font: 13px/1.4 system-ui, sans-serif; color: var(--muted); overflow-wrap: anywhere; }
.teaser { margin: .3rem 0 0; color: var(--muted); }
.note { white-space: pre-line; margin: .5rem 0 0; padding-left: .75rem; border-left: 3px solid var(--accent); }
footer { border-top: 1px solid var(--line); padding-top: 1rem; }
@media print {
  body { font-size: 11pt; color: #000; }
  main { max-width: none; padding: 0; }
  li a::after { content: ' — ' attr(href); font-weight: normal; font-size: 9pt; overflow-wrap: anywhere; }
}`;

export function exportHtmlPage(list: ListDocument, now = Date.now()): string {
  const items = list.items
    .map((item) => {
      const site = item.siteName || new URL(item.url).hostname;
      return [
        `<li class="story">`,
        `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>`,
        `<span class="site">${escapeHtml(site)}</span>`,
        item.teaser ? `<p class="teaser">${escapeHtml(item.teaser)}</p>` : '',
        item.note ? `<p class="note">${escapeHtml(item.note)}</p>` : '',
        `</li>`,
      ].join('');
    })
    .join('\n');
  const date = new Date(now).toISOString().slice(0, 10);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${PAGE_GENERATOR}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(list.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(list.name)}</h1>
${list.description ? `<p class="description">${escapeHtml(list.description)}</p>` : ''}
${list.curator ? `<p class="curator">Curated by <span class="curator-name">${escapeHtml(list.curator)}</span></p>` : ''}
</header>
<ol class="stories">
${items}
</ol>
<footer>${list.items.length} ${list.items.length === 1 ? 'story' : 'stories'} · made with Brightside on <time datetime="${date}">${date}</time></footer>
</main>
</body>
</html>
`;
}

/** Whether a parsed HTML document is a page made by `exportHtmlPage`. */
export function isBrightsidePage(doc: Document): boolean {
  return (
    doc.querySelector('meta[name="generator"]')?.getAttribute('content') === PAGE_GENERATOR &&
    doc.querySelector('ol.stories') !== null
  );
}

export function parseHtmlPage(html: string, parse: HtmlParser = parseHtmlDocument): ParsedImport {
  return readHtmlPage(parse(html));
}

export function readHtmlPage(doc: Document): ParsedImport {
  const collector = new ImportCollector('brightside-html');
  const list = collector.addList({
    name: textOf(doc.querySelector('h1')),
    description: doc.querySelector('.description')?.textContent ?? '',
    curator: textOf(doc.querySelector('.curator-name')),
  });
  doc.querySelectorAll('ol.stories > li').forEach((item, index) => {
    const link = item.querySelector('a[href]');
    const site = textOf(item.querySelector('.site'));
    const url = link?.getAttribute('href') ?? '';
    collector.add(
      {
        url,
        title: textOf(link),
        teaser: item.querySelector('.teaser')?.textContent ?? undefined,
        note: item.querySelector('.note')?.textContent ?? undefined,
        // The page shows the host name when the story had no site name: that is not one.
        siteName: site && site !== safeHost(url) ? site : undefined,
      },
      place('story', index + 1),
      list,
    );
  });
  return collector.result();
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
