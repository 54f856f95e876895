import { joinCodePath, splitCodePath } from '../../../core/model/codePaths';
import type { Code } from '../../../core/model/types';
import { foldText } from './codeSearch';

/**
 * What typing a new code name in the palette creates: "Barriers/Transport" under an existing
 * "Barriers" makes "Transport" inside it; anything else is a new top-level code named as typed.
 */
export function newCodeFromTyped(typed: string, codes: readonly Code[]): { name: string; parentId: number | null } {
  const names = splitCodePath(typed);
  if (names.length > 1) {
    const parentPath = foldText(joinCodePath(names.slice(0, -1)));
    const parent = codes.find((c) => foldText(c.path) === parentPath);
    if (parent) return { name: names[names.length - 1]!, parentId: parent.id };
  }
  return { name: typed.trim(), parentId: null };
}
