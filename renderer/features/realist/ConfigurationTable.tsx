import { useState, type KeyboardEvent } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import { SLOTS, type Configuration, type Slot, type TheoryVersion } from '../../../core/model/realistTypes';
import { MenuButton } from '../../components/MenuButton';
import { ElementChip } from './ElementChip';
import { SLOT_TEXT, SLOT_WORDS } from './slots';
import { StatusBadge } from './StatusBadge';
import { SupporterGroups } from './SupporterGroups';
import { cmoName, sharedWith, type RealistData } from './useRealistData';

const ALWAYS_SHOWN: readonly Slot[] = ['context', 'mechanism-reasoning', 'outcome'];

/**
 * The configurations as a table, one row each: the statement, its elements slot by slot
 * (shared ones marked ⇄ and lit together when pointed at), the evidence behind it, who
 * supports it by stakeholder group, and its status in the chosen version.
 * Keys on a statement: ↑ ↓ move, Enter edits, S sets the status, Delete deletes.
 */
export function ConfigurationTable({
  configurations,
  data,
  version,
  groupAttribute,
  onEdit,
  onStatus,
  onDelete,
}: {
  configurations: readonly Configuration[];
  data: RealistData;
  version: TheoryVersion | null;
  groupAttribute: Attribute | null;
  onEdit: (c: Configuration) => void;
  onStatus: (c: Configuration) => void;
  onDelete: (c: Configuration) => void;
}) {
  const [pointed, setPointed] = useState<number | null>(null);
  // Context, mechanism (reasoning) and outcome always have a column; the others when used, so the table fits.
  const slots = SLOTS.filter((s) => ALWAYS_SHOWN.includes(s) || configurations.some((c) => c.elements.some((e) => e.slot === s)));
  const hidden = SLOTS.filter((s) => !slots.includes(s));
  const versionName = new Map((data.versions ?? []).map((v) => [v.id, v.name]));

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, c: Configuration) => {
    const rows = [...(e.currentTarget.closest('tbody')?.querySelectorAll<HTMLButtonElement>('.cmo-statement') ?? [])];
    const at = rows.indexOf(e.currentTarget);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (e.key === 's' || e.key === 'S') {
      e.preventDefault();
      onStatus(c);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete(c);
    }
  };

  const slotCell = (c: Configuration, slot: Slot) => (
    <td key={slot} className="cmo-slot-cell">
      {c.elements
        .filter((e) => e.slot === slot)
        .map((e) => (
          <ElementChip
            key={e.elementId}
            elementId={e.elementId}
            label={e.label}
            slot={slot}
            evidenceCount={e.evidenceCount}
            sharedWith={sharedWith(data.elementById.get(e.elementId), c.id).map((u) => `${cmoName(data.numbers, u.configurationId)} (${SLOT_WORDS[u.slot]})`)}
            lit={pointed === e.elementId}
            onPoint={setPointed}
          />
        ))}
    </td>
  );

  return (
    <>
      <div className="table-wrap cmo-table-wrap">
        <table className="data-table cmo-table" aria-label="Configurations">
          <thead>
            <tr>
              <th scope="col" className="cmo-number">CMO</th>
              <th scope="col" className="cmo-statement-col">Configuration</th>
              {slots.map((s) => (
                <th scope="col" key={s} title={SLOT_TEXT[s].hint}>
                  {SLOT_TEXT[s].label}
                </th>
              ))}
              <th scope="col">Evidence{groupAttribute ? ` (by ${groupAttribute.name})` : ''}</th>
              <th scope="col">{version ? `Status in ${version.name}` : 'Status'}</th>
            </tr>
          </thead>
          <tbody>
            {configurations.map((c) => {
              const status = version ? c.versions[version.id] : undefined;
              const name = cmoName(data.numbers, c.id);
              return (
                <tr key={c.id} data-configuration-id={c.id} className={status?.status === 'refuted' ? 'refuted' : version && !status ? 'not-in-version' : undefined}>
                  <th scope="row" className="cmo-number">
                    <span>{name}</span>
                    <MenuButton
                      label="⋯"
                      caret={false}
                      className="icon-button"
                      ariaLabel={`More for ${name}`}
                      items={[
                        { label: 'Edit…', onSelect: () => onEdit(c) },
                        { label: 'Set status…', onSelect: () => onStatus(c), disabled: (data.versions ?? []).length === 0 },
                        { label: 'Delete…', onSelect: () => onDelete(c), separator: true },
                      ]}
                    />
                  </th>
                  <td className="cmo-statement-col">
                    <button type="button" className="cmo-statement" onClick={() => onEdit(c)} onKeyDown={(e) => onKey(e, c)} aria-label={`${name}: ${c.statement}`} aria-keyshortcuts="Enter S Delete">
                      {c.statement}
                    </button>
                  </td>
                  {slots.map((s) => slotCell(c, s))}
                  <td className="cmo-evidence-cell">
                    <span className="cmo-evidence-count">{c.evidenceCount === 1 ? '1 passage' : `${c.evidenceCount} passages`}</span>
                    {c.evidenceCount > 0 && <SupporterGroups supporters={c.supporters} attribute={groupAttribute} />}
                  </td>
                  <td className="cmo-status-cell">
                    {version ? (
                      <button type="button" className="cmo-status-button" onClick={() => onStatus(c)} aria-label={`Status of ${name} in ${version.name}: ${status?.status ?? 'not included'}`}>
                        {status ? <StatusBadge status={status.status} /> : <span className="muted">not in this version</span>}
                      </button>
                    ) : (
                      Object.entries(c.versions).map(([versionId, s]) => <StatusBadge key={versionId} status={s.status} prefix={`${versionName.get(Number(versionId)) ?? ''}:`} />)
                    )}
                    {status?.rationale && <p className="cmo-rationale">{status.rationale}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {hidden.length > 0 && <p className="realist-hint cmo-hidden-slots">No configuration has {hidden.map((s) => `${/^[aeiou]/.test(SLOT_WORDS[s]) ? 'an' : 'a'} ${SLOT_WORDS[s]}`).join(' or ')} yet, so the table leaves {hidden.length === 1 ? 'that column' : 'those columns'} out.</p>}
    </>
  );
}
