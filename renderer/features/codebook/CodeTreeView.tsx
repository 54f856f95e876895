import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CodeStats } from '../../../core/model/codingTypes';
import type { Code } from '../../../core/model/types';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { codeDragType } from '../transcript/TranscriptView';
import { dropMove, dropPlaceAt, type CodeTree, type DropPlace, type TreeRow } from './codeTree';
import { rowCounts } from './useCodeStats';

/** What a key on a code asks for, beyond moving around the tree. */
export type RowCommand = 'rename' | 'delete' | 'edit' | 'new-child' | 'memo' | 'move-up' | 'move-down' | 'outdent' | 'indent';

const rowKeys: Record<string, RowCommand> = {
  F2: 'rename',
  Delete: 'delete',
  e: 'edit',
  n: 'new-child',
  m: 'memo',
  'Alt+ArrowUp': 'move-up',
  'Alt+ArrowDown': 'move-down',
  'Alt+ArrowLeft': 'outdent',
  'Alt+ArrowRight': 'indent',
};

const hoverDelayMs = 450;
const keysHintId = 'codebook-keys';

/** The tree's keys, in words (read to screen readers, and shown under the chosen code). */
export const treeKeys =
  'Arrows move and open groups; Enter applies the code to the selected text; E edits its definition, N adds a sub-code, F2 renames, M writes a memo, Delete deletes; Alt+arrows move it in the tree; Shift+F10 opens its menu.';

/**
 * The codes as a tree: one focusable code at a time (arrows move, → and ← open and close
 * groups, Enter applies the code to the selected text), each row draggable onto the transcript
 * (to code the selection) or onto another code (to nest it there, or between two to reorder).
 */
