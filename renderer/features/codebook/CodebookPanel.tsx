import { useCallback, useMemo, useRef, useState } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { PromptDialog } from '../../components/PromptDialog';
import { MemoDialog } from '../memos/MemoDialog';
import { CodeCard } from './CodeCard';
import { CodeEditorDialog } from './CodeEditorDialog';
import { CodeHoverCard } from './CodeHoverCard';
import { codeTree, visibleRows } from './codeTree';
import { CodeTreeView, type RowCommand } from './CodeTreeView';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeCodeDialog } from './MergeCodeDialog';
import { MoveCodeDialog } from './MoveCodeDialog';
import { useCodebookActions } from './useCodebookActions';
import { codingsByCoder, useCodeMemoCounts, useCodeStats } from './useCodeStats';
import './codebook.css';

type PanelDialog = { kind: 'new'; parentId: number | null } | { kind: 'edit' | 'rename' | 'move' | 'merge' | 'delete' | 'memo'; code: Code };

/**
 * The codebook beside the transcript: a tree of codes (frameworks at the top level) with their
 * counts, the chosen code's definition, and every change to the codebook. With text selected,
 * choosing a code (click, or Enter on it) applies it; a code can also be dragged onto the text.
 */
export function CodebookPanel({
  codes,
  coders = [],
  coder = null,
  blind = false,
  canApply,
  onApply,
  onShowSegments,
}: {
  codes: Code[];
  coders?: readonly Coder[];
  coder?: Coder | null;
  /** Blind mode: counts show only the current coder's codings. */
  blind?: boolean;
  canApply: boolean;
  onApply: (code: Code) => void;
  /** Open the coded segments of a code (with its sub-codes when it has any). */
  onShowSegments?: (code: Code, withChildren: boolean) => void;
}) {
  const tree = useMemo(() => codeTree(codes), [codes]);
  const stats = useCodeStats();
  const memoCounts = useCodeMemoCounts();
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<PanelDialog | null>(null);
  const [hover, setHover] = useState<{ code: Code; box: DOMRect } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const actions = useCodebookActions(tree, useCallback((e: Error) => setError(e), []));
  const active = activeId === null ? undefined : tree.byId.get(activeId);
  // A code deleted or merged under the pointer takes its card with it.
  const hovered = hover ? tree.byId.get(hover.code.id) : undefined;
  const hasChildren = (code: Code) => (tree.children.get(code.id)?.length ?? 0) > 0;

  const toggle = (codeId: number, open: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (open) next.delete(codeId);
      else next.add(codeId);
      return next;
    });
  /** Show a code: open its ancestors so its row is on screen, and make it the chosen one. */
  const reveal = (code: Code) => {
    setCollapsed((c) => {
      const next = new Set(c);
      for (let p = code.parentId; p !== null; p = tree.byId.get(p)?.parentId ?? null) next.delete(p);
      return next;
    });
    setActiveId(code.id);
  };
  const showSegments = (code: Code) => onShowSegments?.(code, hasChildren(code));

  const command = (what: RowCommand, code: Code) => {
    switch (what) {
      case 'rename':
      case 'delete':
      case 'edit':
      case 'memo':
        return setDialog({ kind: what, code });
      case 'new-child':
        return setDialog({ kind: 'new', parentId: code.id });
      default:
        return void actions.nudge(code, what);
    }
  };

  /** Changes to the codebook's shape (the card shows them under More). */
  const changeItems = (code: Code): MenuItem[] => [
    { label: 'New sub-code…', onSelect: () => command('new-child', code) },
    { label: 'Rename…', onSelect: () => command('rename', code) },
    { label: 'Move…', onSelect: () => setDialog({ kind: 'move', code }) },
    { label: 'Merge into…', onSelect: () => setDialog({ kind: 'merge', code }), disabled: codes.length < 2 },
    { label: 'Delete…', onSelect: () => command('delete', code), separator: true },
  ];
  const menuItems = (code: Code): MenuItem[] => [
    { label: 'Edit definition…', onSelect: () => command('edit', code) },
    { label: 'Memo…', onSelect: () => command('memo', code) },
    ...(onShowSegments ? [{ label: 'Coded segments', onSelect: () => showSegments(code) }] : []),
    { ...changeItems(code)[0]!, separator: true },
    ...changeItems(code).slice(1),
  ];

  const closeDialog = () => setDialog(null);

  return (
    <section className="codebook" aria-label="Codebook">
      <header className="codebook-header">
        <h2>
          Codebook <span className="count">{codes.length}</span>
        </h2>
        <button type="button" className="small" onClick={() => setDialog({ kind: 'new', parentId: null })}>
          New code
        </button>
        <MenuButton
          label="⋯"
          caret={false}
          className="icon-button"
          ariaLabel="Codebook actions"
          align="end"
          items={[
            { label: 'Import codebook CSV…', onSelect: () => fileInput.current?.click() },
            { label: 'Export codebook CSV', onSelect: () => void actions.exportCsv(), disabled: codes.length === 0 },
            { label: 'Expand all', onSelect: () => setCollapsed(new Set()), separator: true },
            { label: 'Collapse all', onSelect: () => setCollapsed(new Set(codes.filter(hasChildren).map((c) => c.id))) },
          ]}
        />
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="codebook-import-input"
          onChange={(e) => {
            void actions.importCsv(e.target.files);
            e.target.value = '';
          }}
        />
      </header>
      <p className="hint">{canApply ? 'Click a code, or press Enter on it, to apply it to the selected text.' : 'Select text in the transcript, then choose a code or drag it onto the text.'}</p>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {codes.length === 0 ? (
        <p className="muted codebook-empty">No codes yet. Add one with New code, or import a codebook CSV.</p>
      ) : (
        <>
          <div className="code-columns" aria-hidden="true">
            <span>Code</span>
            <span className="code-count">{blind ? 'Mine' : 'Codings'}</span>
            <span className="code-count docs">{blind ? '' : 'Docs'}</span>
            <span className="row-menu-space" />
          </div>
          <CodeTreeView
            tree={tree}
            rows={rows}
            stats={stats}
            memoCounts={memoCounts}
            blindCoderId={blind ? (coder?.id ?? null) : null}
            activeId={activeId}
            canApply={canApply}
            onActive={setActiveId}
            onApply={onApply}
            onToggle={toggle}
            onCommand={command}
            onMove={(code, to) => void actions.move(code, to)}
            menuItems={menuItems}
            onHover={setHover}
          />
        </>
      )}
      {active && (
        <CodeCard
          code={active}
          stats={stats.get(active.id)}
          byCoder={codingsByCoder(stats, tree, active.id)}
          hasChildren={hasChildren(active)}
          coders={coders}
          coder={coder}
          blind={blind}
          menuItems={changeItems(active)}
          onEdit={() => command('edit', active)}
          onSegments={() => showSegments(active)}
        />
      )}
      {hovered && hover && <CodeHoverCard code={hovered} box={hover.box} byCoder={codingsByCoder(stats, tree, hovered.id)} coders={coders} coderId={coder?.id ?? null} blind={blind} />}

      {dialog?.kind === 'new' && <CodeEditorDialog codes={codes} parentId={dialog.parentId} onSaved={reveal} onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <CodeEditorDialog codes={codes} code={dialog.code} onSaved={reveal} onClose={closeDialog} />}
      {dialog?.kind === 'rename' && (
        <PromptDialog title={`Rename ${dialog.code.name}`} label="Name" initial={dialog.code.name} confirmLabel="Rename" onSubmit={(name) => actions.rename(dialog.code, name)} onClose={closeDialog} />
      )}
      {dialog?.kind === 'move' && <MoveCodeDialog codes={codes} code={dialog.code} onMove={(parentId) => void actions.move(dialog.code, { parentId })} onClose={closeDialog} />}
      {dialog?.kind === 'merge' && (
        <MergeCodeDialog
          codes={codes}
          code={dialog.code}
          stats={stats}
          memoCount={memoCounts.get(dialog.code.id) ?? 0}
          onMerge={(target) => {
            setActiveId(target.id);
            void actions.merge(dialog.code, target);
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog code={dialog.code} onDelete={() => void actions.remove(dialog.code)} onClose={closeDialog} />
      )}
      {dialog?.kind === 'memo' && <MemoDialog target={{ kind: 'code', id: dialog.code.id }} label={`Code ${dialog.code.name}`} authorId={coder?.id} onClose={closeDialog} />}
    </section>
  );
}
