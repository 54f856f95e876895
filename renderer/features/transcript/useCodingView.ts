import { useCallback, useState } from 'react';
import { defaultCodingView, type CodingView } from './codingView';

/**
 * The transcript's view options for one project. Blind mode and word snapping are remembered
 * on this machine (a second coder who chose blind mode must not be shown the first coder's
 * work after a restart); the coder and code filters last for the session.
 */
const storageKey = (projectGuid: string) => `coherence.view.${projectGuid}`;

function load(projectGuid: string): CodingView {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey(projectGuid)) ?? '{}') as Partial<CodingView>;
    return { ...defaultCodingView, blind: stored.blind === true, snapToWords: stored.snapToWords !== false };
  } catch {
    return defaultCodingView;
  }
}

export function useCodingView(projectGuid: string): [CodingView, (change: Partial<CodingView>) => void] {
  const [view, setView] = useState(() => load(projectGuid));
  const update = useCallback(
    (change: Partial<CodingView>) =>
      setView((current) => {
        const next = { ...current, ...change };
        window.localStorage.setItem(storageKey(projectGuid), JSON.stringify({ blind: next.blind, snapToWords: next.snapToWords }));
        return next;
      }),
    [projectGuid],
  );
  return [view, update];
}
