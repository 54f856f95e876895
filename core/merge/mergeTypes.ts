/**
 * What merging another Coherence project (a coder's copy) into the open one would do, or did.
 * Browser-safe plain data: the merge dialog shows it before anything is written.
 */
export type MergeKind =
  | 'documents'
  | 'codes'
  | 'coders'
  | 'participants'
  | 'attributes'
  | 'attributeValues'
  | 'sets'
  | 'codings'
  | 'memos'
  | 'assignments';

export interface MergeTally {
  /** New in this project. */
  added: number;
  /** Already here (the same document, code, coder, coding, …). */
  matched: number;
  /** Here already, and completed from the other project (an empty value filled, a document marked complete). */
  updated: number;
}

export interface MergeConflict {
  kind: 'coder' | 'code' | 'participant' | 'attribute' | 'attribute value' | 'document' | 'memo';
  /** What it is about: "coder SO", "code Realist/Context". */
  subject: string;
  /** The difference, in plain words, and what the merge does about it. */
  detail: string;
  /** True when the merge cannot go ahead until it is resolved (nothing is written). */
  blocking: boolean;
}

export interface MergePlan {
  other: {
    path: string;
    name: string;
    /** Whether the other file is a copy of this project (the same project identity). */
    sameProject: boolean;
  };
  tallies: Record<MergeKind, MergeTally>;
  /** Names of what would be (or was) added, to show: documents, codes (paths), coders, … */
  added: { documents: string[]; codes: string[]; coders: string[]; participants: string[]; attributes: string[]; sets: string[] };
  /** Differences found, blocking ones first. */
  conflicts: MergeConflict[];
  /** What the other project holds that a merge does not bring over. */
  notCarried: { subject: string; reason: string }[];
  /** No blocking conflict. */
  canMerge: boolean;
}

export interface MergeOutcome extends MergePlan {
  /** False for a dry run (nothing written). */
  merged: boolean;
}
