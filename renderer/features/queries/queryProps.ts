import type { Code, Coder } from '../../../core/model/types';
import type { PassageRequest } from './PassagesDialog';
import type { QuerySettings } from './querySettings';

/** What every query panel is given by the Queries view. */
export interface QueryProps {
  codes: readonly Code[];
  coders: readonly Coder[];
  /** The codes being compared (never empty when a panel asks the core). */
  codeIds: number[];
  settings: QuerySettings;
  update: (change: Partial<QuerySettings>) => void;
  onPassages: (request: PassageRequest) => void;
}

export const queryEvents = ['codings.changed', 'codes.changed', 'participants.changed', 'attributes.changed', 'documents.changed', 'history.changed'] as const;
