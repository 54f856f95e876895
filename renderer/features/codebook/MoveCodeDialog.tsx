import { useMemo, useState } from 'react';
import type { Code } from '../../../core/model/types';
import { Dialog } from '../../components/Dialog';
import { codeTree, indentedLabel, otherCodes } from './codeTree';

/** Move a code (with its sub-codes) under another code or to the top level, by keyboard: pick, Enter. */
export function MoveCodeDialog({ codes, code, onMove, onClose }: { codes: readonly Code[]; code: Code; onMove: (parentId: number | null) => void; onClose: () => void }) {
  const tree = useMemo(() => codeTree(codes), [codes]);
  const places = useMemo(() => otherCodes(tree, codes, code.id), [tree, codes, code.id]);
  const [choice, setChoice] = useState(code.parentId === null ? '' : String(code.parentId));
  const parentId = choice ? Number(choice) : null;
  const submit = () => {
    if (parentId !== code.parentId) onMove(parentId);
    onClose();
  };
  return (
    <Dialog
      title={`Move ${code.name}`}
      description="Its sub-codes and codings go with it."
      size="small"
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={parentId === code.parentId}>
            Move
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Put it inside</span>
        <select
          size={Math.min(12, places.length + 1)}
          value={choice}
          data-autofocus
          onChange={(e) => setChoice(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        >
          <option value="">(top level)</option>
          {places.map((c) => (
            <option key={c.id} value={c.id}>
              {indentedLabel(tree, c)}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
