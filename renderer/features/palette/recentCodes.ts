/** The codes used last, newest first, at most nine (one per number key). */
export const maxRecentCodes = 9;

export function withRecentCode(recent: readonly number[], codeId: number): number[] {
  return [codeId, ...recent.filter((id) => id !== codeId)].slice(0, maxRecentCodes);
}
