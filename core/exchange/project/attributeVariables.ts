import { canonicalDate } from '../../attributes/attributeValues';
import type { AttributeScope, AttributeType } from '../../model/participantTypes';
import type { ExchangeVariableValue, VariableType } from '../refi/model';

/**
 * Coherence attributes and REFI-QDA variables. REFI types are richer for numbers (Integer or
 * Float) and poorer for lists: a yes/no category is a Boolean, any other category travels as
 * Text with its values listed in the variable's description, and REFI variables belong to the
 * project, not to participants or documents, so the description also says which (read back
 * when a variable has no values to tell).
 */
const HINT = /^Coherence attribute of (participants|documents)(, one of:)?$/;

export interface AttributeShape {
  scope: AttributeScope;
  type: AttributeType;
  allowedValues: string[];
}

export function isYesNo(allowed: readonly string[]): boolean {
  return allowed.length > 0 && allowed.every((v) => v.toLowerCase() === 'yes' || v.toLowerCase() === 'no');
}

/** The REFI type for an attribute, given its stored values. */
export function variableTypeFor(attribute: AttributeShape, values: readonly string[]): VariableType {
  switch (attribute.type) {
    case 'text':
      return 'Text';
    case 'date':
      return 'Date';
    case 'number':
      return values.every((v) => /^[-+]?\d+$/.test(v)) ? 'Integer' : 'Float';
    case 'category':
      return isYesNo(attribute.allowedValues) ? 'Boolean' : 'Text';
  }
}

/** Whose attribute it is and, for a category (Boolean included, to keep the order of yes and no), its values. */
export function variableDescription(attribute: AttributeShape): string {
  const scope = `Coherence attribute of ${attribute.scope}s`;
  return attribute.type === 'category' ? [`${scope}, one of:`, ...attribute.allowedValues].join('\n') : scope;
}

/** A stored (canonical) value as the REFI value of its type. */
export function exchangeValue(type: VariableType, stored: string): ExchangeVariableValue['value'] {
  switch (type) {
    case 'Boolean':
      return stored.toLowerCase() === 'yes';
    case 'Integer':
    case 'Float':
      return Number(stored);
    default:
      return stored;
  }
}

/** What a variable's description says about the attribute it came from, if Coherence wrote it. */
export function readVariableHint(description: string | undefined): { scope: AttributeScope; allowedValues?: string[] } | undefined {
  if (!description) return undefined;
  const [first, ...rest] = description.split('\n');
  const m = HINT.exec(first ?? '');
  if (!m) return undefined;
  const scope: AttributeScope = m[1] === 'documents' ? 'document' : 'participant';
  const values = rest.map((v) => v.trim()).filter(Boolean);
  return m[2] && values.length ? { scope, allowedValues: values } : { scope };
}

/** The Coherence type for a REFI variable. */
export function attributeTypeFor(type: VariableType, hint: { allowedValues?: string[] } | undefined): { type: AttributeType; allowedValues: string[] } {
  switch (type) {
    case 'Boolean':
      return { type: 'category', allowedValues: hint?.allowedValues && isYesNo(hint.allowedValues) ? hint.allowedValues : ['no', 'yes'] };
    case 'Integer':
    case 'Float':
      return { type: 'number', allowedValues: [] };
    case 'Date':
    case 'DateTime':
      return { type: 'date', allowedValues: [] };
    case 'Text':
      return hint?.allowedValues ? { type: 'category', allowedValues: hint.allowedValues } : { type: 'text', allowedValues: [] };
  }
}

/**
 * A REFI value as text Coherence stores for the attribute; null for "no value". `timeDropped`
 * says a DateTime lost its time of day (Coherence dates are days).
 */
export function storedValue(type: VariableType, value: ExchangeVariableValue['value']): { text: string | null; timeDropped: boolean } {
  if (value === null) return { text: null, timeDropped: false };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no', timeDropped: false };
  if (typeof value === 'number') return { text: String(value), timeDropped: false };
  if (type === 'DateTime') {
    const day = canonicalDate(value);
    return { text: day ?? value, timeDropped: day !== null && /T\d/.test(value) && !/T00:00(:00(\.0+)?)?(Z|[+-]00:00)?$/.test(value) };
  }
  return { text: value.trim() === '' ? null : value, timeDropped: false };
}
