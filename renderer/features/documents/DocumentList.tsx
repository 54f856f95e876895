import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentSummary } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DocumentFilterPanel } from './DocumentFilterPanel';
import { DocumentRow } from './DocumentRow';
import { activeFilterCount, noFilter, visibleDocuments, type DocumentFilter, type DocumentSort, type SortKey } from './documentFilters';
import { SelectionBar } from './SelectionBar';
import { SetBar } from './SetBar';
import { useDeleteDocuments } from './useDeleteDocuments';
import { useListSelection } from './useListSelection';
import './documents.css';

const refresh = ['documents.changed', 'codings.changed', 'participants.changed', 'attributes.changed', 'sets.changed', 'history.changed'] as const;

/**
 * The project's documents: filter, sort, choose a set; click or Enter opens one. Several can be
 * selected (Shift/Ctrl+click, Shift/Ctrl+arrows, Space, Ctrl+A) to rename, group or delete.
 */
export function DocumentList({
  openId,
  onOpen,
  onlyCoderId = null,
}: {
  openId: number | null;
  onOpen: (id: number | null) => void;
  /** Blind mode: count (and filter by) only this coder's codings. */
  onlyCoderId?: number | null;
}) {
  const api = useApi();
  const listed = useQuery('documents.list', {}, [...refresh]);
  const documents = useMemo(
    () => ({
      ...listed,
      data:
        onlyCoderId === null || !listed.data
          ? listed.data
          : listed.data.map((d) => ({ ...d, codingCount: d.codingCountByCoder[onlyCoderId] ?? 0 })),
    }),
    [listed, onlyCoderId],
  );
  const sets = useQuery('sets.list', {}, ['sets.changed', 'documents.changed', 'history.changed']);
  const attributes = useQuery('attributes.list', {}, ['attributes.changed', 'history.changed']);
  const participants = useQuery('participants.list', {}, ['participants.changed', 'attributes.changed', 'history.changed']);
  const [filter, setFilter] = useState<DocumentFilter>(noFilter);
  const [sort, setSort] = useState<DocumentSort>({ key: 'title', direction: 'asc' });
  const [showFilters, setShowFilters] = useState(false);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const ctx = useMemo(() => ({ attributes: attributes.data ?? [], participants: participants.data ?? [] }), [attributes.data, participants.data]);
  const shown = useMemo(() => visibleDocuments(documents.data ?? [], filter, sort, ctx), [documents.data, filter, sort, ctx]);
  const order = useMemo(() => shown.map((d) => d.id), [shown]);
  const selection = useListSelection(order);
  const chosen = shown.filter((d) => selection.selected.has(d.id));
  const deletion = useDeleteDocuments(
    (ids) => {
      if (openId !== null && ids.includes(openId)) onOpen(null);
      selection.clear();
    },
    setError,
  );

  const focusRow = (id: number | null) => {
    if (id !== null) list.current?.querySelector<HTMLElement>(`[data-document-id="${id}"]`)?.focus();
  };

  const onRowClick = (d: DocumentSummary, e: MouseEvent) => {
    const how = { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey };
    selection.click(d.id, how);
    if (!how.shift && !how.toggle) onOpen(d.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (renaming !== null || e.target instanceof HTMLInputElement) return;
    const at = selection.focusId === null ? -1 : order.indexOf(selection.focusId);
    const how = { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey };
    const go = (to: number) => focusRow(selection.move(to, how));
    const focused = shown[at];
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(Math.max(0, at - 1));
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(order.length - 1);
    else if (e.key === 'Enter' && focused) onOpen(focused.id);
    else if (e.key === ' ' && focused) selection.toggle(focused.id);
    else if (e.key === 'a' && how.toggle) selection.selectAll();
    else if (e.key === 'F2' && focused) setRenaming(focused.id);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && chosen.length > 0) deletion.ask(chosen);
    else if (e.key === 'Escape' && selection.selected.size > 0) selection.clear();
    else return;
    e.preventDefault();
  };

  const rename = async (d: DocumentSummary, title: string | null) => {
    setRenaming(null);
    focusRow(d.id);
    if (!title || title === d.title) return;
    try {
      await api.call('documents.rename', { documentId: d.id, title });
    } catch (e) {
      setError(e as Error);
    }
  };

  const sortKeys: { key: SortKey; label: string }[] = [
    { key: 'title', label: 'Title' },
    { key: 'participants', label: 'Participants' },
    { key: 'words', label: 'Word count' },
    { key: 'codings', label: 'Codings' },
    { key: 'imported', label: 'Date imported' },
    ...ctx.attributes.filter((a) => a.scope === 'document').map((a) => ({ key: a.id, label: a.name })),
  ];
  const filters = activeFilterCount(filter);
  const total = documents.data?.length ?? 0;

  return (
    <section className="document-panel" aria-label="Documents panel">
      <div className="panel-heading">
        <h2>
          Documents <span className="count">{shown.length === total ? total : `${shown.length} of ${total}`}</span>
        </h2>
      </div>
      <div className="document-tools">
        <input
          type="search"
          className="document-filter"
          aria-label="Filter documents"
          placeholder="Filter: title, participant, attribute"
          title="Filter by title, participant or attribute value"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <div className="tool-row">
          <select
            aria-label="Sort documents by"
            value={String(sort.key)}
            onChange={(e) => setSort({ ...sort, key: /^\d+$/.test(e.target.value) ? Number(e.target.value) : (e.target.value as SortKey) })}
          >
            {sortKeys.map((k) => (
              <option key={k.key} value={String(k.key)}>
                {k.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="small"
            aria-label={sort.direction === 'asc' ? 'Sorted ascending; sort descending' : 'Sorted descending; sort ascending'}
            onClick={() => setSort({ ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
          >
            {sort.direction === 'asc' ? '↑' : '↓'}
          </button>
          <button type="button" className={filters > 0 ? 'small active' : 'small'} aria-expanded={showFilters} onClick={() => setShowFilters((s) => !s)}>
            Filters{filters > 0 ? ` (${filters})` : ''}
          </button>
          {(filters > 0 || filter.text) && (
            <button type="button" className="small link" onClick={() => setFilter({ ...noFilter, setId: filter.setId })}>
              Clear
            </button>
          )}
        </div>
        <SetBar sets={sets.data ?? []} setId={filter.setId} onSetId={(setId) => setFilter({ ...filter, setId })} onError={setError} />
        {showFilters && <DocumentFilterPanel filter={filter} onChange={setFilter} attributes={ctx.attributes} participants={ctx.participants} />}
      </div>
      <ErrorNotice error={error ?? documents.error} onDismiss={() => setError(null)} />
      {chosen.length > 0 && (
        <SelectionBar
          chosen={chosen}
          sets={sets.data ?? []}
          setId={filter.setId}
          onRename={(d) => setRenaming(d.id)}
          onDelete={() => deletion.ask(chosen)}
          onClear={selection.clear}
          onError={setError}
        />
      )}
      {documents.data && total === 0 && <p className="muted empty">No documents yet. Import transcripts to begin.</p>}
      {documents.data && total > 0 && shown.length === 0 && <p className="muted empty">No document matches these filters.</p>}
      {shown.length > 0 && (
        <ul ref={list} className="document-list" role="listbox" aria-label="Documents" aria-multiselectable="true" onKeyDown={onKeyDown}>
          {shown.map((d) => (
            <DocumentRow
              key={d.id}
              document={d}
              open={d.id === openId}
              selected={selection.selected.has(d.id)}
              focusable={d.id === selection.focusId}
              renaming={renaming === d.id}
              onClick={(e) => onRowClick(d, e)}
              onFocus={() => selection.setFocus(d.id)}
              onRename={(title) => void rename(d, title)}
              onCancelRename={() => {
                setRenaming(null);
                focusRow(d.id);
              }}
            />
          ))}
        </ul>
      )}
      {deletion.dialog}
    </section>
  );
}
