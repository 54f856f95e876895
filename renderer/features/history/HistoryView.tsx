import { useState } from 'react';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { formatFull, formatWhen } from './formatWhen';
import './history.css';

const shownEntries = 500;

/**
 * The project's activity: what was done, by whom, when, and whether it has been undone; with
 * Undo and Redo (the same as Ctrl+Z and Ctrl+Shift+Z anywhere in the workspace).
 */
export function HistoryView() {
  const api = useApi();
  const toast = useToast();
  const history = useQuery('history.list', { limit: shownEntries }, [
    'history.changed',
    'codes.changed',
    'codings.changed',
    'coders.changed',
    'documents.changed',
    'participants.changed',
    'attributes.changed',
    'sets.changed',
    'memos.changed',
  ]);
  const [error, setError] = useState<Error | null>(null);
  const entries = history.data ?? [];
  const nextUndo = entries.find((e) => e.state === 'done');
  // Undone actions are the newest ones; the next to redo is the oldest of them.
  const nextRedo = [...entries].reverse().find((e) => e.state === 'undone');

  const run = async (which: 'undo' | 'redo') => {
    try {
      const entry = await api.call(which === 'undo' ? 'history.undo' : 'history.redo', {});
      toast.show(entry ? `${which === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}` : `Nothing to ${which}.`);
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <div className="history-view">
      <header className="view-header">
        <h1>History</h1>
        <span className="spacer" />
        <button type="button" onClick={() => void run('undo')} disabled={!nextUndo} title={nextUndo ? `Undo: ${nextUndo.label} (Ctrl+Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" onClick={() => void run('redo')} disabled={!nextRedo} title={nextRedo ? `Redo: ${nextRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
          Redo
        </button>
      </header>
      <p className="muted history-hint">Every change is kept in the project file, so undo works after a restart too. Newest first.</p>
      <ErrorNotice error={error ?? history.error} onDismiss={() => setError(null)} />
      {history.data && entries.length === 0 ? (
        <p className="muted empty">Nothing has been changed in this project yet.</p>
      ) : (
        <div className="table-wrap history-table">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className={e.state === 'undone' ? 'undone' : undefined}>
                  <td className="when">
                    <time dateTime={e.createdAt} title={formatFull(e.createdAt)}>
                      {formatWhen(e.createdAt)}
                    </time>
                  </td>
                  <td>{e.label}</td>
                  <td>{e.coder ? <span className="initials">{e.coder}</span> : <span className="muted">—</span>}</td>
                  <td>{e.state === 'undone' ? <span className="badge warn">undone</span> : <span className="badge ok">done</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
