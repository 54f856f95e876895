import { useState, type FormEvent } from 'react';
import type { Coder } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';

/**
 * Asked once per project on this machine: every coding records who made it. Also opened from
 * the coder menu to add a coder (then it can be cancelled).
 */
export function CoderPrompt({ coders, onChoose, onCancel }: { coders: Coder[]; onChoose: (id: number) => void; onCancel?: () => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [error, setError] = useState<Error | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const coder = await api.call('coders.create', { name, initials });
      onChoose(coder.id);
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="coder-prompt-title">
        <h2 id="coder-prompt-title">Who is coding?</h2>
        <p className="muted">Every coding records its coder, so agreement between coders can be checked later.</p>
        {coders.length > 0 && (
          <ul className="coder-choices">
            {coders.map((c, i) => (
              <li key={c.id}>
                <button type="button" autoFocus={i === 0} onClick={() => onChoose(c.id)}>
                  <span className="initials">{c.initials}</span> {c.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={(e) => void create(e)} className="stack">
          <h3>{coders.length > 0 ? 'Or add a coder' : 'Add yourself as a coder'}</h3>
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus={coders.length === 0} />
          </label>
          <label>
            Initials
            <input value={initials} onChange={(e) => setInitials(e.target.value)} maxLength={8} />
          </label>
          <button type="submit" className="primary" disabled={!name.trim() || !initials.trim()}>
            Start coding
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </form>
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
      </div>
    </div>
  );
}
