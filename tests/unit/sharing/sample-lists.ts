/** Lists the sharing tests export and import: ordinary, and hostile. */
import type { ListDocument } from '@/lib/sharing/types';

const t = (iso: string) => Date.parse(iso);

export const goodNews: ListDocument = {
  name: 'Good news this week',
  description: 'What made us smile.\nSecond line, with "quotes" & ampersands.',
  curator: 'Ana Lima',
  createdAt: t('2026-03-01T09:00:00Z'),
  updatedAt: t('2026-03-07T18:30:00Z'),
  items: [
    {
      url: 'https://news.brightside.example/local/2026/11/officer-comforts-woman-bodycam',
      title: 'Officer stops to comfort woman in mental-health crisis',
      siteName: 'Brightside News',
      teaser: 'A quiet act of kindness caught on camera.',
      category: 'community',
      savedAt: t('2026-03-02T10:00:00Z'),
      note: 'Read this one first.\nThen share it.',
      tags: ['kindness', 'police'],
    },
    {
      url: 'https://www.bbc.co.uk/news/science-environment-12345678',
      title: 'Coral reef recovers faster than expected',
      siteName: 'BBC News',
      savedAt: t('2026-03-03T11:00:00Z'),
    },
    {
      url: 'https://en.wikipedia.org/wiki/Hope_(emotion)',
      title: 'Hope (emotion) — 100% [reference], *not* _news_',
      savedAt: t('2026-03-04T12:00:00Z'),
      note: 'Parentheses, brackets & stars: #1 = "fine"',
    },
  ],
};

/** Titles and notes that try to become markup, formulas or prototype keys. */
export const hostile: ListDocument = {
  name: '<script>alert("list")</script> & </title><img src=x onerror=alert(1)>',
  description: ']]></description><script>alert(2)</script>',
  curator: '<b>Mallory</b>',
  items: [
    {
      url: 'https://evil.example/a?q=%3Cscript%3E',
      title: '<img src=x onerror=alert(3)> "quoted" \'single\'',
      note: '</DD><A HREF="javascript:alert(4)">click</A> ]]> <![CDATA[x]]>',
      siteName: '<i>site</i>',
      savedAt: Date.parse('2026-03-05T00:00:00Z'),
    },
    {
      url: 'https://evil.example/b',
      title: '=HYPERLINK("https://evil.example","x")',
      note: '+1, -1, @sum',
      savedAt: Date.parse('2026-03-06T00:00:00Z'),
    },
    {
      url: 'https://evil.example/c',
      title: '__proto__',
      note: '[x](javascript:alert(5)) <!-- comment -->',
      savedAt: Date.parse('2026-03-07T00:00:00Z'),
    },
  ],
};
