import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appVersion } from '../appVersion';
import type { HandlerMap } from '../handlers';
import { AppError } from '../model/errors';
import type { ProjectInfo } from '../model/types';
import type { Session } from '../session';
import { initialiseProject, projectNameFromPath, readProjectInfo } from './projectInfo';
import { readRecentProjects, rememberProject } from './recentProjects';
import { loadSampleInto } from './sampleProject';

function opened(session: Session): ProjectInfo {
  const info = readProjectInfo(session.project);
  rememberProject(session.options.userDataDir, { path: info.path, name: info.name });
  session.emit('project.changed', { project: info });
  return info;
}

export function createProject(session: Session, file: string, name: string | undefined, sample: boolean): ProjectInfo {
  const created = session.create(file);
  try {
    initialiseProject(created, name ?? projectNameFromPath(file));
    if (sample) loadSampleInto(created, session.options.sampleFolder);
  } catch (e) {
    // A project that could not be set up completely is not left behind half-made.
    session.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(created.path + suffix, { force: true });
    throw e;
  }
  return opened(session);
}

function needDialogs(session: Session) {
  const dialogs = session.options.dialogs;
  if (!dialogs) throw new AppError('unsupported', 'File dialogs are only available in the desktop app; type a path instead.');
  return dialogs;
}

export const projectHandlers: HandlerMap<
  | 'app.info'
  | 'project.create'
  | 'project.open'
  | 'project.openSample'
  | 'project.close'
  | 'project.current'
  | 'project.recent'
  | 'dialog.openProject'
  | 'dialog.saveProject'
  | 'dialog.importFiles'
> = {
  'app.info': (_a, session) => ({ version: appVersion, nativeDialogs: Boolean(session.options.dialogs) }),
  'project.create': (a, session) => createProject(session, a.path, a.name, a.sample ?? false),
  'project.open': (a, session) => {
    session.open(a.path);
    return opened(session);
  },
  'project.openSample': (_a, session) => {
    const folder = path.join(session.options.userDataDir, 'sample');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'Social prescribing sample.coherence');
    if (existsSync(file)) {
      session.open(file);
      return opened(session);
    }
    return createProject(session, file, 'Social prescribing (sample)', true);
  },
  'project.close': (_a, session) => {
    session.close();
    session.emit('project.changed', { project: null });
    return null;
  },
  'project.current': (_a, session) => (session.hasProject ? readProjectInfo(session.project) : null),
  'project.recent': (_a, session) => readRecentProjects(session.options.userDataDir),
  'dialog.openProject': (_a, session) => needDialogs(session).openProject(),
  'dialog.saveProject': (a, session) => needDialogs(session).saveProject(a.defaultName),
  'dialog.importFiles': (_a, session) => needDialogs(session).importFiles(),
};
