import { useEffect, useRef, type ReactNode } from 'react';
import type { CodeAgreement } from '../../../core/model/agreementTypes';
import { formatCoefficient, formatInterval, formatPercent } from './formatStats';
import { PairBarLegend, PairBarRow } from './PairBars';
import { pairBars, type ReportCoder } from './reportCoders';
import { CodeName } from './CodeName';
import { TrafficLight } from './TrafficLight';
import { formatCount } from '../../../core/model/wording';

function Figure({ label, value, children }: { label: string; value: ReactNode; children: ReactNode }) {
  return (
    <div className="figure">
      <dt>
        <span className="figure-label">{label}</span>
        <span className="figure-value">{value}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Coefficients beyond α, each with what it is, for readers who know another tool's habits. */
function MoreCoefficients({ code, twoCoders }: { code: CodeAgreement; twoCoders: boolean }) {
  const rows: [string, number | null, string][] = [
    ["Fleiss' κ", code.fleissKappa, 'Chance from the coders’ pooled use of the code; needs every coder on every unit (equals Scott’s π for two coders).'],
    ...(twoCoders
      ? ([
          ["Cohen's κ", code.cohenKappa, 'Chance from each coder’s own use of the code, so it forgives a coder who codes more than the other.'],
          ["Scott's π", code.scottPi, 'Chance from both coders’ pooled use of the code.'],
        ] as [string, number | null, string][])
      : ([
          ["Light's κ", code.lightKappa, 'The mean of Cohen’s κ over the coder pairs.'],
          ["Conger's κ", code.congerKappa, 'Cohen’s κ generalised to more than two coders.'],
        ] as [string, number | null, string][])),
    ["Gwet's AC1", code.gwetAC1, 'Chance agreement kept small for rare codes; high whenever most text is uncoded, so read it beside α.'],
    ['Jaccard', code.jaccard, 'Text tagged by both ÷ text tagged by either (no correction for chance).'],
  ];
  return (
    <table className="data-table more-table" aria-label="More coefficients">
      <tbody>
        {rows.map(([name, value, meaning]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="num">{formatCoefficient(value)}</td>
            <td className="muted">{meaning}</td>
          </tr>
        ))}
        {code.bootstrap && (
          <tr>
            <th scope="row">P(α &lt; .667) · P(α &lt; .800)</th>
            <td className="num">
              {formatPercent(code.bootstrap.pBelow667, 0)} · {formatPercent(code.bootstrap.pBelow800, 0)}
            </td>
            <td className="muted">
              Share of the {formatCount(code.bootstrap.resamples)} resamples (seed {code.bootstrap.seed}) in which α fell below each threshold
              {code.bootstrap.undefinedResamples > 0 && `; in ${formatCount(code.bootstrap.undefinedResamples)} α was not defined`}.
            </td>
          </tr>
        )}
        {code.documentAverages && (
          <tr>
            <th scope="row">Mean of per-document κ</th>
            <td className="num">
              {formatCoefficient(code.documentAverages.unweightedMeanKappa)} · {formatCoefficient(code.documentAverages.lengthWeightedMeanKappa)}
            </td>
            <td className="muted">Unweighted · length-weighted, as NVivo users compute it. Not a κ of anything: shown only to compare with such reports.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** One code in depth: every number with its explanation, then per coder pair and per document. */
export function CodeDetail({
  code,
  coders,
  unitWord,
  onBack,
  onDisagreements,
}: {
  code: CodeAgreement;
  coders: readonly ReportCoder[];
  unitWord: string;
  onBack: () => void;
  onDisagreements: () => void;
}) {
  const ex = code.explanations;
  const back = useRef<HTMLButtonElement>(null);
  // Keyboard users land in the details they opened, and Back is the first stop.
  useEffect(() => back.current?.focus(), []);
  const bars = pairBars(code, coders);
  const twoCoders = coders.length === 2;
  const label = (key: string) => coders.find((c) => c.key === key)?.initials ?? key;
  return (
    <article
      className="code-detail"
      aria-label={`Agreement for ${code.code}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onBack();
      }}
    >
      <nav className="detail-nav">
        <button type="button" className="link" onClick={onBack} ref={back}>
          ← All codes
        </button>
      </nav>
      <header className="detail-header">
        <h2 className="detail-title">
          <CodeName path={code.code} />
        </h2>
        <div className="detail-headline">
          <span className="detail-alpha">α = {formatCoefficient(code.alpha)}</span>
          <TrafficLight light={code.trafficLight} />
          <span className="muted">95% CI {formatInterval(code.ci95)}</span>
          <span className="spacer" />
          <button type="button" onClick={onDisagreements}>
            Passages where the coders differ →
          </button>
        </div>
        {(code.note || ex.rareCode || ex.degenerate) && (
          <p className="detail-warning" role="note">
            {[ex.degenerate, ex.rareCode, code.note].filter(Boolean).join(' ')}
          </p>
        )}
      </header>

      <section aria-labelledby="numbers-heading">
        <h3 id="numbers-heading">What the numbers say</h3>
        <dl className="figures">
          <Figure label="Krippendorff's α" value={formatCoefficient(code.alpha)}>
            {ex.alpha}
            <span className="figure-light">{ex.trafficLight}</span>
          </Figure>
          <Figure label="95% confidence interval" value={formatInterval(code.ci95)}>
            {ex.ci}
          </Figure>
          <Figure label="Percent agreement" value={formatPercent(code.percentAgreement)}>
            {ex.percentAgreement}
          </Figure>
          <Figure label="Positive agreement" value={formatPercent(code.positiveAgreement)}>
            {ex.positiveAgreement}
          </Figure>
          <Figure label="Coverage" value={coders.map((c) => `${c.initials} ${formatCount(code.coverage[c.key] ?? 0)}`).join(' · ')}>
            {ex.coverage} <span className="muted">(Counts are {unitWord} tagged with the code; {formatCount(code.units)} {unitWord} were compared.)</span>
          </Figure>
        </dl>
      </section>

      {code.pairs.length > 0 && (
        <section aria-labelledby="pairs-heading">
          <h3 id="pairs-heading">By coder pair</h3>
          <PairBarLegend coders={coders.map((c) => ({ label: c.initials, colour: c.colour }))} />
          <div className="table-wrap">
            <table className="data-table pairs-table" aria-label="By coder pair">
              <thead>
                <tr>
                  <th>Pair</th>
                  <th className="num">Both</th>
                  <th className="num">Only first</th>
                  <th className="num">Only second</th>
                  <th className="num">Neither</th>
                  <th className="bars-col">Tagged text</th>
                  <th className="num">% agr.</th>
                  <th className="num">Positive</th>
                  <th className="num">Cohen κ</th>
                  <th className="num">Scott π</th>
                  <th className="num">α</th>
                </tr>
              </thead>
              <tbody>
                {code.pairs.map((p, i) => {
                  const [a, b] = p.coders.map((x) => label(String(x)));
                  return (
                    <tr key={`${a}-${b}`} title={p.explanation}>
                      <th scope="row">
                        {a} · {b}
                      </th>
                      <td className="num">{formatCount(p.counts.both)}</td>
                      <td className="num">{formatCount(p.counts.onlyFirst)}</td>
                      <td className="num">{formatCount(p.counts.onlySecond)}</td>
                      <td className="num">{formatCount(p.counts.neither)}</td>
                      <td className="bars-cell">{bars[i] && <PairBarRow bar={bars[i]} unitWord={unitWord} showLabel={false} />}</td>
                      <td className="num">{formatPercent(p.percentAgreement)}</td>
                      <td className="num">{formatPercent(p.positiveAgreement)}</td>
                      <td className="num">{formatCoefficient(p.cohenKappa)}</td>
                      <td className="num">{formatCoefficient(p.scottPi)}</td>
                      <td className="num">{formatCoefficient(p.alpha)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <ul className="pair-explanations">
            {code.pairs.map((p) => (
              <li key={p.coders.join('-')}>{p.explanation}</li>
            ))}
          </ul>
        </section>
      )}

      {code.segments && code.segments.length > 0 && (
        <section aria-labelledby="segments-heading">
          <h3 id="segments-heading">Segment matching</h3>
          <p className="section-hint">
            Two codings match when they overlap by at least {formatPercent(code.segments[0]!.threshold, 0)} (intersection over union). Holsti&apos;s CR = 2 × matched ÷ (segments of
            the first + segments of the second coder); it counts segments, not text, and is not corrected for chance.
          </p>
          <table className="data-table more-table" aria-label="Segment matching">
            <thead>
              <tr>
                <th>Pair</th>
                <th className="num">Segments (first)</th>
                <th className="num">Segments (second)</th>
                <th className="num">Matched pairs</th>
                <th className="num">Holsti CR</th>
              </tr>
            </thead>
            <tbody>
              {code.segments.map((s) => (
                <tr key={s.coders.join('-')}>
                  <th scope="row">{s.coders.map((c) => label(String(c))).join(' · ')}</th>
                  <td className="num">{formatCount(s.segmentsFirst)}</td>
                  <td className="num">{formatCount(s.segmentsSecond)}</td>
                  <td className="num">{formatCount(s.matchedPairs)}</td>
                  <td className="num">{formatCoefficient(s.holsti)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="documents-heading">
        <h3 id="documents-heading">By document</h3>
        <p className="section-hint">Each document on its own, for finding where agreement breaks down. The values above pool the counts of all documents; they are not averages of these.</p>
        <div className="table-wrap">
          <table className="data-table documents-table" aria-label="By document">
            <thead>
              <tr>
                <th>Document</th>
                <th className="num">{unitWord.charAt(0).toUpperCase() + unitWord.slice(1)}</th>
                <th>Coders</th>
                <th className="num">α</th>
                <th className="num">% agr.</th>
                <th className="num">Positive</th>
                {twoCoders && <th className="num">Cohen κ</th>}
                {coders.map((c) => (
                  <th key={c.key} className="num" title={`${unitWord} ${c.initials} tagged`}>
                    {c.initials}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {code.documents.map((d) => (
                <tr key={String(d.documentId)}>
                  <th scope="row">{d.document}</th>
                  <td className="num">{formatCount(d.units)}</td>
                  <td>{d.coders.map((c) => label(String(c))).join(', ')}</td>
                  <td className="num">{formatCoefficient(d.alpha)}</td>
                  <td className="num">{formatPercent(d.percentAgreement)}</td>
                  <td className="num">{formatPercent(d.positiveAgreement)}</td>
                  {twoCoders && <td className="num">{formatCoefficient(d.cohenKappa)}</td>}
                  {coders.map((c) => (
                    <td key={c.key} className="num">
                      {d.coverage[c.key] === undefined ? '—' : formatCount(d.coverage[c.key]!)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="more-heading">
        <h3 id="more-heading">More coefficients</h3>
        <MoreCoefficients code={code} twoCoders={twoCoders} />
      </section>
    </article>
  );
}
