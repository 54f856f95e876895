import { useState } from 'react';
import type { DocumentSet } from '../../../core/model/participantTypes';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MenuButton } from '../../components/MenuButton';
import { PromptDialog } from '../../components/PromptDialog';

/** Choose which set of documents to show; make, rename and delete sets. */
export function SetBar({
  sets,
  setId,
  onSetId,
  onError,
}: {
  sets: DocumentSet[];
  setId: number | null;
  onSetId: (id: number | null) => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const [dialog, setDialog] = useState<'new' | 'rename' | 'delete' | null>(null);
  const current = sets.find((s) => s.id === setId);

  const remove = async () => {
    setDialog(null);
    if (!current) return;
    try {
      await api.call('sets.delete', { setId: current.id });
      onSetId(null);
    } catch (e) {
      onError(e as Error);
    }
  };

  return (
    <div className="set-bar">
      <select aria-label="Show documents in set" value={setId ?? ''} onChange={(e) => onSetId(e.target.value ? Number(e.target.value) : null)}>
        <option value="">All documents</option>
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.documentIds.length})
          </option>
        ))}
      </select>
      <MenuButton
        label={<span aria-hidden="true">⋯</span>}
        caret={false}
        ariaLabel="Set actions"
        className="icon-button set-menu"
        align="end"
        items={[
          { label: 'New set…', onSelect: () => setDialog('new') },
          { label: 'Rename this set…', onSelect: () => setDialog('rename'), disabled: !current },
          { label: 'Delete this set…', onSelect: () => setDialog('delete'), disabled: !current, separator: true },
        ]}
      />
      {dialog === 'new' && (
        <PromptDialog
          title="New set"
          label="Name"
          confirmLabel="Create set"
          hint="A set groups documents (for example “Phase 1 interviews”); a document can be in several sets."
          onSubmit={async (name) => onSetId((await api.call('sets.create', { name })).id)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rename' && current && (
        <PromptDialog title="Rename set" label="Name" initial={current.name} onSubmit={(name) => api.call('sets.rename', { setId: current.id, name })} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDialog title={`Delete the set “${current.name}”?`} confirmLabel="Delete set" danger onConfirm={() => void remove()} onCancel={() => setDialog(null)}>
          <p>The set goes; its {current.documentIds.length} documents stay in the project.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
