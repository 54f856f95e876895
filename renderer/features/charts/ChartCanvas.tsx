import type { ReactNode } from 'react';
import { chartFont } from './chartText';

/**
 * The SVG every chart draws on: a title and description for screen readers, the chart font,
 * and a white ground so a saved SVG or PNG reads the same on a dark slide.
 */
export function ChartCanvas({
  id,
  width,
  height,
  title,
  description,
  interactive,
  fontSize,
  children,
}: {
  /** From useId; names the title and description the SVG is labelled by. */
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** Bars or cells open something: the chart is a group of buttons, not a picture. */
  interactive: boolean;
  fontSize: number;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="chart"
      role={interactive ? 'group' : 'img'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily={chartFont}
      fontSize={fontSize}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}
