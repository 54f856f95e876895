import type { Code, Coding } from '../../../core/model/types';

/**
 * Which codings the transcript shows. Blind mode shows only the current coder's codings, so
 * a second coder is not influenced by the first; otherwise coders and codes can be hidden.
 */
export interface CodingView {
  /** Show only the current coder's codings (remembered on this machine). */
  blind: boolean;
  /** Coders whose codings are hidden (ignored in blind mode). */
  hiddenCoders: number[];
  /** Codes to show, each with its descendants; null shows every code. */
  shownCodes: number[] | null;
  /** Snap selections to whole words before coding (remembered on this machine). */
  snapToWords: boolean;
}

export const defaultCodingView: CodingView = { blind: false, hiddenCoders: [], shownCodes: null, snapToWords: true };

/** The codes a filter lets through: those chosen and everything below them. */
export function codesWithDescendants(chosen: readonly number[], codes: readonly Code[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const c of codes) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const result = new Set<number>();
  const stack = [...chosen];
  while (stack.length) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

export function visibleCodings<C extends Pick<Coding, 'codeId' | 'coderId'>>(
  codings: readonly C[],
  view: CodingView,
  currentCoderId: number | null,
  codes: readonly Code[],
): C[] {
  const codeSet = view.shownCodes === null ? null : codesWithDescendants(view.shownCodes, codes);
  const hidden = new Set(view.hiddenCoders);
  return codings.filter((c) => {
    if (view.blind ? c.coderId !== currentCoderId : hidden.has(c.coderId)) return false;
    return codeSet === null || codeSet.has(c.codeId);
  });
}
