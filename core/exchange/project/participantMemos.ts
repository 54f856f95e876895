/**
 * REFI-QDA cases cannot carry memo references, so a memo on a participant is exported as a
 * free-standing memo whose description names the participant ("About participant: Margaret").
 * Other programs show that line; Coherence reads it back and re-attaches the memo.
 */
const MARKER = /^About participant: (.+)$/;

export function participantMemoMarker(name: string): string {
  return `About participant: ${name}`;
}

export function participantFromMarker(description: string | undefined): string | undefined {
  return description ? MARKER.exec(description.trim())?.[1]?.trim() : undefined;
}
