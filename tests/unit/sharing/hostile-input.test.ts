/**
 * Bad input gets a clear error and writes nothing: wrong formats, cut-short and corrupt files,
 * future versions, oversize files, too many entries, unsafe URLs, markup in text, prototype keys.
 */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportList } from '@/lib/sharing/export-list';
import { LIMITS } from '@/lib/sharing/limits';
import { listDocumentsOf, parseImport } from '@/lib/sharing/parse-import';
import {
  createShareLink,
  encodeShareFragment,
  ShareLinkTooLargeError,
  toBase64Url,
} from '@/lib/sharing/share-link';
import { ImportError } from '@/lib/sharing/import-problems';
import {
  entryPlaceText,
  entryProblemText,
  fileProblemText,
} from '@/components/lists/import-messages';
import { english } from '../../support/english';
import { goodNews, hostile } from './sample-lists';

/** Refused whole, and the reader is told so in words that match `message`. */
const refused = (input: string | Uint8Array, message: RegExp) => {
  let error: unknown;
  try {
    parseImport(input);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect(fileProblemText(english, (error as ImportError).problem)).toMatch(message);
};

const json = (value: unknown) => JSON.stringify(value);
const v1 = (lists: unknown[]) => ({ format: 'brightside', version: 1, kind: 'lists', lists });

describe('whole files refused with a clear error', () => {
  test('wrong format', () => {
    refused('{"hello": "world"}', /not a Brightside export/);
    refused('[1, 2, 3]', /not a Brightside export/);
    refused('just some words\nand more words', /does not recognise/);
    refused('', /empty/);
    refused('a,b,c\n1,2,3', /does not recognise/);
  });

  test('truncated and corrupt files', () => {
    const text = exportList(goodNews, 'json').text;
    refused(text.slice(0, text.length / 2), /cut short or corrupt/);
    refused(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]), /not text/);
    refused(new Uint8Array([0x1f, 0x8b, 8, 0, 0]), /compressed/);
    refused('url,title\n"https://a.example/1,unterminated', /cut short/);
    refused('<?xml version="1.0"?><rss><channel><title>x</title>', /not an RSS 2.0 feed|cut short/);
  });

  test('unknown future versions', () => {
    refused(json({ format: 'brightside', version: 2, lists: [] }), /newer Brightside.*version 2/);
    refused(json({ format: 'brightside', version: 'one', lists: [] }), /no valid version/);
    const link = createShareLink(goodNews).replace('#list=1.', '#list=7.');
    refused(link, /newer Brightside/);
  });

  test('files over the size limit', () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1).fill(0x61);
    refused(big, /32 MiB/);
  });

  test('millions of entries', () => {
    const items = Array.from({ length: LIMITS.entries + 1 }, (_, i) => ({
      url: `https://a.example/${i}`,
    }));
    refused(json(v1([{ name: 'Huge', items }])), /more than 100,000 entries/);
    const lines = Array.from({ length: LIMITS.entries + 1 }, (_, i) => `https://a.example/${i}`);
    refused(lines.join('\n'), /more than 100,000 entries/);
    refused(['url', ...lines].join('\n') + ',', /more than 100,000 entries|no "url"/);
    refused(['url,title', ...lines.map((line) => `${line},t`)].join('\n'), /100,000 entries/);
  }, 30_000);

  test('damaged share links', () => {
    const link = createShareLink(goodNews);
    refused(link.slice(0, link.length - 20), /damaged or cut short|cut short/);
    refused(link.slice(0, -3) + '!!!', /not a Brightside share link|characters/);
    refused('https://brightside.example/share/#list=1.AAAA', /damaged/);
    // A compression bomb: a tiny link that would unpack to many megabytes.
    const bomb = toBase64Url(deflateSync(strToU8(' '.repeat(LIMITS.linkInflatedBytes + 10))));
    refused(`https://brightside.example/share/#list=1.${bomb}`, /unpacks to more than/);
    // Valid compression, but not a list.
    const notList = toBase64Url(deflateSync(strToU8('{"v":1,"n":"x"}')));
    refused(`#list=1.${notList}`, /holds no list/);
  });
});

