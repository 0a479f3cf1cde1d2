/** Build size per entrypoint, raw and gzip: what every reader downloads and every page pays for. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult, BenchSuite } from './measure';

const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export const extensionSize: BenchSuite = async () => {
  const results: BenchResult[] = [];
  for (const path of files(BUILD).filter((file) => /\.(js|css|html)$/.test(file))) {
    const raw = readFileSync(path);
    const name = relative(BUILD, path);
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    results.push(
      {
        suite: 'extension-size',
        name: `${name} raw`,
        unit: 'KB',
        median: kb(raw.length),
        runs: [],
      },
      {
        suite: 'extension-size',
        name: `${name} gzip`,
        unit: 'KB',
        median: kb(gzipSync(raw).length),
        runs: [],
      },
    );
  }
  return results;
};
