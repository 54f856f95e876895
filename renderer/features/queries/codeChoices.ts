import type { Code } from '../../../core/model/types';
import { codeTree } from '../codebook/codeTree';

/** A framework: a top-level code whose sub-codes are its themes (elements). */
export interface Framework {
  code: Code;
  themes: Code[];
}

export function frameworks(codes: readonly Code[]): Framework[] {
  const tree = codeTree(codes);
  return (tree.children.get(null) ?? []).map((code) => ({ code, themes: [...(tree.children.get(code.id) ?? [])] })).filter((f) => f.themes.length > 0);
}

/** The framework whose themes are exactly these codes, in this order. */
export function frameworkOf(codes: readonly Code[], codeIds: readonly number[]): Framework | null {
  return frameworks(codes).find((f) => f.themes.length === codeIds.length && f.themes.every((t, i) => t.id === codeIds[i])) ?? null;
}

/** Codes in codebook order (the order codes.list gives), whatever order they were picked in. */
export function inCodebookOrder(codes: readonly Code[], ids: Iterable<number>): number[] {
  const wanted = new Set(ids);
  return codes.filter((c) => wanted.has(c.id)).map((c) => c.id);
}

/** The codes with no sub-codes: what co-occurrence and matrix coding count best (they count each code's own codings). */
export function leafCodes(codes: readonly Code[]): Code[] {
  const parents = new Set(codes.map((c) => c.parentId).filter((p): p is number => p !== null));
  return codes.filter((c) => !parents.has(c.id));
}
