import { offsetProfileLabel } from './offsetProfileLabels';
import { ImportCounts, ReportDialog } from './ReportDialog';
import { setPendingImportReport, usePendingImportReport } from './pendingImportReport';

/** In the workspace of a project just made from a .qdpx: what came over, and what did not. */
export function ImportReportDialog() {
  const result = usePendingImportReport();
  if (!result) return null;
  const { project, report } = result;
  const offsets = report.offsets;
  return (
    <ReportDialog
      title={`Imported ${report.fileName}`}
      onClose={() => setPendingImportReport(null)}
      report={report}
      nothingLost="Everything in the file was carried over."
      summary={
        <>
          <p>
            {report.origin ? `Made by ${report.origin}. ` : ''}
            Coherence created <strong>{project.name}</strong> at <span className="exchange-path">{project.path}</span>.
          </p>
          <ImportCounts
            counts={[
              { label: 'Documents', value: project.counts.documents },
              { label: 'Codes', value: project.counts.codes },
              { label: 'Codings', value: project.counts.codings },
              { label: 'Coders', value: project.counts.coders },
            ]}
          />
          {offsets && offsets.evidence > 0 && (
            <p className="muted exchange-offsets">
              Character positions read as {offsetProfileLabel(offsets.profile)}
              {offsets.chosenBy === 'evidence' ? ` — ${offsets.matched} of ${offsets.evidence} coded passages start and end on whole words that way` : ''}
              {offsets.chosenBy === 'caller' ? ' (as you chose)' : ''}.
            </p>
          )}
        </>
      }
    />
  );
}
