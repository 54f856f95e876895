import { Fragment, useEffect, useMemo, useState } from 'react';
import type { Participant, SpeakerLabel } from '../../../core/model/participantTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { useAttempt } from '../../components/useAttempt';
import { SpeakerChoiceSelect } from './SpeakerChoiceSelect';
import { changedMappings, initialDecision, isDecided, looksLikeTeam, type LabelDecision, type SpeakerChoice } from './speakerDecisions';
import './participants.css';

function turnsOf(speaker: SpeakerLabel): number {
  return speaker.documents.reduce((sum, d) => sum + d.turnCount, 0);
}

function SpeakerRows({
  speaker,
  decision,
  participants,
  onChange,
}: {
  speaker: SpeakerLabel;
  decision: LabelDecision;
  participants: Participant[];
  onChange: (d: LabelDecision) => void;
}) {
  const several = speaker.documents.length > 1;
  const setChoice = (choice: SpeakerChoice) => onChange({ ...decision, choice, suggested: false });
  const setDocChoice = (documentId: number, choice: SpeakerChoice) =>
    onChange({ ...decision, suggested: false, byDocument: { ...decision.byDocument, [documentId]: choice } });
  const togglePerDocument = () =>
    onChange({
      ...decision,
      perDocument: !decision.perDocument,
      // Splitting starts every document from the label's choice.
      byDocument: decision.perDocument ? decision.byDocument : Object.fromEntries(speaker.documents.map((d) => [d.documentId, decision.choice])),
    });
  return (
    <>
      <tr className={isDecided(decision) ? 'speaker-row' : 'speaker-row undecided'} data-label={speaker.label}>
        <th scope="row" className="speaker-label">
          {speaker.label}
          {looksLikeTeam(speaker.label) && <span className="badge info">research team?</span>}
          <div className="speaker-documents" title={speaker.documents.map((d) => d.title).join('\n')}>
            in {speaker.documents.slice(0, 2).map((d) => d.title).join(', ')}
            {speaker.documents.length > 2 ? ` and ${speaker.documents.length - 2} more` : ''}
          </div>
        </th>
        <td className="num">{speaker.documents.length}</td>
        <td className="num">{turnsOf(speaker)}</td>
        <td>
          {decision.perDocument ? (
            <span className="muted">
              {decision.suggested ? 'Probably a different person in each document: decided per document below' : 'Decided per document below'}
            </span>
          ) : (
            <SpeakerChoiceSelect
              label={`Who is ${speaker.label}?`}
              choice={decision.choice}
              defaultName={speaker.label}
              participants={participants}
              onChange={setChoice}
            />
          )}
          {decision.suggested && !decision.perDocument && <span className="suggested">suggested</span>}
        </td>
        <td>
          {several && (
            <button type="button" className="link small" aria-pressed={decision.perDocument} onClick={togglePerDocument}>
              {decision.perDocument ? 'Same in all documents' : 'Per document'}
            </button>
          )}
        </td>
      </tr>
      {decision.perDocument &&
        speaker.documents.map((d) => (
          <tr key={d.documentId} className="speaker-document-row">
            <td className="in-document">in “{d.title}”</td>
            <td />
            <td className="num">{d.turnCount}</td>
            <td colSpan={2}>
              <SpeakerChoiceSelect
                label={`Who is ${speaker.label} in ${d.title}?`}
                choice={decision.byDocument[d.documentId] ?? { kind: 'undecided' }}
                defaultName={speaker.label}
                participants={participants}
                onChange={(c) => setDocChoice(d.documentId, c)}
              />
            </td>
          </tr>
        ))}
    </>
  );
}

/**
 * Say who each speaker label is: a participant (existing or new), not a participant (the
 * interviewer, a facilitator), or undecided for now. A label found in several documents is
 * decided once, or per document. After an import it shows the labels of the new documents.
 */
