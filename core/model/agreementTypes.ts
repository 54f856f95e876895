/**
 * The agreement report as the UI and the CLI see it. The engine (core/agreement) is pure
 * TypeScript with no Node APIs, so its report types are shared as they are; assignment and
 * disagreement types for the database side are defined here.
 */
export type {
  AgreementReport,
  AgreementUnit,
  BootstrapResult,
  CodeAgreement,
  DocumentAgreement,
  PairAgreement,
  PairCounts,
  TrafficLight,
} from '../agreement/types';

export interface Assignment {
  documentId: number;
  coderId: number;
  assignedAt: string;
  completedAt: string | null;
}

/** Which documents a comparison used, and why others were left out. */
export interface ComparisonScope {
  documents: { id: number; title: string; completedBy: string[] }[];
  excluded: { id: number; title: string; reason: string }[];
  /** How completion was judged: by marks, or (when nobody has marked any) by each coder having coded the document. */
  basis: 'completion marks' | 'codings present';
}

/** A passage where the coders' judgements differ, with each coder's codings there. */
export interface Disagreement {
  documentId: number;
  title: string;
  codeId: number;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  /** Initials of the coders who applied the code to this passage, and of those who did not. */
  codedBy: string[];
  notCodedBy: string[];
  /** Each coder's own codings of the code that touch the passage (to see them side by side). */
  codings: { codingId: number; coder: string; start: number; end: number }[];
}

export type Resolution =
  /** Take one coder's codings of the code in this passage. */
  | { accept: number }
  /** Take the union of these coders' codings in the passage. */
  | { merge: number[] }
  /** Write the passage as the researcher marks it. */
  | { range: { start: number; end: number } }
  /** Agree the code does not belong here: the consensus coder gets nothing in the passage. */
  | { reject: true };
