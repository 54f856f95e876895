import { useEffect, useRef, useState } from 'react';
import type { AgreementReport, CodeAgreement } from '../../../core/model/agreementTypes';
import { SortHeader } from '../../components/SortHeader';
import { CodeName } from './CodeName';
import { formatCoefficient, formatInterval, formatPercent } from './formatStats';
import { PairBars } from './PairBars';
import { pairBars, type ReportCoder } from './reportCoders';
import { nextSort, sortCodes, type ReportSort, type ReportSortKey } from './reportSort';
import { TrafficLight } from './TrafficLight';
import { formatCount } from '../../../core/model/wording';

/** Segment matching has no α: each coder pair's Holsti CR (share of segments matched) instead. */
function HolstiCell({ code, coders }: { code: CodeAgreement; coders: readonly ReportCoder[] }) {
  const label = (key: string) => coders.find((c) => c.key === key)?.initials ?? key;
  return (
    <td className="num holsti-cell" title="Holsti's CR = 2 × matched segments ÷ (segments of the first + of the second coder)">
      {(code.segments ?? []).map((s) => (
        <div key={s.coders.join('-')}>
          {(code.segments?.length ?? 0) > 1 && <span className="pair-label">{s.coders.map((c) => label(String(c))).join('·')}</span>} {formatCoefficient(s.holsti)}
        </div>
      ))}
    </td>
  );
}

function CodeRow({
  code,
  coders,
  unitWord,
  segments,
  onOpen,
  onDisagreements,
}: {
  code: CodeAgreement;
  coders: readonly ReportCoder[];
  unitWord: string;
  segments: boolean;
  onOpen: () => void;
  onDisagreements: () => void;
}) {
  const ex = code.explanations;
  const remark = code.note || ex.rareCode || ex.degenerate;
  return (
    <tr data-code={code.code}>
      <th scope="row" className="code-cell">
        <button type="button" className="code-open" onClick={onOpen} title={`Details for ${code.code}: every number explained, per document and per coder pair`}>
          <CodeName path={code.code} />
        </button>
        {remark && <span className="code-remark">{remark}</span>}
        <button type="button" className="link passages-link" onClick={onDisagreements} aria-label={`Disagreements for ${code.code}`}>
          Passages where they differ →
        </button>
      </th>
      <td className="num alpha-cell" title={ex.alpha}>
        <span className="alpha-value">{formatCoefficient(code.alpha)}</span>
        <TrafficLight light={code.trafficLight} withLabel={code.trafficLight !== 'not applicable'} />
      </td>
      {segments && <HolstiCell code={code} coders={coders} />}
      <td className="num ci-cell" title={ex.ci}>
        {formatInterval(code.ci95)}
      </td>
      <td className="num" title={ex.percentAgreement}>
        {formatPercent(code.percentAgreement)}
      </td>
      <td className="num" title={ex.positiveAgreement}>
        {formatPercent(code.positiveAgreement)}
      </td>
      {coders.map((c) => (
        <td key={c.key} className="num coverage-cell" title={ex.coverage}>
          {code.coverage[c.key] === undefined ? '—' : formatCount(code.coverage[c.key]!)}
        </td>
      ))}
      <td className="bars-cell">
        <span className="share" title={`${formatPercent(code.share)} of the ${unitWord} were tagged with this code by at least one coder`}>
          {formatPercent(code.share)}
        </span>
        <PairBars bars={pairBars(code, coders)} unitWord={unitWord} />
      </td>
    </tr>
  );
}

/** One row per code, sortable by any column; a code's name opens its details. */
export function ReportTable({
  report,
  coders,
  unitWord,
  onOpenCode,
  onDisagreements,
  returnFocusTo,
}: {
  report: AgreementReport;
  coders: readonly ReportCoder[];
  unitWord: string;
  /** The code whose details were just closed: its row takes the focus back. */
  returnFocusTo: number | null;
  onOpenCode: (codeId: number) => void;
  onDisagreements: (codeId: number) => void;
}) {
  const [sort, setSort] = useState<ReportSort>({ key: 'codebook', direction: 'asc' });
  const header = (key: ReportSortKey, label: string, className = 'num') => (
    <SortHeader label={label} className={className} active={sort.key === key} direction={sort.direction} onSort={() => setSort((s) => nextSort(s, key))} />
  );
  const rows = sortCodes(report.codes, sort);
  const segments = report.codes.some((c) => (c.segments?.length ?? 0) > 0);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (returnFocusTo === null) return;
    const code = report.codes.find((c) => Number(c.codeId) === returnFocusTo);
    if (code) wrap.current?.querySelector<HTMLElement>(`tr[data-code="${CSS.escape(code.code)}"] .code-open`)?.focus();
    // Only when the table comes back, not on every report.
  }, []);
  return (
    <div className="table-wrap report-table-wrap" ref={wrap}>
      <table className="data-table report-table" aria-label="Agreement per code">
        <thead>
          <tr>
            <SortHeader
              label="Code"
              className="code-col"
              active={sort.key === 'code'}
              direction={sort.direction}
              onSort={() => setSort((s) => (s.key === 'codebook' ? { key: 'code', direction: 'asc' } : s.key === 'code' && s.direction === 'desc' ? { key: 'codebook', direction: 'asc' } : nextSort(s, 'code')))}
            />
            {header('alpha', 'α')}
            {segments && (
              <th scope="col" className="num">
                Holsti CR
              </th>
            )}
            {header('ci', '95% CI')}
            {header('percentAgreement', '% agreement')}
            {header('positiveAgreement', 'Positive agr.')}
            {coders.map((c) => (
              <SortHeader
                key={c.key}
                label={c.initials}
                className="num coverage-col"
                active={sort.key === `coverage:${c.key}`}
                direction={sort.direction}
                onSort={() => setSort((s) => nextSort(s, `coverage:${c.key}`))}
              />
            ))}
            {header('share', 'Tagged text', 'bars-col')}
          </tr>
        </thead>
        <tbody>
          {rows.map((code) => (
            <CodeRow
              key={String(code.codeId)}
              code={code}
              coders={coders}
              unitWord={unitWord}
              segments={segments}
              onOpen={() => onOpenCode(Number(code.codeId))}
              onDisagreements={() => onDisagreements(Number(code.codeId))}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
