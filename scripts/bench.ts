/**
 * `npm run bench`: measures cost in real Chromium and Node. Medians of several runs, peers measured
 * side by side in the same run; prints a table and writes reports/bench.json. Tests guard
 * behaviour; this guards cost (machines here are noisy, so nothing here fails on a timer).
 * `npm run bench -- <suite> …` runs only the suites named.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { suites } from './bench/index';
import type { BenchResult } from './bench/measure';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(
    `Unknown suite(s): ${unknown.join(', ')}. Known: ${Object.keys(suites).join(', ')}`,
  );
  process.exit(2);
}

execSync('npx wxt build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const results: BenchResult[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  results.push(...(await suite({ runs })));
}

const format = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(2);
const rows = results.map((result) => {
  const target = result.target
    ? [
        result.target.max !== undefined ? `≤ ${result.target.max}` : '',
        result.target.min !== undefined ? `≥ ${result.target.min}` : '',
      ].join('')
    : '';
  const peer = result.peer
    ? `${result.peer.name} ${format(result.peer.median)} (×${format(result.median / result.peer.median)})`
    : '';
  return [
    result.suite,
    result.name,
    `${format(result.median)} ${result.unit}`,
    target,
    peer,
    result.note ?? '',
  ];
});
const header = ['suite', 'measure', 'median', 'target', 'peer (ratio)', 'note'];
const widths = header.map((title, i) =>
  Math.max(title.length, ...rows.map((row) => row[i]!.length)),
);
const line = (cells: string[]) =>
  cells
    .map((cell, i) => cell.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));

mkdirSync(resolve(root, 'reports'), { recursive: true });
const out = resolve(root, 'reports/bench.json');
writeFileSync(
  out,
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, cpus: cpus().length, runs, results },
    null,
    2,
  ),
);
console.log(`\nWritten: ${out}`);
