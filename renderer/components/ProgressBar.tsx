/** Progress of something slow, with what it is doing now. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label}>
      <div className="progress-bar" style={{ width: `${percent}%` }} />
      <span className="progress-label">
        {done} of {total} — {label}
      </span>
    </div>
  );
}
