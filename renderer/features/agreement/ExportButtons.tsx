import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { useToast } from '../../components/Toast';
import type { ComparisonArgs } from './comparisonSettings';
import { csvType, downloadText, htmlType } from '../../files/downloads';

/**
 * The report as files: CSV (one row per code, per code and document, per code and coder pair)
 * and one self-contained HTML page with the explanations and the methods sentence. Both are
 * computed again by the core from the same arguments as the report on screen.
 */
export function ExportButtons({ args }: { args: ComparisonArgs }) {
  const api = useApi();
  const toast = useToast();
  const [busy, setBusy] = useState<'csv' | 'html' | null>(null);

  const run = async (kind: 'csv' | 'html') => {
    setBusy(kind);
    try {
      if (kind === 'csv') {
        const file = await api.call('agreement.exportCsv', args);
        downloadText(file.fileName, file.csv, csvType);
        toast.show(`Saved ${file.fileName}`);
      } else {
        const file = await api.call('agreement.exportHtml', args);
        downloadText(file.fileName, file.html, htmlType);
        toast.show(`Saved ${file.fileName}`);
      }
    } catch (e) {
      toast.show((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label="Export the report">
      <button type="button" onClick={() => void run('csv')} disabled={busy !== null} title="One row per code, per code and document, per code and coder pair">
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </button>
      <button type="button" onClick={() => void run('html')} disabled={busy !== null} title="A self-contained page with the explanations and a methods sentence">
        {busy === 'html' ? 'Exporting…' : 'Export HTML'}
      </button>
    </div>
  );
}
