import { useEffect, useRef, useState } from 'react';
import type { Code } from '../../../core/model/types';
import { CodeChecklist } from './CodeChecklist';
import { frameworks, leafCodes } from './codeChoices';

/**
 * Which codes a query asks about, from a toolbar: the button says how many; it opens the
 * codebook as checkboxes with shortcuts (a framework's themes, every code without sub-codes).
 * Escape or a click outside closes it.
 */
export function CodePicker({ codes, selected, onChange }: { codes: readonly Code[]; selected: readonly number[]; onChange: (ids: number[]) => void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    box.current?.querySelector<HTMLElement>('input, button')?.focus();
    const outside = (e: MouseEvent) => {
      if (!box.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
  const names = selected.map((id) => codes.find((c) => c.id === id)?.name).filter(Boolean);

  return (
    <div className="code-picker">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={names.join(', ')}
      >
        {selected.length === 0 ? 'Choose codes' : `${selected.length} code${selected.length === 1 ? '' : 's'}`}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          className="code-picker-panel"
          role="dialog"
          aria-label="Codes to compare"
          ref={box}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <div className="code-picker-shortcuts">
            {frameworks(codes).map((f) => (
              <button key={f.code.id} type="button" className="small" onClick={() => onChange(f.themes.map((t) => t.id))}>
                {f.code.name}
              </button>
            ))}
            <button type="button" className="small" onClick={() => onChange(leafCodes(codes).map((c) => c.id))}>
              Every code without sub-codes
            </button>
            <button type="button" className="small" onClick={() => onChange([])}>
              None
            </button>
          </div>
          <CodeChecklist codes={codes} selected={selected} onChange={onChange} label="Codes" />
          <p className="code-picker-hint">Each code counts its own codings (not its sub-codes').</p>
        </div>
      )}
    </div>
  );
}
