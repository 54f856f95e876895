import { useState } from 'react';

/**
 * A memo's title (optional) and text. Ctrl+Enter saves from anywhere in it, Escape cancels
 * (when the editor sits in a list; in a dialog the dialog's own Escape closes it).
 */
export function MemoEditor({
  initialTitle = '',
  initialBody = '',
  saveLabel = 'Save memo',
  autoFocus = false,
  onSave,
  onCancel,
}: {
  initialTitle?: string;
  initialBody?: string;
  saveLabel?: string;
  autoFocus?: boolean;
  /** Resolves when saved; a rejection keeps the text. */
  onSave: (memo: { title: string; body: string }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(initialTitle);
  const [body, setBody] = useState(initialBody);
  const [busy, setBusy] = useState(false);
  const empty = !body.trim() && !title.trim();

  const save = async () => {
    if (empty || busy) return;
    setBusy(true);
    try {
      await onSave({ title: title.trim(), body: body.trim() });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="memo-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        className="memo-title-input"
        aria-label="Memo title"
        placeholder="Title (optional)"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the title goes on to the text rather than saving half a memo.
          if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            (e.currentTarget.nextElementSibling as HTMLElement | null)?.focus();
          }
        }}
      />
      <textarea
        aria-label="Memo text"
        rows={5}
        placeholder="Write the memo… (Ctrl+Enter saves)"
        value={body}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="memo-editor-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="button" className="primary" disabled={empty || busy} onClick={() => void save()}>
          {saveLabel}
        </button>
      </div>
    </div>
  );
}
