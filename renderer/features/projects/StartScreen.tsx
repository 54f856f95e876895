import { useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { ImportQdpxButton } from '../exchange/ImportQdpxButton';

type PathForm = { mode: 'create' | 'open'; path: string } | null;

/**
 * No project open: create one, open one, or try the sample. The desktop app offers native
 * dialogs; a browser cannot browse this computer's files, so it asks for a path.
 */
export function StartScreen({ appInfo }: { appInfo: AppInfo }) {
  const api = useApi();
  const recent = useQuery('project.recent', {});
  const [form, setForm] = useState<PathForm>(null);
  const { busy, error, setError, attempt: run } = useAttempt();

  const createProject = () =>
    appInfo.nativeDialogs
      ? run(async () => {
          const path = await api.call('dialog.saveProject', { defaultName: 'My study.coherence' });
          if (path) await api.call('project.create', { path });
        })
      : setForm({ mode: 'create', path: '' });

  const openProject = () =>
    appInfo.nativeDialogs
      ? run(async () => {
          const path = await api.call('dialog.openProject', {});
          if (path) await api.call('project.open', { path });
        })
      : setForm({ mode: 'open', path: '' });

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    const path = form.path.trim();
    void run(() => (form.mode === 'create' ? api.call('project.create', { path }) : api.call('project.open', { path })));
  };

  return (
    <main className="start-screen">
      <h1>Coherence</h1>
      <p className="tagline">Qualitative interview coding and framework analysis. Everything stays on this computer.</p>
      <div className="start-actions">
        <button type="button" className="primary" onClick={createProject} disabled={busy}>
          New project…
        </button>
        <button type="button" onClick={openProject} disabled={busy}>
          Open project…
        </button>
        <button type="button" onClick={() => void run(() => api.call('project.openSample', {}))} disabled={busy}>
          Open sample project
        </button>
        <ImportQdpxButton appInfo={appInfo} disabled={busy} />
      </div>
      {form && (
        <form className="path-form" onSubmit={submitPath}>
          <label htmlFor="project-path">
            {form.mode === 'create' ? 'Where should the new project file go?' : 'Which project file should open?'}
          </label>
          <input
            id="project-path"
            autoFocus
            value={form.path}
            placeholder="/home/me/studies/social-prescribing.coherence"
            onChange={(e) => setForm({ ...form, path: e.target.value })}
          />
          <div className="row">
            <button type="submit" className="primary" disabled={busy || form.path.trim() === ''}>
              {form.mode === 'create' ? 'Create' : 'Open'}
            </button>
            <button type="button" onClick={() => setForm(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {recent.data && recent.data.length > 0 && (
        <section className="recent" aria-label="Recent projects">
          <h2>Recent projects</h2>
          <ul>
            {recent.data.map((p) => (
              <li key={p.path}>
                <button type="button" className="link" onClick={() => void run(() => api.call('project.open', { path: p.path }))}>
                  <strong>{p.name}</strong> <span className="muted">{p.path}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
