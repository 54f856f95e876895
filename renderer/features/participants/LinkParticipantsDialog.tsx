import { useState } from 'react';
import type { Participant } from '../../../core/model/participantTypes';
import type { DocumentSummary } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';

/**
 * Say who is in a document that has no speaker labels for them (field notes, a written
 * answer). Participants who speak in it under a mapped label are shown, fixed: their link
 * comes from the speaker mapping.
 */
export function LinkParticipantsDialog({
  document,
  participants,
  viaSpeakers,
  onClose,
}: {
  document: DocumentSummary;
  participants: Participant[];
  /** Participants linked through a speaker label in this document. */
  viaSpeakers: Set<number>;
  onClose: () => void;
}) {
  const api = useApi();
  const [chosen, setChosen] = useState(() => new Set(document.participants.map((p) => p.id).filter((id) => !viaSpeakers.has(id))));
  const [filter, setFilter] = useState('');
  const { busy, error, setError, attempt } = useAttempt();
  const needle = filter.trim().toLowerCase();
  const shown = participants.filter((p) => !needle || p.name.toLowerCase().includes(needle));

  const save = async () => {
    if (await attempt(() => api.call('documents.setParticipants', { documentId: document.id, participantIds: [...chosen] }))) onClose();
  };

  const toggle = (id: number, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog
      title={`Participants in “${document.title}”`}
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save
          </button>
        </>
      }
    >
      {participants.length > 8 && (
        <input className="list-filter" aria-label="Find a participant" placeholder="Find a participant…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      )}
      {participants.length === 0 ? (
        <p className="muted">There are no participants yet. Add them in the Participants tab first.</p>
      ) : (
        <ul className="check-list" aria-label="Participants">
          {shown.map((p) => {
            const fixed = viaSpeakers.has(p.id);
            return (
              <li key={p.id}>
                <label className={fixed ? 'fixed' : undefined}>
                  <input type="checkbox" checked={fixed || chosen.has(p.id)} disabled={fixed} onChange={(e) => toggle(p.id, e.target.checked)} />
                  {p.name}
                  {fixed && <span className="muted"> · speaks in this document</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
