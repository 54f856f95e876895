/**
 * The transcript's Lexical editor without a browser (@lexical/headless), and its tree read
 * back as plain data, so tests assert what the view would show: paragraphs of runs, each run
 * plain text, a speaker label, or a MarkNode with the ids of the codings covering it.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $buildTranscript, $updateTranscript, $writeTranscript, type WrittenTranscript } from '../../renderer/features/transcript/buildTranscript';
import { $isSpeakerLabelNode, SpeakerLabelNode } from '../../renderer/features/transcript/SpeakerLabelNode';
import type { TranscriptContent } from '../../renderer/features/transcript/transcriptContent';

export type Run =
  | { text: string }
  | { label: string; speaker?: string; time?: string }
  | { mark: number[]; runs: Run[] };

export function transcriptEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'transcript-test',
    nodes: [MarkNode, SpeakerLabelNode],
    onError: (error) => {
      throw error;
    },
  });
}

function runOf(node: LexicalNode): Run {
  if ($isMarkNode(node)) return { mark: node.getIDs().map(Number), runs: node.getChildren().map(runOf) };
  if ($isSpeakerLabelNode(node)) {
    const chip = node.getChip();
    return chip ? { label: node.getTextContent(), speaker: chip.name, ...(chip.timestamp ? { time: chip.timestamp } : {}) } : { label: node.getTextContent() };
  }
  if ($isTextNode(node)) return { text: node.getTextContent() };
  throw new Error(`unexpected node ${node.getType()}`);
}

/** The editor's content: one array of runs per paragraph. */
export function readTree(editor: LexicalEditor): Run[][] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((p) => ($isElementNode(p) ? p.getChildren().map(runOf) : [])),
  );
}

export function build(editor: LexicalEditor, content: TranscriptContent): void {
  editor.update(() => $buildTranscript(content), { discrete: true });
}

export function update(editor: LexicalEditor, previous: TranscriptContent, next: TranscriptContent): number {
  let written = 0;
  editor.update(
    () => {
      written = $updateTranscript(previous, next);
    },
    { discrete: true },
  );
  return written;
}

/** Write lazily: `coded` lines with their highlights, the others plain. */
export function write(editor: LexicalEditor, written: WrittenTranscript, content: TranscriptContent, coded: (line: number) => boolean): number {
  let count = 0;
  editor.update(
    () => {
      count = $writeTranscript(written, content, coded);
    },
    { discrete: true },
  );
  return count;
}
