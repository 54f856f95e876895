import type { Slot } from '../../../core/model/realistTypes';
import { SLOT_COLOUR, SLOT_WORDS } from './slots';

/**
 * One element as a chip: its label, how many passages back it, and whether other
 * configurations use it too (⇄ n, named in the tooltip). Chips of the same element light up
 * together while one is pointed at, to show where it is shared.
 */
export function ElementChip({
  elementId,
  label,
  slot,
  evidenceCount,
  sharedWith,
  lit = false,
  onPoint,
}: {
  elementId: number;
  label: string;
  slot: Slot;
  evidenceCount: number;
  /** The other configurations using it ("CMO 2 (mechanism (reasoning))"). */
  sharedWith: string[];
  lit?: boolean;
  onPoint?: (elementId: number | null) => void;
}) {
  const title = [
    `${label} (${SLOT_WORDS[slot]})`,
    evidenceCount === 1 ? '1 passage of evidence' : `${evidenceCount} passages of evidence`,
    sharedWith.length ? `Also in ${sharedWith.join(', ')}` : 'Used in this configuration only',
  ].join('\n');
  return (
    <span
      className={`cmo-chip${lit ? ' lit' : ''}${evidenceCount === 0 ? ' no-evidence' : ''}`}
      style={{ borderLeftColor: SLOT_COLOUR[slot] }}
      data-element-id={elementId}
      title={title}
      onMouseEnter={() => onPoint?.(elementId)}
      onMouseLeave={() => onPoint?.(null)}
    >
      <span className="cmo-chip-label">{label}</span>
      <span className="cmo-chip-count" aria-label={`${evidenceCount} passages`}>
        {evidenceCount}
      </span>
      {sharedWith.length > 0 && (
        <span className="cmo-chip-shared" aria-label={`shared with ${sharedWith.length} other configuration${sharedWith.length === 1 ? '' : 's'}`}>
          ⇄{sharedWith.length}
        </span>
      )}
    </span>
  );
}
