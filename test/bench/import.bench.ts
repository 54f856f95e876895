import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../support/paths';
import { median, percentile, round, type Benchmark } from './benchmark';

interface ChildRun {
  importMs: number;
  floorMs: number;
  imported: number;
  files: number;
  maxRssMB: number;
  searchMs: number[];
}

/** Import the 557-file corpus into a new project, in fresh processes (so peak memory is the import's own). */
export const importBench: Benchmark = {
  issue: 4,
  name: 'import',
  async run() {
    const runs: ChildRun[] = [];
    const child = (mode: 'floor' | 'import') => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test', 'bench', 'importLarge.child.ts'), mode], { encoding: 'utf8', cwd: repoRoot });
      if (run.status !== 0) throw new Error(`import benchmark (${mode}) failed: ${run.stderr}`);
      return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Partial<ChildRun>;
    };
    // Floor and import alternate, so both see the same machine.
    for (let i = 0; i < 3; i++) runs.push({ ...(child('floor') as { floorMs: number }), ...(child('import') as Omit<ChildRun, 'floorMs'>) });
    const importMs = median(runs.map((r) => r.importMs));
    const floorMs = median(runs.map((r) => r.floorMs));
    const ratios = runs.map((r) => r.importMs / r.floorMs);
    const search = runs.flatMap((r) => r.searchMs);
    const detail: Record<string, number> = { files: runs[0]!.files, imported: runs[0]!.imported, runs: runs.length };
    return [
      { name: 'import 557 files (28 MB), text + turns + full-text index', value: round(importMs, 0), unit: 'ms', budget: 1500, detail },
      { name: 'same, against the 3 s budget including the index', value: round(importMs, 0), unit: 'ms', budget: 3000 },
      { name: 'floor: raw text + FTS5 in one transaction', value: round(floorMs, 0), unit: 'ms', budget: Number.POSITIVE_INFINITY },
      { name: 'import / floor (same run)', value: round(median(ratios), 2), unit: 'x', budget: 1.5, detail: { worst: round(Math.max(...ratios), 2) } as Record<string, number> },
      { name: 'peak RSS during the import', value: round(Math.max(...runs.map((r) => r.maxRssMB)), 0), unit: 'MB', budget: 300 },
      { name: 'search query over the 557 documents', value: round(median(search), 2), unit: 'ms', budget: 20, detail: { p95: round(percentile(search, 95), 2), queries: search.length } as Record<string, number> },
    ];
  },
};
