import { useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { CodePicker } from './CodePicker';
import { frameworks } from './codeChoices';
import { CoderQuery } from './CoderQuery';
import { CooccurrenceQuery } from './CooccurrenceQuery';
import { DensityQuery } from './DensityQuery';
import { MatrixCodingQuery } from './MatrixCodingQuery';
import { PassagesDialog, type PassageRequest } from './PassagesDialog';
import type { QueryProps } from './queryProps';
import { useQuerySettings, type QueryKind } from './querySettings';
import { WordFrequencyQuery } from './WordFrequencyQuery';
import './queries.css';

type Place = { documentId: number; start: number; end: number };

const kinds: { kind: QueryKind; label: string; codes: boolean; coder: boolean }[] = [
  { kind: 'cooccurrence', label: 'Co-occurrence', codes: true, coder: true },
  { kind: 'matrixCoding', label: 'Codes by group', codes: true, coder: true },
  { kind: 'byCoder', label: 'Coding by coder', codes: true, coder: false },
  { kind: 'words', label: 'Word frequency', codes: false, coder: false },
  { kind: 'density', label: 'Coding density', codes: false, coder: false },
];

const panels: Record<QueryKind, (props: QueryProps) => JSX.Element> = {
  cooccurrence: CooccurrenceQuery,
  matrixCoding: MatrixCodingQuery,
  byCoder: CoderQuery,
  words: WordFrequencyQuery,
  density: DensityQuery,
};

const tabId = (kind: QueryKind) => `query-tab-${kind}`;

/**
 * Questions across the project's coding: which codes go together, which groups speak to which
 * codes, who coded what, which words recur, how densely each document is coded. Each count
 * opens the passages behind it; results export as CSV and charts as SVG or PNG.
 */
export function QueriesView({ codes, coders, onOpenPlace }: { codes: readonly Code[]; coders: readonly Coder[]; onOpenPlace: (place: Place) => void }) {
  const [settings, update] = useQuerySettings();
  const [passages, setPassages] = useState<PassageRequest | null>(null);
  const fallback = useMemo(() => frameworks(codes)[0]?.themes.map((t) => t.id) ?? codes.slice(0, 8).map((c) => c.id), [codes]);
  // Codes chosen earlier that no longer exist (deleted, or another project) drop out.
  const codeIds = (settings.codeIds ?? fallback).filter((id) => codes.some((c) => c.id === id));
  const coderId = coders.some((c) => c.id === settings.coderId) ? settings.coderId : null;
  const current = kinds.find((k) => k.kind === settings.kind)!;
  const usesCodes = current.codes || (settings.kind === 'density' && settings.densityBy === 'codes');
  const Panel = panels[settings.kind];

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = kinds.findIndex((k) => k.kind === settings.kind);
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = kinds[(to + kinds.length) % kinds.length]!;
    update({ kind: next.kind });
    document.getElementById(tabId(next.kind))?.focus();
  };

  return (
    <div className="queries-view">
      <header className="view-header queries-header">
        <h1>Queries</h1>
        <div className="query-tabs" role="tablist" aria-label="Query" onKeyDown={onTabKey}>
          {kinds.map((k) => (
            <button
              key={k.kind}
              id={tabId(k.kind)}
              type="button"
              role="tab"
              aria-selected={k.kind === settings.kind}
              aria-controls="query-panel"
              tabIndex={k.kind === settings.kind ? 0 : -1}
              onClick={() => update({ kind: k.kind })}
            >
              {k.label}
            </button>
          ))}
        </div>
      </header>
      <section className="query-panel" id="query-panel" role="tabpanel" aria-labelledby={tabId(settings.kind)}>
        {(usesCodes || current.coder) && (
          <div className="query-scope">
            {usesCodes && (
              <div className="query-field">
                <span>Codes</span>
                <CodePicker codes={codes} selected={codeIds} onChange={(ids) => update({ codeIds: ids })} />
              </div>
            )}
            {current.coder && (
              <label className="query-field">
                <span>Coder</span>
                <select value={coderId ?? ''} onChange={(e) => update({ coderId: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">Everyone</option>
                  {coders.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.initials} · {c.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {usesCodes && <span className="query-codes muted">{codeIds.map((id) => codes.find((c) => c.id === id)?.name).join(' · ')}</span>}
          </div>
        )}
        {usesCodes && codeIds.length === 0 ? (
          <p className="muted empty">Choose the codes to compare.</p>
        ) : (
          <Panel codes={codes} coders={coders} codeIds={codeIds} settings={{ ...settings, coderId }} update={update} onPassages={setPassages} />
        )}
      </section>
      {passages && <PassagesDialog request={passages} onOpenPlace={onOpenPlace} onClose={() => setPassages(null)} />}
    </div>
  );
}
