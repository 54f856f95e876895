import type { Turn } from '../types';
import { parseTimestamp } from './time';

/** A speaker label found at a line start. */
export interface Label {
  lineStart: number;
  labelStart: number;
  labelEnd: number;
  speaker: string;
  /** A timestamp written in the label, as written. */
  time: string | undefined;
  /** Nothing but blanks follows the label on its line (the speech starts on the next line). */
  ownLine: boolean;
}

/**
 * Turns from labels in text order: each runs from its label to the line of the next one, less
 * trailing blanks. With mergeRepeats, a label repeating the current speaker continues the turn.
 */
export function buildTurns(text: string, labels: readonly Label[], mergeRepeats: boolean): Turn[] {
  const turns: Turn[] = [];
  const starts: Label[] = [];
  for (const label of labels) {
    if (mergeRepeats && starts.length > 0 && starts[starts.length - 1]!.speaker === label.speaker) continue;
    starts.push(label);
  }
  starts.forEach((label, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]!.lineStart : text.length;
    while (end > label.labelEnd && isBlank(text.charCodeAt(end - 1))) end--;
    let textStart = label.labelEnd;
    while (textStart < end && isBlank(text.charCodeAt(textStart))) textStart++;
    const turn: Turn = { speaker: label.speaker, start: label.labelStart, end, labelStart: label.labelStart, labelEnd: label.labelEnd, textStart };
    if (label.time !== undefined) {
      turn.timestamp = label.time;
      const ms = parseTimestamp(label.time);
      if (ms !== undefined) turn.startMs = ms;
    }
    turns.push(turn);
  });
  return turns;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
