import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openProjectFile, type OpenOptions, type ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';

/**
 * The project to merge from, opened without touching it. Opening a project may migrate it and
 * always opens it for writing, so the merge works on a private copy (the file and its
 * write-ahead log) in a temporary folder, under the same name so messages name the right file.
 * `close` removes the copy.
 */
export interface OtherProject {
  file: ProjectFile;
  close(): void;
}

export function openOtherProject(otherPath: string, openPath: string, options: OpenOptions): OtherProject {
  const source = path.resolve(otherPath);
  const name = path.basename(source);
  if (source === path.resolve(openPath)) throw new AppError('invalid-args', `${name} is the open project; choose another project to merge into it.`);
  if (!existsSync(source)) throw new AppError('file-not-found', `${name} does not exist (${source}).`);
  if (!statSync(source).isFile()) throw new AppError('not-a-project', `${name} is a folder, not a Coherence project.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coherence-merge-'));
  try {
    const copy = path.join(dir, name);
    copyFileSync(source, copy);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`);
    // The copy is ours to open, even when the original is marked read-only.
    chmodSync(copy, 0o600);
    const file = openProjectFile(copy, options);
    return {
      file,
      close: () => {
        file.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
