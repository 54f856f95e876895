/** Codebook statistics, coded segments (retrieval) and memos, as the API hands them out. */
import type { RealistRole } from './types';

export interface CodeStats {
  codeId: number;
  /** Codings of this code itself. */
  codings: number;
  /** Documents with at least one coding of this code. */
  documents: number;
  /** coderId -> codings. */
  byCoder: Record<number, number>;
  /** coderId -> documents with at least one of their codings of this code. */
  documentsByCoder: Record<number, number>;
  /** The same, counting the code's descendants too (a framework's total). */
  withChildren: { codings: number; documents: number };
}

/** What deleting a code would take with it, to say before asking. */
export interface CodeDeletionImpact {
  codes: number;
  codings: number;
  documents: number;
  memos: number;
  /** Links from realist configuration elements to the codings that would go. */
  evidence: number;
}

/** One coded passage, with where it is and who said it (retrieval, exports, framework cells). */
export interface CodedSegment {
  codingId: number;
  documentId: number;
  documentTitle: string;
  /** The participant who was speaking at the start of the passage, when known. */
  participant: { id: number; name: string } | null;
  speaker: string | null;
  coderId: number;
  coderInitials: string;
  codeId: number;
  codePath: string;
  start: number;
  end: number;
  text: string;
  /** A little text either side, for reading the passage in context. */
  before: string;
  after: string;
  memo: string | null;
  /** Realist tag of the passage (context, mechanism, outcome), if any. */
  realistRole: RealistRole | null;
}

export type MemoTarget =
  | { kind: 'project' }
  | { kind: 'document' | 'participant' | 'code' | 'coding'; id: number };

export interface Memo {
  id: number;
  target: MemoTarget;
  /** What the memo is about, in words ("Code Trust", "Client interview 01"). */
  targetLabel: string;
  title: string;
  body: string;
  authorId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface CsvExport {
  /** A suggested file name. */
  fileName: string;
  csv: string;
}

export interface CodebookImportResult {
  created: number;
  updated: number;
}

export interface CodingsImportResult {
  imported: number;
  codesCreated: string[];
}
