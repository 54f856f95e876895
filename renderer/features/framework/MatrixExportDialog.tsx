import { useState } from 'react';
import type { MatrixCellContent, MatrixSummary } from '../../../core/model/frameworkTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { useAttempt } from '../../components/useAttempt';
import { csvType, downloadBase64, downloadText, xlsxType } from '../../files/downloads';

type Format = 'csv' | 'csv-bom' | 'xlsx';

const contents: { value: MatrixCellContent; label: string; hint: string }[] = [
  { value: 'summary', label: 'Summaries', hint: 'Your summary in each cell.' },
  { value: 'passages', label: 'Passages', hint: 'The coded passages behind each cell, with document and coder.' },
  { value: 'counts', label: 'Counts', hint: 'How many passages each cell holds.' },
];

const formats: { value: Format; label: string; hint: string }[] = [
  { value: 'csv', label: 'CSV (UTF-8)', hint: 'For R, Python and most tools.' },
  { value: 'csv-bom', label: 'CSV, Excel-friendly', hint: 'With a byte-order mark, so Excel shows accents and other scripts correctly.' },
  { value: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'The matrix on one sheet, every passage behind it on a second.' },
];

// The last choice is kept for the next export (per window).
let last: { content: MatrixCellContent; format: Format } = { content: 'summary', format: 'csv' };

/** Save the matrix as a table: one row per participant (with their attributes), one column per theme. */
export function MatrixExportDialog({ matrix, onClose }: { matrix: MatrixSummary; onClose: () => void }) {
  const api = useApi();
  const toast = useToast();
  const [content, setContent] = useState<MatrixCellContent>(last.content);
  const [format, setFormat] = useState<Format>(last.format);
  const { busy, error, setError, attempt } = useAttempt();

  const run = async () => {
    last = { content, format };
    const done = await attempt(async () => {
      if (format === 'xlsx') {
        const file = await api.call('matrices.exportXlsx', { matrixId: matrix.id, cells: content });
        downloadBase64(file.fileName, file.base64, xlsxType);
        toast.show(`Saved ${file.fileName}`);
      } else {
        const file = await api.call('matrices.exportCsv', { matrixId: matrix.id, cells: content, excelBom: format === 'csv-bom' });
        downloadText(file.fileName, file.csv, csvType);
        toast.show(`Saved ${file.fileName}`);
      }
    });
    if (done) onClose();
  };

  return (
    <Dialog
      title={`Export ${matrix.name}`}
      size="small"
      onClose={onClose}
      onSubmit={() => void run()}
      busy={busy}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-autofocus>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="setup-group">
        <legend className="field-label">Each cell holds</legend>
        {contents.map((c) => (
          <label key={c.value} className="check export-choice">
            <input type="radio" name="content" checked={content === c.value} onChange={() => setContent(c.value)} />
            <span>
              {c.label} <span className="muted">— {c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="setup-group">
        <legend className="field-label">Format</legend>
        {formats.map((f) => (
          <label key={f.value} className="check export-choice">
            <input type="radio" name="format" checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span>
              {f.label} <span className="muted">— {f.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
