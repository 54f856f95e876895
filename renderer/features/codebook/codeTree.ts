import type { Code } from '../../../core/model/types';

/**
 * The codebook as a tree, from the flat list `codes.list` hands out (already in tree order:
 * each code followed by its sub-codes, siblings in their sort order).
 */
export interface CodeTree {
  byId: ReadonlyMap<number, Code>;
  /** parentId (null for the top level) -> sub-codes in order. */
  children: ReadonlyMap<number | null, readonly Code[]>;
  depth: ReadonlyMap<number, number>;
}

export interface TreeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** Where a dragged code lands relative to the code under the pointer. */
export type DropPlace = 'before' | 'inside' | 'after';

export function codeTree(codes: readonly Code[]): CodeTree {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<number | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && byId.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  const depth = new Map<number, number>();
  const visit = (parentId: number | null, level: number) => {
    for (const c of children.get(parentId) ?? []) {
      depth.set(c.id, level);
      // Bounded like the core's own walk: a cycle could never hang the panel.
      if (level < 64) visit(c.id, level + 1);
    }
  };
  visit(null, 0);
  return { byId, children, depth };
}

/** The rows on screen: every code whose ancestors are all expanded, in tree order. */
export function visibleRows(tree: CodeTree, collapsed: ReadonlySet<number>): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (parentId: number | null, level: number) => {
    for (const code of tree.children.get(parentId) ?? []) {
      const hasChildren = (tree.children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && !collapsed.has(code.id);
      rows.push({ code, depth: level, hasChildren, expanded });
      if (expanded && level < 64) visit(code.id, level + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** A code and everything under it (what moves, merges or goes with it). */
export function subtreeIds(tree: CodeTree, codeId: number): Set<number> {
  const out = new Set<number>();
  const visit = (id: number) => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of tree.children.get(id) ?? []) visit(c.id);
  };
  visit(codeId);
  return out;
}

/** Codes a code may be moved into or merged into: all but itself and its own sub-codes. */
export function otherCodes(tree: CodeTree, codes: readonly Code[], codeId: number): Code[] {
  const own = subtreeIds(tree, codeId);
  return codes.filter((c) => !own.has(c.id));
}

export function siblingsOf(tree: CodeTree, code: Code): readonly Code[] {
  return tree.children.get(code.parentId) ?? [];
}

/**
 * What `codes.move` needs to put `draggedId` before, inside or after `target`; null when that
 * is no move at all or impossible (a code inside itself or one of its sub-codes). The index is
 * among the new siblings without the moved code, as the core counts it.
 */
export function dropMove(
  tree: CodeTree,
  draggedId: number,
  target: Code,
  place: DropPlace,
  expanded: boolean,
): { parentId: number | null; index?: number } | null {
  if (subtreeIds(tree, draggedId).has(target.id)) return null;
  const dragged = tree.byId.get(draggedId);
  if (!dragged) return null;
  // Below an open group the gap is the start of its sub-codes, not the place after it.
  if (place === 'inside' || (place === 'after' && expanded)) {
    if (place === 'after') return { parentId: target.id, index: 0 };
    return dragged.parentId === target.id ? null : { parentId: target.id };
  }
  const others = siblingsOf(tree, target).filter((c) => c.id !== draggedId);
  const index = others.findIndex((c) => c.id === target.id) + (place === 'after' ? 1 : 0);
  const current = siblingsOf(tree, dragged).findIndex((c) => c.id === draggedId);
  if (dragged.parentId === target.parentId && index === current) return null;
  return { parentId: target.parentId, index };
}

/** The position in a row the pointer is over: its top quarter, its middle or its bottom quarter. */
export function dropPlaceAt(offsetY: number, height: number): DropPlace {
  if (offsetY < height * 0.28) return 'before';
  if (offsetY > height * 0.72) return 'after';
  return 'inside';
}

/** The codes as "path" options for a select, indented by depth. */
export function indentedLabel(tree: CodeTree, code: Code): string {
  return `${'\u2003'.repeat(tree.depth.get(code.id) ?? 0)}${code.name}`;
}
