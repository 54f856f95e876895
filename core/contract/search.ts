import { z } from 'zod';
import type { SearchResult } from '../model/searchTypes';
import type { HistoryEntry } from '../model/types';
import { method } from './method';
import { id } from './shared';

export const searchContract = {
  /** Words (all must occur), "a phrase", prefix* — over every document, or the ones named. */
  'search.query': method<SearchResult>()(
    z.object({ query: z.string().trim().min(1, 'type something to search for'), limit: z.number().int().min(1).max(5000).optional(), documentIds: z.array(id).optional() }),
  ),
  /** Undo the latest action; with `expectedId`, only if that is the latest (else a conflict error). */
  'history.undo': method<HistoryEntry | null>()(z.object({ expectedId: id.optional() })),
  'history.redo': method<HistoryEntry | null>()(z.object({})),
  'history.list': method<HistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(5000).optional() })),
};
