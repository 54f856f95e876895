import { tintColour } from '../charts/chartColours';

export interface ResultRow {
  label: string;
  title?: string;
  colour?: string;
}

/**
 * A query's counts as a table: rows (codes) × columns (codes, groups, coders). A count is a
 * button that opens the passages behind it. Shading shows size at a glance; in a co-occurrence
 * table the diagonal holds each code's own total and is set apart.
 */
export function ResultTable({
  caption,
  corner,
  rows,
  columns,
  values,
  format = (n) => String(n),
  diagonalTotals = false,
  total = false,
  describe,
  onCell,
  onTotal,
}: {
  caption: string;
  corner: string;
  rows: ResultRow[];
  columns: string[];
  values: number[][];
  format?: (value: number) => string;
  diagonalTotals?: boolean;
  /** Add a total column (`describe` is asked about it with column index -1). */
  total?: boolean;
  /** Words for a cell, for the button's accessible name. */
  describe: (row: number, column: number, value: number) => string;
  onCell?: (row: number, column: number) => void;
  /** Opens the passages behind a row's total. */
  onTotal?: (row: number) => void;
}) {
  const shaded = values.flatMap((r, i) => r.filter((_, j) => !(diagonalTotals && i === j)));
  const max = Math.max(1, ...shaded);
  const cell = (i: number, j: number, value: number, shade: boolean, open: (() => void) | undefined) => {
    const share = value / max;
    const style = shade && value > 0 ? { background: tintColour(share) } : undefined;
    return (
      <td key={j} className={`num result-cell${diagonalTotals && i === j ? ' diagonal' : ''}${j < 0 ? ' result-total' : ''}`} style={style}>
        {value > 0 && open ? (
          <button type="button" className="result-open" onClick={open} aria-label={describe(i, j, value)} title={describe(i, j, value)}>
            {format(value)}
          </button>
        ) : (
          <span className={value === 0 ? 'result-zero' : undefined}>{value === 0 ? '·' : format(value)}</span>
        )}
      </td>
    );
  };

  return (
    <div className="table-wrap result-wrap">
      <table className="data-table result-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="result-corner">
              {corner}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num result-column" title={c}>
                <span>{c}</span>
              </th>
            ))}
            {total && (
              <th scope="col" className="num">
                Total
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.label}-${i}`}>
              <th scope="row" className="result-row" title={row.title}>
                {row.colour && <span className="swatch" style={{ background: row.colour }} aria-hidden="true" />}
                {row.label}
              </th>
              {values[i]!.map((v, j) => cell(i, j, v, !(diagonalTotals && i === j), onCell && (() => onCell(i, j))))}
              {total && cell(i, -1, values[i]!.reduce((a, b) => a + b, 0), false, onTotal && (() => onTotal(i)))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
