/**
 * `npm test`: every check the project has, in one run, ending with one line that CI reads:
 * "N passed, N failed". Type checks and lint count as one check each; every vitest test
 * (unit and browser) counts as one. A skipped or unfinished test counts as failed: a
 * promise is not a pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const vitestJson = path.join(resultsDir, 'vitest.json');
rmSync(vitestJson, { force: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const r = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

for (const [name, args] of [
  ['typecheck (node)', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck (browser)', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck (browser tests)', ['tsc', '-p', 'tsconfig.e2e.json']],
  ['lint', ['eslint', '.']],
] as const) {
  if (step(name, 'npx', [...args])) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

step('tests (unit + Chromium)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}
try {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8')) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults) {
    for (const t of file.assertionResults) if (t.status !== 'passed') failures.push(`${t.fullName} (${t.status})`);
    // A file that failed to load has no test results but must still count.
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(`${path.relative(process.cwd(), file.name)} (did not run: ${file.message?.split('\n')[0] ?? 'error'})`);
    }
  }
} catch {
  failed++;
  failures.push('vitest did not produce a report');
}

if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(resultsDir, 'summary.txt'), `${summary}\n`);
process.stdout.write(`\n${summary}\n`);
process.exit(failed === 0 ? 0 : 1);
