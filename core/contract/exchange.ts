import { z } from 'zod';
import type { ExportReport, ImportReport } from '../exchange/refi/reports';
import type { OffsetProfileId } from '../exchange/refi/offsetProfiles';
import type { MergeOutcome } from '../merge/mergeTypes';
import type { ProjectInfo } from '../model/types';
import { method } from './method';
import { importSource } from './shared';

/**
 * Exchange with other programs (REFI-QDA .qdpx projects and .qdc codebooks) and between coders
 * (merging a coder's copy of the project). Every report lists what could not be carried over
 * and why, as the REFI-QDA standard asks.
 */
const filePath = z.string().trim().min(1, 'a file path is required');

/** How another program counted character positions (see core/exchange/refi/offsetProfiles.ts). */
const offsetProfileIds = [
  'utf16-crlf2',
  'utf16-crlf2-bom',
  'utf16-crlf1',
  'utf16-crlf1-bom',
  'codepoint-crlf2',
  'codepoint-crlf2-bom',
  'codepoint-crlf1',
  'codepoint-crlf1-bom',
] as const satisfies readonly OffsetProfileId[];

export interface QdpxImportResult {
  project: ProjectInfo;
  report: ImportReport;
}

export interface QdpxExport {
  fileName: string;
  /** The .qdpx archive. */
  base64: string;
  report: ExportReport;
}

export interface QdcExport {
  fileName: string;
  xml: string;
  report: ExportReport;
}

export interface QdcImportResult {
  created: number;
  updated: number;
  report: ImportReport;
}

export type { ExportReport, ImportReport, MergeOutcome };

export const exchangeContract = {
  /** Create a new project at `path` from a REFI-QDA project export (.qdpx, or a bare .qde). */
  'project.importQdpx': method<QdpxImportResult>()(
    z.object({ path: filePath, file: importSource, name: z.string().trim().min(1).optional(), offsetProfile: z.enum(offsetProfileIds).optional() }),
  ),
  /** The open project as a .qdpx archive (schema-valid, stable GUIDs), with the export report. */
  'project.exportQdpx': method<QdpxExport>()(z.object({})),
  /** Codes from a REFI-QDA codebook (.qdc): found by path and updated, or created (undoable). */
  'codebook.importQdc': method<QdcImportResult>()(z.object({ file: importSource })),
  'codebook.exportQdc': method<QdcExport>()(z.object({})),
  /**
   * Bring another Coherence project (a coder's copy) into the open one. `dryRun` only reports
   * what would be added, what matches and what conflicts; a merge with a blocking conflict is
   * refused; a merge is one transaction and one undoable action.
   */
  'project.merge': method<MergeOutcome>()(z.object({ path: filePath, dryRun: z.boolean().default(false) })),
};
