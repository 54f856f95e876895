import type { AgreementReport, ComparisonScope, TrafficLight as Light } from '../../../core/model/agreementTypes';
import { useToast } from '../../components/Toast';
import { copyText } from './copyText';
import { formatCoefficient, formatInterval, formatPercent } from './formatStats';
import { formatCount, listNames } from '../../../core/model/wording';
import type { ReportCoder } from './reportCoders';
import { TrafficLight } from './TrafficLight';

function lightOf(alpha: number | null): Light {
  if (alpha === null) return 'not applicable';
  return alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'poor';
}

/** The methods-section sentence, ready to paste, with a Copy button. */
export function MethodsSentence({ sentence }: { sentence: string }) {
  const toast = useToast();
  const copy = async () => toast.show((await copyText(sentence)) ? 'Copied the methods sentence.' : 'Could not copy: select the sentence and copy it by hand.');
  return (
    <figure className="methods-sentence">
      <figcaption>For the methods section</figcaption>
      <blockquote>{sentence}</blockquote>
      <button type="button" className="small" onClick={() => void copy()}>
        Copy
      </button>
    </figure>
  );
}

/** The head of the report: the pooled figure, what was compared (and what was left out), notes. */
export function ReportSummary({ report, scope, coders, unitWord }: { report: AgreementReport; scope: ComparisonScope; coders: readonly ReportCoder[]; unitWord: string }) {
  const { pooled } = report;
  const units = report.documents.reduce((n, d) => n + d.units, 0);
  const boot = pooled.bootstrap;
  return (
    <section className="report-summary" aria-label="Summary">
      <div className="pooled-card">
        <div className="pooled-label">
          Pooled <span className="greek">α</span>
        </div>
        <div className="pooled-value">
          <span data-testid="pooled-alpha">{formatCoefficient(pooled.alpha)}</span>
          <TrafficLight light={lightOf(pooled.alpha)} />
        </div>
        <div className="pooled-ci">
          95% CI {formatInterval(pooled.ci95)}
          {boot && boot.pBelow800 !== null && <span className="muted"> · P(α &lt; .800) {formatPercent(boot.pBelow800, 0)}</span>}
        </div>
        <p className="pooled-explain">
          All codes together: every code&apos;s decisions on every {unitWord.replace(/s$/, '')} stacked into one reliability table (not an average of the codes&apos; α).
        </p>
      </div>
      <dl className="report-facts">
        <div>
          <dt>Coders</dt>
          <dd>{listNames(coders.map((c) => c.initials))}</dd>
        </div>
        <div>
          <dt>Documents</dt>
          <dd>
            {formatCount(report.documents.length)}
            {scope.excluded.length > 0 && <span className="muted"> · {formatCount(scope.excluded.length)} left out</span>}
          </dd>
        </div>
        <div>
          <dt>Codes</dt>
          <dd>{formatCount(report.codes.length)}</dd>
        </div>
        <div>
          <dt>Unit</dt>
          <dd>
            {report.unit} <span className="muted">· {formatCount(units)} {unitWord}</span>
          </dd>
        </div>
        <div>
          <dt>
            Per-code <span className="greek">α</span>
          </dt>
          <dd>
            lowest {formatCoefficient(pooled.minAlpha)} · median {formatCoefficient(pooled.medianAlpha)}
          </dd>
        </div>
        <div>
          <dt>% agreement</dt>
          <dd>{formatPercent(pooled.percentAgreement)}</dd>
        </div>
        {boot && (
          <div>
            <dt>Bootstrap</dt>
            <dd>
              {formatCount(boot.resamples)} resamples of {formatCount(boot.documents)} documents, seed {boot.seed}
            </dd>
          </div>
        )}
      </dl>
      {(boot?.note || report.notes.length > 0) && (
        <ul className="report-notes" aria-label="Notes">
          {boot?.note && <li>{boot.note}</li>}
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
