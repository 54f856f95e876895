import { useId, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { CellStatus, MatrixCell, MatrixView } from '../../../core/model/frameworkTypes';
import type { Code } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton } from '../../components/MenuButton';
import { useToast } from '../../components/Toast';
import type { CellPosition } from './matrixLayout';
import { fromSegment, PassageList } from './PassageList';
import { StatusMarker, statuses, statusLabels } from './StatusMarker';
import { useCellSummary, type SaveState } from './useCellSummary';

const saveWords: Record<SaveState, string> = { saved: 'Saved', editing: 'Editing…', saving: 'Saving…', failed: 'Not saved' };

/**
 * The open cell: its summary (saved as it is written) beside the coded passages behind it, and
 * its status. Escape or Ctrl+Enter saves and goes back to the matrix.
 */
export function CellPane({
  view,
  position,
  cell,
  codes,
  editor,
  onLeave,
  onOpenPlace,
}: {
  view: MatrixView;
  position: CellPosition;
  cell: MatrixCell | undefined;
  codes: readonly Code[];
  editor: RefObject<HTMLTextAreaElement | null>;
  /** Back to the grid, on the same cell. */
  onLeave: () => void;
  onOpenPlace: (place: { documentId: number; start: number; end: number }) => void;
}) {
  const api = useApi();
  const toast = useToast();
  const editorId = useId();
  const row = view.rows.find((r) => r.id === position.rowId);
  const column = view.columns.find((c) => c.codeId === position.codeId);
  const summary = useCellSummary(view.id, position, cell?.summary ?? '');
  const status = cell?.status ?? 'empty';
  const place = `${row?.label ?? ''}, ${column?.name ?? ''}`;

  const setStatus = async (next: CellStatus) => {
    try {
      await summary.flush();
      await api.call('matrices.setCell', { matrixId: view.id, ...position, status: next });
    } catch (e) {
      toast.show((e as Error).message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      void summary.flush();
      onLeave();
    }
  };

  return (
    <section className="cell-pane" aria-label={`Cell ${place}`}>
      <header className="cell-pane-header">
        <h2 className="cell-pane-title">
          <span className="cell-pane-row">{row?.label}</span>
          <span className="muted" aria-hidden="true">
            ×
          </span>
          <span className="swatch" style={{ background: column?.colour }} aria-hidden="true" />
          <span title={column?.path}>{column?.name}</span>
          {row && row.group.some(Boolean) && <span className="badge">{row.group.filter(Boolean).join(' · ')}</span>}
        </h2>
        <span className={`save-state save-${summary.state}`} role="status">
          {saveWords[summary.state]}
        </span>
        <MenuButton
          className="small status-button"
          ariaLabel={`Status: ${statusLabels[status]}`}
          label={
            <>
              <StatusMarker status={status} /> {statusLabels[status]}
            </>
          }
          align="end"
          items={statuses.map((s) => ({ label: `${s === status ? '✓ ' : ''}${statusLabels[s]}`, onSelect: () => void setStatus(s) }))}
        />
      </header>
      <ErrorNotice error={summary.error} />
      <div className="cell-pane-body">
        <div className="cell-editor">
          <label className="field-label" htmlFor={editorId}>
            Summary
          </label>
          <textarea
            id={editorId}
            ref={editor}
            dir="auto"
            value={summary.draft}
            aria-label={`Summary: ${place}`}
            placeholder={`What does ${view.rowKind === 'participant' ? 'this participant say' : 'this document say'} about this theme? Summarise in your words; quote sparingly.`}
            onChange={(e) => summary.setDraft(e.target.value)}
            onBlur={() => void summary.flush()}
            onKeyDown={onKeyDown}
          />
          <p className="cell-editor-hint">Saved as you write. Ctrl+Enter or Esc: back to the matrix.</p>
        </div>
        <CellPassages key={`${view.id}:${position.rowId}:${position.codeId}`} view={view} position={position} cell={cell} codes={codes} onOpenPlace={onOpenPlace} />
      </div>
    </section>
  );
}

/** The passages behind the cell (mounted afresh for each cell, so another cell's passages never show meanwhile). */
function CellPassages({
  view,
  position,
  cell,
  codes,
  onOpenPlace,
}: {
  view: MatrixView;
  position: CellPosition;
  cell: MatrixCell | undefined;
  codes: readonly Code[];
  onOpenPlace: (place: { documentId: number; start: number; end: number }) => void;
}) {
  const passages = useQuery('matrices.cellPassages', { matrixId: view.id, ...position }, ['codings.changed', 'codes.changed', 'participants.changed', 'documents.changed', 'memos.changed', 'history.changed']);
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const list = useMemo(() => (passages.data ?? []).map((s) => fromSegment(s, colours.get(s.codeId))), [passages.data, colours]);
  const row = view.rows.find((r) => r.id === position.rowId);
  const column = view.columns.find((c) => c.codeId === position.codeId);
  const place = `${row?.label ?? ''}, ${column?.name ?? ''}`;
  return (
    <div className="cell-passages" aria-busy={!passages.data}>
      <h3 className="cell-passages-title">
        Passages <span className="count">{passages.data ? list.length : '…'}</span>
        {cell && cell.coders.length > 0 && <span className="muted"> coded by {cell.coders.join(', ')}</span>}
      </h3>
      <ErrorNotice error={passages.error} />
      {passages.data && list.length === 0 ? (
        <p className="muted cell-passages-empty">Nothing is coded with this theme for {row?.label ?? 'this row'}.</p>
      ) : (
        <PassageList passages={list} showCode={list.some((p) => p.code?.path !== column?.path)} onOpenPlace={onOpenPlace} label={`Passages: ${place}`} />
      )}
    </div>
  );
}
