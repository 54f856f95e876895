import { useEffect, useRef, useState } from 'react';
import type { ImportOptionsArg, ImportPreviewFile } from '../../../core/model/importTypes';
import type { ImportSource } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';

export interface PreviewState {
  files: ImportPreviewFile[] | undefined;
  /** A newer preview is on its way (the table shows the previous one meanwhile). */
  loading: boolean;
  error: Error | null;
}

const typingPauseMs = 350;

/**
 * Ask the core what importing these files with these options would store, again whenever the
 * options change (after a pause in typing). An answer to an older question is dropped.
 */
export function useImportPreview(sources: ImportSource[], options: ImportOptionsArg | null): PreviewState {
  const api = useApi();
  const [state, setState] = useState<PreviewState>({ files: undefined, loading: true, error: null });
  const asked = useRef(0);
  const key = JSON.stringify(options);
  const first = useRef(true);

  useEffect(() => {
    if (options === null) return;
    const question = ++asked.current;
    setState((s) => ({ ...s, loading: true }));
    const run = () =>
      api.call('import.preview', { files: sources, ...options }).then(
        (files) => question === asked.current && setState({ files, loading: false, error: null }),
        (error: unknown) => question === asked.current && setState((s) => ({ ...s, loading: false, error: error as Error })),
      );
    if (first.current) {
      first.current = false;
      void run();
      return;
    }
    const timer = window.setTimeout(() => void run(), typingPauseMs);
    return () => window.clearTimeout(timer);
    // `key` stands for `options`; the sources never change for one dialog.
  }, [api, sources, key]);

  return state;
}
