import { useState } from 'react';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { useAttempt } from './useAttempt';

/** Ask for one name (a new set, a renamed attribute…). Enter saves, Escape cancels. */
export function PromptDialog({
  title,
  label,
  initial = '',
  confirmLabel = 'Save',
  hint,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  initial?: string;
  confirmLabel?: string;
  hint?: string;
  /** Resolves when done; a rejection is shown in the dialog and keeps it open. */
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [value, setValue] = useState(initial);
  const { busy, error, setError, attempt } = useAttempt();

  const submit = async () => {
    if (!value.trim() || busy) return;
    if (await attempt(() => onSubmit(value.trim()))) onClose();
  };

  return (
    <Dialog
      title={title}
      size="small"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!value.trim() || busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{label}</span>
        <input value={value} onChange={(e) => setValue(e.target.value)} data-autofocus onFocus={(e) => e.target.select()} />
      </label>
      {hint && <p className="field-hint">{hint}</p>}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
