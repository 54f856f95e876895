import { useRef, useState } from 'react';
import type { ImportFileResult, ImportSource } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';
import { ProgressBar } from '../../components/ProgressBar';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * Import transcripts: native file dialog in the desktop app, the browser's file picker in web
 * mode (the files travel to the local server). Shows progress and a per-file summary.
 */
export function ImportButton({ nativeDialogs }: { nativeDialogs: boolean }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [operationId, setOperationId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [results, setResults] = useState<ImportFileResult[] | null>(null);

  useEvent('operation.progress', (p) => {
    if (p.operationId === operationId) setProgress(p);
  });

  const runImport = async (files: ImportSource[]) => {
    if (files.length === 0) return;
    const id = crypto.randomUUID();
    setOperationId(id);
    setResults(null);
    setProgress({ done: 0, total: files.length, label: 'starting' });
    try {
      setResults(await api.call('documents.import', { files, operationId: id }));
    } catch (e) {
      setResults([{ file: 'import', status: 'failed', reason: (e as Error).message }]);
    } finally {
      setProgress(null);
      setOperationId(null);
    }
  };

  const choose = async () => {
    if (nativeDialogs) {
      const paths = await api.call('dialog.importFiles', {});
      await runImport(paths.map((path) => ({ path })));
    } else {
      input.current?.click();
    }
  };

  const onPicked = async (list: FileList | null) => {
    const files = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
    if (input.current) input.current.value = '';
    await runImport(files);
  };

  const failed = results?.filter((r) => r.status !== 'imported') ?? [];
  return (
    <div className="import">
      <button type="button" onClick={() => void choose()} disabled={progress !== null}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        accept=".txt,.md"
        onChange={(e) => void onPicked(e.target.files)}
      />
      {progress && <ProgressBar {...progress} />}
      {results && (
        <div className="import-summary" role="status">
          {results.filter((r) => r.status === 'imported').length} imported
          {failed.length > 0 && (
            <ul>
              {failed.map((r) => (
                <li key={r.file}>
                  {r.file}: {r.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => setResults(null)} aria-label="Dismiss import summary">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
