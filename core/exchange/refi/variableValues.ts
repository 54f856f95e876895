import { formatXsdDecimal, isDate, isDateTime, parseXsdBoolean } from './formats';
import type { ExchangeVariableValue, VariableType } from './model';

/**
 * A model attribute value as the REFI value element its variable's type calls for. A value
 * that does not fit the type (text in an Integer attribute) is written as TextValue — the
 * schema allows any value element — so nothing is lost; the export report says so.
 */
export type ValueElement = 'TextValue' | 'BooleanValue' | 'IntegerValue' | 'FloatValue' | 'DateValue' | 'DateTimeValue';

export interface FormattedValue {
  element: ValueElement;
  text: string;
  /** True when the value did not fit the attribute's type and was written as text. */
  mismatch: boolean;
}

export function formatVariableValue(type: VariableType, value: ExchangeVariableValue['value']): FormattedValue | null {
  if (value === null) return null;
  const typed = typedText(type, value);
  if (typed !== undefined) return { element: `${type}Value`, text: typed, mismatch: false };
  return { element: 'TextValue', text: String(value), mismatch: type !== 'Text' };
}

function typedText(type: VariableType, value: string | number | boolean): string | undefined {
  switch (type) {
    case 'Text':
      return String(value);
    case 'Boolean': {
      const b = typeof value === 'boolean' ? value : parseXsdBoolean(String(value));
      return b === undefined ? undefined : String(b);
    }
    case 'Integer': {
      if (typeof value === 'number') return Number.isInteger(value) ? formatXsdDecimal(value) : undefined;
      const t = String(value).trim();
      return /^[+-]?\d+$/.test(t) ? t : undefined;
    }
    case 'Float': {
      if (typeof value === 'number') return Number.isFinite(value) ? formatXsdDecimal(value) : undefined;
      const t = String(value).trim();
      return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? t : undefined;
    }
    case 'Date': {
      const t = String(value).trim();
      return isDate(t) ? t : undefined;
    }
    case 'DateTime': {
      const t = String(value).trim();
      return isDateTime(t) ? t : undefined;
    }
  }
}
