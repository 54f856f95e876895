import { useCallback, useState } from 'react';
import { maxRecentCodes, withRecentCode } from './recentCodes';

/** Recent codes per project, remembered on this machine (like the current coder). */
const storageKey = (projectGuid: string) => `coherence.recentCodes.${projectGuid}`;

function load(projectGuid: string): number[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(projectGuid)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is number => Number.isInteger(id)).slice(0, maxRecentCodes) : [];
  } catch {
    return [];
  }
}

export function useRecentCodes(projectGuid: string): [number[], (codeId: number) => void] {
  const [recent, setRecent] = useState(() => load(projectGuid));
  const use = useCallback(
    (codeId: number) =>
      setRecent((current) => {
        const next = withRecentCode(current, codeId);
        window.localStorage.setItem(storageKey(projectGuid), JSON.stringify(next));
        return next;
      }),
    [projectGuid],
  );
  return [recent, use];
}
