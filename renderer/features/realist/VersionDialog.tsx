import { useState } from 'react';
import type { TheoryVersion } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';

/**
 * A programme theory version (initial programme theory, refined theory, mid-range theory…):
 * a new one, empty or starting as a copy of another, or a rename of one.
 */
export function VersionDialog({
  version,
  versions,
  copyFrom: initialCopyFrom = null,
  onSaved,
  onClose,
}: {
  /** null: a new version. */
  version: TheoryVersion | null;
  versions: readonly TheoryVersion[];
  copyFrom?: number | null;
  onSaved: (saved: TheoryVersion) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const suggested = versions.length === 0 ? 'Initial programme theory' : versions.length === 1 ? 'Refined programme theory' : '';
  const [name, setName] = useState(version?.name ?? suggested);
  const [description, setDescription] = useState(version?.description ?? '');
  const [copyFrom, setCopyFrom] = useState<number | null>(initialCopyFrom);
  const { busy, error, setError, attempt } = useAttempt();

  const save = async () => {
    if (!name.trim() || busy) return;
    const done = await attempt(async () => {
      const saved = version
        ? await api.call('cmo.versions.update', { versionId: version.id, name: name.trim(), description })
        : await api.call('cmo.versions.create', { name: name.trim(), description, ...(copyFrom !== null ? { copyFrom } : {}) });
      onSaved(saved);
    });
    if (done) onClose();
  };

  return (
    <Dialog
      title={version ? `Rename ${version.name}` : 'New programme theory version'}
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {version ? 'Save' : 'Add version'}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} data-autofocus onFocus={(e) => e.target.select()} />
      </label>
      <label className="field">
        <span className="field-label">Description</span>
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What this version is: its sources, its date…" />
      </label>
      {!version && versions.length > 0 && (
        <label className="field">
          <span className="field-label">Start from</span>
          <select aria-label="Start from" value={copyFrom ?? ''} onChange={(e) => setCopyFrom(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">Nothing (an empty version)</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                A copy of {v.name} (its configurations and statuses)
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
