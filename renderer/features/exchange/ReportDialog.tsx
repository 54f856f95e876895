import type { ReactNode } from 'react';
import type { Result } from '../../../core/api';
import { Dialog } from '../../components/Dialog';
import { ExchangeReport } from './ExchangeReport';

/** The report after an import or export: what happened, then what did not come along and why. */
export function ReportDialog({
  title,
  summary,
  report,
  nothingLost,
  onClose,
}: {
  title: string;
  summary: ReactNode;
  report: Result<'project.exportQdpx'>['report'];
  nothingLost: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="large"
      className="exchange-report-dialog"
      footer={
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          Close
        </button>
      }
    >
      <div className="exchange-summary">{summary}</div>
      <ExchangeReport report={report} nothingLost={nothingLost} />
    </Dialog>
  );
}

/** The numbers an import brought over, as a row of counts. */
export function ImportCounts({ counts }: { counts: { label: string; value: number }[] }) {
  return (
    <dl className="summary-counts exchange-counts">
      {counts.map((c) => (
        <div key={c.label} className="summary-count">
          <dt>{c.label}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
