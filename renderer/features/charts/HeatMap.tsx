import { useId } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { heatColour, heatInk } from './chartColours';
import { chartButton } from './chartKeys';
import { fitText, textWidth } from './chartText';

const size = 12;

/**
 * A table of counts as colour: rows × columns, darker for more. In a square table whose
 * diagonal holds totals (co-occurrence), the diagonal is drawn apart and left out of the scale,
 * so one large total does not wash out every pair.
 */
export function HeatMap({
  title,
  description,
  rows,
  columns,
  values,
  diagonalTotals = false,
  unit,
  onCell,
}: {
  title: string;
  description: string;
  rows: string[];
  columns: string[];
  values: number[][];
  diagonalTotals?: boolean;
  /** What a count counts ("passages"), for tooltips and screen readers. */
  unit: string;
  onCell?: (row: number, column: number) => void;
}) {
  const id = useId();
  const cell = columns.length > 14 ? 26 : columns.length > 8 ? 34 : 42;
  const rowLabelWidth = Math.min(230, Math.max(60, ...rows.map((r) => textWidth(r, size))) + 14);
  const columnLabelRoom = Math.min(170, Math.max(40, ...columns.map((c) => textWidth(c, size))) + 8);
  const top = Math.round(columnLabelRoom * 0.72) + 14;
  const plotWidth = columns.length * cell;
  const legendWidth = Math.min(180, Math.max(120, plotWidth));
  const diagonalNote = 'grey diagonal: each code’s own total';
  const width = Math.ceil(Math.max(rowLabelWidth + plotWidth + columnLabelRoom * 0.72 + 10, rowLabelWidth + legendWidth + (diagonalTotals ? 24 + textWidth(diagonalNote, 11) : 10)));
  const legendTop = top + rows.length * cell + 18;
  const height = legendTop + 34;
  const scaled = values.flatMap((row, i) => row.filter((_, j) => !(diagonalTotals && i === j)));
  const max = Math.max(1, ...scaled);
  const gradientId = `${id}-scale`;

  return (
    <ChartCanvas id={id} width={width} height={height} title={title} description={description} interactive={Boolean(onCell)} fontSize={size}>
      {columns.map((label, j) => {
        const x = rowLabelWidth + j * cell + cell / 2;
        return (
          <text key={`c${j}`} x={x} y={top - 6} transform={`rotate(-45 ${x} ${top - 6})`} fill="#475467">
            <title>{label}</title>
            {fitText(label, columnLabelRoom - 8, size)}
          </text>
        );
      })}
      {rows.map((label, i) => (
        <text key={`r${i}`} x={rowLabelWidth - 8} y={top + i * cell + cell / 2} dominantBaseline="central" textAnchor="end" fill="#1f2328">
          <title>{label}</title>
          {fitText(label, rowLabelWidth - 14, size)}
        </text>
      ))}
      {values.map((row, i) =>
        row.map((value, j) => {
          const diagonal = diagonalTotals && i === j;
          const share = value / max;
          const x = rowLabelWidth + j * cell;
          const y = top + i * cell;
          const tip = diagonal ? `${rows[i]}: ${value} ${unit} in all` : `${rows[i]} × ${columns[j]}: ${value} ${unit}`;
          return (
            <g key={`${i}-${j}`} {...chartButton(tip, onCell && value > 0 ? () => onCell(i, j) : undefined)}>
              <title>{tip}</title>
              <rect x={x} y={y} width={cell} height={cell} fill={diagonal ? '#ecece6' : value === 0 ? '#f6f6f3' : heatColour(share)} stroke="#ffffff" strokeWidth={1.5} />
              {value > 0 && cell >= 26 && (
                <text
                  x={x + cell / 2}
                  y={y + cell / 2}
                  dominantBaseline="central"
                  textAnchor="middle"
                  fontSize={cell >= 34 ? 12 : 10}
                  fill={diagonal ? '#667085' : heatInk(share)}
                  fontStyle={diagonal ? 'italic' : undefined}
                >
                  {value}
                </text>
              )}
            </g>
          );
        }),
      )}
      <defs>
        <linearGradient id={gradientId}>
          {[0, 0.25, 0.5, 0.75, 1].map((s) => (
            <stop key={s} offset={s} stopColor={heatColour(s)} />
          ))}
        </linearGradient>
      </defs>
      <text x={rowLabelWidth} y={legendTop - 4} fill="#667085" fontSize={11}>
        {unit}
      </text>
      <rect x={rowLabelWidth} y={legendTop} width={legendWidth} height={10} fill={`url(#${gradientId})`} stroke="#e3e3de" />
      <text x={rowLabelWidth} y={legendTop + 24} fill="#667085" fontSize={11}>
        0
      </text>
      <text x={rowLabelWidth + legendWidth} y={legendTop + 24} fill="#667085" fontSize={11} textAnchor="end">
        {max}
      </text>
      {diagonalTotals && (
        <text x={rowLabelWidth + legendWidth + 14} y={legendTop + 9} fill="#667085" fontSize={11}>
          {diagonalNote}
        </text>
      )}
    </ChartCanvas>
  );
}
