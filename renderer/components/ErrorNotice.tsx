/** A problem told in plain words, where it happened; dismissable. */
export function ErrorNotice({ error, onDismiss }: { error: Error | null; onDismiss?: () => void }) {
  if (!error) return null;
  return (
    <div className="error-notice" role="alert">
      <span>{error.message}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}
