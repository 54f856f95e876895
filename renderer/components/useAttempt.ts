import { useCallback, useState } from 'react';

/**
 * One way to run a slow or failing action from a button, so every dialog shows progress and
 * errors the same way rather than each keeping its own busy flag and try/catch. It answers
 * whether the work succeeded because a dialog should close only then, keeping its input and
 * the error on screen otherwise.
 */
export function useAttempt() {
  // undefined: idle; null: running without a label of its own.
  const [running, setRunning] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);

  const attempt = useCallback(async (work: () => Promise<unknown>, label?: string): Promise<boolean> => {
    setRunning(label ?? null);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e as Error);
      return false;
    } finally {
      setRunning(undefined);
    }
  }, []);

  return { busy: running !== undefined, busyLabel: running ?? null, error, setError, attempt };
}
