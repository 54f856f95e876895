import { useRef, useState } from 'react';
import type { AppInfo } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { fileAsUpload } from '../../files/uploads';
import { projectFileName } from './projectFileName';
import { OFFSET_PROFILE_CHOICES, type OffsetProfile } from './offsetProfileLabels';
import { setPendingImportReport } from './pendingImportReport';
import './exchange.css';

/**
 * The start screen's way in from NVivo, MAXQDA, ATLAS.ti, QualCoder…: pick a REFI-QDA project
 * export (.qdpx, or a bare .qde), say where the new project goes, import. The report of what
 * could not be carried over is shown in the workspace, which opens as soon as the project exists.
 */
export function ImportQdpxButton({ appInfo, disabled }: { appInfo: AppInfo; disabled?: boolean }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState('');
  const [profile, setProfile] = useState<OffsetProfile | ''>('');
  const { busy, error, setError, attempt } = useAttempt();

  const picked = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setError(null);
    setTarget((t) => t || (appInfo.nativeDialogs ? '' : projectFileName(chosen.name)));
  };

  const chooseTarget = async () => {
    try {
      const chosen = await api.call('dialog.saveProject', { defaultName: projectFileName(file?.name ?? 'Imported project') });
      if (chosen) setTarget(chosen);
    } catch (e) {
      setError(e as Error);
    }
  };

  const run = async () => {
    if (!file || !target.trim()) return;
    await attempt(async () => {
      const upload = await fileAsUpload(file);
      const result = await api.call('project.importQdpx', { path: target.trim(), file: upload, ...(profile ? { offsetProfile: profile } : {}) });
      setPendingImportReport(result);
      setFile(null);
    });
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled || busy}>
        Import a REFI-QDA project (.qdpx)…
      </button>
      <input
        ref={input}
        type="file"
        accept=".qdpx,.qde,.zip"
        hidden
        data-testid="qdpx-input"
        onChange={(e) => {
          picked(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {file && (
        <Dialog
          title="Import a REFI-QDA project"
          description="A project exported by NVivo, MAXQDA, ATLAS.ti, QualCoder or another program becomes a new Coherence project."
          onClose={() => setFile(null)}
          onSubmit={() => void run()}
          busy={busy}
          footer={
            <>
              {busy && <span className="footer-note">Importing {file.name}…</span>}
              <button type="button" onClick={() => setFile(null)} disabled={busy}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={busy || !target.trim()}>
                Import
              </button>
            </>
          }
        >
          <p className="exchange-file">
            <strong>{file.name}</strong> <span className="muted">({Math.max(1, Math.round(file.size / 1024))} KB)</span>{' '}
            <button type="button" className="link" onClick={() => input.current?.click()} disabled={busy}>
              Choose another file…
            </button>
          </p>
          <div className="field">
            <label className="field-label" htmlFor="qdpx-target">
              New project file
            </label>
            <div className="row">
              <input
                id="qdpx-target"
                value={target}
                readOnly={appInfo.nativeDialogs}
                placeholder="/home/me/studies/imported-study.coherence"
                onChange={(e) => setTarget(e.target.value)}
                data-autofocus
              />
              {appInfo.nativeDialogs && (
                <button type="button" onClick={() => void chooseTarget()} disabled={busy}>
                  Choose…
                </button>
              )}
            </div>
          </div>
          {!appInfo.nativeDialogs && <p className="field-hint">A full path is best; a bare name goes into the folder Coherence was started from.</p>}
          <div className="field">
            <label className="field-label" htmlFor="qdpx-offsets">
              Character positions
            </label>
            <select id="qdpx-offsets" value={profile} onChange={(e) => setProfile(e.target.value as OffsetProfile | '')}>
              {OFFSET_PROFILE_CHOICES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <p className="field-hint">Programs count positions in text differently; Coherence checks which way puts the codings on whole words.</p>
          <ErrorNotice error={error} onDismiss={() => setError(null)} />
        </Dialog>
      )}
    </>
  );
}
