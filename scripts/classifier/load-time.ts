/**
 * Model load time as the extension pays it: the classifier is bundled (esbuild, as a content
 * script would be, model.json inlined), then each run is a fresh Node process that imports the
 * bundle (read, parse, module init) and scores one headline. Reported: median and best of runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { decodeModel, type ModelFile } from '../../lib/classifier/model';
import { projectRoot } from './data';

export interface LoadTime {
  median: number;
  best: number;
  runs: number;
  bundleBytes: number;
}

// A first, empty import starts Node's module loader, which a browser has running already.
const PROBE = `
await import('data:text/javascript,export default 1');
const started = performance.now();
const { scoreUplift } = await import(process.argv[1]);
scoreUplift({ headline: 'Firefighters rescue family from burning home' }).uplifting;
process.stdout.write(String(performance.now() - started));
`;

export function measureLoad(runs = 9): LoadTime {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brightside-load-'));
  try {
    const bundle = path.join(dir, 'classifier.mjs');
    buildSync({
      entryPoints: [path.join(projectRoot, 'lib/classifier/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      outfile: bundle,
      logLevel: 'silent',
    });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', PROBE, `file://${bundle}`],
        {
          encoding: 'utf8',
        },
      );
      times.push(Number(out));
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(runs / 2)]!,
      best: times[0]!,
      runs,
      bundleBytes: statSync(bundle).size,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The model's own share of loading, in this process: JSON.parse of model.json plus decoding
 * (a format check; the weight table is used as stored). Median and best of `runs`.
 */
export function measureModelParse(runs = 15): { median: number; best: number; bytes: number } {
  const text = readFileSync(path.join(projectRoot, 'lib/classifier/model.json'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    decodeModel(JSON.parse(text) as ModelFile);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, best: times[0]!, bytes: Buffer.byteLength(text) };
}
