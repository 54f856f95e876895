import type { Attribute } from '../../../core/model/participantTypes';
import { InlineText } from '../../components/InlineText';

/** One attribute value in a table cell, edited with the control its type calls for. */
export function AttributeValueInput({
  attribute,
  value,
  label,
  onCommit,
}: {
  attribute: Attribute;
  value: string | undefined;
  label: string;
  onCommit: (value: string | null) => void;
}) {
  if (attribute.type === 'category') {
    const known = value === undefined || attribute.allowedValues.includes(value);
    return (
      <select className="cell-input" aria-label={label} value={value ?? ''} onChange={(e) => onCommit(e.target.value || null)}>
        <option value="">—</option>
        {!known && <option value={value}>{value} (not allowed)</option>}
        {attribute.allowedValues.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  return <InlineText label={label} type={attribute.type} value={value ?? ''} onCommit={onCommit} className={`type-${attribute.type}`} />;
}
