import type { DocumentSpeaker } from './participantTypes';

/**
 * The plain data that crosses the API: what the UI, the CLI and tests see. Browser-safe,
 * JSON- and structured-clone-friendly (numbers, strings, arrays, plain objects).
 * Offsets are UTF-16 code units, half-open [start, end), into a document's stored text.
 */

export interface ProjectInfo {
  path: string;
  guid: string;
  name: string;
  createdAt: string;
  counts: { documents: number; codes: number; codings: number; coders: number };
  /** Set when opening migrated the file: where the copy made beforehand is. */
  backupPath: string | null;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface Coder {
  id: number;
  name: string;
  initials: string;
}

export interface DocumentSummary {
  id: number;
  title: string;
  format: string;
  originalName: string;
  importedAt: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  words: number;
  codingCount: number;
  /** coderId -> that coder's codings in the document (for blind mode's counts). */
  codingCountByCoder: Record<number, number>;
  /** Participants in the document (mapped speakers and explicit links), by name. */
  participants: { id: number; name: string }[];
  /** attributeId -> value, for document attributes. */
  attributes: Record<number, string>;
  setIds: number[];
  /** Speaker labels found, and how many are not yet decided (participant or not). */
  speakerCount: number;
  unmappedSpeakers: number;
}

/** One speaker's turn, from its label to the next speaker's label, in UTF-16 offsets into the document's text. */
export interface TranscriptTurn {
  speaker: string;
  /** Where the turn starts: the first character of its label. */
  start: number;
  /** Where the turn ends: after its last non-blank character (trailing blank lines excluded). */
  end: number;
  /** The label as written (e.g. `**Adam:**`, `[doctor]`, `Speaker 1 (00:00):`). */
  labelStart: number;
  labelEnd: number;
  /** The first character of what was said, after the label and any blanks. */
  textStart: number;
  /** The timestamp as written beside the label, if any (e.g. "00:01:23"). */
  timestamp?: string;
  startMs?: number;
  endMs?: number;
}

export interface Coding {
  id: number;
  documentId: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
  createdAt: string;
  /** Realist role of the passage, when tagged: context, mechanism or outcome. */
  realistRole: RealistRole | null;
}

export type RealistRole = 'context' | 'mechanism' | 'outcome';

export interface DocumentView extends DocumentSummary {
  text: string;
  codings: Coding[];
  turns: TranscriptTurn[];
  speakers: DocumentSpeaker[];
  turnConvention: string;
}

export interface Code {
  id: number;
  parentId: number | null;
  name: string;
  /** '#rrggbb' */
  colour: string;
  description: string;
  /** When to apply the code. */
  inclusion: string;
  /** When not to apply it. */
  exclusion: string;
  /** A typical passage. */
  example: string;
  /** What the code captures in realist terms, if the researcher said. */
  realistRole: RealistRole | null;
  sortOrder: number;
  /** Names from the top of the tree down, joined with '/' (a '/' inside a name written '\/'). */
  path: string;
}

/** A file to import: a path the core can read, or the bytes themselves (web mode uploads). */
export type ImportSource = { path: string } | { name: string; base64: string };

export interface ImportFileResult {
  file: string;
  status: 'imported' | 'skipped' | 'failed' | 'cancelled';
  documentId?: number;
  title?: string;
  /** Why a file was skipped or failed, in plain words. */
  reason?: string;
}

export interface AppInfo {
  version: string;
  /** The desktop shell can show native open/save dialogs; a browser cannot. */
  nativeDialogs: boolean;
}

/** One entry of the activity history: what was done, by whom, when; and whether it is undone. */
export interface HistoryEntry {
  id: number;
  label: string;
  coder: string | null;
  createdAt: string;
  state: 'done' | 'undone';
}
