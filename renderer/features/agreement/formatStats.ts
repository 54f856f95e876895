/**
 * How the report writes its numbers: coefficients to three decimals with a true minus sign,
 * shares as percentages to one decimal, counts with thousands separators, and "n/a" where a
 * value is not defined (a code nobody used is not applicable, never 1).
 */
import { formatCount } from '../../../core/model/wording';

export const notApplicable = 'n/a';

function signed(text: string): string {
  if (/^-0\.0+$/.test(text)) return text.slice(1);
  return text.replace('-', '−');
}

export function formatCoefficient(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? notApplicable : signed(value.toFixed(digits));
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? notApplicable : `${signed((value * 100).toFixed(digits))}%`;
}

export function formatInterval(interval: readonly [number, number] | null | undefined): string {
  return interval ? `${formatCoefficient(interval[0])} – ${formatCoefficient(interval[1])}` : '—';
}

/** Number words for small counts, as the report's sentences use them. */
export function countWords(n: number, singular: string, plural = `${singular}s`): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return `${n <= 10 ? words[n]! : formatCount(n)} ${n === 1 ? singular : plural}`;
}
