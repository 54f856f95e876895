import type { ReportEntry } from '../refi/model';

/**
 * An import or export report as plain lines for a terminal: what was not carried over and
 * what was changed on the way, each with its reason.
 */
export function reportLines(report: { notCarried: ReportEntry[]; adjusted: ReportEntry[] }): string[] {
  const line = (e: ReportEntry) => `  - ${e.subject}${e.name ? ` "${e.name}"` : ''}: ${e.reason}`;
  const out: string[] = [];
  if (report.notCarried.length) out.push('Not carried over:', ...report.notCarried.map(line));
  if (report.adjusted.length) out.push('Changed on the way:', ...report.adjusted.map(line));
  if (out.length === 0) out.push('Everything was carried over.');
  return out;
}
