/**
 * Why an import refused a whole input, or one entry of it: a code and the values its message
 * shows. lib/sharing holds no wording, so it stays pure and every reader gets the message in their
 * own language: the pages turn each code into a message of the i18n catalogue
 * (components/lists/import-messages.ts), and a test checks every code has one.
 */

/** What refuses a whole input (nothing of it is written), with the values its message shows. */
export interface FileProblems {
  /** The file's size and the limit, both already formatted ("40 MiB"). */
  fileTooLarge: [size: string, limit: string];
  textTooLarge: [limit: string];
  compressed: [];
  notUtf8: [];
  notText: [];
  empty: [];
  unrecognised: [];
  tooManyEntries: [limit: number];
  tooManyLists: [limit: number];
  /** The JSON parser's own words on where it stopped. */
  invalidJson: [detail: string];
  bareJsonArray: [];
  notBrightsideJson: [];
  noVersion: [];
  newerVersion: [version: number, supported: number];
  listsNotArray: [];
  storiesNotArray: [];
  notBackup: [];
  corruptHtml: [];
  corruptXml: [];
  noLinksInHtml: [];
  notRss: [];
  noUrlColumn: [];
  unclosedQuote: [];
  linkTooLong: [limit: number];
  notShareLink: [];
  newerLinkVersion: [version: number];
  linkNoVersion: [];
  linkUndecodable: [];
  linkUnreadable: [];
  linkNoList: [];
  linkCutShort: [];
  linkBadCharacters: [];
  /** The limit, already formatted ("2 MiB"). */
  linkInflatesTooLarge: [limit: string];
}

/** Why one entry was left out (the rest of the file imports). */
export interface EntryProblems {
  noUrl: [];
  urlTooLong: [limit: number];
  /** javascript:, vbscript: */
  scriptUrl: [scheme: string];
  /** data:, blob: */
  contentUrl: [scheme: string];
  notWebUrl: [scheme: string];
  notAbsoluteUrl: [];
  invalidUrl: [];
  notListObject: [];
  itemsNotArray: [];
}

type ProblemOf<Table> = {
  [Code in keyof Table]: { code: Code; params: Table[Code] };
}[keyof Table];

export type FileProblem = ProblemOf<FileProblems>;
export type EntryProblem = ProblemOf<EntryProblems>;

export function entryProblem<Code extends keyof EntryProblems>(
  code: Code,
  ...params: EntryProblems[Code]
): EntryProblem {
  return { code, params } as EntryProblem;
}

/** Where an entry was in its file: "line 4", "row 12", "list 2, item 3". */
export interface EntryPlace {
  kind: 'line' | 'row' | 'item' | 'link' | 'story' | 'list';
  /** From 1, as the reader counts. */
  number: number;
  /** The list the item is in (Brightside JSON), from 1. */
  list?: number;
}

export const place = (kind: EntryPlace['kind'], number: number, list?: number): EntryPlace =>
  list === undefined ? { kind, number } : { kind, number, list };

/** A whole input refused: wrong format, corrupt, too large, from a future version. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problem: FileProblem) {
    // The code and its values, for logs; readers see the catalogue's message.
    super(problem.params.length ? `${problem.code} (${problem.params.join(', ')})` : problem.code);
  }
}

export function importError<Code extends keyof FileProblems>(
  code: Code,
  ...params: FileProblems[Code]
): ImportError {
  return new ImportError({ code, params } as FileProblem);
}
