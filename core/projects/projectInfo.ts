import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ProjectFile } from '../../db/projectFile';
import { project } from '../../db/schema';
import { appVersion } from '../appVersion';
import { AppError } from '../model/errors';
import type { ProjectInfo } from '../model/types';

export function projectNameFromPath(file: string): string {
  return path.basename(file).replace(/\.coherence$/i, '') || 'Untitled';
}

/** Write the project's own row into a new file. */
export function initialiseProject(file: ProjectFile, name: string): void {
  file.db
    .insert(project)
    .values({ id: 1, guid: randomUUID(), name, createdAt: new Date().toISOString(), createdWith: appVersion })
    .run();
}

export function readProjectInfo(file: ProjectFile): ProjectInfo {
  const row = file.db.select().from(project).get();
  if (!row) throw new AppError('project-corrupt', `${path.basename(file.path)} has lost its project record.`);
  const count = (table: string) => (file.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    path: file.path,
    guid: row.guid,
    name: row.name,
    createdAt: row.createdAt,
    counts: { documents: count('documents'), codes: count('codes'), codings: count('codings'), coders: count('coders') },
    backupPath: file.backupPath,
  };
}
