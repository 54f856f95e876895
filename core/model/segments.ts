/**
 * The transcript view is a projection of (text, codings). This module does the arithmetic:
 * it cuts the text into paragraphs (one per line) and each paragraph into segments, where a
 * segment is a maximal run of text covered by the same set of codings. The UI turns segments
 * into highlighted nodes; nothing here knows about Lexical or the DOM.
 */

export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering this segment, in ascending order (empty for uncoded text). */
  ids: number[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Start offsets of each line (paragraph) of the text; line i runs to the next '\n'. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line (paragraph) holding offset: the last line starting at or before it. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * Split the text into paragraphs and segments. Spans may overlap, nest, touch or be empty
 * (empty spans are ignored: they cover nothing). `cuts` are extra offsets where a segment must
 * end even though no span starts or ends there (the UI cuts at speaker labels, so a label is
 * always whole segments). Runs in O((spans + lines + cuts) log spans).
 */
export function projectText(text: string, spans: readonly Span[], cuts: readonly number[] = []): Paragraph[] {
  // Boundary events: at each offset, which spans open and close.
  const events = new Map<number, { open: number[]; close: number[] }>();
  const at = (offset: number) => {
    let e = events.get(offset);
    if (!e) events.set(offset, (e = { open: [], close: [] }));
    return e;
  };
  for (const s of spans) {
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(0, Math.min(s.end, text.length));
    if (end <= start) continue;
    at(start).open.push(s.id);
    at(end).close.push(s.id);
  }
  for (const cut of cuts) if (cut > 0 && cut < text.length) at(cut);
  const starts = lineStarts(text);
  const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  for (let i = 0; i < starts.length; i++) {
    at(starts[i]!);
    at(lineEnd(i));
  }
  const offsets = [...events.keys()].sort((a, b) => a - b);

  const active = new Set<number>();
  const paragraphs: Paragraph[] = starts.map((s, i) => ({ start: s, end: lineEnd(i), segments: [] }));
  let line = 0;
  for (let k = 0; k < offsets.length; k++) {
    const offset = offsets[k]!;
    const e = events.get(offset)!;
    for (const id of e.close) active.delete(id);
    for (const id of e.open) active.add(id);
    const next = offsets[k + 1];
    if (next === undefined) break;
    // Emit [offset, next) into every line it touches, skipping the '\n' between lines.
    let from = offset;
    while (from < next) {
      while (line < paragraphs.length - 1 && from >= paragraphs[line]!.end + 1) line++;
      const p = paragraphs[line]!;
      if (from >= p.end) {
        from = p.end + 1;
        continue;
      }
      const to = Math.min(next, p.end);
      if (to > from) p.segments.push({ start: from, end: to, ids: [...active].sort((a, b) => a - b) });
      from = to;
    }
  }
  return paragraphs;
}
