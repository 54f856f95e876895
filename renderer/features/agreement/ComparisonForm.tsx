import { useState } from 'react';
import type { AgreementUnit } from '../../../core/model/agreementTypes';
import type { Code, Coder } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { CodeChoiceDialog } from './CodeChoiceDialog';
import { chosenCoderIds, units, type ComparisonSettings } from './comparisonSettings';
import { DocumentChoiceDialog } from './DocumentChoiceDialog';
import { ScopeNote } from './ScopeNote';
import { formatCount } from '../../../core/model/wording';

const scopeEvents = ['assignments.changed', 'codings.changed', 'documents.changed', 'history.changed'] as const;

/** What to compare: coders, documents, codes, the unit, the confidence interval; then Run. */
export function ComparisonForm({
  settings,
  onChange,
  coders,
  codes,
  running,
  onRun,
}: {
  settings: ComparisonSettings;
  onChange: (change: Partial<ComparisonSettings>) => void;
  coders: readonly Coder[];
  codes: readonly Code[];
  running: boolean;
  onRun: () => void;
}) {
  const coderIds = chosenCoderIds(settings, coders);
  const scope = useQuery('agreement.scope', coderIds.length >= 2 ? { coderIds, ...(settings.documentIds ? { documentIds: settings.documentIds } : {}) } : null, [...scopeEvents]);
  const [dialog, setDialog] = useState<'documents' | 'codes' | null>(null);
  const enough = coderIds.length >= 2;

  const toggleCoder = (id: number) => {
    const next = coderIds.includes(id) ? coderIds.filter((c) => c !== id) : [...coderIds, id];
    onChange({ coderIds: coders.filter((c) => next.includes(c.id)).map((c) => c.id) });
  };
  const documentSummary = settings.documentIds ? `${formatCount(settings.documentIds.length)} chosen` : `Suggested (${formatCount(scope.data?.documents.length ?? 0)})`;
  const codeSummary = settings.codeIds ? `${formatCount(settings.codeIds.length)} chosen` : 'Every code used';
  const unitHint = units.find((u) => u.unit === settings.unit)?.hint;

  // The dialogs stay outside the form: their submit events would bubble to it through React.
  return (
    <>
    <form
      className="comparison-form"
      aria-label="Comparison"
      onSubmit={(e) => {
        e.preventDefault();
        if (enough && !running) onRun();
      }}
    >
      <div className="form-grid">
        <fieldset className="form-field coders-field">
          <legend>Coders</legend>
          <div className="coder-checks">
            {coders.map((c) => (
              <label key={c.id} className="coder-check" title={c.name}>
                <input type="checkbox" checked={coderIds.includes(c.id)} onChange={() => toggleCoder(c.id)} />
                <span className="initials">{c.initials}</span>
                <span className="coder-name">{c.name}</span>
              </label>
            ))}
          </div>
          {!enough && <span className="field-error">Choose at least two coders.</span>}
        </fieldset>
        <div className="form-field">
          <span className="form-label" id="documents-label">
            Documents
          </span>
          <button type="button" aria-labelledby="documents-label documents-summary" onClick={() => setDialog('documents')} disabled={!enough}>
            <span id="documents-summary">{documentSummary}</span> <span className="muted">Change…</span>
          </button>
        </div>
        <div className="form-field">
          <span className="form-label" id="codes-label">
            Codes
          </span>
          <button type="button" aria-labelledby="codes-label codes-summary" onClick={() => setDialog('codes')} disabled={!enough}>
            <span id="codes-summary">{codeSummary}</span> <span className="muted">Change…</span>
          </button>
        </div>
        <label className="form-field">
          <span className="form-label">Unit</span>
          <select value={settings.unit} onChange={(e) => onChange({ unit: e.target.value as AgreementUnit })} title={unitHint}>
            {units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
        {settings.unit === 'segment' && (
          <label className="form-field narrow">
            <span className="form-label">Overlap ≥</span>
            <input type="number" min={0.05} max={1} step={0.05} value={settings.segmentThreshold} onChange={(e) => onChange({ segmentThreshold: Number(e.target.value) })} />
          </label>
        )}
        <fieldset className="form-field bootstrap-field">
          <legend>Confidence interval</legend>
          <label className="inline">
            <input type="checkbox" checked={settings.bootstrap} onChange={(e) => onChange({ bootstrap: e.target.checked })} /> Bootstrap
          </label>
          <label className="inline">
            <input
              type="number"
              min={100}
              max={100000}
              step={100}
              value={settings.resamples}
              disabled={!settings.bootstrap}
              onChange={(e) => onChange({ resamples: Math.max(100, Math.round(Number(e.target.value) || 100)) })}
              aria-label="Resamples"
            />{' '}
            resamples
          </label>
          <label className="inline">
            seed{' '}
            <input type="number" step={1} value={settings.seed} disabled={!settings.bootstrap} onChange={(e) => onChange({ seed: Math.round(Number(e.target.value) || 0) })} aria-label="Seed" />
          </label>
        </fieldset>
        <div className="form-field run-field">
          <button type="submit" className="primary" disabled={!enough || running}>
            {running ? 'Comparing…' : 'Run comparison'}
          </button>
        </div>
      </div>
      {scope.data && <ScopeNote scope={scope.data} chosen={settings.documentIds !== null} />}
    </form>
      {dialog === 'documents' && (
        <DocumentChoiceDialog
          coderIds={coderIds}
          documentIds={settings.documentIds}
          onClose={() => setDialog(null)}
          onChoose={(documentIds) => {
            onChange({ documentIds });
            setDialog(null);
          }}
        />
      )}
      {dialog === 'codes' && (
        <CodeChoiceDialog
          codes={codes}
          coderIds={coderIds}
          documentIds={scope.data?.documents.map((d) => d.id)}
          codeIds={settings.codeIds}
          onClose={() => setDialog(null)}
          onChoose={(codeIds) => {
            onChange({ codeIds });
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
