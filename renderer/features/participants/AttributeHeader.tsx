import { useState } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MenuButton } from '../../components/MenuButton';
import { SortHeader, type SortDirection } from '../../components/SortHeader';
import { useToast } from '../../components/Toast';
import { AttributeDialog } from './AttributeDialog';
import { typeNames } from './attributeSort';

/** An attribute's column header: sorts by it, and its menu edits or deletes the attribute. */
export function AttributeHeader({
  attribute,
  filledCount,
  active,
  direction,
  onSort,
  onError,
}: {
  attribute: Attribute;
  /** How many rows have a value (said before deleting). */
  filledCount: number;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(false);
    try {
      await api.call('attributes.delete', { attributeId: attribute.id });
      toast.show(`Deleted attribute “${attribute.name}”.`, { label: 'Undo', run: () => void api.call('history.undo', {}).catch(onError) });
    } catch (e) {
      onError(e as Error);
    }
  };

  return (
    <SortHeader label={attribute.name} active={active} direction={direction} onSort={onSort} className="attribute-column">
      <span className="type-tag" title={attribute.type === 'category' ? attribute.allowedValues.join(', ') : undefined}>
        {typeNames[attribute.type]}
      </span>
      <MenuButton
        label={<span aria-hidden="true">⋯</span>}
        caret={false}
        ariaLabel={`Attribute ${attribute.name} menu`}
        className="icon-button column-menu"
        align="end"
        items={[
          { label: 'Edit name, type and values…', onSelect: () => setEditing(true) },
          { label: 'Delete attribute…', onSelect: () => setDeleting(true), separator: true },
        ]}
      />
      {editing && <AttributeDialog scope={attribute.scope} attribute={attribute} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog title={`Delete the attribute “${attribute.name}”?`} confirmLabel="Delete attribute" danger onConfirm={() => void remove()} onCancel={() => setDeleting(false)}>
          <p>
            {filledCount === 0
              ? 'No values have been entered for it yet.'
              : `Its values for ${filledCount} ${attribute.scope === 'participant' ? (filledCount === 1 ? 'participant' : 'participants') : filledCount === 1 ? 'document' : 'documents'} will be deleted too.`}{' '}
            You can undo this.
          </p>
        </ConfirmDialog>
      )}
    </SortHeader>
  );
}
