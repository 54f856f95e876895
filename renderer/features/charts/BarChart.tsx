import { useId } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { chartButton } from './chartKeys';
import { fitText, niceTicks, textWidth } from './chartText';

const size = 12;

export interface BarSeries {
  name: string;
  colour: string;
}

/**
 * Horizontal bars, one band per category (a document, a code): the series either stacked in
 * one bar (coding density by framework) or side by side (codes by stakeholder group). Drawn
 * with presentation attributes only, so the element saved as a file looks as it does here.
 */
export function BarChart({
  title,
  description,
  categories,
  series,
  values,
  layout,
  unit,
  format = (n) => String(n),
  width = 720,
  totals: showTotals = true,
  onBar,
}: {
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
  /** values[category][series] */
  values: number[][];
  layout: 'stacked' | 'grouped';
  /** What the numbers count, for the axis and tooltips ("passages", "% of the text"). */
  unit: string;
  format?: (value: number) => string;
  width?: number;
  /** Write each stacked bar's total at its end (off when the parts do not add up to a whole). */
  totals?: boolean;
  onBar?: (category: number, series: number) => void;
}) {
  const id = useId();
  const labelWidth = Math.min(240, Math.max(60, ...categories.map((c) => textWidth(c, size))) + 14);
  const valueRoom = 44;
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - valueRoom;

  // The legend wraps over as many lines as it needs.
  const legend: { x: number; line: number; s: BarSeries }[] = [];
  let lx = plotLeft;
  let line = 0;
  for (const s of series) {
    const w = 18 + Math.min(300, textWidth(s.name, 11)) + 16;
    if (lx + w > width && lx > plotLeft) {
      line++;
      lx = plotLeft;
    }
    legend.push({ x: lx, line, s });
    lx += w;
  }
  const legendHeight = series.length > 1 ? (line + 1) * 18 + 6 : 0;
  const axisTop = legendHeight + 22;
  const barHeight = layout === 'stacked' ? 16 : Math.max(7, Math.min(14, Math.floor(36 / series.length)));
  const band = layout === 'stacked' ? 24 : series.length * barHeight + 10;
  const plotTop = axisTop + 6;
  const height = plotTop + categories.length * band + 8;

  const totals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const max = layout === 'stacked' ? Math.max(0, ...totals) : Math.max(0, ...values.flat());
  const ticks = niceTicks(max, Math.max(2, Math.floor(plotWidth / 90)));
  const top = ticks[ticks.length - 1]! || 1;
  const scale = (v: number) => (v / top) * plotWidth;

  return (
    <ChartCanvas id={id} width={width} height={height} title={title} description={description} interactive={Boolean(onBar)} fontSize={size}>
      {series.length > 1 &&
        legend.map(({ x, line: l, s }) => (
          <g key={s.name}>
            <rect x={x} y={4 + l * 18} width={11} height={11} rx={2} fill={s.colour} />
            <text x={x + 16} y={4 + l * 18 + 5.5} dominantBaseline="central" fontSize={11} fill="#1f2328">
              {fitText(s.name, 300, 11)}
            </text>
          </g>
        ))}
      {ticks.map((t) => (
        <g key={t}>
          <line x1={plotLeft + scale(t)} x2={plotLeft + scale(t)} y1={axisTop} y2={height - 8} stroke={t === 0 ? '#98a2b3' : '#ececea'} />
          <text x={plotLeft + scale(t)} y={axisTop - 5} textAnchor="middle" fontSize={10} fill="#667085">
            {format(t)}
          </text>
        </g>
      ))}
      <text x={plotLeft - 18} y={axisTop - 5} textAnchor="end" fontSize={10} fill="#667085">
        {unit}
      </text>
      {categories.map((label, c) => {
        const y = plotTop + c * band;
        let x = plotLeft;
        return (
          <g key={`${label}-${c}`}>
            <text x={labelWidth - 8} y={y + band / 2 - 1} dominantBaseline="central" textAnchor="end" fill="#1f2328">
              <title>{label}</title>
              {fitText(label, labelWidth - 14, size)}
            </text>
            {values[c]!.map((value, s) => {
              if (value <= 0) return null;
              const w = Math.max(1, scale(value));
              const barY = layout === 'stacked' ? y + (band - barHeight) / 2 - 1 : y + 4 + s * barHeight;
              const barX = layout === 'stacked' ? x : plotLeft;
              if (layout === 'stacked') x += w;
              const tip = `${label} — ${series[s]!.name}: ${format(value)} ${unit}`;
              return (
                <g key={s} {...chartButton(tip, onBar ? () => onBar(c, s) : undefined)}>
                  <title>{tip}</title>
                  <rect x={barX} y={barY} width={w} height={layout === 'stacked' ? barHeight : barHeight - 1.5} fill={series[s]!.colour} stroke="#ffffff" strokeWidth={layout === 'stacked' ? 0.75 : 0} />
                  {layout === 'grouped' && barHeight >= 9 && (
                    <text x={barX + w + 4} y={barY + (barHeight - 1.5) / 2} dominantBaseline="central" fontSize={Math.min(10, barHeight)} fill="#475467">
                      {format(value)}
                    </text>
                  )}
                </g>
              );
            })}
            {layout === 'stacked' && showTotals && totals[c]! > 0 && (
              <text x={x + 5} y={y + band / 2 - 1} dominantBaseline="central" fontSize={11} fill="#475467">
                {format(totals[c]!)}
              </text>
            )}
          </g>
        );
      })}
    </ChartCanvas>
  );
}
