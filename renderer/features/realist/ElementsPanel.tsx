import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import type { CmoElement, Configuration } from '../../../core/model/realistTypes';
import { ElementDetail } from './ElementDetail';
import { GatherEvidenceDialog } from './GatherEvidenceDialog';
import { SLOT_COLOUR, SLOT_WORDS } from './slots';
import type { RealistData } from './useRealistData';

/**
 * The elements configurations are built from, each with its evidence: a list to choose from
 * (↑ ↓), and the chosen element's uses, supporters and passages. "Gather evidence" makes new
 * elements from tagged passages.
 */
export function ElementsPanel({
  data,
  groupAttribute,
  selectedId,
  onSelect,
  onEditConfiguration,
  onOpenPassage,
  onError,
}: {
  data: RealistData;
  groupAttribute: Attribute | null;
  selectedId: number | null;
  onSelect: (elementId: number | null) => void;
  onEditConfiguration: (c: Configuration) => void;
  onOpenPassage: (place: { documentId: number; start: number; end: number }) => void;
  onError: (e: Error) => void;
}) {
  const [filter, setFilter] = useState('');
  const [gathering, setGathering] = useState(false);
  const elements = data.elements ?? [];
  const shown = useMemo(() => elements.filter((e) => e.label.toLowerCase().includes(filter.trim().toLowerCase())), [elements, filter]);
  const selected = elements.find((e) => e.id === selectedId) ?? null;

  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const at = shown.findIndex((x) => x.id === selectedId);
    const next = shown[Math.max(0, Math.min(shown.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      onSelect(next.id);
      e.currentTarget.querySelector<HTMLElement>(`[data-element-id="${next.id}"]`)?.focus();
    }
  };

  const slotsOf = (e: CmoElement) => [...new Set(e.usedIn.map((u) => u.slot))];

  return (
    <div className="elements-panel">
      <div className="element-index">
        <div className="element-index-tools">
          <input type="search" aria-label="Find an element" placeholder="Find an element…" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="button" className="small" onClick={() => setGathering(true)} title="Make a new element from coded passages, or add passages to one">
            Gather evidence…
          </button>
        </div>
        {elements.length === 0 ? (
          <p className="muted">No elements yet. They are made in a configuration's slots, or from coded passages (Gather evidence).</p>
        ) : (
          <ul className="element-index-list" role="listbox" aria-label="Elements" onKeyDown={onKey}>
            {shown.map((e) => (
              <li
                key={e.id}
                role="option"
                aria-selected={e.id === selectedId}
                tabIndex={e.id === selectedId || (selectedId === null && e === shown[0]) ? 0 : -1}
                data-element-id={e.id}
                className={e.id === selectedId ? 'selected' : undefined}
                onClick={() => onSelect(e.id)}
              >
                <span className="element-index-label">{e.label}</span>
                <span className="element-index-meta">
                  {slotsOf(e).map((s) => (
                    <span key={s} className="slot-dot" style={{ background: SLOT_COLOUR[s] }} title={SLOT_WORDS[s]} aria-hidden="true" />
                  ))}
                  <span>{e.usedIn.length === 0 ? 'unused' : `${new Set(e.usedIn.map((u) => u.configurationId)).size} CMO`}</span>
                  <span className={e.evidenceCount === 0 ? 'no-evidence' : undefined}>{e.evidenceCount === 1 ? '1 passage' : `${e.evidenceCount} passages`}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="element-pane">
        {selected ? (
          <ElementDetail
            key={selected.id}
            element={selected}
            data={data}
            groupAttribute={groupAttribute}
            onEditConfiguration={onEditConfiguration}
            onOpenPassage={onOpenPassage}
            onDeleted={() => onSelect(null)}
            onError={onError}
          />
        ) : (
          <p className="muted empty">Choose an element to see its evidence.</p>
        )}
      </div>
      {gathering && <GatherEvidenceDialog target={null} data={data} groupAttribute={groupAttribute} onDone={(e) => onSelect(e.id)} onClose={() => setGathering(false)} />}
    </div>
  );
}
