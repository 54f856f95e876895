import { useEffect, useState } from 'react';
import type { Code, DocumentSummary } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';
import { codeTree, subtreeIds } from '../codebook/codeTree';

export interface DensitySeries {
  /** The code (a framework, or a chosen code) this series counts. */
  code: Code;
  /** Counted with its sub-codes (a framework). */
  withChildren: boolean;
}

export interface Density {
  documents: DocumentSummary[];
  series: DensitySeries[];
  /** values[document][series]: passages, or percent of the document's text. */
  values: number[][];
}

/** Characters covered by any of the ranges (overlaps counted once). */
function covered(ranges: { start: number; end: number }[]): number {
  let total = 0;
  let reach = -1;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const from = Math.max(r.start, reach);
    if (r.end > from) total += r.end - from;
    reach = Math.max(reach, r.end);
  }
  return total;
}

/**
 * How densely each document is coded, by framework or by chosen code: passages per document
 * (codes.stats for each document) or the share of its text under a coding (its codings' ranges).
 */
export function useDensity(codes: readonly Code[], measure: 'passages' | 'share', by: 'framework' | 'codes', codeIds: number[]): { data: Density | null; error: Error | null } {
  const api = useApi();
  const [data, setData] = useState<Density | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  useEvent('codings.changed', reload);
  useEvent('documents.changed', reload);
  useEvent('history.changed', reload);
  const key = JSON.stringify([measure, by, codeIds, codes.map((c) => [c.id, c.parentId])]);

  useEffect(() => {
    let live = true;
    const tree = codeTree(codes);
    const series: DensitySeries[] =
      by === 'framework'
        ? (tree.children.get(null) ?? []).map((code) => ({ code, withChildren: true }))
        : codeIds.flatMap((id) => {
            const code = tree.byId.get(id);
            return code ? [{ code, withChildren: false }] : [];
          });
    const members = series.map((s) => (s.withChildren ? subtreeIds(tree, s.code.id) : new Set([s.code.id])));
    const load = async (): Promise<Density> => {
      const documents = await api.call('documents.list', {});
      if (measure === 'passages') {
        const stats = await Promise.all(documents.map((d) => api.call('codes.stats', { documentIds: [d.id] })));
        const values = stats.map((list) => {
          const byCode = new Map(list.map((s) => [s.codeId, s]));
          return series.map((s) => (s.withChildren ? byCode.get(s.code.id)?.withChildren.codings : byCode.get(s.code.id)?.codings) ?? 0);
        });
        return { documents, series, values };
      }
      const views = await Promise.all(documents.map((d) => api.call('documents.get', { documentId: d.id })));
      const values = views.map((doc) => members.map((ids) => (doc.length ? Math.round((covered(doc.codings.filter((c) => ids.has(c.codeId))) / doc.length) * 1000) / 10 : 0)));
      return { documents, series, values };
    };
    load().then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(e as Error),
    );
    return () => {
      live = false;
    };
  }, [api, key, version]);

  return { data, error };
}
