/**
 * A benchmark measures one budgeted figure from an issue ("opening a project with 100
 * documents < 150 ms"). Benchmarks are not tests: they print a table and write
 * bench-results.json, and the figures go into the issue notes.
 */
export interface BenchResult {
  name: string;
  /** The measured figure (usually a median), in `unit`. */
  value: number;
  unit: 'ms' | 'MB' | 'x';
  /** The budget from the issue; the figure passes when value < budget. */
  budget: number;
  /** Extra figures worth reporting (p95, runs, reference floor...). */
  detail?: Record<string, number | string>;
}

export interface Benchmark {
  issue: number;
  name: string;
  run(): Promise<BenchResult[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Time `fn` `runs` times after `warmup` untimed runs; milliseconds per run. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));
