import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadImportSource, sourceName } from '../../documents/importSource';
import { AppError } from '../../model/errors';
import type { ImportSource, ProjectInfo } from '../../model/types';
import { initialiseProject, projectNameFromPath, readProjectInfo } from '../../projects/projectInfo';
import { rememberProject } from '../../projects/recentProjects';
import type { Session } from '../../session';
import { readQdpx } from '../refi/readProject';
import type { OffsetProfileId } from '../refi/offsetProfiles';
import type { ImportReport } from '../refi/reports';
import { exchangeToProject } from './exchangeToProject';

/**
 * A REFI-QDA project (.qdpx or .qde) as a new Coherence project. The file is read whole first
 * (and refused whole if it is hostile or broken) before any project file exists; then the new
 * project is created and filled in one transaction. If anything fails, no project file is
 * left behind.
 */
export interface QdpxImportArgs {
  path: string;
  file: ImportSource;
  name?: string | undefined;
  offsetProfile?: OffsetProfileId | undefined;
}

export async function importQdpxProject(session: Session, args: QdpxImportArgs): Promise<{ project: ProjectInfo; report: ImportReport }> {
  const target = path.resolve(args.path);
  if (existsSync(target)) throw new AppError('conflict', `${path.basename(target)} already exists; choose another name for the new project.`);
  const fileName = sourceName(args.file);
  const bytes = loadImportSource({ name: fileName, source: args.file });
  // A file sent by a browser must not make the core read other files on this computer.
  const { project: exchange, report } = await readQdpx(fileName, bytes, {
    readAbsolutePaths: 'path' in args.file,
    ...(args.offsetProfile ? { offsetProfile: args.offsetProfile } : {}),
  });

  const created = session.create(target);
  let mapping: ReturnType<typeof exchangeToProject>;
  try {
    initialiseProject(created, args.name?.trim() || meaningfulName(exchange.name) || projectNameFromPath(target));
    mapping = exchangeToProject(created, exchange);
  } catch (e) {
    session.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(created.path + suffix, { force: true });
    throw e;
  }
  const info = readProjectInfo(created);
  rememberProject(session.options.userDataDir, { path: info.path, name: info.name });
  session.emit('project.changed', { project: info });
  return {
    project: info,
    report: { ...report, notCarried: [...report.notCarried, ...mapping.notCarried], adjusted: [...report.adjusted, ...mapping.adjusted] },
  };
}

/** The project's name in the file, unless it is a program's placeholder (NVivo exports "Untitled"). */
function meaningfulName(name: string): string | undefined {
  const n = name.trim();
  return n && !/^untitled( project)?$/i.test(n) ? n : undefined;
}
