import type { Attribute, Participant } from '../../../core/model/participantTypes';
import type { DocumentFilter } from './documentFilters';

/** The filters beyond the text box: coded status, participant, an attribute's value, length. */
export function DocumentFilterPanel({
  filter,
  onChange,
  attributes,
  participants,
}: {
  filter: DocumentFilter;
  onChange: (f: DocumentFilter) => void;
  attributes: Attribute[];
  participants: Participant[];
}) {
  const attribute = filter.attribute ? attributes.find((a) => a.id === filter.attribute!.id) : undefined;
  const words = (v: string) => (v.trim() === '' || Number.isNaN(Number(v)) ? null : Math.max(0, Math.round(Number(v))));
  return (
    <div className="filter-panel" role="group" aria-label="Document filters">
      <label>
        <span>Coding</span>
        <select value={filter.coded} onChange={(e) => onChange({ ...filter, coded: e.target.value as DocumentFilter['coded'] })}>
          <option value="all">Coded or not</option>
          <option value="coded">Coded</option>
          <option value="uncoded">Not coded yet</option>
        </select>
      </label>
      <label>
        <span>Participant</span>
        <select value={filter.participantId ?? ''} onChange={(e) => onChange({ ...filter, participantId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Anyone</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Attribute</span>
        <select
          value={filter.attribute?.id ?? ''}
          onChange={(e) => onChange({ ...filter, attribute: e.target.value ? { id: Number(e.target.value), value: '' } : null })}
        >
          <option value="">Any</option>
          {(['document', 'participant'] as const).map((scope) => {
            const list = attributes.filter((a) => a.scope === scope);
            if (list.length === 0) return null;
            return (
              <optgroup key={scope} label={scope === 'document' ? 'Document attributes' : "Participants' attributes"}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      {attribute && (
        <label>
          <span>{attribute.name} is</span>
          {attribute.type === 'category' ? (
            <select value={filter.attribute!.value} onChange={(e) => onChange({ ...filter, attribute: { id: attribute.id, value: e.target.value } })}>
              <option value="">(no value)</option>
              {attribute.allowedValues.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          ) : (
            <input
              type={attribute.type === 'date' ? 'date' : attribute.type === 'number' ? 'number' : 'text'}
              value={filter.attribute!.value}
              placeholder={attribute.type === 'text' ? 'contains…' : ''}
              onChange={(e) => onChange({ ...filter, attribute: { id: attribute.id, value: e.target.value } })}
            />
          )}
        </label>
      )}
      <div className="words-range">
        <span>Words</span>
        <input type="number" min={0} aria-label="At least this many words" placeholder="min" value={filter.minWords ?? ''} onChange={(e) => onChange({ ...filter, minWords: words(e.target.value) })} />
        <span aria-hidden="true">–</span>
        <input type="number" min={0} aria-label="At most this many words" placeholder="max" value={filter.maxWords ?? ''} onChange={(e) => onChange({ ...filter, maxWords: words(e.target.value) })} />
      </div>
    </div>
  );
}
