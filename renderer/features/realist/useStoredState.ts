import { useEffect, useState } from 'react';

/**
 * State kept for the browser tab's session (sessionStorage), so the realist view comes back as
 * it was left when the researcher goes to the transcript and back.
 */
export function useStoredState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the view simply starts fresh next time.
    }
  }, [key, value]);
  return [value, setValue];
}
