import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $setSelection, type LexicalNode, type ParagraphNode } from 'lexical';
import type { Paragraph, Segment } from '../../../core/model/segments';
import { $createSpeakerLabelNode } from './SpeakerLabelNode';
import { labelAt, type LabelSpan, type TranscriptContent } from './transcriptContent';

/**
 * Write the projection into the editor (inside editor.update): one paragraph per line, one
 * text node per segment, segments covered by codings wrapped in a MarkNode whose ids are those
 * codings' ids (several ids = overlapping codings), and speaker labels as SpeakerLabelNodes.
 *
 * A long transcript is written lazily (virtualised by paragraph): a paragraph far from the
 * screen is written *plain*, its whole line as one text node (labels still as labels), which
 * costs a tenth of its coded form; it is rewritten with its highlights when it comes near the
 * screen. Plain or coded, every paragraph holds exactly its line's characters, so offsets,
 * selections and search work the same everywhere.
 */

/** How the editor's paragraphs are written now, so the next change rewrites only what differs. */
export interface WrittenTranscript {
  content: TranscriptContent | null;
  /** Per line: written with its highlights (true) or plain (false). */
  coded: boolean[];
}

export const nothingWritten = (): WrittenTranscript => ({ content: null, coded: [] });

/**
 * Bring the editor to `next`, each line coded when `wantCoded(line)` says so and plain
 * otherwise, and at least the first `lines` lines written (the rest of a long transcript can
 * follow once the first screen is painted). Rewrites only the paragraphs whose form or
 * segments changed; everything when the text (another document) or its labels changed.
 * Returns the number of paragraphs written.
 */
export function $writeTranscript(written: WrittenTranscript, next: TranscriptContent, wantCoded: (line: number) => boolean, lines = Infinity): number {
  // The view keeps its own selection (in offsets); Lexical's must not point into replaced nodes.
  $setSelection(null);
  const root = $getRoot();
  const previous = written.content;
  written.content = next;
  if (!previous || previous.text !== next.text || !sameLabels(previous.labels, next.labels) || root.getChildrenSize() !== written.coded.length) {
    root.clear();
    written.coded = [];
  }
  let count = 0;
  let node = root.getFirstChild();
  for (let i = 0; i < written.coded.length && node && previous; i++) {
    const following: LexicalNode | null = node.getNextSibling();
    const coded = written.coded[i] || wantCoded(i);
    if (coded !== written.coded[i] || (coded && !sameSegments(previous.paragraphs[i]!, next.paragraphs[i]!))) {
      node.replace($createTranscriptParagraph(next, next.paragraphs[i]!, coded));
      written.coded[i] = coded;
      count++;
    }
    node = following;
  }
  const added: ParagraphNode[] = [];
  for (let i = written.coded.length; i < Math.min(lines, next.paragraphs.length); i++) {
    const coded = wantCoded(i);
    written.coded.push(coded);
    added.push($createTranscriptParagraph(next, next.paragraphs[i]!, coded));
  }
  if (added.length) root.append(...added);
  return count + added.length;
}

/** Every paragraph with its highlights (small documents, tests). */
export function $buildTranscript(content: TranscriptContent): void {
  $writeTranscript(nothingWritten(), content, () => true);
}

/** From `previous` to `next`, every paragraph with its highlights; returns the paragraphs written. */
export function $updateTranscript(previous: TranscriptContent | null, next: TranscriptContent): number {
  return $writeTranscript({ content: previous, coded: next.paragraphs.map(() => true) }, next, () => true);
}

function $createTranscriptParagraph(content: TranscriptContent, p: Paragraph, coded: boolean): ParagraphNode {
  const paragraph = $createParagraphNode();
  const segments = coded ? p.segments : plainSegments(content, p);
  for (const segment of segments) {
    const text = content.text.slice(segment.start, segment.end);
    const label = labelAt(content.labels, segment.start);
    const node = label ? $createSpeakerLabelNode(text, segment.start === label.start ? label.chip : null) : $createTextNode(text);
    if (segment.ids.length === 0) {
      paragraph.append(node);
    } else {
      const mark = $createMarkNode(segment.ids.map(String));
      mark.append(node);
      paragraph.append(mark);
    }
  }
  return paragraph;
}

/** A line without its highlights: its labels, and the text between them in one run each. */
function plainSegments(content: TranscriptContent, p: Paragraph): Segment[] {
  const out: Segment[] = [];
  let at = p.start;
  for (const s of p.segments) {
    const label = labelAt(content.labels, s.start);
    if (!label) continue;
    if (s.start > at) out.push({ start: at, end: s.start, ids: [] });
    out.push({ start: s.start, end: s.end, ids: [] });
    at = s.end;
  }
  if (p.end > at) out.push({ start: at, end: p.end, ids: [] });
  return out;
}

/** Labels compared by what they show (a reloaded document brings equal labels in new objects). */
function sameLabels(a: readonly LabelSpan[], b: readonly LabelSpan[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((l, i) => {
    const m = b[i]!;
    return l.start === m.start && l.end === m.end && l.chip.name === m.chip.name && l.chip.timestamp === m.chip.timestamp && l.chip.role === m.chip.role;
  });
}

function sameSegments(a: Paragraph, b: Paragraph): boolean {
  if (a.start !== b.start || a.end !== b.end || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => sameSegment(s, b.segments[i]!));
}

function sameSegment(a: Segment, b: Segment): boolean {
  return a.start === b.start && a.end === b.end && a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}
