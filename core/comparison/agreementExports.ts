import type { AgreementReport } from '../agreement';
import type { ComparisonScope } from '../model/agreementTypes';
import { writeCsv } from '../tables/writeCsv';
import { escapeHtml } from '../tables/escapeHtml';

/** Numbers as the report shows them: three decimals, empty when not applicable. */
const n = (v: number | null | undefined, digits = 3) => (v === null || v === undefined || Number.isNaN(v) ? '' : Number(v.toFixed(digits)));

/** One table for the whole report: a row per code, per code and document, per code and coder pair. */
export function agreementCsv(report: AgreementReport): string {
  const coders = report.coders.map((c) => String(c.id));
  const header = [
    'level', 'code', 'document', 'coders', 'units', 'alpha', 'percent agreement', 'positive agreement', 'cohen kappa', 'scott pi',
    'fleiss kappa', 'gwet ac1', 'ci95 low', 'ci95 high', 'both', 'only first', 'only second', 'neither',
    ...coders.map((c) => `coverage ${c}`), 'note',
  ];
  const rows: (string | number | null)[][] = [];
  for (const code of report.codes) {
    const coverage = (c: Record<string, number>) => coders.map((k) => c[k] ?? '');
    rows.push([
      'code', code.code, '', coders.join(' '), code.units, n(code.alpha), n(code.percentAgreement), n(code.positiveAgreement), n(code.cohenKappa),
      n(code.scottPi), n(code.fleissKappa), n(code.gwetAC1), n(code.ci95?.[0]), n(code.ci95?.[1]), '', '', '', '', ...coverage(code.coverage), code.note,
    ]);
    for (const d of code.documents) {
      rows.push([
        'document', code.code, d.document, d.coders.join(' '), d.units, n(d.alpha), n(d.percentAgreement), n(d.positiveAgreement), n(d.cohenKappa),
        '', '', '', '', '', '', '', '', '', ...coverage(d.coverage), '',
      ]);
    }
    for (const p of code.pairs) {
      rows.push([
        'pair', code.code, '', p.coders.join(' '), p.units, n(p.alpha), n(p.percentAgreement), n(p.positiveAgreement), n(p.cohenKappa), n(p.scottPi),
        '', '', '', '', p.counts.both, p.counts.onlyFirst, p.counts.onlySecond, p.counts.neither, ...coders.map(() => ''), '',
      ]);
    }
  }
  return writeCsv(header, rows);
}

const lightColour = { good: '#2e7d32', tentative: '#b26a00', poor: '#b3261e', 'not applicable': '#667085' } as const;

/** The report as one page to keep, print or send: no scripts, no outside files. */
export function agreementHtml(report: AgreementReport, scope: ComparisonScope, projectName: string): string {
  const coders = report.coders.map((c) => String(c.id));
  const codeSections = report.codes
    .map((code) => {
      const docs = code.documents
        .map((d) => `<tr><td>${escapeHtml(d.document)}</td><td>${n(d.alpha)}</td><td>${n(d.percentAgreement)}</td><td>${n(d.cohenKappa)}</td><td>${d.units}</td></tr>`)
        .join('');
      const pairs = code.pairs
        .map(
          (p) =>
            `<tr><td>${escapeHtml(p.coders.join(' & '))}</td><td>${n(p.alpha)}</td><td>${n(p.cohenKappa)}</td><td>${p.counts.both}</td><td>${p.counts.onlyFirst}</td><td>${p.counts.onlySecond}</td><td>${p.counts.neither}</td></tr>`,
        )
        .join('');
      const explain = [code.explanations.alpha, code.explanations.percentAgreement, code.explanations.positiveAgreement, code.explanations.coverage, code.explanations.ci, code.explanations.rareCode, code.explanations.degenerate]
        .filter((x): x is string => Boolean(x))
        .map((x) => `<li>${escapeHtml(x)}</li>`)
        .join('');
      return `<section>
  <h2><span class="light" style="background:${lightColour[code.trafficLight]}"></span>${escapeHtml(code.code)} <small>α = ${n(code.alpha) === '' ? 'n/a' : n(code.alpha)} (${escapeHtml(code.trafficLight)})</small></h2>
  <ul>${explain}</ul>
  <table><thead><tr><th>Document</th><th>α</th><th>% agreement</th><th>Cohen's κ</th><th>Units</th></tr></thead><tbody>${docs}</tbody></table>
  ${pairs ? `<table><thead><tr><th>Coders</th><th>α</th><th>Cohen's κ</th><th>Both</th><th>First only</th><th>Second only</th><th>Neither</th></tr></thead><tbody>${pairs}</tbody></table>` : ''}
</section>`;
    })
    .join('\n');
  const summary = report.codes
    .map(
      (c) =>
        `<tr><td><span class="light" style="background:${lightColour[c.trafficLight]}"></span>${escapeHtml(c.code)}</td><td>${n(c.alpha)}</td><td>${c.ci95 ? `${n(c.ci95[0])} – ${n(c.ci95[1])}` : ''}</td><td>${n(c.percentAgreement)}</td><td>${n(c.positiveAgreement)}</td>${coders.map((k) => `<td>${c.coverage[k] ?? ''}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inter-coder agreement: ${escapeHtml(projectName)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.5}
table{border-collapse:collapse;margin:.75rem 0;width:100%}th,td{border-bottom:1px solid #e3e3de;padding:.3rem .5rem;text-align:left;font-size:.9rem}
th{color:#667085;font-weight:600}.light{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.45rem}
.methods{background:#f7f7f5;border-left:4px solid #2f6f73;padding:.75rem 1rem}small{color:#667085;font-weight:400}
</style></head><body>
<h1>Inter-coder agreement</h1>
<p>${escapeHtml(projectName)} · coders ${escapeHtml(coders.join(', '))} · unit: ${escapeHtml(report.unit)} · ${scope.documents.length} documents (${escapeHtml(scope.basis)})</p>
<h2>Methods</h2><p class="methods">${escapeHtml(report.methodsSentence)}</p>
<p>Pooled over all codes: α = ${n(report.pooled.alpha)}${report.pooled.medianAlpha !== null ? `; median per-code α = ${n(report.pooled.medianAlpha)}` : ''}. Krippendorff recommends α ≥ 0.800 before drawing conclusions and treats 0.667–0.800 as acceptable only for tentative conclusions.</p>
<table><thead><tr><th>Code</th><th>α</th><th>95% CI</th><th>% agreement</th><th>Positive agreement</th>${coders.map((c) => `<th>Coverage ${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${summary}</tbody></table>
${report.notes.length ? `<ul>${report.notes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : ''}
${scope.excluded.length ? `<p>Left out: ${scope.excluded.map((e) => `${escapeHtml(e.title)} (${escapeHtml(e.reason)})`).join('; ')}.</p>` : ''}
${codeSections}
</body></html>
`;
}
