import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Args } from '../../../core/api';
import type { CodedSegment } from '../../../core/model/codingTypes';
import type { Code, Coder } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { csvType, downloadText } from '../../files/downloads';
import { SegmentCard } from './SegmentCard';
import { SegmentFilters } from './SegmentFilters';
import type { SegmentQuery } from './useMainView';
import { plural } from '../../../core/model/wording';

const firstShown = 300;

/** The API's filter for a question (blind mode asks for the current coder's codings only). */
function segmentArgs(query: SegmentQuery, blindCoderId: number | null): Args<'codings.segments'> {
  const coderIds = blindCoderId !== null ? [blindCoderId] : query.coderIds;
  return {
    ...(query.codeId !== null ? { codeId: query.codeId, includeChildren: query.includeChildren } : {}),
    ...(coderIds ? { coderIds } : {}),
    ...(query.documentIds ? { documentIds: query.documentIds } : {}),
  };
}

/** Documents in the order the segments come (by title), each with its passages. */
function byDocument(segments: readonly CodedSegment[]): { documentId: number; title: string; segments: CodedSegment[] }[] {
  const groups: { documentId: number; title: string; segments: CodedSegment[] }[] = [];
  for (const s of segments) {
    const last = groups[groups.length - 1];
    if (last?.documentId === s.documentId) last.segments.push(s);
    else groups.push({ documentId: s.documentId, title: s.documentTitle, segments: [s] });
  }
  return groups;
}

/**
 * Retrieval: every passage coded with a code (or a framework with its sub-codes), with its
 * document, speaker, coder, context and memo. Choosing one opens it in the transcript; the same
 * selection exports as CSV.
 */
export function CodedSegmentsView({
  codes,
  coders,
  coder,
  blind,
  query,
  onQuery,
  onOpen,
}: {
  codes: readonly Code[];
  coders: readonly Coder[];
  coder: Coder | null;
  blind: boolean;
  query: SegmentQuery;
  onQuery: (query: SegmentQuery) => void;
  onOpen: (segment: CodedSegment) => void;
}) {
  const api = useApi();
  const toast = useToast();
  const args = segmentArgs(query, blind ? (coder?.id ?? null) : null);
  const segments = useQuery('codings.segments', args, ['codings.changed', 'codes.changed', 'memos.changed', 'documents.changed', 'participants.changed', 'history.changed']);
  const documents = useQuery('documents.list', {}, ['documents.changed', 'history.changed']);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const list = segments.data ?? [];
  const shown = all ? list : list.slice(0, firstShown);
  const groups = useMemo(() => byDocument(shown), [shown]);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const chosen = query.codeId === null ? null : codeById.get(query.codeId);
  const documentCount = new Set(list.map((s) => s.documentId)).size;
  const showCode = query.codeId === null || query.includeChildren;

  const exportCsv = async () => {
    try {
      const exported = await api.call('codings.exportCsv', args);
      downloadText(exported.fileName, exported.csv, csvType);
      toast.show(`${plural(list.length, 'coded segment')} saved as ${exported.fileName}.`);
    } catch (e) {
      setError(e as Error);
    }
  };

  // ↑ and ↓ go from passage to passage.
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('.segment')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return (
    <div className="segments-view">
      <header className="view-header">
        <h1>
          Coded segments
          {chosen && (
            <span className="view-subject">
              <span className="swatch" style={{ background: chosen.colour }} aria-hidden="true" />
              {chosen.path}
            </span>
          )}
        </h1>
      </header>
      <SegmentFilters codes={codes} coders={coders} coder={coder} blind={blind} documents={documents.data ?? []} query={query} onChange={(q) => {
          setAll(false);
          onQuery(q);
        }} />
      <div className="segments-summary">
        <span aria-live="polite">{segments.data ? `${plural(list.length, 'passage')} in ${plural(documentCount, 'document')}` : 'Looking…'}</span>
        <button type="button" className="small" onClick={() => void exportCsv()} disabled={list.length === 0}>
          Export CSV
        </button>
      </div>
      <ErrorNotice error={error ?? segments.error} onDismiss={() => setError(null)} />
      {segments.data && list.length === 0 && <p className="muted empty">No coded passages for this question.</p>}
      <div className="segment-groups" onKeyDown={onKey}>
        {groups.map((g) => (
          <section key={g.documentId} className="segment-group" aria-label={g.title}>
            <h2 className="segment-group-title">
              {g.title} <span className="count">{list.filter((s) => s.documentId === g.documentId).length}</span>
            </h2>
            <ol className="segment-list">
              {g.segments.map((s) => (
                <li key={s.codingId}>
                  <SegmentCard segment={s} code={codeById.get(s.codeId)} showCode={showCode} onOpen={() => onOpen(s)} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {!all && list.length > firstShown && (
        <button type="button" className="link show-all" onClick={() => setAll(true)}>
          Show all {list.length}
        </button>
      )}
    </div>
  );
}
