import { AppError } from '../model/errors';
import type { Attribute, AttributeType } from '../model/participantTypes';

/**
 * Attribute values are stored as text in one canonical form per type, so that sorting,
 * grouping and export agree: numbers as plain decimals ("42", "3.5"), dates as yyyy-mm-dd,
 * categories spelled exactly as one of the allowed values.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The canonical date for yyyy-mm-dd, yyyy/mm/dd or an ISO date-time; null if it is none of those. */
export function canonicalDate(raw: string): string | null {
  const text = raw.trim().replace(/\//g, '-').replace(/T.*$/, '');
  const m = isoDate.exec(text);
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function canonicalNumber(raw: string): string | null {
  const text = raw.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? String(n) : null;
}

/** Whether every one of these values reads as the type (used to guess a column's type). */
export function fitsType(values: readonly string[], type: AttributeType): boolean {
  if (type === 'number') return values.every((v) => canonicalNumber(v) !== null);
  if (type === 'date') return values.every((v) => canonicalDate(v) !== null);
  return true;
}

/** The value as stored, or an AppError saying (in words) why it does not fit. */
export function canonicalValue(attribute: Pick<Attribute, 'name' | 'type' | 'allowedValues'>, raw: string): string {
  const text = raw.trim();
  switch (attribute.type) {
    case 'text':
      return text;
    case 'number': {
      const n = canonicalNumber(text);
      if (n === null) throw new AppError('invalid-args', `"${raw}" is not a number (attribute ${attribute.name}).`);
      return n;
    }
    case 'date': {
      const d = canonicalDate(text);
      if (d === null) throw new AppError('invalid-args', `"${raw}" is not a date written yyyy-mm-dd (attribute ${attribute.name}).`);
      return d;
    }
    case 'category': {
      const match = attribute.allowedValues.find((v) => v.toLocaleLowerCase() === text.toLocaleLowerCase());
      if (match === undefined) {
        throw new AppError('invalid-args', `"${raw}" is not one of the values of ${attribute.name} (${attribute.allowedValues.join(', ')}).`);
      }
      return match;
    }
  }
}
