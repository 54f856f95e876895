import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CmoElement } from '../../../core/model/realistTypes';
import { SLOT_WORDS } from './slots';
import { cmoName } from './useRealistData';

/** An element chosen in a picker: one that exists, or a new one to make with this label. */
export type ElementChoice = { elementId: number; label: string } | { elementId: null; label: string };

const shown = 8;
const nothingExcluded: ReadonlySet<number> = new Set();

function matches(elements: readonly CmoElement[], text: string, exclude: ReadonlySet<number>): CmoElement[] {
  const q = text.trim().toLowerCase();
  const candidates = elements.filter((e) => !exclude.has(e.id) && (!q || e.label.toLowerCase().includes(q)));
  // Labels that start with the words typed come first.
  return candidates.sort((a, b) => Number(!a.label.toLowerCase().startsWith(q)) - Number(!b.label.toLowerCase().startsWith(q)) || a.label.localeCompare(b.label)).slice(0, shown);
}

/**
 * Type to find an element to reuse (with where it is used already), or to name a new one.
 * ↓ ↑ move through the suggestions, Enter takes one (or makes the new element), Escape closes
 * the list.
 */
export function ElementPicker({
  elements,
  exclude = nothingExcluded,
  numbers,
  label,
  placeholder = 'Find or add an element…',
  opens = 'inline',
  onPick,
}: {
  elements: readonly CmoElement[];
  exclude?: ReadonlySet<number>;
  numbers: ReadonlyMap<number, number>;
  /** The accessible name of the field. */
  label: string;
  placeholder?: string;
  /** Where the suggestions show: in the flow under the field (inside a scrolling dialog body), or floating above it. */
  opens?: 'inline' | 'above';
  onPick: (choice: ElementChoice) => void;
}) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = useMemo(() => matches(elements, text, exclude), [elements, text, exclude]);
  const typed = text.trim();
  const exact = elements.find((e) => e.label.toLowerCase() === typed.toLowerCase());
  const offerNew = typed !== '' && !exact;
  const options: ElementChoice[] = [...found.map((e) => ({ elementId: e.id, label: e.label })), ...(offerNew ? [{ elementId: null, label: typed }] : [])];
  const expanded = open && options.length > 0;

  const pick = (choice: ElementChoice | undefined) => {
    if (!choice) return;
    onPick(choice);
    setText('');
    setActive(0);
    setOpen(false);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) return setOpen(true);
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (e.key === 'Enter') {
      if (!typed && !expanded) return; // Enter in an empty picker submits the form around it.
      e.preventDefault();
      if (expanded) pick(options[Math.min(active, options.length - 1)]);
      else pick(exact && !exclude.has(exact.id) ? { elementId: exact.id, label: exact.label } : offerNew ? { elementId: null, label: typed } : undefined);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const usage = (e: CmoElement) =>
    e.usedIn.length ? e.usedIn.map((u) => `${cmoName(numbers, u.configurationId)} ${SLOT_WORDS[u.slot]}`).join(', ') : 'not in a configuration yet';

  return (
    <div className={`element-picker opens-${opens}`}>
      <input
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      {expanded && (
        <ul className="element-options" role="listbox" id={listId} aria-label={`${label}: suggestions`}>
          {options.map((o, i) => {
            const element = o.elementId === null ? undefined : elements.find((e) => e.id === o.elementId);
            return (
              <li
                key={o.elementId ?? `new-${o.label}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(o)}
              >
                {element ? (
                  <>
                    <span className="option-label">{element.label}</span>
                    <span className="option-meta">
                      {usage(element)} · {element.evidenceCount} {element.evidenceCount === 1 ? 'passage' : 'passages'}
                    </span>
                  </>
                ) : (
                  <span className="option-label">
                    New element “{o.label}”
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
