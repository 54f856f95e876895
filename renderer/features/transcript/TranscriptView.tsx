import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { BoundaryHandles } from './BoundaryHandles';
import { firstCaretOffset, outsideLabel } from './caretMoves';
import { CodingMargin, type MarginCoding } from './CodingMargin';
import { domPointFromScreen, domPointToOffset, offsetsToRange } from './domOffsets';
import { moveByScreenLine } from './lineMoves';
import type { CodingLook } from './markStyles';
import { SpeakerLabelNode } from './SpeakerLabelNode';
import { caretAt, moveSelection, selectUnit, type TextSelection } from './textSelection';
import { readsRightToLeft } from './textUnits';
import type { TranscriptContent } from './transcriptContent';
import { transcriptCommand, type TranscriptCommand } from './transcriptKeys';
import { useProjection } from './useProjection';
import { useSelectionSync } from './useSelectionSync';
import './transcript.css';

/** The drag-and-drop type a code carries when dragged from the codebook (its id, as text). */
export const codeDragType = 'application/x-coherence-code';

export interface TextRange {
  start: number;
  end: number;
}

export interface TranscriptViewProps {
  title: string;
  content: TranscriptContent;
  /** How each shown coding looks (code colour, coder colour, tooltip). */
  looks: ReadonlyMap<number, CodingLook>;
  showCoderLines: boolean;
  codings: readonly MarginCoding[];
  codes: readonly Code[];
  coders: readonly Coder[];
  coderColour: ReadonlyMap<number, string>;
  selection: TextSelection | null;
  onSelectionChange: (s: TextSelection | null) => void;
  snapToWords: boolean;
  selectedCoding: MarginCoding | null;
  onSelectCoding: (codingId: number | null) => void;
  onAdjustCoding: (codingId: number, start: number, end: number) => void;
  onCommand: (command: TranscriptCommand) => void;
  onDropCode: (codeId: number) => void;
  onPainted?: (written: number) => void;
}

const theme = { paragraph: 'line', mark: 'coding', markOverlap: 'coding-overlap' };

/**
 * The transcript: a read-only Lexical view of the stored text and its codings (rebuilt from
 * the database's answer, never saved), a caret and selection of our own for mouse and
 * keyboard, and the margin of coding stripes.
 */
export function TranscriptView(props: TranscriptViewProps) {
  const initialConfig = {
    namespace: 'transcript',
    editable: false,
    nodes: [MarkNode, SpeakerLabelNode],
    theme,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <TranscriptSurface {...props} />
    </LexicalComposer>
  );
}

