import { useCallback, useState } from 'react';
import type { Coder } from '../../../core/model/types';

/**
 * Who is coding on this machine, per project. Remembered by this machine (not in the project
 * file), because the same project file travels between coders.
 */
const storageKey = (projectGuid: string) => `coherence.coder.${projectGuid}`;

export function useCurrentCoder(projectGuid: string, coders: Coder[] | undefined) {
  const [coderId, setCoderId] = useState<number | null>(() => {
    const stored = window.localStorage.getItem(storageKey(projectGuid));
    return stored ? Number(stored) : null;
  });
  const choose = useCallback(
    (id: number) => {
      window.localStorage.setItem(storageKey(projectGuid), String(id));
      setCoderId(id);
    },
    [projectGuid],
  );
  const coder = coders?.find((c) => c.id === coderId) ?? null;
  return { coder, choose };
}
