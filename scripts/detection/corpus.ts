/**
 * The real pages in ../shared/data/pages, read in place (never copied into the project): the
 * manifest, the gzip-compressed HTML, and a server-side DOM (linkedom) to run detection on.
 * The data folder is `../shared/data` from the project root, or $BRIGHTSIDE_DATA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function dataDir(): string {
  return process.env.BRIGHTSIDE_DATA
    ? resolve(process.env.BRIGHTSIDE_DATA)
    : resolve(PROJECT_ROOT, '..', 'shared', 'data');
}

/** The pages folder, or an error that says where it was looked for and how to point elsewhere. */
export function pagesDir(): string {
  const dir = join(dataDir(), 'pages');
  if (!existsSync(join(dir, 'MANIFEST.tsv'))) {
    throw new Error(
      `Real pages not found: ${dir}/MANIFEST.tsv is missing. Put the shared data at ../shared/data ` +
        'beside the project, or set BRIGHTSIDE_DATA to its folder.',
    );
  }
  return dir;
}

export interface CorpusPage {
  file: string;
  sourceRepo: string;
  path: string;
  kind: string;
  site: string;
  bytes: number;
  note: string;
  /** The original URL where the manifest gives one (`url=` in the note). */
  url?: string;
}

export function readManifest(): CorpusPage[] {
  const text = readFileSync(join(pagesDir(), 'MANIFEST.tsv'), 'utf8');
  const [, ...rows] = text.trim().split('\n');
  return rows.map((row) => {
    const [
      file = '',
      sourceRepo = '',
      path = '',
      ,
      ,
      kind = '',
      site = '',
      bytes = '0',
      note = '',
    ] = row.split('\t');
    const url = /(?:^|; )url=([^;\s]+)/.exec(note)?.[1];
    return {
      file,
      sourceRepo,
      path,
      kind,
      site,
      bytes: Number(bytes),
      note,
      ...(url ? { url } : {}),
    };
  });
}

export function readPageHtml(file: string): string {
  const raw = readFileSync(join(pagesDir(), file));
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

export function readPageText(file: string): string {
  return readFileSync(join(pagesDir(), file), 'utf8');
}

/** A server-side DOM of the HTML. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(file: string): Document {
  return parseDocument(readPageHtml(file));
}

export const SENIOR_RESEARCH = 'AdamClarkStandke/SeniorResearch';
export const READABILITY = 'mozilla/readability';
export const NEWSPAPER = 'codelucas/newspaper';

/** Readability's real article pages (not its synthetic cases) with their expected metadata. */
export function readabilityArticles(): { page: CorpusPage; expectedFile: string; name: string }[] {
  return readManifest()
    .filter((page) => page.sourceRepo === READABILITY && page.kind === 'article')
    .map((page) => ({
      page,
      expectedFile: page.file.replace(/source\.html\.gz$/, 'expected-metadata.json'),
      name: page.file.split('/').slice(-2, -1)[0] ?? page.file,
    }));
}

/** The URL readability's own tests give their pages. */
export const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';
