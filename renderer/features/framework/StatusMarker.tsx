import type { CellStatus } from '../../../core/model/frameworkTypes';

export const statusLabels: Record<CellStatus, string> = { empty: 'Empty', drafted: 'Drafted', reviewed: 'Reviewed' };
export const statuses: CellStatus[] = ['empty', 'drafted', 'reviewed'];

/** A cell's status as a small mark: an open ring (empty), half full (drafted), full with a tick (reviewed). */
export function StatusMarker({ status }: { status: CellStatus }) {
  return <span className={`status-marker status-${status}`} role="img" aria-label={statusLabels[status]} title={statusLabels[status]} />;
}
