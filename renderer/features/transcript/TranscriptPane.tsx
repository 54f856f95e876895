import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Code, Coder, DocumentView } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { coderColours } from '../coders/coderColours';
import { useConfirmCodingDeletion } from '../realist/useConfirmCodingDeletion';
import { createCodeSearch } from '../palette/codeSearch';
import { QuickCodePalette } from '../palette/QuickCodePalette';
import { useRecentCodes } from '../palette/useRecentCodes';
import { CodingBar } from './CodingBar';
import { CodingMemo } from './CodingMemo';
import { shiftEdge } from './codingEdges';
import { visibleCodings, type CodingView } from './codingView';
import { KeysHelp } from './KeysHelp';
import type { CodingLook } from './markStyles';
import { markTime, paintMarks } from './paintTiming';
import { snapSelection } from './snapSelection';
import { caretAt, selectionRange, type TextSelection } from './textSelection';
import type { TextRange } from './textUnits';
import { speakerLabels, transcriptContent } from './transcriptContent';
import type { TranscriptCommand } from './transcriptKeys';
import { TranscriptToolbar } from './TranscriptToolbar';
import { TranscriptView } from './TranscriptView';
import { isProvisional, useCodings } from './useCodings';

/**
 * Reading and coding one document: the view options, the transcript, the bar of actions (or
 * the selected coding's inspector) and the quick-code palette. Mount it per document (keyed by
 * id): the selection and the selected coding belong to the document.
 */
