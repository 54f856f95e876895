import { useRef } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CodeDetail } from './CodeDetail';
import { ComparisonForm } from './ComparisonForm';
import { comparisonArgs, unitPlural } from './comparisonSettings';
import { ExportButtons } from './ExportButtons';
import { PairBarLegend } from './PairBars';
import { reportCoders } from './reportCoders';
import { MethodsSentence, ReportSummary } from './ReportSummary';
import { ReportTable } from './ReportTable';
import { RunProgress } from './RunProgress';
import { TrafficLightLegend } from './TrafficLight';
import type { AgreementSession } from './useAgreementSession';

/** The Report tab: what to compare, then the report (or one code's details). */
export function ReportPanel({ session, coders, codes }: { session: AgreementSession; coders: readonly Coder[]; codes: readonly Code[] }) {
  const { run, settings } = session;
  const result = run.result;
  const running = run.status === 'running';
  const current = JSON.stringify(comparisonArgs(settings, coders));
  const stale = result !== null && !running && (JSON.stringify(run.args) !== current || run.dataVersion !== session.dataVersion);
  const report = result?.report;
  const people = report ? reportCoders(report, coders) : [];
  const unitWord = report ? unitPlural(report.unit) : 'characters';
  const closedDetail = useRef<number | null>(null);
  const detail = report && session.detailCodeId !== null ? report.codes.find((c) => Number(c.codeId) === session.detailCodeId) : undefined;

  return (
    <div className="report-panel">
      <ComparisonForm settings={settings} onChange={session.setSettings} coders={coders} codes={codes} running={running} onRun={() => void session.compare(coders)} />
      {running && run.pending && <RunProgress args={run.pending} />}
      <ErrorNotice error={run.error} />
      {stale && (
        <div className="stale-note" role="status">
          {JSON.stringify(run.args) !== current ? 'The choices above have changed since this report was run.' : 'Codings or assignments have changed since this report was run.'}
          <button type="button" className="small" onClick={() => void session.compare(coders)}>
            Run again
          </button>
        </div>
      )}
      {report && result && run.args && (
        <div className={`report${running ? ' report-busy' : ''}`} aria-busy={running}>
          {detail ? (
            <CodeDetail
              code={detail}
              coders={people}
              unitWord={unitWord}
              onBack={() => {
                closedDetail.current = Number(detail.codeId);
                session.setDetailCodeId(null);
              }}
              onDisagreements={() => session.showDisagreements(Number(detail.codeId))}
            />
          ) : (
            <>
              <div className="report-toolbar">
                <h2 className="report-heading">Report</h2>
                <span className="spacer" />
                <ExportButtons args={run.args} />
              </div>
              {report.documents.length === 0 ? (
                <div className="empty-report">
                  <p>
                    <strong>No document is in this comparison.</strong> Every document was left out (see why above): a document counts once the coders
                    compared have {result.scope.basis === 'completion marks' ? 'marked it finished' : 'coded in it'}.
                  </p>
                  <button type="button" onClick={() => session.setTab('assignments')}>
                    Go to assignments
                  </button>
                </div>
              ) : (
                <ReportSummary report={report} scope={result.scope} coders={people} unitWord={unitWord} />
              )}
              {report.documents.length === 0 ? null : report.codes.length === 0 ? (
                <p className="muted empty">None of the chosen coders used a code in these documents.</p>
              ) : (
                <>
                  <div className="legends">
                    <TrafficLightLegend />
                    <PairBarLegend coders={people.map((c) => ({ label: c.initials, colour: c.colour }))} />
                  </div>
                  <ReportTable
                    report={report}
                    coders={people}
                    unitWord={unitWord}
                    returnFocusTo={closedDetail.current}
                    onOpenCode={(id) => session.setDetailCodeId(id)}
                    onDisagreements={(id) => session.showDisagreements(id)}
                  />
                  <p className="table-foot muted">
                    Coverage columns: {unitWord} each coder tagged with the code. Hover a number for what it means, or open a code for every number explained,
                    per coder pair and per document.
                  </p>
                  <MethodsSentence sentence={report.methodsSentence} />
                </>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
