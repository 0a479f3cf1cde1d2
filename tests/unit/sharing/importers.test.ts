/** What other tools export, read as they really write it. */
import { describe, expect, test } from 'vitest';
import { parseCsvRows } from '@/lib/sharing/csv';
import { listDocumentsOf, parseImport } from '@/lib/sharing/parse-import';

const POCKET_CSV = `title,url,time_added,tags,status
"Scientists, at last, restore reef",https://www.example.org/reef?utm_source=pocket,1700000000,science|ocean,unread
https://www.example.org/untitled,https://www.example.org/untitled,1700000100,,archive
`;

const INSTAPAPER_CSV = `URL,Title,Selection,Folder,Timestamp
https://blog.example.com/post,"A post with ""quotes""","Highlighted
over two lines",Unread,1690000000
javascript:alert(1),Bad,,Unread,1690000001
`;

const POCKET_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Pocket Export</title></head><body>
<h1>Unread</h1>
<ul>
<li><a href="https://www.example.org/one" time_added="1600000000" tags="good,news">One &amp; only</a></li>
<li><a href="https://www.example.org/two" time_added="1600000001" tags="">Two</a></li>
</ul>
<h1>Read Archive</h1>
<ul>
<li><a href="https://www.example.org/three" time_added="1600000002" tags="">Three</a></li>
</ul>
</body></html>`;

// As Chrome writes it: nested folders, the toolbar folder, descriptions in DD (Raindrop).
const CHROME_BOOKMARKS = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000500" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>
    <DL><p>
        <DT><A HREF="https://toolbar.example/" ADD_DATE="1700000001">Toolbar link</A>
        <DT><H3 ADD_DATE="1700000002">Science wins</H3>
        <DD>Breakthroughs worth reading
        <DL><p>
            <DT><A HREF="https://science.example/a" ADD_DATE="1700000003" TAGS="space,nasa">Probe lands safely</A>
            <DD>Raindrop note: amazing
            <DT><A HREF="https://science.example/b">Vaccine trial succeeds</A>
            <DT><H3>Deeper</H3>
            <DL><p>
                <DT><A HREF="https://science.example/c">Nested story</A>
            </DL><p>
        </DL><p>
    </DL><p>
    <DT><A HREF="https://loose.example/">Loose bookmark</A>
</DL><p>`;

describe('imports from other tools', () => {
  test('Pocket CSV: titles with commas, tags split on |, seconds, tracking dropped, archive read', () => {
    const parsed = parseImport(POCKET_CSV, { fileName: 'part_000000.csv' });
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.stories).toEqual([
      {
        url: 'https://www.example.org/reef',
        title: 'Scientists, at last, restore reef',
        savedAt: 1_700_000_000_000,
        tags: ['science', 'ocean'],
      },
      {
        url: 'https://www.example.org/untitled',
        title: 'https://www.example.org/untitled',
        savedAt: 1_700_000_100_000,
        readAt: 1_700_000_100_000,
      },
    ]);
    expect(parsed.lists).toEqual([]);
  });

  test('Instapaper CSV: quoted quotes, multi-line selection as the note, bad URL rejected', () => {
    const parsed = parseImport(INSTAPAPER_CSV);
    expect(parsed.format).toBe('instapaper-csv');
    expect(parsed.stories).toEqual([
      {
        url: 'https://blog.example.com/post',
        title: 'A post with "quotes"',
        note: 'Highlighted\nover two lines',
        savedAt: 1_690_000_000_000,
      },
    ]);
    expect(parsed.rejected).toEqual([
      {
        entry: { kind: 'row', number: 3 },
        reason: { code: 'scriptUrl', params: ['javascript'] },
        value: 'javascript:alert(1)',
      },
    ]);
  });

  test("Pocket's HTML export: every link, time_added and tags", () => {
    const parsed = parseImport(POCKET_HTML, { fileName: 'ril_export.html' });
    expect(parsed.format).toBe('html-links');
    expect(
      parsed.stories.map(({ url, title, savedAt, tags }) => ({ url, title, savedAt, tags })),
    ).toEqual([
      {
        url: 'https://www.example.org/one',
        title: 'One & only',
        savedAt: 1_600_000_000_000,
        tags: ['good', 'news'],
      },
      {
        url: 'https://www.example.org/two',
        title: 'Two',
        savedAt: 1_600_000_001_000,
        tags: undefined,
      },
      {
        url: 'https://www.example.org/three',
        title: 'Three',
        savedAt: 1_600_000_002_000,
        tags: undefined,
      },
    ]);
  });

  test('browser bookmarks: folders become lists, the toolbar folder does not, notes from DD', () => {
    const parsed = parseImport(CHROME_BOOKMARKS);
    expect(parsed.format).toBe('netscape-bookmarks');
    expect(parsed.stories).toHaveLength(5);
    const lists = listDocumentsOf(parsed);
    expect(
      lists.map((list) => [list.name, list.description, list.items.map((item) => item.title)]),
    ).toEqual([
      [
        'Science wins',
        'Breakthroughs worth reading',
        ['Probe lands safely', 'Vaccine trial succeeds'],
      ],
      ['Deeper', undefined, ['Nested story']],
    ]);
    expect(lists[0]!.createdAt).toBe(1_700_000_002_000);
    expect(lists[0]!.items[0]).toMatchObject({
      note: 'Raindrop note: amazing',
      tags: ['space', 'nasa'],
      savedAt: 1_700_000_003_000,
    });
  });

  test('a plain list of URLs, with comments, blanks and duplicates', () => {
    const parsed = parseImport(
      '# my links\n\nhttps://a.example/1\nhttps://a.example/1?utm_source=x\n  https://b.example/2  \nftp://c.example/\n',
      { fileName: 'links.txt' },
    );
    expect(parsed.format).toBe('url-list');
    expect(parsed.stories.map((story) => story.url)).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.rejected).toEqual([
      {
        entry: { kind: 'line', number: 6 },
        reason: { code: 'notWebUrl', params: ['ftp'] },
        value: 'ftp://c.example/',
      },
    ]);
  });
});

describe('RFC 4180 CSV', () => {
  test('quotes, doubled quotes, commas and line breaks inside fields, CRLF and LF', () => {
    expect(parseCsvRows('a,"b,c","d ""e""",\r\n"multi\r\nline",x,,\n\nlast')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['multi\r\nline', 'x', '', ''],
      ['last'],
    ]);
  });
});
