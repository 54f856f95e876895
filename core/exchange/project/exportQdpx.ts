import path from 'node:path';
import type { ProjectFile } from '../../../db/projectFile';
import type { ExportReport } from '../refi/reports';
import { qdpxExportReport, writeQdpx } from '../refi/writeProject';
import { projectExportLimits } from './exportReport';
import { projectToExchange } from './projectToExchange';

/**
 * The open project as a .qdpx archive, with the report of what the format could not hold:
 * Coherence's own limits first (matrices, CMO configurations, …), then what the writer's checks
 * changed.
 */
export async function exportProjectQdpx(file: ProjectFile): Promise<{ fileName: string; bytes: Uint8Array; report: ExportReport }> {
  const model = projectToExchange(file);
  const limits = projectExportLimits(file);
  model.reportOnExport = limits.notCarried;
  const bytes = await writeQdpx(model);
  const written = qdpxExportReport(model);
  return {
    fileName: `${exportBaseName(file)}.qdpx`,
    bytes,
    report: { notCarried: written.notCarried, adjusted: [...limits.adjusted, ...written.adjusted] },
  };
}

/** "Pilot study.coherence" → "Pilot study". */
export function exportBaseName(file: ProjectFile): string {
  return path.basename(file.path).replace(/\.coherence$/i, '') || 'project';
}
