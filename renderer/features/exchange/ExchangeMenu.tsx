import { useRef, useState } from 'react';
import type { Result } from '../../../core/api';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton } from '../../components/MenuButton';
import { useToast } from '../../components/Toast';
import { useAttempt } from '../../components/useAttempt';
import { downloadBase64, downloadText, xmlType } from '../../files/downloads';
import { fileAsUpload } from '../../files/uploads';
import { ImportReportDialog } from './ImportReportDialog';
import { MergeDialog } from './MergeDialog';
import type { MergeOutcome } from './MergePlanView';
import { ImportCounts, ReportDialog } from './ReportDialog';
import './exchange.css';

type Shown =
  | { kind: 'export'; fileName: string; report: Result<'project.exportQdpx'>['report'] }
  | { kind: 'codebook'; fileName: string; result: Result<'codebook.importQdc'> }
  | { kind: 'merge' }
  | null;

/**
 * The workspace's exchange with other programs and other coders: export the project (.qdpx)
 * or its codebook (.qdc) for NVivo, MAXQDA, ATLAS.ti…, import a codebook, and merge a coder's
 * copy of the project. Every export and import shows its report.
 */
export function ExchangeMenu({ nativeDialogs }: { nativeDialogs: boolean }) {
  const api = useApi();
  const toast = useToast();
  const codebookInput = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<Shown>(null);
  const { busy, busyLabel, error, setError, attempt } = useAttempt();

  const exportProject = () =>
    attempt(async () => {
      const { fileName, base64, report } = await api.call('project.exportQdpx', {});
      downloadBase64(fileName, base64, 'application/zip');
      setShown({ kind: 'export', fileName, report });
    }, 'Exporting…');

  const exportCodebook = () =>
    attempt(async () => {
      const { fileName, xml, report } = await api.call('codebook.exportQdc', {});
      downloadText(fileName, xml, xmlType);
      setShown({ kind: 'export', fileName, report });
    }, 'Exporting…');

  const importCodebook = (file: File | undefined) => {
    if (!file) return;
    void attempt(async () => {
      const result = await api.call('codebook.importQdc', { file: await fileAsUpload(file) });
      setShown({ kind: 'codebook', fileName: file.name, result });
    }, 'Importing…');
  };

  const merged = (outcome: MergeOutcome) => {
    setShown(null);
    const t = outcome.tallies;
    const file = outcome.other.path.split(/[\\/]/).pop();
    const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
    toast.show(`Merged ${file}: ${n(t.codings.added, 'coding')}, ${n(t.memos.added, 'memo')} and ${n(t.documents.added, 'document')} added. Undo with Ctrl+Z.`);
  };

  return (
    <div className="exchange-menu">
      <MenuButton
        label={busyLabel ?? 'Exchange'}
        disabled={busy}
        items={[
          { label: 'Export project (.qdpx)…', onSelect: () => void exportProject() },
          { label: 'Export codebook (.qdc)…', onSelect: () => void exportCodebook() },
          { label: 'Import codebook (.qdc)…', onSelect: () => codebookInput.current?.click(), separator: true },
          { label: 'Merge another project…', onSelect: () => setShown({ kind: 'merge' }), separator: true },
        ]}
      />
      <input
        ref={codebookInput}
        type="file"
        accept=".qdc,.xml"
        hidden
        data-testid="qdc-input"
        onChange={(e) => {
          importCodebook(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {shown?.kind === 'export' && (
        <ReportDialog
          title={`Exported ${shown.fileName}`}
          onClose={() => setShown(null)}
          report={shown.report}
          nothingLost="Everything in the project is in the file."
          summary={<p>The file is in your downloads. It follows the REFI-QDA standard, so NVivo, MAXQDA, ATLAS.ti, QualCoder and others can open it; here is what it could not hold.</p>}
        />
      )}
      {shown?.kind === 'codebook' && (
        <ReportDialog
          title={`Imported codebook ${shown.fileName}`}
          onClose={() => setShown(null)}
          report={shown.result.report}
          nothingLost="Every code in the file was carried over."
          summary={
            <ImportCounts
              counts={[
                { label: 'Codes created', value: shown.result.created },
                { label: 'Codes updated', value: shown.result.updated },
              ]}
            />
          }
        />
      )}
      {shown?.kind === 'merge' && <MergeDialog nativeDialogs={nativeDialogs} onClose={() => setShown(null)} onMerged={merged} />}
      <ImportReportDialog />
    </div>
  );
}
