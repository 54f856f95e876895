import { useSyncExternalStore } from 'react';
import type { Result } from '../../../core/api';

/**
 * The report of a .qdpx import, handed from the start screen to the workspace: the new project
 * opens (and the start screen goes) before the import call has returned, so the report waits
 * here until the workspace shows it.
 */
export type QdpxImport = Result<'project.importQdpx'>;

let pending: QdpxImport | null = null;
const listeners = new Set<() => void>();

export function setPendingImportReport(result: QdpxImport | null): void {
  pending = result;
  for (const l of listeners) l();
}

export function usePendingImportReport(): QdpxImport | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
