import { useState } from 'react';
import type { Coder } from '../../../core/model/types';
import { CoderPrompt } from './CoderPrompt';
import './coders.css';

const addCoder = 'add';

/**
 * Who is coding, always in view in the top bar, and the way to switch: a plain select, so the
 * keyboard and screen readers know it. Its last entry adds a coder.
 */
export function CoderSwitcher({
  coders,
  coder,
  coderColour,
  onChoose,
}: {
  coders: Coder[];
  coder: Coder | null;
  coderColour: ReadonlyMap<number, string>;
  onChoose: (id: number) => void;
}) {
  const [adding, setAdding] = useState(false);
  return (
    <>
      <label className="coder-switcher" title={coder ? `Every coding you make records ${coder.name} as its coder` : 'Choose who is coding'}>
        {coder && <span className="coder-dot" style={{ background: coderColour.get(coder.id) }} aria-hidden="true" />}
        Coding as
        <select value={coder ? String(coder.id) : ''} onChange={(e) => (e.target.value === addCoder ? setAdding(true) : onChoose(Number(e.target.value)))}>
          {!coder && <option value="">(choose)</option>}
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.initials} · {c.name}
            </option>
          ))}
          <option value={addCoder}>Add a coder…</option>
        </select>
      </label>
      {adding && (
        <CoderPrompt
          coders={[]}
          onChoose={(id) => {
            setAdding(false);
            onChoose(id);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </>
  );
}
