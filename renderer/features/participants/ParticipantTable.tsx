import { useMemo, useState } from 'react';
import type { Attribute, Participant } from '../../../core/model/participantTypes';
import { useApi } from '../../api/ApiContext';
import { InlineText } from '../../components/InlineText';
import { SortHeader, type SortDirection } from '../../components/SortHeader';
import { AttributeHeader } from './AttributeHeader';
import { AttributeValueInput } from './AttributeValueInput';
import { compareAttributeValues, compareText } from './attributeSort';

type SortKey = 'name' | 'documents' | number;

/**
 * Participants as rows and their attributes as columns, every cell editable in place. Rows can
 * be ticked for deleting; columns sort by a click on their header.
 */
export function ParticipantTable({
  participants,
  attributes,
  filter,
  selected,
  onSelectedChange,
  onError,
}: {
  participants: Participant[];
  attributes: Attribute[];
  filter: string;
  selected: Set<number>;
  onSelectedChange: (ids: Set<number>) => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'asc' });
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const visible = needle
      ? participants.filter(
          (p) =>
            p.name.toLowerCase().includes(needle) ||
            Object.values(p.attributes).some((v) => v.toLowerCase().includes(needle)) ||
            p.documents.some((d) => d.title.toLowerCase().includes(needle)),
        )
      : participants;
    const dir = sort.direction === 'asc' ? 1 : -1;
    const attribute = typeof sort.key === 'number' ? attributes.find((a) => a.id === sort.key) : undefined;
    return [...visible].sort((a, b) => {
      if (attribute) return compareAttributeValues(attribute, a.attributes[attribute.id], b.attributes[attribute.id], dir) || compareText(a.name, b.name);
      if (sort.key === 'documents') return (a.documents.length - b.documents.length) * dir || compareText(a.name, b.name);
      return compareText(a.name, b.name) * dir;
    });
  }, [participants, attributes, filter, sort]);

  const run = (work: Promise<unknown>) => void work.catch((e: unknown) => onError(e as Error));
  const allTicked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const tick = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  };

  return (
    <div className="table-wrap sheet-table">
      <table className="data-table grid-table" aria-label="Participants">
        <thead>
          <tr>
            <th scope="col" className="check">
              <input
                type="checkbox"
                aria-label="Select all participants shown"
                checked={allTicked}
                onChange={(e) => onSelectedChange(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
              />
            </th>
            <SortHeader label="Name" active={sort.key === 'name'} direction={sort.direction} onSort={() => sortBy('name')} className="name-column" />
            <SortHeader label="Documents" active={sort.key === 'documents'} direction={sort.direction} onSort={() => sortBy('documents')} />
            {attributes.map((a) => (
              <AttributeHeader
                key={a.id}
                attribute={a}
                filledCount={participants.filter((p) => p.attributes[a.id]).length}
                active={sort.key === a.id}
                direction={sort.direction}
                onSort={() => sortBy(a.id)}
                onError={onError}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className={selected.has(p.id) ? 'selected' : undefined} data-participant={p.name}>
              <td className="check">
                <input type="checkbox" aria-label={`Select ${p.name}`} checked={selected.has(p.id)} onChange={(e) => tick(p.id, e.target.checked)} />
              </td>
              <td className="name-column">
                <InlineText
                  label={`Name of ${p.name}`}
                  value={p.name}
                  required
                  onCommit={(name) => name && run(api.call('participants.update', { participantId: p.id, name }))}
                />
              </td>
              <td className="documents-cell" title={p.documents.map((d) => d.title).join('\n')}>
                {p.documents.length === 0 ? (
                  <span className="muted">none</span>
                ) : (
                  <>
                    <span className="count">{p.documents.length}</span> {p.documents.map((d) => d.title).join(', ')}
                  </>
                )}
              </td>
              {attributes.map((a) => (
                <td key={a.id} className={`attribute-cell type-${a.type}`}>
                  <AttributeValueInput
                    attribute={a}
                    label={`${a.name} of ${p.name}`}
                    value={p.attributes[a.id]}
                    onCommit={(value) => run(api.call('participants.setAttribute', { participantId: p.id, attributeId: a.id, value }))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="muted empty">
          {participants.length === 0
            ? 'No participants yet. Map the speakers of your transcripts to participants, add them here, or import them from a spreadsheet.'
            : 'No participant matches the filter.'}
        </p>
      )}
    </div>
  );
}
