import { useCallback, useEffect, useState } from 'react';
import type { RealistRole } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';

/**
 * The realist role (context, mechanism, outcome) of each coding in some documents. Coded
 * segments do not carry it, so it is read from the documents' codings (see the report on
 * issue 8: `realistRole` on CodedSegment would make this one call).
 */
export function useCodingRoles(documentIds: readonly number[]) {
  const api = useApi();
  const [roles, setRoles] = useState<ReadonlyMap<number, RealistRole | null>>(new Map());
  const [version, setVersion] = useState(0);
  const key = [...new Set(documentIds)].sort((a, b) => a - b).join(',');

  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',').map(Number) : [];
    void Promise.all(ids.map((documentId) => api.call('documents.get', { documentId }).catch(() => null))).then((documents) => {
      if (!live) return;
      setRoles(new Map(documents.flatMap((d) => (d ? d.codings.map((c) => [c.id, c.realistRole] as const) : []))));
    });
    return () => {
      live = false;
    };
  }, [api, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEvent('codings.changed', reload);
  useEvent('history.changed', reload);

  const setRole = useCallback(
    async (codingId: number, role: RealistRole | null) => {
      setRoles((m) => new Map(m).set(codingId, role));
      await api.call('codings.setRealistRole', { codingId, role });
    },
    [api],
  );

  return { roles, setRole };
}