describe('entries refused one by one, the rest imported', () => {
  test('javascript:, data: and other non-web URLs are rejected with the reason', () => {
    const parsed = parseImport(
      json(
        v1([
          {
            name: 'Mixed',
            items: [
              { url: 'javascript:alert(1)', title: 'x' },
              { url: ' JaVaScRiPt:alert(1)', title: 'x' },
              { url: 'data:text/html,<script>alert(1)</script>', title: 'x' },
              { url: 'vbscript:msgbox', title: 'x' },
              { url: 'file:///etc/passwd', title: 'x' },
              { url: 'not a url at all', title: 'x' },
              { url: 'https://', title: 'x' },
              { url: 42, title: 'x' },
              { url: `https://a.example/${'x'.repeat(LIMITS.url)}`, title: 'x' },
              { url: 'https://ok.example/story', title: 'Fine' },
            ],
          },
        ]),
      ),
    );
    expect(parsed.stories.map((story) => story.url)).toEqual(['https://ok.example/story']);
    expect(parsed.rejected.map(({ reason }) => entryProblemText(english, reason))).toEqual([
      'javascript: URLs are refused (they run code)',
      'javascript: URLs are refused (they run code)',
      'data: URLs are refused (they carry content, not an address)',
      'vbscript: URLs are refused (they run code)',
      'not a web address (file: is not http or https)',
      'not an absolute web address',
      'not a valid URL',
      'no URL',
      // Limits read as numbers do in the reader's language.
      `URL longer than ${LIMITS.url.toLocaleString()} characters`,
    ]);
    expect(entryPlaceText(english, parsed.rejected[0]!.entry)).toBe('list 1, item 1');
    expect(parsed.rejected[0]!.value).toBe('javascript:alert(1)');
  });

  test('unsafe URLs in bookmarks, CSV, Markdown and URL lists are rejected too', () => {
    const inputs = [
      '<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="javascript:alert(1)">x</A><DT><A HREF="https://ok.example/">ok</A></DL>',
      'url,title\njavascript:alert(1),x\nhttps://ok.example/,ok',
      '# L\n1. [x](javascript:alert(1))\n2. [ok](<https://ok.example/>)',
      'data:text/html,hi\nhttps://ok.example/',
    ];
    for (const input of inputs) {
      const parsed = parseImport(input);
      expect(parsed.stories.map((story) => story.url)).toEqual(['https://ok.example/']);
      expect(parsed.rejected).toHaveLength(1);
      expect(entryProblemText(english, parsed.rejected[0]!.reason)).toMatch(
        /^(javascript|data): URLs are refused/,
      );
    }
  });

  test('keys such as __proto__ are plain data and pollute nothing', () => {
    const text =
      '{"format":"brightside","version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      '"lists":[{"name":"P","__proto__":{"isAdmin":true},"items":[{"url":"https://a.example/1","title":"__proto__","__proto__":{"polluted":true},"tags":["__proto__"]}]}],' +
      '"kind":"backup","stories":[],"settings":{"__proto__":{"polluted":true},"focusMode":true},"feedback":[{"__proto__":{"x":1},"url":"https://a.example/1"}]}';
    const parsed = parseImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const [list] = listDocumentsOf(parsed);
    expect(list!.items[0]).toEqual({
      url: 'https://a.example/1',
      title: '__proto__',
      tags: ['__proto__'],
    });
    expect(Object.keys(parsed.backup!.settings!)).toEqual(['focusMode']);
    expect(Object.getPrototypeOf(parsed.backup!.settings)).toBe(Object.prototype);
    expect(Object.keys(parsed.backup!.feedback[0]!)).toEqual(['url']);
  });

  test('control characters and bidi overrides are removed, long text is bounded', () => {
    const parsed = parseImport(
      json(
        v1([
          {
            name: 'x'.repeat(1_000),
            items: [
              {
                url: 'https://a.example/1',
                title: 'Evil\u0000\u202etxt.exe\u0007 title',
                note: 'n'.repeat(10_000),
              },
            ],
          },
        ]),
      ),
    );
    const [list] = listDocumentsOf(parsed);
    expect(list!.name).toHaveLength(LIMITS.listName);
    expect(list!.items[0]!.title).toBe('Eviltxt.exe title');
    expect(list!.items[0]!.note).toHaveLength(LIMITS.note);
  });
});

describe('exports keep every text as text', () => {
  test('the HTML page has no scripts, forbids them, and escapes every title and note', () => {
    const { text } = exportList(hostile, 'html');
    expect(text).not.toMatch(/<script|<img|<b>|<i>|href="javascript:/i);
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(text).toContain('&lt;img src=x onerror=alert(3)&gt;');
    const doc = new DOMParser().parseFromString(text, 'text/html');
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('h1')!.textContent).toBe(hostile.name);
    expect(doc.querySelectorAll('a')).toHaveLength(3);
  });

  test('bookmarks: no live markup, titles are text in any browser', () => {
    const { text } = exportList(hostile, 'bookmarks');
    expect(text).not.toMatch(/<script|<img|<b>|HREF="javascript:/i);
    const doc = new DOMParser().parseFromString(text, 'text/html');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      hostile.items.map((item) => item.url),
    );
  });

  test('RSS: well-formed XML; descriptions escaped twice so readers show tags as text', () => {
    const { text } = exportList(hostile, 'rss');
    expect(text).not.toMatch(/<script|<img|<b>|<!\[CDATA\[x/i);
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const description = doc.querySelector('item description')!.textContent!;
    // What a feed reader renders as HTML is still escaped markup.
    expect(description).toBe(
      '&lt;/DD&gt;&lt;A HREF=&quot;javascript:alert(4)&quot;&gt;click&lt;/A&gt; ]]&gt; &lt;![CDATA[x]]&gt;',
    );
  });

  test('Markdown: markup and link syntax in titles are escaped', () => {
    const { text } = exportList(hostile, 'markdown');
    // Every < outside link destinations is escaped, and no link to javascript: is formed.
    expect(text.replace(/\]\(<https:[^>\s]+>\)/g, '')).not.toMatch(/(^|[^\\])</m);
    expect(text).not.toMatch(/[^\\]\]\(javascript:/i);
    expect(text).toContain('\\[x\\]\\(javascript:alert\\(5\\)\\)');
  });

  test('CSV: cells a spreadsheet would run as formulas are neutralised', () => {
    const { text } = exportList(hostile, 'csv');
    const lines = text.split('\r\n');
    expect(lines[2]).toMatch(
      /^https:\/\/evil\.example\/b,"'=HYPERLINK\(""https:\/\/evil\.example"",""x""\)","'\+1, -1, @sum"/,
    );
  });

  test('a list too large for a link says so (and by how much)', () => {
    const items = Array.from({ length: 3_000 }, (_, i) => ({
      url: `https://news.example/${i}/${Math.random().toString(36).slice(2)}`,
      title: `Story ${i} ${Math.random().toString(36)}`,
    }));
    let error: unknown;
    try {
      encodeShareFragment({ name: 'Big', items });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ShareLinkTooLargeError);
    expect((error as ShareLinkTooLargeError).length).toBeGreaterThan(LIMITS.linkChars);
  });
});
