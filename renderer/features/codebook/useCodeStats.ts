import { useMemo } from 'react';
import type { CodeStats } from '../../../core/model/codingTypes';
import { useQuery } from '../../api/ApiContext';
import { subtreeIds, type CodeTree } from './codeTree';

/** Counts of codings and documents per code (codes.stats), kept fresh as codings change. */
export function useCodeStats(): ReadonlyMap<number, CodeStats> {
  const stats = useQuery('codes.stats', {}, ['codes.changed', 'codings.changed', 'documents.changed', 'history.changed']);
  return useMemo(() => new Map((stats.data ?? []).map((s) => [s.codeId, s])), [stats.data]);
}

/** How many memos each code has (one list for the whole codebook, not one query per row). */
export function useCodeMemoCounts(): ReadonlyMap<number, number> {
  const memos = useQuery('memos.list', {}, ['memos.changed', 'codes.changed', 'history.changed']);
  return useMemo(() => {
    const counts = new Map<number, number>();
    for (const m of memos.data ?? []) {
      if (m.target.kind === 'code') counts.set(m.target.id, (counts.get(m.target.id) ?? 0) + 1);
    }
    return counts;
  }, [memos.data]);
}

/**
 * The counts a row shows: the code's own, or for a group its sub-codes' too. In blind mode only
 * the current coder's codings (documents per coder are not counted by codes.stats).
 */
export function rowCounts(
  stats: ReadonlyMap<number, CodeStats>,
  tree: CodeTree,
  codeId: number,
  hasChildren: boolean,
  blindCoderId: number | null,
): { codings: number; documents: number | null } {
  if (blindCoderId !== null) {
    const ids = hasChildren ? [...subtreeIds(tree, codeId)] : [codeId];
    return { codings: ids.reduce((n, id) => n + (stats.get(id)?.byCoder[blindCoderId] ?? 0), 0), documents: null };
  }
  const own = stats.get(codeId);
  if (!own) return { codings: 0, documents: 0 };
  return hasChildren ? own.withChildren : { codings: own.codings, documents: own.documents };
}

/** Codings per coder of a code, or of a group with everything under it (codes.stats counts each code alone). */
export function codingsByCoder(stats: ReadonlyMap<number, CodeStats>, tree: CodeTree, codeId: number): Record<number, number> {
  const totals: Record<number, number> = {};
  for (const id of subtreeIds(tree, codeId)) {
    for (const [coder, n] of Object.entries(stats.get(id)?.byCoder ?? {})) totals[Number(coder)] = (totals[Number(coder)] ?? 0) + n;
  }
  return totals;
}
