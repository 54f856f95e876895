import type { SpeakerSummary, Turn } from '../types';

const FIRST_LINE_MAX = 80;

/** Speakers in order of first appearance, with how often they speak and how they begin. */
export function summariseTurns(text: string, turns: readonly Turn[]): SpeakerSummary[] {
  const bySpeaker = new Map<string, SpeakerSummary>();
  for (const turn of turns) {
    const known = bySpeaker.get(turn.speaker);
    if (known) {
      known.turnCount++;
      continue;
    }
    bySpeaker.set(turn.speaker, { name: turn.speaker, turnCount: 1, firstLine: firstLine(text, turn), firstOffset: turn.start });
  }
  return [...bySpeaker.values()];
}

function firstLine(text: string, turn: Turn): string {
  const lineEnd = text.indexOf('\n', turn.textStart);
  const end = Math.min(turn.end, lineEnd === -1 ? text.length : lineEnd);
  const line = text.slice(turn.textStart, end).trim();
  if (line.length <= FIRST_LINE_MAX) return line;
  // Cut at a character boundary, never between the halves of an emoji.
  let cut = FIRST_LINE_MAX;
  const c = line.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${line.slice(0, cut)}…`;
}
