import { useState, type FormEvent } from 'react';
import type { Code } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';

function depthOf(code: Code, byId: Map<number, Code>): number {
  let depth = 0;
  for (let c = code; c.parentId !== null && depth < 32; depth++) {
    const parent = byId.get(c.parentId);
    if (!parent) break;
    c = parent;
  }
  return depth;
}

/**
 * The codebook beside the transcript. With text selected, choosing a code applies it; the
 * buttons are ordinary buttons, so Tab and Enter work as well as the mouse.
 */
export function CodebookPanel({
  codes,
  canApply,
  onApply,
}: {
  codes: Code[];
  canApply: boolean;
  onApply: (code: Code) => void;
}) {
  const api = useApi();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const byId = new Map(codes.map((c) => [c.id, c]));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.call('codes.create', { name, parentId });
      setName('');
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <section className="codebook" aria-label="Codebook">
      <h2>Codebook</h2>
      <p className="hint">{canApply ? 'Choose a code to apply it to the selected text.' : 'Select text in the transcript, then choose a code.'}</p>
      <ul className="code-list">
        {codes.map((code) => (
          <li key={code.id} style={{ paddingLeft: `${depthOf(code, byId) * 14}px` }}>
            <button
              type="button"
              className="code"
              title={code.description || code.path}
              aria-label={`Apply code ${code.path}`}
              disabled={!canApply}
              onMouseDown={(e) => e.preventDefault() /* keep the transcript selection */}
              onClick={() => onApply(code)}
            >
              <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
              {code.name}
            </button>
          </li>
        ))}
      </ul>
      <form className="add-code" onSubmit={(e) => void add(e)}>
        <label htmlFor="new-code-name">New code</label>
        <input id="new-code-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Scheduled follow-up" />
        <select aria-label="Parent code" value={parentId ?? ''} onChange={(e) => setParentId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">(top level)</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.path}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!name.trim()}>
          Add code
        </button>
      </form>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </section>
  );
}
