import type { ConfigurationStatus } from '../../../core/model/realistTypes';
import { STATUS_COLOUR, STATUS_TEXT } from './slots';

/** A configuration's status in a version, as a coloured word (refuted is also crossed). */
export function StatusBadge({ status, prefix }: { status: ConfigurationStatus; prefix?: string }) {
  const colour = STATUS_COLOUR[status];
  return (
    <span className={`status-badge status-${status}`} style={{ background: colour.fill, color: colour.ink, borderColor: colour.border }} title={STATUS_TEXT[status].hint}>
      {status === 'refuted' && <span aria-hidden="true">✕ </span>}
      {prefix && <span className="status-prefix">{prefix} </span>}
      {STATUS_TEXT[status].label}
    </span>
  );
}
