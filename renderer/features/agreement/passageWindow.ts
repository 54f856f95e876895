import type { Disagreement } from '../../../core/model/agreementTypes';

/** A run of the text around a disagreement, and what is true of all of it. */
export interface WindowPiece {
  start: number;
  end: number;
  text: string;
  /** Inside the disputed passage. */
  disputed: boolean;
  /** Inside one of the spans being shown (a coder's codings, or a range being marked). */
  marked: boolean;
}

export interface PassageWindow {
  start: number;
  end: number;
  text: string;
}

/** The passage with the context the core sent either side, in document offsets. */
export function passageWindow(d: Disagreement): PassageWindow {
  const start = d.start - d.before.length;
  const text = d.before + d.text + d.after;
  return { start, end: start + text.length, text };
}

type Span = { start: number; end: number };

/** Cut the window where the passage or any span begins or ends. */
export function windowPieces(win: PassageWindow, passage: Span, spans: readonly Span[]): WindowPiece[] {
  const clip = (n: number) => Math.min(win.end, Math.max(win.start, n));
  const cuts = new Set([win.start, win.end, clip(passage.start), clip(passage.end)]);
  for (const s of spans) {
    cuts.add(clip(s.start));
    cuts.add(clip(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: WindowPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    pieces.push({
      start,
      end,
      text: win.text.slice(start - win.start, end - win.start),
      disputed: start >= passage.start && end <= passage.end,
      marked: spans.some((s) => s.start <= start && s.end >= end),
    });
  }
  return pieces;
}

/** The spans of `spans` that touch the window, for saying "characters 4,602–4,710". */
export function spansInWindow(win: PassageWindow, spans: readonly Span[]): Span[] {
  return spans.filter((s) => s.start < win.end && s.end > win.start);
}
