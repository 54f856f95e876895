import { useState, type KeyboardEvent } from 'react';
import type { Configuration, ConfigurationStatus, TheoryVersion } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { STATUSES, STATUS_TEXT } from './slots';

/**
 * A configuration's place in a programme theory version: proposed, supported, refuted or
 * refined (or left out of it), with the rationale a reader of the evaluation will ask for.
 * Arrow keys choose the status; Ctrl+Enter (or Enter outside the rationale) saves.
 */
export function StatusDialog({
  configuration,
  name,
  versions,
  versionId: initialVersionId,
  onClose,
}: {
  configuration: Configuration;
  /** "CMO 3". */
  name: string;
  versions: readonly TheoryVersion[];
  versionId: number;
  onClose: () => void;
}) {
  const api = useApi();
  const [versionId, setVersionId] = useState(initialVersionId);
  const current = configuration.versions[versionId];
  const [status, setStatus] = useState<ConfigurationStatus | null>(current?.status ?? 'proposed');
  const [rationale, setRationale] = useState(current?.rationale ?? '');
  const { busy, error, setError, attempt } = useAttempt();
  const version = versions.find((v) => v.id === versionId);

  const chooseVersion = (id: number) => {
    setVersionId(id);
    setStatus(configuration.versions[id]?.status ?? 'proposed');
    setRationale(configuration.versions[id]?.rationale ?? '');
  };

  const save = async () => {
    if (busy) return;
    if (await attempt(() => api.call('cmo.configurations.setStatus', { configurationId: configuration.id, versionId, status, rationale }))) onClose();
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Dialog
      title={`Status of ${name} in ${version?.name ?? 'a version'}`}
      size="medium"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      description={configuration.statement}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save status
          </button>
        </>
      }
    >
      {versions.length > 1 && (
        <label className="field">
          <span className="field-label">Programme theory version</span>
          <select aria-label="Programme theory version" value={versionId} onChange={(e) => chooseVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="status-choices">
        <legend className="field-label">Status</legend>
        {STATUSES.map((s, i) => (
          <label key={s} className={`status-choice status-${s}`}>
            <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} data-autofocus={(current ? current.status === s : i === 0) || undefined} />
            <span className="status-choice-label">{STATUS_TEXT[s].label}</span>
            <span className="status-choice-hint">{STATUS_TEXT[s].hint}</span>
          </label>
        ))}
        <label className="status-choice">
          <input type="radio" name="status" value="" checked={status === null} onChange={() => setStatus(null)} />
          <span className="status-choice-label">Not in this version</span>
          <span className="status-choice-hint">Leave it out of {version?.name ?? 'the version'} (it stays in the others)</span>
        </label>
      </fieldset>
      <label className="field">
        <span className="field-label">Rationale</span>
        <textarea rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} onKeyDown={onKey} disabled={status === null} placeholder="Why: the evidence for or against, from whom…" />
      </label>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
