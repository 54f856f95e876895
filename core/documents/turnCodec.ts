import type { TranscriptTurn } from '../model/types';

/**
 * How turns are kept in documents.turns: compact JSON, because a 500-file import has tens of
 * thousands of turns and their plain JSON would add a quarter to the bytes written.
 *   { "speakers": ["Adam", "Jerod"],
 *     "turns": [[start, end, labelStart, labelEnd, textStart, speakerIndex, timestamp?, startMs?, endMs?], ...] }
 * Offsets are UTF-16 units into documents.text. (SQL: json_each(turns, '$.turns').)
 */
type PackedTurn = [number, number, number, number, number, number, string?, number?, number?];

interface PackedTurns {
  speakers: string[];
  turns: PackedTurn[];
}

export function packTurns(turns: readonly TranscriptTurn[]): string {
  const speakers: string[] = [];
  const index = new Map<string, number>();
  const packed = turns.map((t): PackedTurn => {
    let i = index.get(t.speaker);
    if (i === undefined) {
      i = speakers.push(t.speaker) - 1;
      index.set(t.speaker, i);
    }
    const row: PackedTurn = [t.start, t.end, t.labelStart, t.labelEnd, t.textStart, i];
    if (t.timestamp !== undefined || t.startMs !== undefined || t.endMs !== undefined) row.push(t.timestamp ?? '', t.startMs ?? -1, t.endMs ?? -1);
    return row;
  });
  return JSON.stringify({ speakers, turns: packed } satisfies PackedTurns);
}

export function unpackTurns(json: string): TranscriptTurn[] {
  const data = JSON.parse(json) as PackedTurns | TranscriptTurn[];
  if (Array.isArray(data)) return data;
  return data.turns.map(([start, end, labelStart, labelEnd, textStart, speaker, timestamp, startMs, endMs]) => ({
    speaker: data.speakers[speaker] ?? '',
    start,
    end,
    labelStart,
    labelEnd,
    textStart,
    ...(timestamp ? { timestamp } : {}),
    ...(startMs !== undefined && startMs >= 0 ? { startMs } : {}),
    ...(endMs !== undefined && endMs >= 0 ? { endMs } : {}),
  }));
}
