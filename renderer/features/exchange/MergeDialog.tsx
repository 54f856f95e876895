import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { MergePlanView, type MergeOutcome } from './MergePlanView';

/**
 * Merge a coder's copy of the project into this one. First a dry run shows what would be added,
 * what is already here and what conflicts; only then can the merge be done (one undoable step).
 */
export function MergeDialog({ nativeDialogs, onClose, onMerged }: { nativeDialogs: boolean; onClose: () => void; onMerged: (outcome: MergeOutcome) => void }) {
  const api = useApi();
  const [path, setPath] = useState('');
  const [plan, setPlan] = useState<MergeOutcome | null>(null);
  const { busy, error, setError, attempt } = useAttempt();

  const check = (p = path) =>
    attempt(async () => {
      setPlan(await api.call('project.merge', { path: p.trim(), dryRun: true }));
    });

  const choose = () =>
    attempt(async () => {
      const chosen = await api.call('dialog.openProject', {});
      if (chosen) {
        setPath(chosen);
        setPlan(await api.call('project.merge', { path: chosen, dryRun: true }));
      }
    });

  const merge = () =>
    attempt(async () => {
      const outcome = await api.call('project.merge', { path: path.trim(), dryRun: false });
      onMerged(outcome);
    });

  return (
    <Dialog
      title="Merge another project"
      description="Bring a coder’s copy of this project into it: their codings, memos and anything new. Merging only adds: nothing here is deleted, even what the copy has deleted, and the other file is not changed."
      onClose={onClose}
      size="large"
      busy={busy}
      onSubmit={() => void (plan && plan.other.path === path.trim() ? merge() : check())}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          {plan && plan.other.path === path.trim() ? (
            <button type="submit" className="primary" disabled={busy || !plan.canMerge}>
              Merge
            </button>
          ) : (
            <button type="submit" className="primary" disabled={busy || !path.trim()}>
              Check
            </button>
          )}
        </>
      }
    >
      <div className="field">
        <label className="field-label" htmlFor="merge-path">
          Project to merge in
        </label>
        <div className="row">
          <input
            id="merge-path"
            value={path}
            placeholder="/home/me/studies/study-JC.coherence"
            onChange={(e) => setPath(e.target.value)}
            readOnly={nativeDialogs}
            data-autofocus
          />
          {nativeDialogs && (
            <button type="button" onClick={() => void choose()} disabled={busy}>
              Choose…
            </button>
          )}
        </div>
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {plan && plan.other.path === path.trim() && <MergePlanView plan={plan} />}
    </Dialog>
  );
}
