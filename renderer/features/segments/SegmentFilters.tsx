import { useMemo, useRef } from 'react';
import type { Code, Coder, DocumentSummary } from '../../../core/model/types';
import { codeTree, indentedLabel } from '../codebook/codeTree';
import type { SegmentQuery } from './useMainView';

/**
 * The question for coded segments: which code (with its sub-codes or not), which coders,
 * which documents. In blind mode only the current coder's codings can be asked for.
 */
export function SegmentFilters({
  codes,
  coders,
  coder,
  blind,
  documents,
  query,
  onChange,
}: {
  codes: readonly Code[];
  coders: readonly Coder[];
  coder: Coder | null;
  blind: boolean;
  documents: readonly DocumentSummary[];
  query: SegmentQuery;
  onChange: (query: SegmentQuery) => void;
}) {
  const tree = useMemo(() => codeTree(codes), [codes]);
  const documentMenu = useRef<HTMLDetailsElement>(null);
  const set = (change: Partial<SegmentQuery>) => onChange({ ...query, ...change });
  const hasChildren = query.codeId !== null && (tree.children.get(query.codeId)?.length ?? 0) > 0;
  const coderShown = (id: number) => query.coderIds === null || query.coderIds.includes(id);
  const toggleCoder = (id: number) => {
    const shown = coders.filter((c) => coderShown(c.id)).map((c) => c.id);
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    // Never none: that would ask for nothing at all.
    if (next.length > 0) set({ coderIds: next.length === coders.length ? null : next });
  };
  const documentShown = (id: number) => query.documentIds === null || query.documentIds.includes(id);
  const toggleDocument = (id: number) => {
    const shown = documents.filter((d) => documentShown(d.id)).map((d) => d.id);
    const next = shown.includes(id) ? shown.filter((d) => d !== id) : [...shown, id];
    if (next.length > 0) set({ documentIds: next.length === documents.length ? null : next });
  };
  const documentCount = query.documentIds === null ? documents.length : documents.filter((d) => documentShown(d.id)).length;

  return (
    <div className="segment-filters" role="group" aria-label="Which coded segments">
      <label className="segment-code-filter">
        <span className="field-label">Code</span>
        <select value={query.codeId ?? ''} onChange={(e) => set({ codeId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">All codes</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {indentedLabel(tree, c)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={hasChildren && query.includeChildren} disabled={!hasChildren} onChange={(e) => set({ includeChildren: e.target.checked })} />
        Include sub-codes
      </label>
      {blind ? (
        <span className="muted blind-note">Blind mode: only your codings{coder ? ` (${coder.initials})` : ''}</span>
      ) : (
        coders.length > 1 && (
          <div className="segment-coders" role="group" aria-label="Coders">
            {coders.map((c) => (
              <button key={c.id} type="button" className="coder-toggle small" aria-pressed={coderShown(c.id)} title={c.name} onClick={() => toggleCoder(c.id)}>
                {c.initials}
              </button>
            ))}
          </div>
        )
      )}
      <details
        className="segment-documents"
        ref={documentMenu}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && documentMenu.current?.open) {
            e.preventDefault();
            documentMenu.current.open = false;
            documentMenu.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary>Documents: {query.documentIds === null ? 'all' : `${documentCount} of ${documents.length}`}</summary>
        <div className="segment-documents-menu" role="group" aria-label="Documents">
          <button type="button" className="link" onClick={() => set({ documentIds: null })} disabled={query.documentIds === null}>
            All documents
          </button>
          {documents.map((d) => (
            <label key={d.id} className="check">
              <input type="checkbox" checked={documentShown(d.id)} onChange={() => toggleDocument(d.id)} />
              {d.title}
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
