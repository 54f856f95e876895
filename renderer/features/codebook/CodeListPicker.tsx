import type { Code } from '../../../core/model/types';
import { indentedLabel, type CodeTree } from './codeTree';

/**
 * A list box of codes, indented as in the codebook: arrows pick, Enter confirms (as a
 * double-click would), so moving and merging need no mouse.
 */
export function CodeListPicker({
  label,
  tree,
  codes,
  value,
  rows,
  topLevel,
  onChange,
  onConfirm,
}: {
  label: string;
  tree: CodeTree;
  codes: readonly Code[];
  /** The chosen code's id as a string; '' for none (or the top level). */
  value: string;
  /** How many lines the list shows before it scrolls. */
  rows: number;
  /** Offer "(top level)" first, as the value ''. */
  topLevel?: boolean;
  onChange: (value: string) => void;
  onConfirm: () => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        size={Math.min(rows, codes.length + 1)}
        value={value}
        data-autofocus
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onConfirm();
          }
        }}
      >
        {topLevel && <option value="">(top level)</option>}
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {indentedLabel(tree, c)}
          </option>
        ))}
      </select>
    </label>
  );
}
