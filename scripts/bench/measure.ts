/** What every bench suite reports: medians of several runs, and where a peer was measured, the ratio. */
export interface BenchResult {
  suite: string;
  name: string;
  unit: 'ms' | 'MB' | 'per s' | 'count' | 'KB';
  median: number;
  runs: number[];
  /** The bound the issue sets, in the same unit (for the table; the bench does not fail on it). */
  target?: { max?: number; min?: number };
  /** A peer measured side by side in the same run. */
  peer?: { name: string; median: number };
  note?: string;
}

export interface BenchContext {
  /** How many times each measurement is repeated (BENCH_RUNS, default 7). */
  runs: number;
}

export type BenchSuite = (context: BenchContext) => Promise<BenchResult[]>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `measure` `runs` times (after one warm-up) and returns every figure. */
export async function repeat(runs: number, measure: () => Promise<number> | number) {
  await measure();
  const figures: number[] = [];
  for (let i = 0; i < runs; i++) figures.push(await measure());
  return figures;
}
