import { useRef, useState } from 'react';
import type { ImportSource } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton } from '../../components/MenuButton';
import { ProgressBar } from '../../components/ProgressBar';
import { ImportDialog } from '../import/ImportDialog';
import { readPickedFiles } from '../import/readPickedFiles';
import { SpeakersDialog } from '../participants/SpeakersDialog';

const transcriptTypes = '.txt,.md,.markdown,.docx,.doc,.odt,.rtf,.pdf,.vtt,.srt,.html,.htm';

/**
 * Import transcripts: the native file dialog in the desktop app; in a browser, the file picker
 * for files or for a whole folder (the files travel to the local server). Opens the preview,
 * then offers to map the speakers found.
 */
export function ImportButton({ nativeDialogs }: { nativeDialogs: boolean }) {
  const api = useApi();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [sources, setSources] = useState<ImportSource[] | null>(null);
  const [reading, setReading] = useState<{ done: number; total: number; label: string } | null>(null);
  const [mapFor, setMapFor] = useState<number[] | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const chooseNative = async () => {
    try {
      const paths = await api.call('dialog.importFiles', {});
      if (paths.length > 0) setSources(paths.map((path) => ({ path })));
    } catch (e) {
      setError(e as Error);
    }
  };

  const choose = (folder: boolean) => {
    if (nativeDialogs) void chooseNative();
    else (folder ? folderInput : filesInput).current?.click();
  };

  useEvent('menu.command', (command) => {
    if (command === 'import' && !sources && !reading) choose(false);
  });

  const onPicked = async (input: HTMLInputElement) => {
    const list = [...(input.files ?? [])];
    input.value = '';
    if (list.length === 0) return;
    try {
      const files = await readPickedFiles(list, (done, total, label) => setReading({ done, total, label: label || 'done' }));
      if (files.length > 0) setSources(files);
    } catch (e) {
      setError(e as Error);
    } finally {
      setReading(null);
    }
  };

  return (
    <div className="import">
      {nativeDialogs ? (
        <button type="button" onClick={() => choose(false)} disabled={reading !== null}>
          Import…
        </button>
      ) : (
        <MenuButton
          label="Import"
          disabled={reading !== null}
          items={[
            { label: 'Files…', onSelect: () => choose(false) },
            { label: 'A whole folder…', onSelect: () => choose(true) },
          ]}
        />
      )}
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        accept={transcriptTypes}
        onChange={(e) => void onPicked(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not in React's typings; Chromium, Firefox and Safari all read it.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => void onPicked(e.currentTarget)}
      />
      {reading && <ProgressBar done={reading.done} total={reading.total} label={`Reading ${reading.label}`} />}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {sources && (
        <ImportDialog
          sources={sources}
          onClose={() => setSources(null)}
          onMapSpeakers={(ids) => {
            setSources(null);
            setMapFor(ids);
          }}
        />
      )}
      {mapFor && <SpeakersDialog documentIds={mapFor} onClose={() => setMapFor(null)} />}
    </div>
  );
}
