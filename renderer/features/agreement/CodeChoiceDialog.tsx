import { useEffect, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { codeTree, subtreeIds, visibleRows } from '../codebook/codeTree';
import { formatCount } from '../../../core/model/wording';

type Mode = 'used' | 'chosen';

function TreeCheckbox({ checked, mixed, label, onChange }: { checked: boolean; mixed: boolean; label: string; onChange: () => void }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = mixed;
  }, [mixed]);
  return <input ref={box} type="checkbox" checked={checked} onChange={onChange} aria-label={label} />;
}

/**
 * Which codes to compare: every code the chosen coders used, or a choice from the codebook.
 * Ticking a framework or a group ticks everything under it; a group nobody coded with directly
 * is not compared itself (it would only add a "not applicable" row).
 */
export function CodeChoiceDialog({
  codes,
  coderIds,
  documentIds,
  codeIds,
  onChoose,
  onClose,
}: {
  codes: readonly Code[];
  coderIds: number[];
  documentIds: number[] | undefined;
  codeIds: number[] | null;
  onChoose: (codeIds: number[] | null) => void;
  onClose: () => void;
}) {
  const stats = useQuery('codes.stats', documentIds ? { documentIds } : {});
  const tree = useMemo(() => codeTree(codes), [codes]);
  const rows = useMemo(() => visibleRows(tree, new Set()), [tree]);
  const used = useMemo(() => {
    const counts = new Map<number, number>();
    for (const s of stats.data ?? []) {
      const n = coderIds.reduce((sum, id) => sum + (s.byCoder[id] ?? 0), 0);
      if (n > 0) counts.set(s.codeId, n);
    }
    return counts;
  }, [stats.data, coderIds]);
  const [mode, setMode] = useState<Mode>(codeIds ? 'chosen' : 'used');
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set(codeIds ?? []));

  const hasChildren = (id: number) => (tree.children.get(id)?.length ?? 0) > 0;
  // What ticking a code stands for: its sub-codes, and itself when it was coded with directly.
  const members = (code: Code) => [...subtreeIds(tree, code.id)].filter((id) => !hasChildren(id) || used.has(id));
  const toggle = (code: Code) =>
    setPicked((p) => {
      const all = members(code);
      const on = !all.every((id) => p.has(id));
      const next = new Set(p);
      for (const id of subtreeIds(tree, code.id)) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const chooseMode = (m: Mode) => {
    setMode(m);
    if (m === 'chosen' && picked.size === 0) setPicked(new Set(used.keys()));
  };
  const compared = [...picked].filter((id) => !hasChildren(id) || used.has(id));
  const submit = () => {
    if (mode === 'used') onChoose(null);
    else if (compared.length > 0) onChoose(codes.filter((c) => compared.includes(c.id)).map((c) => c.id));
  };

  return (
    <Dialog
      title="Codes to compare"
      size="medium"
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <span className="footer-note">{mode === 'used' ? `${formatCount(used.size)} codes used` : `${formatCount(compared.length)} chosen`}</span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={mode === 'chosen' && compared.length === 0}>
            Use these codes
          </button>
        </>
      }
    >
      <fieldset className="choice-mode">
        <legend className="visually-hidden">Which codes</legend>
        <label>
          <input type="radio" name="code-mode" checked={mode === 'used'} onChange={() => chooseMode('used')} />
          Every code the chosen coders used in these documents <span className="muted">({formatCount(used.size)})</span>
        </label>
        <label>
          <input type="radio" name="code-mode" checked={mode === 'chosen'} onChange={() => chooseMode('chosen')} />
          Choose codes <span className="muted">— a framework or group brings its codes with it</span>
        </label>
      </fieldset>
      <ul className="code-choice" aria-label="Codebook">
        {rows.map(({ code, depth }) => {
          const under = [...subtreeIds(tree, code.id)];
          const own = members(code);
          const on = own.filter((id) => picked.has(id)).length;
          const checked = own.length > 0 && on === own.length;
          return (
            <li key={code.id} style={{ paddingLeft: `${depth * 1.25}rem` }} className={mode === 'used' && !under.some((id) => used.has(id)) ? 'unused' : undefined}>
              <label>
                {mode === 'chosen' ? (
                  <TreeCheckbox checked={checked} mixed={!checked && on > 0} label={code.path} onChange={() => toggle(code)} />
                ) : (
                  <span className={`used-mark${used.has(code.id) ? ' on' : ''}`} aria-hidden="true" />
                )}
                <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
                <span className={hasChildren(code.id) ? 'group-name' : undefined}>{code.name}</span>
                <span className="muted count">{used.get(code.id) ? `${formatCount(used.get(code.id)!)} codings` : hasChildren(code.id) ? '' : 'not used'}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
