import { useEffect, useState } from 'react';
import type { AppInfo, ProjectInfo } from '../../core/model/types';
import { useApi, useEvent } from '../api/ApiContext';
import { StartScreen } from '../features/projects/StartScreen';
import { Workspace } from './Workspace';

/** Top of the UI: the start screen until a project is open, then the workspace. */
export function App() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);

  useEffect(() => {
    void Promise.all([api.call('app.info', {}), api.call('project.current', {})]).then(([appInfo, current]) => {
      setInfo(appInfo);
      setProject(current);
      // Tests wait for this instead of sleeping.
      document.body.dataset.ready = 'true';
    });
  }, [api]);
  useEvent('project.changed', (p) => setProject(p.project));

  if (!info || project === undefined) return <div className="loading">Opening Coherence…</div>;
  return project ? <Workspace project={project} appInfo={info} /> : <StartScreen appInfo={info} />;
}
