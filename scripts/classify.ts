/**
 * Scores stories from JSON Lines on stdin, one result line per input line on stdout:
 *
 *   echo '{"id": 1, "headline": "Firefighters rescue family from burning home"}' | npm run --silent classify
 *
 * Input fields: id, headline (or text), teaser?, body?. Output: {"id", "score", "uplifting", "cues",
 * "category"}. Streams line by line (constant memory); a malformed line is reported on stderr with
 * its line number and the run goes on. The exit code is 1 when any line was malformed.
 */
import { createInterface } from 'node:readline';
import { scoreUplift, SENSITIVITIES, type Sensitivity } from '../lib/classifier';

export interface ClassifyLine {
  id: unknown;
  score: number;
  uplifting: boolean;
  cues: string[];
  category: string | null;
}

/** Parses and scores one input line; throws an Error whose message says what is wrong. */
export function classifyLine(line: string, sensitivity: Sensitivity = 'balanced'): ClassifyLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a JSON object');
  }
  const record = value as Record<string, unknown>;
  const headline = record.headline ?? record.text;
  if (typeof headline !== 'string') throw new Error('"headline" (or "text") must be a string');
  for (const field of ['teaser', 'body'] as const) {
    if (
      record[field] !== undefined &&
      record[field] !== null &&
      typeof record[field] !== 'string'
    ) {
      throw new Error(`"${field}" must be a string when present`);
    }
  }
  const result = scoreUplift(
    {
      headline,
      teaser: typeof record.teaser === 'string' ? record.teaser : undefined,
      body: typeof record.body === 'string' ? record.body : undefined,
    },
    { sensitivity },
  );
  return {
    id: record.id ?? null,
    score: Math.round(result.score * 10_000) / 10_000,
    uplifting: result.uplifting,
    cues: result.cues,
    category: result.category,
  };
}

async function main(): Promise<void> {
  const flag = process.argv.find((arg) => arg.startsWith('--sensitivity='));
  const sensitivity = (flag?.split('=')[1] ?? 'balanced') as Sensitivity;
  if (!SENSITIVITIES.includes(sensitivity)) {
    process.stderr.write(`unknown sensitivity "${sensitivity}" (${SENSITIVITIES.join(', ')})\n`);
    process.exit(2);
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let errors = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let output: string;
    try {
      output = JSON.stringify(classifyLine(line, sensitivity));
    } catch (error) {
      errors++;
      process.stderr.write(`line ${lineNumber}: ${(error as Error).message}\n`);
      continue;
    }
    // Respect back-pressure so a slow reader keeps memory flat.
    if (!process.stdout.write(`${output}\n`)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
  if (errors > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  void main();
}
