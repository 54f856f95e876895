import { useMemo, type KeyboardEvent } from 'react';
import type { MatrixView } from '../../../core/model/frameworkTypes';
import { cellKey, cellsByKey, columnTotals, gridLines, moveCell, type CellPosition } from './matrixLayout';
import { StatusMarker } from './StatusMarker';

const cellSelector = (p: CellPosition) => `[data-cell="${cellKey(p.rowId, p.codeId)}"]`;

/** Put the keyboard on a cell and scroll it clear of the sticky header row and first column. */
export function focusCell(grid: HTMLElement | null, p: CellPosition): void {
  const cell = grid?.querySelector<HTMLElement>(cellSelector(p));
  if (!cell) return;
  cell.focus({ preventScroll: true });
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * The framework matrix: one row per participant (or document) under its group's header line,
 * one column per theme. Each cell shows its status, how many passages and which coders back it,
 * and the start of its summary. Arrow keys, Page Up/Down, Home/End move; Enter edits.
 */
export function MatrixGrid({
  view,
  active,
  onActivate,
  onEdit,
}: {
  view: MatrixView;
  active: CellPosition | null;
  onActivate: (p: CellPosition) => void;
  onEdit: (p: CellPosition) => void;
}) {
  const lines = useMemo(() => gridLines(view), [view]);
  const cells = useMemo(() => cellsByKey(view), [view]);
  const totals = useMemo(() => columnTotals(view), [view]);
  const activeKey = active ? cellKey(active.rowId, active.codeId) : cellKey(view.rows[0]?.id ?? 0, view.columns[0]?.codeId ?? 0);
  const rowWord = view.rowKind === 'participant' ? 'Participant' : 'Document';

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!td) return;
    const from = { rowId: Number(td.dataset.row), codeId: Number(td.dataset.code) };
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit(from);
      return;
    }
    const to = moveCell(view, from, e.key, e.ctrlKey || e.metaKey);
    if (!to) return;
    e.preventDefault();
    onActivate(to);
    focusCell(e.currentTarget, to);
  };

  return (
    <table className="matrix-grid" role="grid" aria-label={view.name} aria-rowcount={view.rows.length + 1} aria-colcount={view.columns.length + 1} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th scope="col" className="matrix-corner">
            {rowWord}
            {view.groupNames.length > 0 && <span className="matrix-grouped"> by {view.groupNames.join(', ')}</span>}
          </th>
          {view.columns.map((column) => (
            <th key={column.codeId} scope="col" className="matrix-theme" title={column.path}>
              <span className="matrix-theme-name">
                <span className="swatch" style={{ background: column.colour }} aria-hidden="true" />
                {column.name}
              </span>
              <span className="matrix-theme-total">{totals.get(column.codeId) ?? 0} passages</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) =>
          line.kind === 'group' ? (
            <tr key={line.key} className="matrix-group">
              <th scope="rowgroup" colSpan={view.columns.length + 1}>
                <span className="matrix-group-label">
                  {line.label} <span className="matrix-group-count">{line.rows}</span>
                </span>
              </th>
            </tr>
          ) : (
            <tr key={line.key}>
              <th scope="row" className="matrix-rowhead">
                {line.row.label}
              </th>
              {view.columns.map((column) => {
                const key = cellKey(line.row.id, column.codeId);
                const cell = cells.get(key);
                const passages = cell?.passages ?? 0;
                const isActive = key === activeKey;
                return (
                  <td
                    key={key}
                    role="gridcell"
                    className={`matrix-cell${isActive && active ? ' active' : ''}${passages === 0 ? ' no-passages' : ''}`}
                    data-cell={key}
                    data-row={line.row.id}
                    data-code={column.codeId}
                    tabIndex={isActive ? 0 : -1}
                    aria-selected={isActive && active !== null}
                    onFocus={() => {
                      if (!isActive || !active) onActivate({ rowId: line.row.id, codeId: column.codeId });
                    }}
                    onDoubleClick={() => onEdit({ rowId: line.row.id, codeId: column.codeId })}
                  >
                    <span className="cell-top">
                      <StatusMarker status={cell?.status ?? 'empty'} />
                      {passages > 0 ? (
                        <span className="cell-count" title={`${passages} coded passage${passages === 1 ? '' : 's'} by ${cell!.coders.join(', ')}`}>
                          {passages}
                          <span className="visually-hidden"> passages by</span>
                          <span className="cell-coders">{cell!.coders.join(' ')}</span>
                        </span>
                      ) : (
                        <span className="visually-hidden">no passages</span>
                      )}
                    </span>
                    {cell?.summary ? (
                      <span className="cell-summary" dir="auto">
                        {cell.summary}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
