import type { MatrixCell, MatrixRow, MatrixView } from '../../../core/model/frameworkTypes';

/**
 * The matrix as the grid draws it: rows in the core's order with a header line before each
 * group (stakeholder type: client / staff / referrer), and the moves the keyboard makes.
 */
export type GridLine = { kind: 'group'; key: string; label: string; rows: number } | { kind: 'row'; key: string; row: MatrixRow };

export interface CellPosition {
  rowId: number;
  codeId: number;
}

export const cellKey = (rowId: number, codeId: number) => `${rowId}:${codeId}`;

export const groupLabel = (values: readonly string[]) => values.map((v) => v || '(not set)').join(' · ');

export function gridLines(view: MatrixView): GridLine[] {
  const lines: GridLine[] = [];
  let current: string | null = null;
  let header: Extract<GridLine, { kind: 'group' }> | null = null;
  for (const row of view.rows) {
    if (view.groupNames.length > 0) {
      const label = groupLabel(row.group);
      if (label !== current) {
        current = label;
        header = { kind: 'group', key: `group:${label}`, label, rows: 0 };
        lines.push(header);
      }
      header!.rows++;
    }
    lines.push({ kind: 'row', key: `row:${row.id}`, row });
  }
  return lines;
}

export function cellsByKey(view: MatrixView): Map<string, MatrixCell> {
  return new Map(view.cells.map((c) => [cellKey(c.rowId, c.codeId), c]));
}

/** Passages per theme (the column header's count). */
export function columnTotals(view: MatrixView): Map<number, number> {
  const totals = new Map<number, number>();
  for (const c of view.cells) totals.set(c.codeId, (totals.get(c.codeId) ?? 0) + c.passages);
  return totals;
}

/** Where a key takes the active cell (null: the key is not a move, or there is nowhere to go). */
export function moveCell(view: MatrixView, from: CellPosition, key: string, ctrl: boolean): CellPosition | null {
  const r = view.rows.findIndex((row) => row.id === from.rowId);
  const c = view.columns.findIndex((col) => col.codeId === from.codeId);
  if (r < 0 || c < 0) return null;
  const lastRow = view.rows.length - 1;
  const lastColumn = view.columns.length - 1;
  const page = 8;
  const to: Record<string, [number, number]> = {
    ArrowUp: [Math.max(0, r - 1), c],
    ArrowDown: [Math.min(lastRow, r + 1), c],
    ArrowLeft: [r, Math.max(0, c - 1)],
    ArrowRight: [r, Math.min(lastColumn, c + 1)],
    PageUp: [Math.max(0, r - page), c],
    PageDown: [Math.min(lastRow, r + page), c],
    Home: ctrl ? [0, 0] : [r, 0],
    End: ctrl ? [lastRow, lastColumn] : [r, lastColumn],
  };
  const target = to[key];
  if (!target) return null;
  return { rowId: view.rows[target[0]]!.id, codeId: view.columns[target[1]]!.codeId };
}

export function firstCell(view: MatrixView): CellPosition | null {
  const row = view.rows[0];
  const column = view.columns[0];
  return row && column ? { rowId: row.id, codeId: column.codeId } : null;
}
