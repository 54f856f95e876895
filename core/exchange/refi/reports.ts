import type { ReportEntry } from './model';
import type { OffsetProfileChoice } from './offsetProfiles';

/**
 * What an import or export could not carry over, for the data-loss report the standard asks
 * for (REFI-QDA §7: "show which elements are discarded, in as much detail as possible").
 */
export interface ImportReport {
  fileName: string;
  /** Project/@origin (or CodeBook/@origin): the program that wrote the file. */
  origin?: string;
  /** How the file's character positions were read (projects only). */
  offsets?: OffsetProfileChoice;
  counts: ImportCounts;
  /** In the file but not in the model. */
  notCarried: ReportEntry[];
  /** Carried over, but changed on the way in (a name made up, a position moved, …). */
  adjusted: ReportEntry[];
}

export interface ImportCounts {
  users: number;
  codes: number;
  variables: number;
  cases: number;
  sources: number;
  selections: number;
  codings: number;
  notes: number;
  sets: number;
}

export interface ExportReport {
  /** In the project but not in the file: the caller's reportOnExport first. */
  notCarried: ReportEntry[];
  /** Written, but changed (a colour dropped, a value written as text, …). */
  adjusted: ReportEntry[];
}

/** Collects report entries while a file is read or written. */
export class ReportCollector {
  readonly notCarried: ReportEntry[] = [];
  readonly adjusted: ReportEntry[] = [];

  drop(subject: string, reason: string, what: { guid?: string; name?: string } = {}): void {
    this.notCarried.push(entry(subject, reason, what));
  }

  adjust(subject: string, reason: string, what: { guid?: string; name?: string } = {}): void {
    this.adjusted.push(entry(subject, reason, what));
  }
}

function entry(subject: string, reason: string, what: { guid?: string; name?: string }): ReportEntry {
  const e: ReportEntry = { subject, reason };
  if (what.guid) e.guid = what.guid;
  if (what.name) e.name = what.name;
  return e;
}

/** Repeated reasons counted once: "a PDF document (2); a selection not in the file". */
export function summariseReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => (n > 1 ? `${r} (${n})` : r)).join('; ');
}
