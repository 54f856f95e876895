import { useMemo } from 'react';
import type { Code } from '../../../core/model/types';
import { codeTree, subtreeIds } from '../codebook/codeTree';
import { inCodebookOrder } from './codeChoices';
import './queries.css';

/**
 * The codebook as checkboxes, indented as a tree. A group's "all" ticks its whole branch.
 * The chosen ids come back in codebook order.
 */
export function CodeChecklist({ codes, selected, onChange, label }: { codes: readonly Code[]; selected: readonly number[]; onChange: (ids: number[]) => void; label: string }) {
  const tree = useMemo(() => codeTree(codes), [codes]);
  const chosen = new Set(selected);
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(inCodebookOrder(codes, next));
  };
  const branch = (id: number) => {
    const ids = [...subtreeIds(tree, id)].filter((c) => c !== id);
    const all = ids.every((c) => chosen.has(c));
    const next = new Set(chosen);
    for (const c of ids) {
      if (all) next.delete(c);
      else next.add(c);
    }
    onChange(inCodebookOrder(codes, next));
  };

  return (
    <ul className="code-checklist" aria-label={label}>
      {codes.map((code) => {
        const depth = tree.depth.get(code.id) ?? 0;
        const hasChildren = (tree.children.get(code.id)?.length ?? 0) > 0;
        return (
          <li key={code.id} style={{ paddingLeft: `${depth * 1.1}rem` }}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(code.id)} onChange={(e) => toggle(code.id, e.target.checked)} />
              <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
              <span className={depth === 0 ? 'code-checklist-top' : undefined}>{code.name}</span>
            </label>
            {hasChildren && (
              <button type="button" className="link code-checklist-branch" onClick={() => branch(code.id)} aria-label={`Tick or untick everything under ${code.name}`}>
                all below
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
