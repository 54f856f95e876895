import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { lineOf } from '../../../core/model/segments';
import type { Code, Coder } from '../../../core/model/types';
import { defaultStripeOptions, layoutStripes, type PlacedCoding } from './stripeLayout';

export interface MarginCoding {
  id: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
}

/**
 * Where each shown coding sits on screen: from the top of its first highlighted run to the
 * bottom of its last, in pixels from the top of the text. One pass over the highlighted runs
 * (each carries its codings' ids), then two rectangles per coding. A coding in paragraphs not
 * yet written with highlights (far from the screen) is placed by its paragraphs.
 */
function measureCodings(root: HTMLElement, codings: readonly MarginCoding[], lineStarts: readonly number[]): Map<number, { top: number; bottom: number }> {
  const first = new Map<number, HTMLElement>();
  const last = new Map<number, HTMLElement>();
  for (const mark of root.querySelectorAll<HTMLElement>('mark[data-codings]')) {
    for (const id of mark.dataset.codings!.split(' ').map(Number)) {
      if (!first.has(id)) first.set(id, mark);
      last.set(id, mark);
    }
  }
  const origin = root.getBoundingClientRect().top;
  const placed = new Map<number, { top: number; bottom: number }>();
  for (const c of codings) {
    const from = first.get(c.id) ?? root.children[lineOf(lineStarts, c.start)];
    const to = last.get(c.id) ?? root.children[lineOf(lineStarts, Math.max(c.start, c.end - 1))];
    if (from && to) placed.set(c.id, { top: from.getBoundingClientRect().top - origin, bottom: to.getBoundingClientRect().bottom - origin });
  }
  return placed;
}

/** Bars further than this from the visible text are not drawn (pixels). */
const drawAhead = 900;

/** The part of the text that is on screen, in pixels from the top of the text; follows scrolling. */
function useVisibleBand(editor: LexicalEditor): { top: number; bottom: number } {
  const [band, setBand] = useState({ top: 0, bottom: window.innerHeight });
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = -root.getBoundingClientRect().top;
      setBand((b) => (Math.abs(b.top - top) < 100 ? b : { top, bottom: top + window.innerHeight }));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      cancelAnimationFrame(frame);
    };
  }, [editor]);
  return band;
}

/**
 * The margin beside the transcript: coding stripes (one column per code, a lane per coder).
 * Hover a bar to see its code, coder and words; click it to select that coding.
 */
export function CodingMargin({
  editor,
  painted,
  text,
  lineStarts,
  codings,
  codes,
  coders,
  coderColour,
  selectedId,
  onSelect,
  onHover,
}: {
  editor: LexicalEditor;
  painted: number;
  text: string;
  lineStarts: readonly number[];
  codings: readonly MarginCoding[];
  codes: readonly Code[];
  coders: readonly Coder[];
  coderColour: ReadonlyMap<number, string>;
  selectedId: number | null;
  onSelect: (codingId: number) => void;
  onHover: (codingId: number | null) => void;
}) {
  const [positions, setPositions] = useState(new Map<number, { top: number; bottom: number }>());
  const [resized, setResized] = useState(0);
  const [hovered, setHovered] = useState<number | null>(null);
  const band = useVisibleBand(editor);
  // Measured after each paint; the codings as they are then (a new one is painted by then).
  const latestCodings = useRef(codings);
  latestCodings.current = codings;

  // Measure once the text is painted, and again when its width changes (lines rewrap).
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const frame = requestAnimationFrame(() => setPositions(measureCodings(root, latestCodings.current, lineStarts)));
    return () => cancelAnimationFrame(frame);
  }, [editor, painted, resized, lineStarts]);
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    let width = root.clientWidth;
    const observer = new ResizeObserver(() => {
      if (root.clientWidth === width) return;
      width = root.clientWidth;
      setResized((n) => n + 1);
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [editor]);

  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const coderById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const codingById = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const layout = useMemo(() => {
    const placed: PlacedCoding[] = [];
    for (const c of codings) {
      const at = positions.get(c.id);
      if (at) placed.push({ id: c.id, codeId: c.codeId, coderId: c.coderId, ...at });
    }
    const codeOrder = new Map(codes.map((c, i) => [c.id, i]));
    const coderOrder = [...coders].sort((a, b) => a.id - b.id).map((c) => c.id);
    return layoutStripes(placed, codeOrder, coderOrder);
  }, [codings, positions, codes, coders]);

  const hover = (id: number | null) => {
    setHovered(id);
    onHover(id);
  };
  const barOf = (e: MouseEvent) => {
    const id = (e.target as HTMLElement).dataset.coding;
    return id ? Number(id) : null;
  };

  const tip = hovered === null ? undefined : layout.bars.find((b) => b.codingId === hovered);
  const tipCoding = hovered === null ? undefined : codingById.get(hovered);
  const { columnWidth, step } = layout;
  return (
    <div
      className="coding-margin"
      style={{ width: defaultStripeOptions.width }}
      aria-hidden="true"
      onMouseOver={(e) => hover(barOf(e))}
      onMouseLeave={() => hover(null)}
      onClick={(e) => {
        const id = barOf(e);
        if (id !== null) onSelect(id);
      }}
    >
      {layout.columns.map((codeId, i) => (
        <div key={codeId} className="stripe-head" title={codeById.get(codeId)?.path} style={{ left: i * step, width: columnWidth, background: codeById.get(codeId)?.colour }} />
      ))}
      {layout.bars.filter((b) => b.top < band.bottom + drawAhead && b.top + b.height > band.top - drawAhead).map((b) => (
        <div
          key={b.codingId}
          className={b.codingId === selectedId ? 'stripe selected' : 'stripe'}
          data-coding={b.codingId}
          style={{ left: b.x, top: b.top, width: b.width, height: b.height, background: codeById.get(b.codeId)?.colour, borderColor: coderColour.get(b.coderId) }}
        />
      ))}
      {tip && tipCoding && (
        <div className="stripe-tip" style={{ top: tip.top, right: defaultStripeOptions.width - tip.x + 10 }}>
          <strong>
            <span className="swatch" style={{ background: codeById.get(tip.codeId)?.colour }} /> {codeById.get(tip.codeId)?.path}
          </strong>
          <span>
            <span className="coder-dot" style={{ background: coderColour.get(tip.coderId) }} /> {coderById.get(tip.coderId)?.name ?? 'unknown coder'}
          </span>
          <q>{excerpt(text, tipCoding.start, tipCoding.end)}</q>
          <span className="muted">Click to select</span>
        </div>
      )}
      {layout.hiddenCodes.length > 0 && (
        <p className="stripe-more" title="Use the code filter to choose which codes to show">
          +{layout.hiddenCodes.length} codes
        </p>
      )}
    </div>
  );
}

export function excerpt(text: string, start: number, end: number, max = 120): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max)}…` : words;
}
