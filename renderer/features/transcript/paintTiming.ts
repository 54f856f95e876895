/**
 * When something has reached the screen, and marks the benchmarks read
 * (test/bench/transcript.bench.ts): the transcript painted after opening a document, and a
 * new coding's highlight painted after it was applied.
 */

/** Call `then` once the current DOM changes have been painted (after the next frame). */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

export const paintMarks = {
  /** The transcript of a document is on screen with its highlights (what fills the screen first). */
  transcriptPainted: 'coherence:transcript-painted',
  /** The whole transcript is written (the part beyond the first screens follows their paint). */
  transcriptComplete: 'coherence:transcript-complete',
  /** The projection is about to be written into the editor, and when the editor has it in the DOM. */
  projectionStart: 'coherence:projection-start',
  projectionCommitted: 'coherence:projection-committed',
  /** A code was chosen for the selection (palette, number key, drop, in-vivo). */
  codingRequested: 'coherence:coding-requested',
  /** The core answered: the coding is stored. */
  codingCreated: 'coherence:coding-created',
  /** The highlight of the coding just chosen is on screen (shown before the core answers). */
  codingPainted: 'coherence:coding-painted',
  /** ...and once the core has stored it, under its stored id. */
  codingStoredPainted: 'coherence:coding-stored-painted',
} as const;

export function markTime(name: string, detail?: Record<string, unknown>): void {
  performance.mark(name, { detail });
}
