/**
 * The words for what lib/sharing reports as codes (see lib/sharing/import-problems.ts): a refused
 * file, a rejected entry and where it was, a format's name. All from the i18n catalogue, so each
 * reader gets them in their language; the tables are typed, so a new code without a message does
 * not compile.
 */
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import {
  type EntryPlace,
  type EntryProblem,
  type EntryProblems,
  type FileProblem,
  type FileProblems,
} from '@/lib/sharing/import-problems';
import type { ImportFormat, Rejection } from '@/lib/sharing/types';

export const FILE_PROBLEM_MESSAGES: Record<keyof FileProblems, MessageKey> = {
  fileTooLarge: 'listsFileTooLarge',
  textTooLarge: 'importTextTooLarge',
  compressed: 'importCompressed',
  notUtf8: 'importNotUtf8',
  notText: 'importNotText',
  empty: 'importEmpty',
  unrecognised: 'importUnrecognised',
  tooManyEntries: 'importTooManyEntries',
  tooManyLists: 'importTooManyLists',
  invalidJson: 'importInvalidJson',
  bareJsonArray: 'importBareJsonArray',
  notBrightsideJson: 'importNotBrightsideJson',
  noVersion: 'importNoVersion',
  newerVersion: 'importNewerVersion',
  listsNotArray: 'importListsNotArray',
  storiesNotArray: 'importStoriesNotArray',
  notBackup: 'importNotBackup',
  corruptHtml: 'importCorruptHtml',
  corruptXml: 'importCorruptXml',
  noLinksInHtml: 'importNoLinksInHtml',
  notRss: 'importNotRss',
  noUrlColumn: 'importNoUrlColumn',
  unclosedQuote: 'importUnclosedQuote',
  linkTooLong: 'importLinkTooLong',
  notShareLink: 'importNotShareLink',
  newerLinkVersion: 'importNewerLinkVersion',
  linkNoVersion: 'importLinkNoVersion',
  linkUndecodable: 'importLinkUndecodable',
  linkUnreadable: 'importLinkUnreadable',
  linkNoList: 'importLinkNoList',
  linkCutShort: 'importLinkCutShort',
  linkBadCharacters: 'importLinkBadCharacters',
  linkInflatesTooLarge: 'importLinkInflatesTooLarge',
};

export const ENTRY_PROBLEM_MESSAGES: Record<keyof EntryProblems, MessageKey> = {
  noUrl: 'importRejectNoUrl',
  urlTooLong: 'importRejectUrlTooLong',
  scriptUrl: 'importRejectScriptUrl',
  contentUrl: 'importRejectContentUrl',
  notWebUrl: 'importRejectNotWebUrl',
  notAbsoluteUrl: 'importRejectNotAbsoluteUrl',
  invalidUrl: 'importRejectInvalidUrl',
  notListObject: 'importRejectNotListObject',
  itemsNotArray: 'importRejectItemsNotArray',
};

const PLACE_MESSAGES: Record<EntryPlace['kind'], MessageKey> = {
  line: 'importPlaceLine',
  row: 'importPlaceRow',
  item: 'importPlaceItem',
  link: 'importPlaceLink',
  story: 'importPlaceStory',
  list: 'importPlaceList',
};

export const FORMAT_NAMES: Record<ImportFormat, MessageKey> = {
  'brightside-json': 'importFormatBrightsideJson',
  'brightside-backup': 'importFormatBrightsideBackup',
  'share-link': 'importFormatShareLink',
  'netscape-bookmarks': 'importFormatNetscapeBookmarks',
  'html-links': 'importFormatHtmlLinks',
  'brightside-html': 'importFormatBrightsideHtml',
  'brightside-csv': 'importFormatBrightsideCsv',
  'pocket-csv': 'importFormatPocketCsv',
  'instapaper-csv': 'importFormatInstapaperCsv',
  csv: 'importFormatCsv',
  markdown: 'importFormatMarkdown',
  rss: 'importFormatRss',
  'url-list': 'importFormatUrlList',
};

// Counts and limits read as numbers do in the reader's language ("100,000", "100 000").
const shown = (params: ReadonlyArray<string | number>) =>
  params.map((value) => (typeof value === 'number' ? value.toLocaleString() : value));

export const fileProblemText = (t: Translate, { code, params }: FileProblem): string =>
  t(FILE_PROBLEM_MESSAGES[code], ...shown(params));

export const entryProblemText = (t: Translate, { code, params }: EntryProblem): string =>
  t(ENTRY_PROBLEM_MESSAGES[code], ...shown(params));

export const entryPlaceText = (t: Translate, { kind, number, list }: EntryPlace): string =>
  list !== undefined && kind === 'item'
    ? t('importPlaceListItem', list, number)
    : t(PLACE_MESSAGES[kind], number);

/** "line 4: javascript: URLs are refused (they run code) (javascript:alert(1))", as text. */
export function rejectionText(t: Translate, { entry, reason, value }: Rejection): string {
  const where = entryPlaceText(t, entry);
  const why = entryProblemText(t, reason);
  return value
    ? t('importRejectionWithValue', where, why, value)
    : t('importRejection', where, why);
}

export const formatName = (t: Translate, format: ImportFormat): string => t(FORMAT_NAMES[format]);
