import { lineStarts, projectText, type Paragraph } from '../../../core/model/segments';
import type { Coding, DocumentView } from '../../../core/model/types';
import type { SpeakerChip } from './SpeakerLabelNode';

/** A speaker label's place in the text and the chip that shows it. */
export interface LabelSpan {
  start: number;
  end: number;
  /** Where the turn's words begin (after the label and any blanks) and where the turn ends. */
  textStart: number;
  turnEnd: number;
  chip: SpeakerChip;
}

/**
 * Everything the editor shows, as plain data: the text cut into paragraphs and segments (the
 * projection of core/model/segments.ts) and the speaker labels. Built from the database's
 * answer each time; never saved.
 */
export interface TranscriptContent {
  text: string;
  lineStarts: number[];
  paragraphs: Paragraph[];
  /** Sorted by start, not overlapping. */
  labels: LabelSpan[];
}

/** The speaker labels of a document, with the names researchers know them by. */
export function speakerLabels(document: Pick<DocumentView, 'turns' | 'speakers' | 'participants'>): LabelSpan[] {
  const participantName = new Map((document.participants ?? []).map((p) => [p.id, p.name]));
  const speakerOf = new Map((document.speakers ?? []).map((s) => [s.label, s]));
  const labels: LabelSpan[] = [];
  let lastEnd = 0;
  for (const turn of document.turns ?? []) {
    if (turn.labelEnd <= turn.labelStart || turn.labelStart < lastEnd) continue;
    const speaker = speakerOf.get(turn.speaker);
    const participant = speaker?.participantId == null ? undefined : participantName.get(speaker.participantId);
    const role = participant !== undefined ? 'participant' : speaker?.notParticipant ? 'team' : '';
    labels.push({
      start: turn.labelStart,
      end: turn.labelEnd,
      textStart: turn.textStart,
      turnEnd: turn.end,
      chip: { name: participant ?? turn.speaker, timestamp: turn.timestamp ?? '', role },
    });
    lastEnd = turn.labelEnd;
  }
  return labels;
}

/** Project the text and the codings to show into paragraphs and segments, cut at every label. */
export function transcriptContent(text: string, codings: readonly Pick<Coding, 'id' | 'start' | 'end'>[], labels: LabelSpan[]): TranscriptContent {
  const cuts = labels.flatMap((l) => [l.start, l.end]);
  return { text, lineStarts: lineStarts(text), paragraphs: projectText(text, codings, cuts), labels };
}

/** The label covering offset (start <= offset < end), by binary search. */
export function labelAt(labels: readonly LabelSpan[], offset: number): LabelSpan | undefined {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (labels[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const label = labels[lo];
  return label && label.start <= offset && offset < label.end ? label : undefined;
}

/** The turn (label to turn end) that holds offset, if any. */
export function turnAt(labels: readonly LabelSpan[], offset: number): LabelSpan | undefined {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (labels[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const label = labels[lo - 1];
  return label && offset <= Math.max(label.turnEnd, label.end) ? label : undefined;
}
