import { useMemo } from 'react';
import type { CmoElement, Slot } from '../../../core/model/realistTypes';
import { ElementPicker, type ElementChoice } from './ElementPicker';
import { SLOT_COLOUR, SLOT_TEXT, SLOT_WORDS } from './slots';
import { cmoName } from './useRealistData';

/** An element placed in a slot while a configuration is being edited (new ones have no id yet). */
export interface SlotEntry {
  key: string;
  elementId: number | null;
  label: string;
  slot: Slot;
}

/**
 * One slot of a configuration: the elements in it as chips (each saying which other
 * configurations share it), and a picker to add one, reused or new.
 */
export function SlotField({
  slot,
  entries,
  elements,
  numbers,
  configurationId,
  onAdd,
  onRemove,
}: {
  slot: Slot;
  entries: readonly SlotEntry[];
  elements: readonly CmoElement[];
  numbers: ReadonlyMap<number, number>;
  /** The configuration being edited (not counted as sharing), null for a new one. */
  configurationId: number | null;
  onAdd: (choice: ElementChoice) => void;
  onRemove: (key: string) => void;
}) {
  const text = SLOT_TEXT[slot];
  const exclude = useMemo(() => new Set(entries.flatMap((e) => (e.elementId === null ? [] : [e.elementId]))), [entries]);
  const elementById = useMemo(() => new Map(elements.map((e) => [e.id, e])), [elements]);
  return (
    <fieldset className="slot-field" style={{ borderLeftColor: SLOT_COLOUR[slot] }} data-slot={slot}>
      <legend>
        {text.label}
        {text.optional && <span className="muted"> (optional)</span>}
      </legend>
      <p className="slot-hint">{text.hint}</p>
      {entries.length > 0 && (
        <ul className="slot-entries">
          {entries.map((entry) => {
            const element = entry.elementId === null ? undefined : elementById.get(entry.elementId);
            const others = (element?.usedIn ?? []).filter((u) => u.configurationId !== configurationId);
            return (
              <li key={entry.key} className="slot-entry">
                <span className="slot-entry-label">{entry.label}</span>
                {entry.elementId === null ? (
                  <span className="badge info">new</span>
                ) : (
                  <span className="slot-entry-meta">
                    {element?.evidenceCount ?? 0} {element?.evidenceCount === 1 ? 'passage' : 'passages'}
                    {others.length > 0 && ` · also ${others.map((u) => `${SLOT_WORDS[u.slot]} of ${cmoName(numbers, u.configurationId)}`).join(', ')}`}
                  </span>
                )}
                <button type="button" className="icon-button" aria-label={`Take ${entry.label} out of ${text.label}`} onClick={() => onRemove(entry.key)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ElementPicker elements={elements} exclude={exclude} numbers={numbers} label={text.label} onPick={onAdd} />
    </fieldset>
  );
}
