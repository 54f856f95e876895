/**
 * The coding stripes beside the text, as in NVivo: one column per code, and in each column a
 * bar beside every passage coded with it. When several coders are shown, each column is split
 * into one lane per coder (always in the same order), so the same code by two coders is two
 * bars side by side. Pure: the view measures where each coding sits and draws these bars.
 */

export interface PlacedCoding {
  id: number;
  codeId: number;
  coderId: number;
  /** Vertical extent on screen, in pixels from the top of the text. */
  top: number;
  bottom: number;
}

export interface StripeBar {
  codingId: number;
  codeId: number;
  coderId: number;
  x: number;
  width: number;
  top: number;
  height: number;
}

export interface StripeLayout {
  /** Width of one code's column, and the step from one column to the next. */
  columnWidth: number;
  step: number;
  /** Codes with a column, left to right. */
  columns: number[];
  bars: StripeBar[];
  /** Codes present but without a column (more codes than fit): reach them with the code filter. */
  hiddenCodes: number[];
}

export interface StripeOptions {
  /** The margin's width: fixed, so a new code's column never makes the text wrap anew. */
  width: number;
  /** Columns are this wide at most (narrower when many codes share the margin). */
  columnWidth: number;
  gap: number;
  maxColumns: number;
  minBarHeight: number;
}

export const defaultStripeOptions: StripeOptions = { width: 150, columnWidth: 9, gap: 3, maxColumns: 14, minBarHeight: 6 };

/**
 * Lay out the bars. `codeOrder` ranks codes as the codebook lists them; `coderOrder` the coders
 * on screen. When there are more codes than columns, the codes covering the most passages keep
 * their columns.
 */
export function layoutStripes(
  codings: readonly PlacedCoding[],
  codeOrder: ReadonlyMap<number, number>,
  coderOrder: readonly number[],
  options: StripeOptions = defaultStripeOptions,
): StripeLayout {
  const counts = new Map<number, number>();
  for (const c of codings) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
  const rank = (id: number) => codeOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const present = [...counts.keys()];
  const kept = new Set(
    [...present].sort((a, b) => counts.get(b)! - counts.get(a)! || rank(a) - rank(b)).slice(0, options.maxColumns),
  );
  const columns = present.filter((id) => kept.has(id)).sort((a, b) => rank(a) - rank(b) || a - b);
  const hiddenCodes = present.filter((id) => !kept.has(id)).sort((a, b) => rank(a) - rank(b) || a - b);
  const columnOf = new Map(columns.map((id, i) => [id, i]));
  // Columns keep their proportions and shrink together so the last one ends inside the margin.
  const ratio = options.columnWidth / (options.columnWidth + options.gap);
  const step = Math.min(options.columnWidth + options.gap, options.width / Math.max(1, columns.length - 1 + ratio));
  const columnWidth = step * ratio;

  const coders = coderOrder.filter((id) => codings.some((c) => c.coderId === id));
  const laneOf = new Map(coders.map((id, i) => [id, i]));
  const lanes = Math.max(1, coders.length);
  const laneWidth = columnWidth / lanes;

  const bars: StripeBar[] = [];
  for (const c of codings) {
    const column = columnOf.get(c.codeId);
    if (column === undefined) continue;
    const lane = laneOf.get(c.coderId) ?? 0;
    const height = Math.max(options.minBarHeight, c.bottom - c.top);
    bars.push({
      codingId: c.id,
      codeId: c.codeId,
      coderId: c.coderId,
      x: column * step + lane * laneWidth,
      width: lanes > 1 ? Math.max(1.5, laneWidth - 1) : columnWidth,
      top: c.top,
      height,
    });
  }
  return { columnWidth, step, columns, bars, hiddenCodes };
}
