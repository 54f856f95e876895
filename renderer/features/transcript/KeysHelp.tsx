import { transcriptKeyHelp } from './transcriptKeys';

/** Every key of the transcript, from the same list the keyboard uses. */
export function KeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal keys-help" role="dialog" aria-modal="true" aria-labelledby="keys-help-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="keys-help-title">Keys in the transcript</h2>
        <dl>
          {transcriptKeyHelp.map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