function TranscriptSurface(props: TranscriptViewProps) {
  const { content, selection, onSelectionChange, onCommand } = props;
  const [editor] = useLexicalComposerContext();
  const pointerDown = useRef(false);
  const { painted, release } = useProjection(editor, content, props.looks, props.showCoderLines, props.onPainted, () => pointerDown.current);
  const { caret, onPointerUp, mirrorNext } = useSelectionSync({ editor, content, selection, painted, snapToWords: props.snapToWords, onSelectionChange });
  const [focused, setFocused] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  const goalX = useRef<number | null>(null);
  const revealCaret = useRef(false);

  useEffect(() => {
    if (!revealCaret.current) return;
    revealCaret.current = false;
    caretRef.current?.scrollIntoView({ block: 'nearest' });
  }, [caret]);

  // The coding under the mouse in the margin, and the selected one, are marked in the text too.
  useEffect(() => {
    const mark = (name: string, coding: MarginCoding | undefined | null) => {
      const range = coding ? offsetsToRange(editor, coding.start, coding.end, content.lineStarts) : null;
      if (range) CSS.highlights.set(name, new Highlight(range));
      else CSS.highlights.delete(name);
    };
    mark('coding-hover', hovered === null ? null : props.codings.find((c) => c.id === hovered));
    mark('coding-selected', props.selectedCoding);
  }, [editor, content, painted, hovered, props.codings, props.selectedCoding]);
  useEffect(
    () => () => {
      CSS.highlights.delete('coding-hover');
      CSS.highlights.delete('coding-selected');
    },
    [],
  );

  const select = (next: TextSelection | null) => {
    revealCaret.current = true;
    mirrorNext();
    onSelectionChange(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const command = transcriptCommand(e);
    if (!command) return;
    e.preventDefault();
    const base = selection ?? caretAt(firstCaretOffset(content.text, content.labels));
    if (command.kind === 'move') {
      // Left and Right follow the screen: in a right-to-left line, Left moves forward.
      if ((command.unit === 'character' || command.unit === 'word') && readsRightToLeft(content.text, base.focus)) command.direction = command.direction === 1 ? -1 : 1;
      const byLine = command.unit === 'line' ? moveByScreenLine(editor, content, base.focus, command.direction, goalX.current) : null;
      goalX.current = byLine ? byLine.x : null;
      if (byLine) select(command.extend ? { anchor: base.anchor, focus: byLine.offset } : caretAt(byLine.offset));
      else select(moveSelection(content, base, command.unit === 'line' ? 'paragraph' : command.unit, command.direction, command.extend));
      return;
    }
    goalX.current = null;
    if (command.kind === 'select') {
      const next = selectUnit(content, base, command.unit);
      if (next) select(next);
      return;
    }
    if (command.kind === 'clear' && selection && selection.anchor !== selection.focus) select(caretAt(selection.focus));
    onCommand(command);
  };

  /** Keyboard focus with no caret yet: start at the first words on screen. */
  const onFocus = () => {
    setFocused(true);
    const root = editor.getRootElement();
    // Not when the mouse brought the focus (a click in the text, or on a stripe in the margin).
    if (selection || pointerDown.current || !root?.matches(':focus-visible')) return;
    const box = root?.getBoundingClientRect();
    const hit = box ? domPointFromScreen(box.left + 8, Math.max(box.top, 0) + 12) : null;
    const offset = hit ? domPointToOffset(editor, hit.node, hit.offset, content.lineStarts) : null;
    onSelectionChange(caretAt(offset === null ? firstCaretOffset(content.text, content.labels) : outsideLabel(content.labels, offset, 1)));
  };

  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(codeDragType);
  return (
    <div
      className={dropping ? 'transcript dropping' : 'transcript'}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        const codeId = Number(e.dataTransfer.getData(codeDragType));
        if (!accepts(e) || !Number.isInteger(codeId) || codeId <= 0) return;
        e.preventDefault();
        props.onDropCode(codeId);
      }}
    >
      <div className="transcript-body">
        <div className="transcript-column">
          <ContentEditable
            className={props.showCoderLines ? 'transcript-text with-coder-lines' : 'transcript-text'}
            role="document"
            tabIndex={0}
            aria-label={`Transcript: ${props.title}`}
            aria-describedby="transcript-keys-hint"
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            onBlur={() => setFocused(false)}
            onPointerDown={() => {
              pointerDown.current = true;
              goalX.current = null;
              // Released wherever the mouse is: snap the selection, let held-back highlights in.
              const up = () => {
                pointerDown.current = false;
                onPointerUp();
                release();
              };
              window.addEventListener('pointerup', up, { once: true });
            }}
          />
          <div
            ref={caretRef}
            className={focused && selection?.anchor === selection?.focus ? 'transcript-caret visible' : 'transcript-caret'}
            style={caret ? { top: caret.top, left: caret.left, height: caret.height } : { display: 'none' }}
            aria-hidden="true"
          />
          {props.selectedCoding && (
            <BoundaryHandles editor={editor} content={content} painted={painted} coding={props.selectedCoding} snapToWords={props.snapToWords} onAdjust={props.onAdjustCoding} />
          )}
        </div>
        <CodingMargin
          editor={editor}
          painted={painted}
          text={content.text}
          lineStarts={content.lineStarts}
          codings={props.codings}
          codes={props.codes}
          coders={props.coders}
          coderColour={props.coderColour}
          selectedId={props.selectedCoding?.id ?? null}
          onSelect={(id) => {
            props.onSelectCoding(id);
            // The keys for the selected coding (Delete, Alt+arrows, M) work in the text.
            editor.getRootElement()?.focus({ preventScroll: true });
          }}
          onHover={setHovered}
        />
      </div>
      <p id="transcript-keys-hint" className="visually-hidden">
        Arrow keys move the caret, Shift with arrows selects, S selects a sentence, Q opens the quick-code palette, question mark lists every key.
      </p>
    </div>
  );
}
