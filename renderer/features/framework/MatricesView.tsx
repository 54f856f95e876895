import { useEffect, useMemo, useRef, useState } from 'react';
import type { MatrixView } from '../../../core/model/frameworkTypes';
import type { Code } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton } from '../../components/MenuButton';
import { PromptDialog } from '../../components/PromptDialog';
import { useUndoToast } from '../history/useUndoToast';
import { CellPane } from './CellPane';
import { MatrixExportDialog } from './MatrixExportDialog';
import { focusCell, MatrixGrid } from './MatrixGrid';
import { cellKey, cellsByKey, type CellPosition } from './matrixLayout';
import { MatrixSetupDialog, type MatrixLayoutChoice } from './MatrixSetupDialog';
import './framework.css';

type Place = { documentId: number; start: number; end: number };

const reloadOn = ['matrices.changed', 'codings.changed', 'codes.changed', 'participants.changed', 'attributes.changed', 'documents.changed', 'history.changed'] as const;

// The matrix and cell last looked at, so coming back to the tab (from a passage in the transcript) finds them again.
let lastMatrixId: number | null = null;
let lastCell: (CellPosition & { matrixId: number }) | null = null;

function progress(view: MatrixView): string {
  const total = view.rows.length * view.columns.length;
  const written = view.cells.filter((c) => c.summary.trim()).length;
  const reviewed = view.cells.filter((c) => c.status === 'reviewed').length;
  const rows = `${view.rows.length} ${view.rowKind}${view.rows.length === 1 ? '' : 's'}`;
  const grouped = view.groupNames.length ? ` · grouped by ${view.groupNames.join(', then ')}` : '';
  return `${rows} × ${view.columns.length} themes${grouped} · ${written} of ${total} summaries written, ${reviewed} reviewed`;
}

/**
 * Framework matrices: the saved matrices of the project, one shown as a grid with the open
 * cell's summary and passages beneath it. New, change, rename, delete (undoable) and export.
 */
export function MatricesView({ codes, onOpenPlace }: { codes: readonly Code[]; onOpenPlace: (place: Place) => void }) {
  const api = useApi();
  const undoToast = useUndoToast();
  const matrices = useQuery('matrices.list', {}, ['matrices.changed', 'history.changed']);
  const [chosenId, setChosenId] = useState<number | null>(lastMatrixId);
  const list = matrices.data ?? [];
  const matrix = list.find((m) => m.id === chosenId) ?? list[0] ?? null;
  const view = useQuery('matrices.get', matrix ? { matrixId: matrix.id } : null, [...reloadOn]);
  const shown = view.data && view.data.id === matrix?.id ? view.data : null;
  const [activeCell, setActiveCell] = useState(lastCell);
  const active: CellPosition | null = activeCell && activeCell.matrixId === matrix?.id ? activeCell : null;
  const setActive = (p: CellPosition | null) => {
    lastCell = p && matrix ? { rowId: p.rowId, codeId: p.codeId, matrixId: matrix.id } : null;
    setActiveCell(lastCell);
  };
  const [dialog, setDialog] = useState<'new' | 'change' | 'rename' | 'export' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [editRequest, setEditRequest] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const cells = useMemo(() => (shown ? cellsByKey(shown) : new Map()), [shown]);

  const choose = (id: number | null) => {
    lastMatrixId = id;
    setChosenId(id);
    setActive(null);
  };

  // A cell that left the matrix (its row or theme was taken out) is no longer open.
  useEffect(() => {
    if (active && shown && !(shown.rows.some((r) => r.id === active.rowId) && shown.columns.some((c) => c.codeId === active.codeId))) setActive(null);
  }, [shown, active]);

  useEffect(() => {
    if (editRequest > 0) editor.current?.focus();
  }, [editRequest]);

  const edit = (p: CellPosition) => {
    setActive(p);
    setEditRequest((n) => n + 1);
  };

  const create = async (layout: MatrixLayoutChoice) => {
    const made = await api.call('matrices.create', layout);
    choose(made.id);
  };
  const change = async (layout: MatrixLayoutChoice) => {
    if (matrix) await api.call('matrices.update', { matrixId: matrix.id, ...layout });
  };
  const remove = async () => {
    if (!matrix) return;
    try {
      await api.call('matrices.delete', { matrixId: matrix.id });
      choose(null);
      undoToast(`Deleted the matrix ${matrix.name}.`);
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <div className="matrices-view">
      <header className="view-header matrix-header">
        <h1>Matrices</h1>
        {list.length > 0 && (
          <select className="matrix-choice" aria-label="Matrix" value={matrix?.id ?? ''} onChange={(e) => choose(Number(e.target.value))}>
            {list.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
        {matrix && (
          <MenuButton
            label="Matrix"
            ariaLabel={`Matrix ${matrix.name}: change, rename or delete`}
            items={[
              { label: 'Change columns and rows…', onSelect: () => setDialog('change') },
              { label: 'Rename…', onSelect: () => setDialog('rename') },
              { label: 'Delete', onSelect: () => void remove(), separator: true },
            ]}
          />
        )}
        <button type="button" onClick={() => setDialog('new')}>
          New matrix
        </button>
        <span className="spacer" />
        {matrix && (
          <button type="button" onClick={() => setDialog('export')}>
            Export…
          </button>
        )}
      </header>
      <ErrorNotice error={error ?? matrices.error ?? view.error} onDismiss={() => setError(null)} />

      {matrices.data && list.length === 0 && (
        <div className="matrix-empty">
          <p>
            <strong>No matrices yet.</strong> A framework matrix has one row per participant and one column per theme of a framework. Each cell holds
            your summary of what that participant said about that theme, beside the coded passages it rests on.
          </p>
          <button type="button" className="primary" onClick={() => setDialog('new')}>
            New matrix
          </button>
        </div>
      )}

      {shown && (
        <>
          <p className="matrix-progress muted">{progress(shown)}</p>
          {shown.rows.length === 0 ? (
            <p className="muted empty">This matrix has no rows: choose some {shown.rowKind}s under Matrix → Change columns and rows.</p>
          ) : (
            <div className="matrix-layout">
              <div className="matrix-scroll" ref={grid}>
                <MatrixGrid view={shown} active={active} onActivate={setActive} onEdit={edit} />
              </div>
              {active ? (
                <CellPane
                  view={shown}
                  position={active}
                  cell={cells.get(cellKey(active.rowId, active.codeId))}
                  codes={codes}
                  editor={editor}
                  onLeave={() => focusCell(grid.current, active)}
                  onOpenPlace={onOpenPlace}
                />
              ) : (
                <p className="cell-pane cell-pane-idle muted">Choose a cell (click it, or Tab into the matrix and use the arrow keys) to read its passages. Enter writes its summary.</p>
              )}
            </div>
          )}
        </>
      )}

      {dialog === 'new' && <MatrixSetupDialog codes={codes} matrix={null} onSubmit={create} onClose={() => setDialog(null)} />}
      {dialog === 'change' && matrix && <MatrixSetupDialog codes={codes} matrix={matrix} onSubmit={change} onClose={() => setDialog(null)} />}
      {dialog === 'rename' && matrix && (
        <PromptDialog
          title={`Rename ${matrix.name}`}
          label="Name"
          initial={matrix.name}
          confirmLabel="Rename"
          onSubmit={(name) => api.call('matrices.update', { matrixId: matrix.id, name })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'export' && matrix && <MatrixExportDialog matrix={matrix} onClose={() => setDialog(null)} />}
    </div>
  );
}
