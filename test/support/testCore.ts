import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Args, Method, Result } from '../../core/api';
import { createCore, type Core, type CoreOptions } from '../../core/createCore';
import { AppError } from '../../core/model/errors';
import { repoRoot } from './paths';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'coherence-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const repoMigrations = path.join(repoRoot, 'db', 'migrations');
export const repoSample = path.join(repoRoot, 'resources', 'sample');

export interface TestCore {
  core: Core;
  dir: string;
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  /** Call and return the error the core answered with (fails if the call succeeded). */
  fail<M extends Method>(method: M, args: Args<M>): Promise<AppError>;
  close(): void;
}

/** A real core over real SQLite files in a temporary folder, called the way the CLI calls it. */
export function testCore(options: Partial<CoreOptions> = {}): TestCore {
  const { dir, cleanup } = tempDir();
  const core = createCore({
    migrationsFolder: repoMigrations,
    sampleFolder: repoSample,
    userDataDir: path.join(dir, 'user-data'),
    ...options,
  });
  return {
    core,
    dir,
    async call(method, args) {
      const wire = await core.handle(method, args);
      if (!wire.ok) throw new AppError(wire.error.code, wire.error.message, wire.error.details);
      return wire.value as Result<typeof method>;
    },
    async fail(method, args) {
      const wire = await core.handle(method, args);
      if (wire.ok) throw new Error(`${method} was expected to fail but answered ${JSON.stringify(wire.value)}`);
      return new AppError(wire.error.code, wire.error.message, wire.error.details);
    },
    close() {
      core.close();
      cleanup();
    },
  };
}