export function TranscriptPane({
  projectGuid,
  document,
  codes,
  coders,
  coder,
  view,
  onViewChange,
  onSelect,
}: {
  projectGuid: string;
  document: DocumentView;
  codes: Code[];
  coders: Coder[];
  coder: Coder | null;
  view: CodingView;
  onViewChange: (change: Partial<CodingView>) => void;
  /** The selection, snapped as it would be coded (for the codebook's own apply buttons). */
  onSelect?: (range: TextRange | null) => void;
}) {
  const api = useApi();
  const confirmDeletion = useConfirmCodingDeletion();
  const [recentIds, noteCodeUsed] = useRecentCodes(projectGuid);
  const { codings, apply, createAndApply, inVivo, remove, adjust } = useCodings(document, codes, coder, noteCodeUsed);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [selectedCodingId, setSelectedCodingId] = useState<number | null>(null);
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const awaitingPaint = useRef<number | null>(null);
  const provisionalPainted = useRef(new Set<number>());
  const memoField = useRef<HTMLTextAreaElement>(null);

  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const coderById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const coderColour = useMemo(() => coderColours(coders), [coders]);
  const search = useMemo(() => createCodeSearch(codes), [codes]);
  const recent = useMemo(() => recentIds.flatMap((id) => codeById.get(id) ?? []), [recentIds, codeById]);

  const shown = useMemo(() => visibleCodings(codings, view, coder?.id ?? null, codes), [codings, view, coder, codes]);
  const labels = useMemo(() => speakerLabels(document), [document]);
  const content = useMemo(() => transcriptContent(document.text, shown, labels), [document.text, shown, labels]);
  const showCoderLines = useMemo(() => new Set(shown.map((c) => c.coderId)).size > 1, [shown]);
  const looks = useMemo(() => {
    const map = new Map<number, CodingLook>();
    for (const c of shown) {
      const code = codeById.get(c.codeId);
      const who = coderById.get(c.coderId);
      map.set(c.id, {
        codeColour: code?.colour ?? '#cccccc',
        coderId: c.coderId,
        coderColour: coderColour.get(c.coderId) ?? '#666666',
        label: `${code?.path ?? 'Unknown code'} · ${who?.initials ?? '?'}`,
      });
    }
    return map;
  }, [shown, codeById, coderById, coderColour]);
  // The codes of the codings the coder filter lets through (never the hidden coders' codes).
  const codesInUse = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of visibleCodings(codings, { ...view, shownCodes: null }, coder?.id ?? null, codes)) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
    return codes.filter((c) => counts.has(c.id)).map((code) => ({ code, count: counts.get(code.id)! }));
  }, [codings, view, coder, codes]);

  const selectedCoding = shown.find((c) => c.id === selectedCodingId) ?? null;
  const range = useMemo(() => {
    const raw = selectionRange(selection);
    return raw ? snapSelection(document.text, raw, { words: view.snapToWords, labels }) : null;
  }, [selection, document.text, view.snapToWords, labels]);
  useEffect(() => onSelect?.(range), [range, onSelect]);
  // What a code applies to: the selected words, or else the selected coding's passage (so a
  // second code goes on the same words).
  const target = range ?? (selectedCoding && !isProvisional(selectedCoding.id) ? { start: selectedCoding.start, end: selectedCoding.end } : null);

  const say = useCallback((message: string | null) => setNotice(message), []);
  const selectFirst = 'Select some words first: drag with the mouse, or press S for the sentence at the caret.';
  const attempt = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (e) {
        say((e as Error).message);
      }
    },
    [say],
  );

  /** Code the selection: collapse it (so the new highlight shows) and wait for its paint. */
  const codeSelection = (how: (r: TextRange) => Promise<{ id: number }>, label: string) => {
    if (!target) return say(selectFirst);
    if (!coder) return say('Choose who is coding first (the coder menu at the top).');
    setPalette(false);
    setSelection(caretAt(target.end));
    void attempt(async () => {
      const coding = await how(target);
      awaitingPaint.current = coding.id;
      // The new coding is selected, so M adds a memo to it and Delete takes it back.
      setSelectedCodingId(coding.id);
      say(`Coded as ${label} by ${coder.initials}. M adds a memo.`);
    });
    focusText();
  };
  const applyCode = (code: Code) => codeSelection((r) => apply(code, r), code.path);
  const applyRecent = (index: number) => {
    const code = recent[index];
    if (!code) return say(index === 0 ? 'No recent codes yet: press Q to choose a code.' : `There is no recent code ${index + 1} yet.`);
    applyCode(code);
  };

  const codingsAtCaret = () => {
    const at = selection?.focus ?? -1;
    return shown.filter((c) => c.start <= at && at <= c.end).sort((a, b) => a.start - b.start || a.id - b.id);
  };

  const onCommand = (command: TranscriptCommand) => {
    switch (command.kind) {
      case 'palette':
        if (!target) return say(selectFirst);
        return setPalette(true);
      case 'recent':
        return applyRecent(command.index);
      case 'in-vivo':
        return codeSelection((r) => inVivo(r), 'a new in-vivo code');
      case 'clear':
        setSelectedCodingId(null);
        return say(null);
      case 'coding-at-caret': {
        const here = codingsAtCaret();
        if (here.length === 0) return say('No coding shown at the caret.');
        const next = here[(here.findIndex((c) => c.id === selectedCodingId) + 1) % here.length]!;
        return selectCoding(next.id);
      }
      case 'remove-coding':
        return selectedCoding ? removeCoding(selectedCoding.id) : undefined;
      case 'adjust':
        return shiftSelectedEdge(command.edge, command.direction);
      case 'blind':
        onViewChange({ blind: !view.blind });
        return say(view.blind ? 'Showing every coder’s codings.' : 'Blind mode: only your codings are shown.');
      case 'memo':
        if (!selectedCoding) return say('Select a coding first: click its stripe in the margin, or press C at the caret.');
        return memoField.current?.focus();
      case 'help':
        return setHelp(true);
    }
  };

  const stillSaving = 'This coding is still being saved: try again in a moment.';
  const removeCoding = (codingId: number) => {
    if (isProvisional(codingId)) return say(stillSaving);
    setSelectedCodingId(null);
    void attempt(async () => {
      // A passage that is evidence for a realist configuration is removed only after a warning.
      const impact = await api.call('codings.deletionImpact', { codingId });
      if (impact.evidenceFor.length > 0) {
        if (await confirmDeletion.deleteCoding(codingId)) say('Coding removed (Ctrl+Z undoes it).');
        return;
      }
      await remove(codingId);
      say('Coding removed (Ctrl+Z undoes it).');
    });
  };
  const shiftSelectedEdge = (edge: 'start' | 'end', direction: 1 | -1) => {
    if (!selectedCoding) return say('Select a coding first: click its stripe in the margin, or press C at the caret.');
    if (isProvisional(selectedCoding.id)) return say(stillSaving);
    const next = shiftEdge(document.text, selectedCoding, edge, direction);
    if (next.start !== selectedCoding.start || next.end !== selectedCoding.end) void attempt(() => adjust(selectedCoding.id, next.start, next.end));
  };

  /** A text selection and a selected coding exclude each other: the bar shows one or the other. */
  const changeSelection = (next: TextSelection | null) => {
    setSelection(next);
    if (next && next.anchor !== next.focus) setSelectedCodingId(null);
  };
  const selectCoding = (codingId: number | null) => {
    setSelectedCodingId(codingId);
    if (codingId !== null && selection) setSelection(caretAt(selection.focus));
  };

  const textRoot = () => window.document.querySelector<HTMLElement>('.transcript-text');
  const focusText = () => textRoot()?.focus({ preventScroll: true });

  return (
    <section className="transcript-pane" aria-label="Transcript">
      {confirmDeletion.dialog}
      <TranscriptToolbar view={view} onChange={onViewChange} coders={coders} coder={coder} coderColour={coderColour} codesInUse={codesInUse} onHelp={() => setHelp(true)} />
      <TranscriptView
        title={document.title}
        content={content}
        looks={looks}
        showCoderLines={showCoderLines}
        codings={shown}
        codes={codes}
        coders={coders}
        coderColour={coderColour}
        selection={selection}
        onSelectionChange={changeSelection}
        snapToWords={view.snapToWords}
        selectedCoding={selectedCoding}
        onSelectCoding={selectCoding}
        onAdjustCoding={(id, start, end) => void attempt(() => adjust(id, start, end))}
        onCommand={onCommand}
        onDropCode={(codeId) => {
          const code = codeById.get(codeId);
          if (code) applyCode(code);
        }}
        onPainted={() => {
          // Benchmark marks: a provisional highlight painted, then the stored one.
          for (const id of looks.keys()) {
            if (isProvisional(id) && !provisionalPainted.current.has(id)) {
              provisionalPainted.current.add(id);
              markTime(paintMarks.codingPainted, { codingId: id });
            }
          }
          if (awaitingPaint.current !== null && looks.has(awaitingPaint.current)) {
            markTime(paintMarks.codingStoredPainted, { codingId: awaitingPaint.current });
            awaitingPaint.current = null;
          }
          markTime(paintMarks.transcriptPainted, { documentId: document.id, codings: shown.length });
        }}
      />
      <CodingBar
        text={document.text}
        range={range}
        coder={coder}
        recent={recent}
        selected={selectedCoding}
        code={selectedCoding ? codeById.get(selectedCoding.codeId) : undefined}
        selectedCoder={selectedCoding ? coderById.get(selectedCoding.coderId) : undefined}
        coderColour={coderColour}
        notice={notice}
        memo={
          selectedCoding &&
          !isProvisional(selectedCoding.id) && (
            <CodingMemo key={selectedCoding.id} ref={memoField} codingId={selectedCoding.id} authorId={coder?.id ?? null} onSaved={say} onDone={focusText} />
          )
        }
        onPalette={() => onCommand({ kind: 'palette' })}
        onInVivo={() => onCommand({ kind: 'in-vivo' })}
        onRecent={applyRecent}
        onRemove={removeCoding}
        onShiftEdge={shiftSelectedEdge}
        onCloseInspector={() => setSelectedCodingId(null)}
      />
      {palette && target && coder && (
        <QuickCodePalette
          codes={codes}
          search={search}
          recent={recent}
          excerpt={document.text.slice(target.start, target.end)}
          coder={coder}
          onApply={applyCode}
          onCreate={(name) => codeSelection((r) => createAndApply(name, r), `new code “${name}”`)}
          onClose={() => {
            setPalette(false);
            focusText();
          }}
        />
      )}
      {help && (
        <KeysHelp
          onClose={() => {
            setHelp(false);
            focusText();
          }}
        />
      )}
    </section>
  );
}
