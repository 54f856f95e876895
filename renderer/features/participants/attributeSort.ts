import type { Attribute } from '../../../core/model/participantTypes';

/**
 * Order two attribute values as their type reads: numbers by size, dates by date (stored
 * yyyy-mm-dd), categories in their allowed order, text alphabetically. Empty values go last
 * whichever way the column is sorted.
 */
export function compareAttributeValues(attribute: Attribute, a: string | undefined, b: string | undefined, direction: 1 | -1): number {
  const emptyA = a === undefined || a === '';
  const emptyB = b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  let order: number;
  if (attribute.type === 'number') order = Number(a) - Number(b);
  else if (attribute.type === 'category') order = attribute.allowedValues.indexOf(a!) - attribute.allowedValues.indexOf(b!);
  else order = a!.localeCompare(b!, undefined, { numeric: true, sensitivity: 'base' });
  return order * direction;
}

export function compareText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
}

export const typeNames: Record<Attribute['type'], string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  category: 'Category',
};
