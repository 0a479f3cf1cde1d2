/**
 * Reads the labelled headline sets from ../shared/data (or $BRIGHTSIDE_DATA) and splits them the
 * same way for training, evaluation and tests. Nothing here is copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function dataDir(): string {
  const dir = process.env.BRIGHTSIDE_DATA ?? path.resolve(projectRoot, '../shared/data');
  if (!existsSync(path.join(dir, 'headlines'))) {
    throw new Error(
      `Brightside's labelled data was not found at ${dir}/headlines. ` +
        'Put the shared data directory beside the project (../shared/data) or set BRIGHTSIDE_DATA.',
    );
  }
  return dir;
}

export type Binary = 0 | 1;

export interface RedditRow {
  id: string;
  text: string;
  label: Binary;
  year: number;
  redditScore: number;
}

export interface EditorialRow {
  id: string;
  text: string;
  teaser: string;
  source: string;
  /** positive = 1; negative and neutral (HuffPost lifestyle) = 0. */
  label: Binary;
  rawLabel: string;
}

export interface SemEvalRow {
  id: string;
  text: string;
  valence: number;
  rawLabel: 'positive' | 'negative' | 'neutral';
}

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(path.join(dataDir(), 'headlines', file), 'utf8').split('\n');
  const header = (lines[0] ?? '').split('\t');
  const rows: Record<string, string>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((name, j) => (row[name] = cells[j] ?? ''));
    rows.push(row);
  }
  return rows;
}

export function loadReddit(): RedditRow[] {
  return readTsv('reddit_uplifting_vs_news_2014_2019.tsv').map((r) => ({
    id: r.id ?? '',
    text: r.text ?? '',
    label: r.label === 'positive' ? 1 : 0,
    year: Number((r.created_utc ?? '').slice(0, 4)),
    redditScore: Number(r.score ?? 0),
  }));
}

export function loadEditorial(): EditorialRow[] {
  return readTsv('goodbadnews_editorial.tsv').map((r) => ({
    id: r.id ?? '',
    text: r.text ?? '',
    teaser: r.teaser ?? '',
    source: r.source ?? '',
    label: r.label === 'positive' ? 1 : 0,
    rawLabel: r.label ?? '',
  }));
}

export function loadSemEval(): SemEvalRow[] {
  return readTsv('semeval2007_trial.tsv').map((r) => ({
    id: r.id ?? '',
    text: r.text ?? '',
    valence: Number(r.valence ?? 0),
    rawLabel: (r.label ?? 'neutral') as SemEvalRow['rawLabel'],
  }));
}

export function loadSeedStory(): { headline: string; body: string } {
  const text = readFileSync(path.join(dataDir(), 'seed-story.txt'), 'utf8');
  const newline = text.indexOf('\n');
  return { headline: text.slice(0, newline).trim(), body: text.slice(newline + 1).trim() };
}

/** FNV-1a: a stable hash for deterministic splits. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Reddit: train on 2014-2018, validate on 2019. */
export const REDDIT_VALIDATION_YEAR = 2019;
export const isRedditValidation = (row: RedditRow): boolean => row.year === REDDIT_VALIDATION_YEAR;

/** Editorial: one in five rows (by hash of the id) is the validation split. */
export const isEditorialValidation = (row: EditorialRow): boolean => stableHash(row.id) % 5 === 0;

/** Key for spotting the same headline in two splits. */
export const dedupeKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface DevSets {
  redditTrain: RedditRow[];
  redditValidation: RedditRow[];
  editorialTrain: EditorialRow[];
  editorialValidation: EditorialRow[];
  /** SemEval trial, positive (valence >= 30) vs negative (<= -30); neutral rows dropped. */
  semeval: SemEvalRow[];
}

/** All splits; training rows whose headline also appears in an evaluation set are dropped. */
export function loadDevSets(): DevSets {
  const reddit = loadReddit();
  const editorial = loadEditorial();
  const semeval = loadSemEval().filter((r) => r.rawLabel !== 'neutral');
  const redditValidation = reddit.filter(isRedditValidation);
  const editorialValidation = editorial.filter(isEditorialValidation);
  const held = new Set(
    [...redditValidation, ...editorialValidation, ...loadSemEval()].map((r) => dedupeKey(r.text)),
  );
  return {
    redditTrain: reddit.filter(
      (r) => r.year < REDDIT_VALIDATION_YEAR && !held.has(dedupeKey(r.text)),
    ),
    redditValidation,
    editorialTrain: editorial.filter(
      (r) => !isEditorialValidation(r) && !held.has(dedupeKey(r.text)),
    ),
    editorialValidation,
    semeval,
  };
}
