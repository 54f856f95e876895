import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

const bin = path.join(repoRoot, 'bin', 'coherence.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `coherence ...` in a child process, as a researcher runs it, with its user data (recent
 * projects) in the test's own folder. `ok` fails with the command's own message.
 */
export function cliRunner(userData: string, cwd?: string) {
  const run = (args: string[]): CliRun => {
    const r = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, COHERENCE_USER_DATA: userData },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const ok = (args: string[]): string => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`coherence ${args.slice(0, 2).join(' ')} failed (${String(r.code)}): ${r.stderr}`);
    return r.stdout;
  };
  return { run, ok };
}

/** A CLI list argument: commas inside a name are escaped (\,), as `coherence agreement` expects. */
export const cliList = (names: readonly string[]) => names.map((n) => n.replace(/,/g, '\\,')).join(',');