export function SpeakersDialog({ documentIds, onClose }: { documentIds?: number[]; onClose: () => void }) {
  const api = useApi();
  const toast = useToast();
  const speakers = useQuery('speakers.list', {});
  const participants = useQuery('participants.list', {});
  const [onlyNew, setOnlyNew] = useState(documentIds !== undefined);
  const [find, setFind] = useState('');
  const [decisions, setDecisions] = useState<Map<string, LabelDecision> | null>(null);
  const { busy, error, setError, attempt } = useAttempt();

  useEffect(() => {
    if (decisions || !speakers.data || !participants.data) return;
    const people = participants.data;
    setDecisions(new Map(speakers.data.map((s) => [s.label, initialDecision(s, people)])));
  }, [decisions, speakers.data, participants.data]);

  const shown = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const all = [...(speakers.data ?? [])]
      .filter((s) => !needle || s.label.toLowerCase().includes(needle) || s.documents.some((d) => d.title.toLowerCase().includes(needle)))
      .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
    if (!onlyNew || !documentIds) return all.filter((s) => decisions?.has(s.label));
    const wanted = new Set(documentIds);
    return all.filter((s) => decisions?.has(s.label) && s.documents.some((d) => wanted.has(d.documentId)));
  }, [speakers.data, onlyNew, documentIds, decisions, find]);

  const save = async () => {
    if (!decisions || !speakers.data || !participants.data || busy) return;
    const mappings = changedMappings(shown, decisions, participants.data);
    if (mappings.length === 0) {
      onClose();
      return;
    }
    const done = await attempt(async () => {
      await api.call('speakers.map', { mappings });
      const created = mappings.filter((m) => typeof m.as === 'object' && 'newParticipant' in m.as).length;
      toast.show(`Saved who ${mappings.length === 1 ? '1 speaker is' : `${mappings.length} speakers are`}${created ? `; ${created} new ${created === 1 ? 'participant' : 'participants'}` : ''}.`);
    });
    if (done) onClose();
  };

  const undecided = shown.filter((s) => decisions?.get(s.label) && !isDecided(decisions.get(s.label)!)).length;
  const loadError = speakers.error ?? participants.error;

  return (
    <Dialog
      title="Speakers and participants"
      description="Say who each speaker is. Interviewers and facilitators are usually not participants; the same person in several documents is one participant."
      size="large"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={
        <>
          <span className="footer-note">
            {shown.length} {shown.length === 1 ? 'speaker label' : 'speaker labels'}
            {undecided > 0 ? ` · ${undecided} undecided` : ''}
          </span>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !decisions}>
            Save
          </button>
        </>
      }
    >
      <div className="speakers-toolbar">
        {(speakers.data?.length ?? 0) > 12 && (
          <input type="search" aria-label="Find a speaker label or document" placeholder="Find a speaker or document…" value={find} onChange={(e) => setFind(e.target.value)} />
        )}
        {documentIds && (
          <label className="checkbox-line">
            <input type="checkbox" checked={onlyNew} onChange={(e) => setOnlyNew(e.target.checked)} /> Only speakers in the documents just imported
          </label>
        )}
      </div>
      <ErrorNotice error={error ?? loadError} onDismiss={() => setError(null)} />
      {decisions && participants.data && shown.length === 0 && <p className="muted empty">No speaker labels found in these documents.</p>}
      {decisions && participants.data && shown.length > 0 && (
        <div className="table-wrap">
          <table className="data-table speakers-table" aria-label="Speaker labels">
            <thead>
              <tr>
                <th scope="col">Speaker label</th>
                <th scope="col" className="num">Documents</th>
                <th scope="col" className="num">Turns</th>
                <th scope="col">Who is this?</th>
                <th scope="col">
                  <span className="visually-hidden">Per document</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <Fragment key={s.label}>
                  <SpeakerRows
                    speaker={s}
                    decision={decisions.get(s.label)!}
                    participants={participants.data!}
                    onChange={(d) => setDecisions((m) => new Map(m).set(s.label, d))}
                  />
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
