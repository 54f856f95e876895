import { useMemo, useState } from 'react';
import type { Code } from '../../../core/model/types';
import { Dialog } from '../../components/Dialog';
import { CodeListPicker } from './CodeListPicker';
import { codeTree, otherCodes } from './codeTree';

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
      <CodeListPicker label="Put it inside" tree={tree} codes={places} value={choice} rows={12} topLevel onChange={setChoice} onConfirm={submit} />
    </Dialog>
  );
}
