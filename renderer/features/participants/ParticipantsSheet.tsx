import { useState, type FormEvent } from 'react';
import type { AttributeScope } from '../../../core/model/participantTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { AttributeDialog } from './AttributeDialog';
import { AttributeImportDialog } from './AttributeImportDialog';
import { DocumentAttributeTable } from './DocumentAttributeTable';
import { ParticipantTable } from './ParticipantTable';
import './participants.css';

export type SheetTab = 'participants' | 'documents';

/**
 * Participants and documents with their attributes, as two editable tables: who took part,
 * what is known about them and about each document, and who is in which document.
 */
export function ParticipantsSheet({ initialTab = 'participants', onClose, onMapSpeakers }: { initialTab?: SheetTab; onClose: () => void; onMapSpeakers: () => void }) {
  const api = useApi();
  const toast = useToast();
  const [tab, setTab] = useState<SheetTab>(initialTab);
  const participants = useQuery('participants.list', {}, ['participants.changed', 'attributes.changed', 'documents.changed', 'history.changed']);
  const attributes = useQuery('attributes.list', {}, ['attributes.changed', 'history.changed']);
  const documents = useQuery('documents.list', {}, ['documents.changed', 'participants.changed', 'attributes.changed', 'codings.changed', 'history.changed']);
  const speakers = useQuery('speakers.list', {}, ['participants.changed', 'documents.changed', 'history.changed']);
  const [filter, setFilter] = useState('');
  const [newName, setNewName] = useState('');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [addingAttribute, setAddingAttribute] = useState<AttributeScope | null>(null);
  const [importing, setImporting] = useState<AttributeScope | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const scope: AttributeScope = tab === 'participants' ? 'participant' : 'document';
  const scoped = (attributes.data ?? []).filter((a) => a.scope === scope).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  const addParticipant = async (e: FormEvent) => {
    e.preventDefault();
    if (!newName.trim()) return;
    try {
      await api.call('participants.create', { name: newName.trim() });
      setNewName('');
    } catch (err) {
      setError(err as Error);
    }
  };

  const deleteSelected = async () => {
    setConfirmDelete(false);
    const ids = [...selected];
    try {
      await api.call('participants.delete', { participantIds: ids });
      setSelected(new Set());
      toast.show(`Deleted ${ids.length === 1 ? '1 participant' : `${ids.length} participants`}.`, {
        label: 'Undo',
        run: () => void api.call('history.undo', {}).catch((e: unknown) => setError(e as Error)),
      });
    } catch (e) {
      setError(e as Error);
    }
  };

  const chosen = (participants.data ?? []).filter((p) => selected.has(p.id));
  const loadError = participants.error ?? attributes.error ?? documents.error ?? speakers.error;

  return (
    <Dialog title="Participants and attributes" size="sheet" onClose={onClose} className="participants-sheet">
      <div className="tabs" role="tablist" aria-label="What to show">
        {(['participants', 'documents'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setTab(t === 'participants' ? 'documents' : 'participants');
            }}
          >
            {t === 'participants' ? `Participants (${participants.data?.length ?? 0})` : `Documents (${documents.data?.length ?? 0})`}
          </button>
        ))}
      </div>
      <div className="sheet-toolbar">
        <input className="sheet-filter" type="search" aria-label={`Filter ${tab}`} placeholder={`Filter ${tab}…`} value={filter} onChange={(e) => setFilter(e.target.value)} />
        {tab === 'participants' && (
          <form className="add-participant" onSubmit={(e) => void addParticipant(e)}>
            <input aria-label="New participant's name" placeholder="New participant's name" value={newName} onChange={(e) => setNewName(e.target.value)} />
            <button type="submit" disabled={!newName.trim()}>
              Add participant
            </button>
          </form>
        )}
        <span className="spacer" />
        {tab === 'participants' && (
          <>
            <button type="button" onClick={onMapSpeakers}>
              Map speakers…
            </button>
            <button type="button" className={chosen.length ? 'danger-outline' : undefined} disabled={chosen.length === 0} onClick={() => setConfirmDelete(true)}>
              Delete{chosen.length ? ` ${chosen.length}` : ''}…
            </button>
          </>
        )}
        <button type="button" onClick={() => setAddingAttribute(scope)}>
          Add attribute…
        </button>
        <button type="button" onClick={() => setImporting(scope)}>
          Import from CSV/Excel…
        </button>
      </div>
      <ErrorNotice error={error ?? loadError} onDismiss={() => setError(null)} />
      {tab === 'participants' && participants.data && attributes.data && (
        <ParticipantTable participants={participants.data} attributes={scoped} filter={filter} selected={selected} onSelectedChange={setSelected} onError={setError} />
      )}
      {tab === 'documents' && documents.data && attributes.data && participants.data && (
        <DocumentAttributeTable
          documents={documents.data}
          attributes={scoped}
          participants={participants.data}
          speakers={speakers.data ?? []}
          filter={filter}
          onError={setError}
        />
      )}
      {addingAttribute && <AttributeDialog scope={addingAttribute} onClose={() => setAddingAttribute(null)} />}
      {importing && <AttributeImportDialog scope={importing} onClose={() => setImporting(null)} />}
      {confirmDelete && (
        <ConfirmDialog
          title={chosen.length === 1 ? `Delete ${chosen[0]!.name}?` : `Delete ${chosen.length} participants?`}
          confirmLabel="Delete"
          danger
          onConfirm={() => void deleteSelected()}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>
            Their attribute values and links to documents are deleted; the documents and their codings stay, and speaker labels mapped to
            them become undecided. You can undo this.
          </p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
