import { useRef, type KeyboardEvent } from 'react';
import type { Disagreement } from '../../../core/model/agreementTypes';
import { passageKey } from './useAgreementSession';
import { formatCount } from '../../../core/model/wording';

/**
 * The passages where the coders differ, longest first. ↑ and ↓ move between them (and open
 * them), as in a list box; each says who coded it and whether it has been settled.
 */
export function DisagreementList({
  disagreements,
  selected,
  settled,
  onSelect,
}: {
  disagreements: readonly Disagreement[];
  selected: string | null;
  settled: (d: Disagreement) => string | undefined;
  onSelect: (key: string) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = disagreements.findIndex((d) => passageKey(d) === selected);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? disagreements.length - 1 : null;
    if (to === null || disagreements.length === 0) return;
    e.preventDefault();
    const next = disagreements[Math.min(disagreements.length - 1, Math.max(0, to))]!;
    onSelect(passageKey(next));
    list.current?.querySelector<HTMLElement>(`[data-key="${passageKey(next)}"]`)?.focus();
  };
  return (
    <ul className="disagreement-list" role="listbox" aria-label="Passages where the coders differ" ref={list} onKeyDown={onKey}>
      {disagreements.map((d) => {
        const key = passageKey(d);
        const how = settled(d);
        const isSelected = key === selected;
        return (
          <li
            key={key}
            role="option"
            data-key={key}
            aria-selected={isSelected}
            tabIndex={isSelected || (selected === null && d === disagreements[0]) ? 0 : -1}
            className={`disagreement-item${how ? ' settled' : ''}`}
            onClick={() => onSelect(key)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(key);
              }
            }}
          >
            <div className="item-head">
              <span className="item-title">{d.title}</span>
              <span className="item-length">{formatCount(d.end - d.start)} chars</span>
            </div>
            <q className="item-text">{d.text}</q>
            <div className="item-who">
              {d.codedBy.map((c) => (
                <span key={c} className="who yes" title={`${c} coded it`}>
                  ✓ {c}
                </span>
              ))}
              {d.notCodedBy.map((c) => (
                <span key={c} className="who no" title={`${c} did not`}>
                  ✗ {c}
                </span>
              ))}
              {how && <span className="badge ok">Settled</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
