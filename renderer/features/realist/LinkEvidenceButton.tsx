import { useMemo, useState } from 'react';
import { useApi, useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ElementPicker, type ElementChoice } from './ElementPicker';
import { configurationNumbers } from './slots';

/** Which elements a coding is evidence for, with a picker to link it to one more (or to a new element). */
function LinkEvidenceDialog({ codingId, passage, onClose }: { codingId: number; passage?: string; onClose: () => void }) {
  const api = useApi();
  const impact = useQuery('codings.deletionImpact', { codingId }, ['realist.changed', 'history.changed']);
  const elements = useQuery('cmo.elements.list', {}, ['realist.changed', 'history.changed']);
  const configurations = useQuery('cmo.configurations.list', {}, ['realist.changed', 'history.changed']);
  const numbers = useMemo(() => configurationNumbers((configurations.data ?? []).map((c) => c.id)), [configurations.data]);
  const linked = impact.data?.evidenceFor ?? [];
  const exclude = useMemo(() => new Set(linked.map((e) => e.elementId)), [linked]);
  const [error, setError] = useState<Error | null>(null);

  const link = async (choice: ElementChoice) => {
    try {
      if (choice.elementId === null) await api.call('cmo.elements.create', { label: choice.label, codingIds: [codingId] });
      else await api.call('cmo.elements.addEvidence', { elementId: choice.elementId, codingIds: [codingId] });
    } catch (e) {
      setError(e as Error);
    }
  };
  const unlink = (elementId: number) => void api.call('cmo.elements.removeEvidence', { elementId, codingIds: [codingId] }).catch((e: unknown) => setError(e as Error));

  return (
    <Dialog
      title="Link as evidence"
      size="medium"
      onClose={onClose}
      description={passage ? `“${passage}”` : 'This coded passage as evidence for configuration elements.'}
      footer={
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <h3 className="link-evidence-heading">Evidence for</h3>
      {linked.length === 0 ? (
        <p className="muted">No element yet.</p>
      ) : (
        <ul className="link-evidence-list">
          {linked.map((e) => (
            <li key={e.elementId}>
              <strong>{e.label}</strong>
              <span className="muted">{e.configurations.length ? ` · in ${e.configurations.map((c) => `CMO ${numbers.get(c.id) ?? '?'}`).join(', ')}` : ' · in no configuration yet'}</span>
              <button type="button" className="link" onClick={() => unlink(e.elementId)} aria-label={`Unlink from ${e.label}`}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field-label">Link to an element</span>
        <ElementPicker elements={elements.data ?? []} exclude={exclude} numbers={numbers} label="Link to an element" onPick={(c) => void link(c)} />
      </label>
      <ErrorNotice error={error ?? impact.error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}

/**
 * A button that links a coded passage to configuration elements as evidence (for the
 * transcript's coding inspector and anywhere else a coding is shown).
 */
export function LinkEvidenceButton({ codingId, passage, className = 'small' }: { codingId: number; passage?: string; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} title="Link this passage to a configuration element as evidence">
        Link as evidence…
      </button>
      {open && <LinkEvidenceDialog codingId={codingId} passage={passage} onClose={() => setOpen(false)} />}
    </>
  );
}
