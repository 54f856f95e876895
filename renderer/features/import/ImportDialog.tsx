import { useMemo, useState } from 'react';
import type { ImportOptionsArg, SpeakerMode } from '../../../core/model/importTypes';
import type { ImportFileResult, ImportSource } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSummary } from './ImportSummary';
import { SpeakerPatternField } from './SpeakerPatternField';
import { commonFolder, sourceName } from './readPickedFiles';
import { autoChoice, toSpeakerMode, type SpeakerChoice } from './speakerChoice';
import { useImportPreview } from './useImportPreview';
import './import.css';

type Phase =
  | { name: 'preview' }
  | { name: 'importing'; operationId: string; done: number; total: number; label: string; cancelling: boolean }
  | { name: 'done'; results: ImportFileResult[] };

/** The options to send, or null while a typed pattern is not usable yet. */
function importOptions(all: SpeakerChoice, overrides: Record<string, SpeakerChoice>, duplicates: 'skip' | 'import'): ImportOptionsArg | null {
  const speakers = toSpeakerMode(all);
  if (!speakers) return null;
  const speakersByFile: Record<string, SpeakerMode> = {};
  for (const [file, choice] of Object.entries(overrides)) {
    const mode = toSpeakerMode(choice);
    if (!mode) return null;
    speakersByFile[file] = mode;
  }
  return { speakers, duplicates, ...(Object.keys(speakersByFile).length ? { speakersByFile } : {}) };
}

/**
 * Import in three steps inside one dialog: the preview (what each file becomes, and how
 * speaker turns are found, adjustable), the import itself (progress, cancel), and a summary.
 */
export function ImportDialog({
  sources,
  onClose,
  onMapSpeakers,
}: {
  sources: ImportSource[];
  onClose: () => void;
  /** Open speaker mapping for the documents just imported. */
  onMapSpeakers: (documentIds: number[]) => void;
}) {
  const api = useApi();
  const [all, setAll] = useState<SpeakerChoice>(autoChoice);
  const [overrides, setOverrides] = useState<Record<string, SpeakerChoice>>({});
  const [duplicates, setDuplicates] = useState<'skip' | 'import'>('skip');
  const [phase, setPhase] = useState<Phase>({ name: 'preview' });
  const [error, setError] = useState<Error | null>(null);
  const options = useMemo(() => importOptions(all, overrides, duplicates), [all, overrides, duplicates]);
  const preview = useImportPreview(sources, options);
  const folder = useMemo(() => commonFolder(sources.map(sourceName)), [sources]);

  useEvent('operation.progress', (p) => {
    setPhase((ph) => (ph.name === 'importing' && ph.operationId === p.operationId ? { ...ph, done: p.done, total: p.total, label: p.label } : ph));
  });

  const files = preview.files ?? [];
  const counts = {
    ready: files.filter((f) => f.status === 'ready').length,
    duplicate: files.filter((f) => f.status === 'duplicate').length,
    failed: files.filter((f) => f.status === 'failed').length,
  };
  const toImport = counts.ready + (duplicates === 'import' ? counts.duplicate : 0);

  const setOverride = (file: string, choice: SpeakerChoice | null) =>
    setOverrides((o) => {
      const next = { ...o };
      if (choice) next[file] = choice;
      else delete next[file];
      return next;
    });

  const runImport = async () => {
    if (!options || toImport === 0 || phase.name !== 'preview') return;
    const operationId = crypto.randomUUID();
    setPhase({ name: 'importing', operationId, done: 0, total: files.length, label: 'Starting…', cancelling: false });
    setError(null);
    try {
      const results = await api.call('documents.import', { files: sources, operationId, ...options });
      setPhase({ name: 'done', results });
    } catch (e) {
      setError(e as Error);
      setPhase({ name: 'preview' });
    }
  };

  const cancel = async () => {
    if (phase.name !== 'importing') return;
    setPhase({ ...phase, cancelling: true });
    try {
      await api.call('operations.cancel', { operationId: phase.operationId });
    } catch (e) {
      setError(e as Error);
    }
  };

  if (phase.name === 'importing') {
    return (
      <Dialog
        title="Importing transcripts"
        size="medium"
        busy
        onClose={() => undefined}
        footer={
          <button type="button" onClick={() => void cancel()} disabled={phase.cancelling} data-autofocus>
            {phase.cancelling ? 'Cancelling…' : 'Cancel import'}
          </button>
        }
      >
        <div className="import-progress">
          <ProgressBar done={phase.done} total={phase.total} label={phase.label} />
          <p className="muted">
            Each file is imported on its own: if you cancel, the files already imported stay and the rest are left out.
          </p>
        </div>
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
      </Dialog>
    );
  }

  if (phase.name === 'done') {
    const imported = phase.results.filter((r) => r.status === 'imported');
    const withSpeakers = imported.filter((r) => (files.find((f) => f.file === r.file)?.speakers?.length ?? 0) > 0);
    return (
      <Dialog
        title="Import finished"
        size="medium"
        onClose={onClose}
        footer={
          <>
            <button type="button" onClick={onClose} className={withSpeakers.length ? undefined : 'primary'}>
              Done
            </button>
            {withSpeakers.length > 0 && (
              <button
                type="button"
                className="primary"
                data-autofocus
                onClick={() => onMapSpeakers(withSpeakers.flatMap((r) => (r.documentId === undefined ? [] : [r.documentId])))}
              >
                Map speakers to participants…
              </button>
            )}
          </>
        }
      >
        <ImportSummary results={phase.results} folder={folder} />
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Import ${sources.length === 1 ? '1 file' : `${sources.length} files`}${folder ? ` from ${folder.replace(/\/$/, '')}` : ''}`}
      description="Check what each file will become and how speaker turns are found, then import."
      size="sheet"
      onClose={onClose}
      footer={
        <>
          <span className="footer-note" aria-live="polite">
            {preview.files
              ? `${counts.ready} ready · ${counts.duplicate} ${counts.duplicate === 1 ? 'duplicate' : 'duplicates'} · ${counts.failed} cannot be imported`
              : 'Reading files…'}
            {preview.loading && preview.files ? ' · updating…' : ''}
          </span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void runImport()} disabled={!options || toImport === 0 || preview.loading}>
            {toImport === 1 ? 'Import 1 file' : `Import ${toImport} files`}
          </button>
        </>
      }
    >
      <div className="import-options">
        <div className="import-option">
          <SpeakerPatternField label="Speaker turns (all files)" choice={all} onChange={(c) => setAll(c ?? autoChoice)} />
        </div>
        {counts.duplicate > 0 && (
          <fieldset className="import-option duplicates">
            <legend className="field-label">Files already in this project</legend>
            <label>
              <input type="radio" name="duplicates" checked={duplicates === 'skip'} onChange={() => setDuplicates('skip')} /> Skip them
            </label>
            <label>
              <input type="radio" name="duplicates" checked={duplicates === 'import'} onChange={() => setDuplicates('import')} /> Import them again
            </label>
          </fieldset>
        )}
      </div>
      <ErrorNotice error={error ?? preview.error} onDismiss={() => setError(null)} />
      {preview.files ? (
        <ImportPreviewTable files={preview.files} folder={folder} overrides={overrides} onOverride={setOverride} />
      ) : (
        !preview.error && <p className="muted">Reading {sources.length === 1 ? 'the file' : `${sources.length} files`}…</p>
      )}
    </Dialog>
  );
}
