import { useState } from 'react';
import type { DocumentSet } from '../../../core/model/participantTypes';
import type { DocumentSummary } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { MenuButton } from '../../components/MenuButton';
import { PromptDialog } from '../../components/PromptDialog';
import { useToast } from '../../components/Toast';

/** What can be done with the selected documents: rename one, put them in a set or take them out, delete. */
export function SelectionBar({
  chosen,
  sets,
  setId,
  onRename,
  onDelete,
  onClear,
  onError,
}: {
  chosen: DocumentSummary[];
  sets: DocumentSet[];
  /** The set the list shows, if any (its documents can be taken out). */
  setId: number | null;
  onRename: (d: DocumentSummary) => void;
  onDelete: () => void;
  onClear: () => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const toast = useToast();
  const [naming, setNaming] = useState(false);
  const documentIds = chosen.map((d) => d.id);
  const noun = chosen.length === 1 ? '1 document' : `${chosen.length} documents`;
  const current = sets.find((s) => s.id === setId);

  const addTo = async (set: DocumentSet) => {
    try {
      await api.call('sets.addDocuments', { setId: set.id, documentIds });
      toast.show(`Added ${noun} to “${set.name}”.`);
    } catch (e) {
      onError(e as Error);
    }
  };

  const removeFromCurrent = async () => {
    if (!current) return;
    try {
      await api.call('sets.removeDocuments', { setId: current.id, documentIds });
      toast.show(`Took ${noun} out of “${current.name}”.`);
    } catch (e) {
      onError(e as Error);
    }
  };

  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected documents">
      <span className="selection-count">{chosen.length} selected</span>
      <span className="spacer" />
      {chosen.length === 1 && (
        <button type="button" className="small quiet" onClick={() => onRename(chosen[0]!)} title="Rename (F2)">
          Rename
        </button>
      )}
      <MenuButton
        label="Set"
        className="small quiet"
        align="end"
        ariaLabel="Add to set"
        items={[
          ...sets.map((s) => ({ label: `Add to “${s.name}”`, onSelect: () => void addTo(s) })),
          { label: 'New set with these…', onSelect: () => setNaming(true), separator: sets.length > 0 },
          ...(current ? [{ label: `Take out of “${current.name}”`, onSelect: () => void removeFromCurrent(), separator: true }] : []),
        ]}
      />
      <button type="button" className="small quiet danger-text" onClick={onDelete} title="Delete (Del)">
        Delete…
      </button>
      <button type="button" className="icon-button" aria-label="Clear selection" onClick={onClear}>
        ×
      </button>
      {naming && (
        <PromptDialog
          title={`New set with ${noun}`}
          label="Name"
          confirmLabel="Create set"
          onSubmit={async (name) => {
            await api.call('sets.create', { name, documentIds });
            toast.show(`Made the set “${name}” with ${noun}.`);
          }}
          onClose={() => setNaming(false)}
        />
      )}
    </div>
  );
}
