/**
 * Import problems reach the reader as messages of the i18n catalogue: every code lib/sharing can
 * report has one that shows its values, the import preview words its rejections with them, as
 * text, and so does a list too large for a share link.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  entryPlaceText,
  entryProblemText,
  fileProblemText,
  formatName,
  FORMAT_NAMES,
  rejectionText,
} from '@/components/lists/import-messages';
import { errorText } from '@/components/error-text';
import { ImportPanel } from '@/components/lists/ImportPanel';
import { createListsStore, type ListsStore } from '@/components/lists/lists-store';
import { ListsTextContext } from '@/components/lists/lists-text';
import { BrightsideDatabase } from '@/lib/db/database';
import { ListError } from '@/lib/db/lists';
import { StorageFullError } from '@/lib/db/storage-errors';
import { applyImport } from '@/lib/sharing/apply-import';
import { LIMITS } from '@/lib/sharing/limits';
import { parseImport } from '@/lib/sharing/parse-import';
import {
  importError,
  type EntryProblem,
  type EntryProblems,
  type FileProblem,
  type FileProblems,
} from '@/lib/sharing/import-problems';
import type { ImportFormat } from '@/lib/sharing/types';
import { english } from '../support/english';

// One example of every code (the types make the tables complete), with distinctive values.
const FILE_EXAMPLES: { [Code in keyof FileProblems]: FileProblems[Code] } = {
  fileTooLarge: ['40.5 MiB', '32 MiB'],
  textTooLarge: ['32 MiB'],
  compressed: [],
  notUtf8: [],
  notText: [],
  empty: [],
  unrecognised: [],
  tooManyEntries: [100_000],
  tooManyLists: [1_000],
  invalidJson: ['Unexpected end of JSON input'],
  bareJsonArray: [],
  notBrightsideJson: [],
  noVersion: [],
  newerVersion: [7, 1],
  listsNotArray: [],
  storiesNotArray: [],
  notBackup: [],
  corruptHtml: [],
  corruptXml: [],
  noLinksInHtml: [],
  notRss: [],
  noUrlColumn: [],
  unclosedQuote: [],
  linkTooLong: [32_768],
  notShareLink: [],
  newerLinkVersion: [9],
  linkNoVersion: [],
  linkUndecodable: [],
  linkUnreadable: [],
  linkNoList: [],
  linkCutShort: [],
  linkBadCharacters: [],
  linkInflatesTooLarge: ['2 MiB'],
};

const ENTRY_EXAMPLES: { [Code in keyof EntryProblems]: EntryProblems[Code] } = {
  noUrl: [],
  urlTooLong: [4_096],
  scriptUrl: ['vbscript'],
  contentUrl: ['blob'],
  notWebUrl: ['gopher'],
  notAbsoluteUrl: [],
  invalidUrl: [],
  notListObject: [],
  itemsNotArray: [],
};

const shown = (value: string | number) =>
  typeof value === 'number' ? value.toLocaleString() : value;

function expectWorded(text: string, code: string, params: ReadonlyArray<string | number>) {
  expect(text, code).not.toMatch(/^import|^lists/); // a key shows when its message is missing
  expect(text, code).not.toMatch(/\$\d/);
  for (const value of params) expect(text, code).toContain(shown(value));
}

describe('every code has a message that shows its values', () => {
  test('whole files refused', () => {
    for (const [code, params] of Object.entries(FILE_EXAMPLES)) {
      const problem = { code, params } as FileProblem;
      expectWorded(fileProblemText(english, problem), code, params);
    }
    expect(fileProblemText(english, { code: 'newerVersion', params: [7, 1] })).toBe(
      'This file was made by a newer Brightside (format version 7; this one reads up to 1). Update Brightside to import it.',
    );
  });

  test('entries rejected, and where they were', () => {
    for (const [code, params] of Object.entries(ENTRY_EXAMPLES)) {
      const problem = { code, params } as EntryProblem;
      expectWorded(entryProblemText(english, problem), code, params);
    }
    expect(entryPlaceText(english, { kind: 'item', number: 3, list: 2 })).toBe('list 2, item 3');
    expect(entryPlaceText(english, { kind: 'row', number: 12 })).toBe('row 12');
    expect(
      rejectionText(english, {
        entry: { kind: 'line', number: 4 },
        reason: { code: 'scriptUrl', params: ['javascript'] },
        value: 'javascript:alert(1)',
      }),
    ).toBe('line 4: javascript: URLs are refused (they run code) (javascript:alert(1))');
  });

  test('format names and errors that are not import problems', () => {
    for (const format of Object.keys(FORMAT_NAMES) as ImportFormat[]) {
      expect(formatName(english, format)).not.toMatch(/^importFormat/);
    }
    expect(errorText(english, importError('empty'))).toBe('The file is empty.');
    expect(errorText(english, new ListError('listGone'))).toBe('This list no longer exists.');
    expect(errorText(english, new StorageFullError())).toMatch(/out of storage space/);
    expect(errorText(english, new Error('disk unplugged'))).toBe('disk unplugged');
  });
});

describe('the import preview words rejections from the catalogue', () => {
  let db: BrightsideDatabase;
  let store: ListsStore;
  let name = 0;
  beforeEach(() => {
    db = new BrightsideDatabase(`import-messages-${++name}`);
    store = createListsStore(db, english);
  });
  afterEach(async () => {
    cleanup();
    store.stop();
    await db.delete();
  });

  const renderPanel = () =>
    render(
      <ListsTextContext.Provider value={english}>
        <ImportPanel store={store} />
      </ListsTextContext.Provider>,
    );

  test('each rejected entry: where, why, and the value as text', async () => {
    renderPanel();
    const markup = 'data:text/html,<img src=x onerror=alert(1)>';
    fireEvent.input(screen.getByLabelText('Paste a share link or URLs'), {
      target: { value: `https://ok.example/story\n${markup}\nftp://files.example/` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.querySelector('h4')!.textContent).toBe('List of URLs');
    const reasons = Array.from(preview.querySelectorAll('.rejections li'), (li) => li.textContent);
    expect(reasons).toEqual([
      `line 2: data: URLs are refused (they carry content, not an address) (${markup})`,
      'line 3: not a web address (ftp: is not http or https) (ftp://files.example/)',
    ]);
    expect(preview.querySelector('img')).toBeNull();
  });

  test('a list too large for a link says so, by how much, in the reader’s words', async () => {
    const urls = Array.from({ length: 3_000 }, (_, i) => `https://news.example/${i}/${i * 7919}`);
    const { listIds } = await applyImport(
      db,
      parseImport(`# Big\n${urls.map((url) => `- [Story ${url}](${url})`).join('\n')}`),
    );
    const shared = await store.share(listIds[0]!);
    expect(shared).toEqual({
      tooLarge: expect.stringMatching(
        new RegExp(
          `^This list is too large for a link \\([\\d,]+ characters; links hold up to ${LIMITS.linkChars.toLocaleString()}\\)\\. Share it as a file instead\\.$`,
        ),
      ),
    });
  });

  test('a refused file is told in the reader’s words', async () => {
    renderPanel();
    fireEvent.input(screen.getByLabelText('Paste a share link or URLs'), {
      target: { value: '{"format": "brightside", "version": 3, "lists": []}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() =>
      expect(store.error.value).toBe(
        'This file was made by a newer Brightside (format version 3; this one reads up to 1). Update Brightside to import it.',
      ),
    );
  });
});
