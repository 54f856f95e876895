import { useMemo, useState } from 'react';
import type { CodeStats } from '../../../core/model/codingTypes';
import type { Code } from '../../../core/model/types';
import { Dialog } from '../../components/Dialog';
import { CodeListPicker } from './CodeListPicker';
import { codeTree, otherCodes } from './codeTree';
import { plural } from '../../../core/model/wording';

/**
 * Merge a code into another: says how many codings move (and its sub-codes and memos) before
 * anything happens. A coding the target already has (same coder, same words) is not doubled.
 */
export function MergeCodeDialog({
  codes,
  code,
  stats,
  memoCount,
  onMerge,
  onClose,
}: {
  codes: readonly Code[];
  code: Code;
  stats: ReadonlyMap<number, CodeStats>;
  memoCount: number;
  onMerge: (target: Code) => void;
  onClose: () => void;
}) {
  const tree = useMemo(() => codeTree(codes), [codes]);
  const targets = useMemo(() => otherCodes(tree, codes, code.id), [tree, codes, code.id]);
  const [choice, setChoice] = useState('');
  const target = targets.find((c) => String(c.id) === choice);
  const own = stats.get(code.id);
  const children = tree.children.get(code.id)?.length ?? 0;
  const submit = () => {
    if (!target) return;
    onMerge(target);
    onClose();
  };
  return (
    <Dialog
      title={`Merge ${code.name} into…`}
      size="small"
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!target}>
            Merge
          </button>
        </>
      }
    >
      <CodeListPicker label="Merge into" tree={tree} codes={targets} value={choice} rows={10} onChange={setChoice} onConfirm={submit} />
      <p className="merge-impact" aria-live="polite">
        {target ? (
          <>
            <strong>{plural(own?.codings ?? 0, 'coding')}</strong> of “{code.name}” (in {plural(own?.documents ?? 0, 'document')}) move to “{target.path}”
            {children > 0 && <>, with {plural(children, 'sub-code')}</>}
            {memoCount > 0 && <>, and {plural(memoCount, 'memo')}</>}. “{code.name}” is then removed. Ctrl+Z undoes the merge.
          </>
        ) : (
          <>Choose the code that takes over the {plural(own?.codings ?? 0, 'coding')} of “{code.name}”.</>
        )}
      </p>
    </Dialog>
  );
}
