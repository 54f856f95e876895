import type { CodeAgreement } from '../../../core/model/agreementTypes';
import type { SortDirection } from '../../components/SortHeader';

/** A column of the report table to sort by; coverage columns are per coder. */
export type ReportSortKey = 'codebook' | 'code' | 'alpha' | 'ci' | 'percentAgreement' | 'positiveAgreement' | 'share' | `coverage:${string}`;

export interface ReportSort {
  key: ReportSortKey;
  direction: SortDirection;
}

function value(code: CodeAgreement, key: ReportSortKey): number | string | null {
  switch (key) {
    case 'codebook':
      return null;
    case 'code':
      return code.code.toLowerCase();
    case 'alpha':
      return code.alpha;
    case 'ci':
      return code.ci95 ? code.ci95[0] : null;
    case 'percentAgreement':
      return code.percentAgreement;
    case 'positiveAgreement':
      return code.positiveAgreement;
    case 'share':
      return code.share;
    default:
      return code.coverage[key.slice('coverage:'.length)] ?? null;
  }
}

/** Sorted rows; codes without a value ("n/a") always go last, whichever way the column runs. */
export function sortCodes(codes: readonly CodeAgreement[], sort: ReportSort): CodeAgreement[] {
  if (sort.key === 'codebook') return sort.direction === 'asc' ? [...codes] : [...codes].reverse();
  const dir = sort.direction === 'asc' ? 1 : -1;
  const indexed = codes.map((code, i) => ({ code, i, v: value(code, sort.key) }));
  indexed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c = typeof a.v === 'string' ? a.v.localeCompare(String(b.v)) : a.v - (b.v as number);
    return c * dir || a.i - b.i;
  });
  return indexed.map((x) => x.code);
}

/** Click a column once: its natural way (numbers from low to high, so weak codes come first). */
export function nextSort(current: ReportSort, key: ReportSortKey): ReportSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}
