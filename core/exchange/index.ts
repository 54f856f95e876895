/**
 * Exchange with other QDA programs: REFI-QDA project (.qdpx, .qde) and codebook (.qdc) files,
 * read into and written from a plain exchange model. Mapping that model to and from the
 * Coherence project lives elsewhere.
 */
export type {
  Audit,
  ExchangeCase,
  ExchangeCode,
  ExchangeCodebook,
  ExchangeCodeSet,
  ExchangeCoding,
  ExchangeNote,
  ExchangeProject,
  ExchangeSelection,
  ExchangeSet,
  ExchangeSource,
  ExchangeUser,
  ExchangeVariable,
  ExchangeVariableValue,
  Guid,
  NoteAttachment,
  ReportEntry,
  VariableType,
} from './refi/model';
export type { ExportReport, ImportCounts, ImportReport } from './refi/reports';
export type { OffsetProfile, OffsetProfileChoice, OffsetProfileId } from './refi/offsetProfiles';
export { offsetProfiles } from './refi/offsetProfiles';
export type { RefiLimits } from './refi/limits';
export { canonicalGuid } from './refi/guid';
export { readQdpx, type ReadProjectOptions } from './refi/readProject';
export { readQdc } from './refi/readCodebook';
export { writeQdpx, qdpxExportReport } from './refi/writeProject';
export { writeQdc, qdcExportReport } from './refi/writeCodebook';
