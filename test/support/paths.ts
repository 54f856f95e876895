import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the test run. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared reference material (corpus, agreement cases, REFI-QDA samples) lives beside the
 * repository and is used in place, never copied in. COHERENCE_SHARED overrides the location.
 */
export const sharedRoot = process.env.COHERENCE_SHARED ?? path.resolve(repoRoot, '../shared');

export function sharedPath(...parts: string[]): string {
  const p = path.join(sharedRoot, ...parts);
  if (!existsSync(p)) throw new Error(`Shared test material not found: ${p} (set COHERENCE_SHARED)`);
  return p;
}

export const corpusPath = (...parts: string[]): string => sharedPath('corpus', ...parts);
