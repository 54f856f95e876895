import { $isMarkNode, MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $getNodeByKey } from 'lexical';
import { useEffect, useMemo } from 'react';
import { lineStarts, projectText } from '../../../core/model/segments';
import type { Code, DocumentView } from '../../../core/model/types';
import { $buildTranscript } from './buildTranscript';
import { markBackground } from './codingColours';
import { $selectedRange } from './selectionOffsets';

export interface TextRange {
  start: number;
  end: number;
}

const theme = { paragraph: 'line', mark: 'coding', markOverlap: 'coding-overlap' };

/** Rebuilds the editor from (text, codings) whenever either changes: the database is the truth. */
function ProjectionPlugin({ document, codes }: { document: DocumentView; codes: Code[] }) {
  const [editor] = useLexicalComposerContext();
  const colourOfCoding = useMemo(() => {
    const codeColour = new Map(codes.map((c) => [c.id, c.colour]));
    return new Map(document.codings.map((c) => [String(c.id), codeColour.get(c.codeId) ?? '#cccccc']));
  }, [document, codes]);

  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, kind] of mutations) {
            if (kind === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if (!$isMarkNode(node) || !element) continue;
            const ids = node.getIDs();
            element.style.background = markBackground(ids.map((id) => colourOfCoding.get(id) ?? '#cccccc'));
            element.dataset.codings = ids.join(' ');
          }
        });
      }),
    [editor, colourOfCoding],
  );

  useEffect(() => {
    const paragraphs = projectText(
      document.text,
      document.codings.map((c) => ({ id: c.id, start: c.start, end: c.end })),
    );
    editor.update(() => $buildTranscript(document.text, paragraphs), { tag: 'history-merge' });
  }, [editor, document, colourOfCoding]);
  return null;
}

function SelectionPlugin({ text, onSelect }: { text: string; onSelect: (range: TextRange | null) => void }) {
  const [editor] = useLexicalComposerContext();
  const starts = useMemo(() => lineStarts(text), [text]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => onSelect($selectedRange(starts)));
      }),
    [editor, starts, onSelect],
  );
  return null;
}

export function TranscriptView({
  document,
  codes,
  onSelect,
}: {
  document: DocumentView;
  codes: Code[];
  onSelect: (range: TextRange | null) => void;
}) {
  const initialConfig = {
    namespace: 'transcript',
    editable: false,
    nodes: [MarkNode],
    theme,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="transcript">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="transcript-text" aria-label={`Transcript: ${document.title}`} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ProjectionPlugin document={document} codes={codes} />
        <SelectionPlugin text={document.text} onSelect={onSelect} />
      </div>
    </LexicalComposer>
  );
}