export function CodeTreeView({
  tree,
  rows,
  stats,
  memoCounts,
  blindCoderId,
  activeId,
  canApply,
  onActive,
  onApply,
  onToggle,
  onCommand,
  onMove,
  menuItems,
  onHover,
}: {
  tree: CodeTree;
  rows: readonly TreeRow[];
  stats: ReadonlyMap<number, CodeStats>;
  memoCounts: ReadonlyMap<number, number>;
  blindCoderId: number | null;
  activeId: number | null;
  canApply: boolean;
  onActive: (codeId: number) => void;
  onApply: (code: Code) => void;
  onToggle: (codeId: number, open: boolean) => void;
  onCommand: (command: RowCommand, code: Code) => void;
  onMove: (code: Code, to: { parentId: number | null; index?: number }) => void;
  menuItems: (code: Code) => MenuItem[];
  /** The pointer rests on a code (to show its definition beside it), or left. */
  onHover: (hover: { code: Code; box: DOMRect } | null) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [drop, setDrop] = useState<{ id: number; place: DropPlace } | null>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  // Rows move in the DOM when the tree changes; a code moved by keys keeps the focus.
  const refocus = useRef(false);
  // The rows when the chosen code was last among them: if it goes (deleted, merged), the code
  // above it takes the focus, not the top of the tree.
  const lastRows = useRef(rows);
  const present = activeId !== null && rows.some((r) => r.code.id === activeId);
  if (present) lastRows.current = rows;
  const focusedId = present ? activeId : (codeAbove(lastRows.current, rows, activeId) ?? rows[0]?.code.id ?? null);

  const buttonOf = (id: number) => list.current?.querySelector<HTMLButtonElement>(`[data-code-id="${id}"] .code`) ?? null;
  useEffect(() => {
    if (!refocus.current || focusedId === null) return;
    refocus.current = false;
    // Only if the focus was lost with the row (not if the researcher went elsewhere meanwhile).
    const at = document.activeElement;
    if (!at || at === document.body || list.current?.contains(at)) buttonOf(focusedId)?.focus();
  }, [rows]);
  useEffect(() => () => window.clearTimeout(hoverTimer.current), []);

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onActive(row.code.id);
    buttonOf(row.code.id)?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, row: TreeRow, index: number) => {
    const named = `${e.altKey ? 'Alt+' : ''}${e.key}`;
    const command = e.ctrlKey || e.metaKey || e.shiftKey ? undefined : rowKeys[named];
    if (command) {
      e.preventDefault();
      // Moves and deletions rebuild the rows: the focus comes back to the chosen code.
      refocus.current = command.startsWith('move') || command === 'indent' || command === 'outdent' || command === 'delete';
      return onCommand(command, row.code);
    }
    if (e.key === 'Escape') onHover(null);
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const parentIndex = () => rows.findIndex((r) => r.code.id === row.code.parentId);
    switch (e.key) {
      case 'ArrowDown':
        focusRow(index + 1);
        break;
      case 'ArrowUp':
        focusRow(index - 1);
        break;
      case 'Home':
        focusRow(0);
        break;
      case 'End':
        focusRow(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) onToggle(row.code.id, true);
        else if (row.expanded) focusRow(index + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) onToggle(row.code.id, false);
        else if (parentIndex() >= 0) focusRow(parentIndex());
        break;
      case 'ContextMenu':
        list.current?.querySelector<HTMLButtonElement>(`[data-code-id="${row.code.id}"] .row-menu`)?.click();
        break;
      default:
        if (e.key === 'F10' && e.shiftKey) list.current?.querySelector<HTMLButtonElement>(`[data-code-id="${row.code.id}"] .row-menu`)?.click();
        else return;
    }
    e.preventDefault();
  };

  const planFor = (e: DragEvent<HTMLElement>, row: TreeRow) => {
    if (dragged === null) return null;
    const box = e.currentTarget.getBoundingClientRect();
    const place = dropPlaceAt(e.clientY - box.top, box.height);
    const move = dropMove(tree, dragged, row.code, place, row.expanded);
    return move && { place, move };
  };

  const endDrag = () => {
    setDragged(null);
    setDrop(null);
  };

  return (
    <>
      <ul
        ref={list}
        className="code-tree"
        role="tree"
        aria-label="Codes"
        aria-describedby={keysHintId}
        onDragOver={(e) => {
          // Below the last code: to the end of the top level.
          if (dragged === null || e.target !== e.currentTarget) return;
          e.preventDefault();
          setDrop(null);
        }}
        onDrop={(e) => {
          if (dragged === null || e.target !== e.currentTarget) return;
          e.preventDefault();
          const code = tree.byId.get(dragged);
          if (code && code.parentId !== null) onMove(code, { parentId: null });
          endDrag();
        }}
      >
        {rows.map((row, index) => {
          const { code } = row;
          const counts = rowCounts(stats, tree, code.id, row.hasChildren, blindCoderId);
          const memos = memoCounts.get(code.id) ?? 0;
          const dropClass = drop?.id === code.id ? ` drop-${drop.place}` : '';
          return (
            <li
              key={code.id}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={code.id === activeId}
              data-code-id={code.id}
              className={`code-row${code.id === activeId ? ' active' : ''}${dragged === code.id ? ' dragging' : ''}${dropClass}`}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(codeDragType, String(code.id));
                e.dataTransfer.setData('text/plain', code.path);
                e.dataTransfer.effectAllowed = 'copyMove';
                window.clearTimeout(hoverTimer.current);
                onHover(null);
                setDragged(code.id);
              }}
              onDragEnd={endDrag}
              onDragOver={(e) => {
                const plan = planFor(e, row);
                if (!plan) return setDrop(null);
                e.preventDefault();
                e.stopPropagation();
                e.dataTransfer.dropEffect = 'move';
                if (drop?.id !== code.id || drop.place !== plan.place) setDrop({ id: code.id, place: plan.place });
              }}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDrop((d) => (d?.id === code.id ? null : d));
              }}
              onDrop={(e) => {
                const plan = planFor(e, row);
                const moving = dragged === null ? undefined : tree.byId.get(dragged);
                endDrag();
                if (!plan || !moving) return;
                e.preventDefault();
                e.stopPropagation();
                onMove(moving, plan.move);
              }}
              onMouseEnter={(e) => {
                const box = e.currentTarget.getBoundingClientRect();
                window.clearTimeout(hoverTimer.current);
                hoverTimer.current = window.setTimeout(() => dragged === null && onHover({ code, box }), hoverDelayMs);
              }}
              onMouseLeave={() => {
                window.clearTimeout(hoverTimer.current);
                onHover(null);
              }}
            >
              <div className="code-row-inner" style={{ paddingLeft: `${row.depth}rem` }}>
                <span
                  className={`twisty${row.hasChildren ? '' : ' leaf'}${row.expanded ? ' open' : ''}`}
                  aria-hidden="true"
                  onClick={() => row.hasChildren && onToggle(code.id, !row.expanded)}
                />
                <button
                  type="button"
                  className="code"
                  tabIndex={code.id === focusedId ? 0 : -1}
                  aria-label={`Apply code ${code.path}`}
                  aria-disabled={canApply ? undefined : true}
                  onFocus={() => onActive(code.id)}
                  onClick={() => (canApply ? onApply(code) : onActive(code.id))}
                  onKeyDown={(e) => onKey(e, row, index)}
                >
                  <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
                  <span className="code-name">{code.name}</span>
                  {memos > 0 && (
                    <span className="memo-mark" title={`${memos} memo${memos === 1 ? '' : 's'}`} aria-hidden="true">
                      ✎
                    </span>
                  )}
                </button>
                <span className={`code-count${row.hasChildren ? ' total' : ''}`} title={countTitle(counts, row.hasChildren)}>
                  {counts.codings || ''}
                </span>
                <span className={`code-count docs${row.hasChildren ? ' total' : ''}`}>{counts.documents || ''}</span>
                <MenuButton label="⋯" caret={false} className="icon-button row-menu" ariaLabel={`More for code ${code.path}`} items={menuItems(code)} align="end" />
              </div>
            </li>
          );
        })}
      </ul>
      <p id={keysHintId} className="visually-hidden">
        {treeKeys}
      </p>
    </>
  );
}

function countTitle(counts: { codings: number; documents: number | null }, withChildren: boolean): string {
  const codings = `${counts.codings} coding${counts.codings === 1 ? '' : 's'}`;
  const documents = counts.documents === null ? ' (yours)' : ` in ${counts.documents} document${counts.documents === 1 ? '' : 's'}`;
  return `${codings}${documents}${withChildren ? ', sub-codes included' : ''}`;
}

/** The nearest code above `codeId` in the rows it was in that is still shown. */
function codeAbove(before: readonly TreeRow[], now: readonly TreeRow[], codeId: number | null): number | undefined {
  const at = before.findIndex((r) => r.code.id === codeId);
  if (at <= 0) return undefined;
  const shown = new Set(now.map((r) => r.code.id));
  return before
    .slice(0, at)
    .reverse()
    .find((r) => shown.has(r.code.id))?.code.id;
}
