/**
 * `npm run bench`: measure every budgeted figure, print a table, write bench-results.json.
 * `npm run bench -- foundation` runs only the named benchmarks.
 */
import { writeFileSync } from 'node:fs';
import { agreementBench } from './agreement.bench';
import type { Benchmark, BenchResult } from './benchmark';
import { exchangeBench } from './exchange.bench';
import { foundationBench } from './foundation.bench';
import { frameworkBench } from './framework.bench';
import { importBench } from './import.bench';
import { realistBench } from './realist.bench';
import { transcriptBench } from './transcript.bench';

const benchmarks: Benchmark[] = [foundationBench, importBench, transcriptBench, agreementBench, frameworkBench, exchangeBench, realistBench];

const only = process.argv.slice(2);
const chosen = only.length ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
const rows: (BenchResult & { issue: number; benchmark: string; withinBudget: boolean })[] = [];

for (const bench of chosen) {
  process.stdout.write(`running ${bench.name}…\n`);
  for (const r of await bench.run()) rows.push({ ...r, issue: bench.issue, benchmark: bench.name, withinBudget: r.value < r.budget });
}

const table = rows.map((r) => ({
  issue: `#${r.issue}`,
  figure: r.name,
  measured: `${r.value} ${r.unit}`,
  budget: `< ${r.budget} ${r.unit}`,
  ok: r.withinBudget ? 'yes' : 'NO',
  detail: Object.entries(r.detail ?? {}).map(([k, v]) => `${k}=${v}`).join(' '),
}));
const columns = Object.keys(table[0] ?? {}) as (keyof (typeof table)[number])[];
const widths = columns.map((c) => Math.max(c.length, ...table.map((row) => String(row[c]).length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
process.stdout.write(`\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${table.map((row) => line(columns.map((c) => String(row[c])))).join('\n')}\n`);

const machine = { node: process.version, platform: process.platform, arch: process.arch, cpus: (await import('node:os')).cpus().length };
writeFileSync('bench-results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, results: rows }, null, 2)}\n`);
process.stdout.write('\nwrote bench-results.json\n');
