/**
 * The exchange model: a REFI-QDA project (or codebook) as plain data, between the .qdpx/.qdc
 * files and the Coherence project. The reader fills it leniently from what other programs
 * write; the writer turns it into strictly valid files. Others map it to and from SQLite.
 *
 * Conventions, everywhere in the model:
 * - GUIDs are canonical: lower case, no braces ("0f8a1907-7e42-4739-8610-a676b4d1b69f").
 *   They are unique per kind of object (a code and a case may share one; see refi-qda.md §5.14).
 * - Text is normalised (LF line ends, no BOM; normaliseText in core/model/offsets.ts).
 * - Positions are UTF-16 code unit indices into that text, half-open [start, end).
 * - Dates are xsd:dateTime strings as written in the file ("2025-06-18T02:08:15Z").
 * - Optional properties are left out (undefined) when the file has no value.
 */

export type Guid = string;

/** Who made or last changed an object, and when (REFI's audit attributes). */
export interface Audit {
  creatingUser?: Guid;
  creationDateTime?: string;
  modifyingUser?: Guid;
  modifiedDateTime?: string;
}

/** One thing to tell the researcher about an import or export (data the format cannot carry). */
export interface ReportEntry {
  /** What it is, in plain words: "PDF document", "coding", "graph", "memo". */
  subject: string;
  guid?: Guid;
  /** The object's name when it has one, so the researcher can find it. */
  name?: string;
  /** Why, in plain language: "Coherence imports text documents only". */
  reason: string;
}

export interface ExchangeProject extends Audit {
  name: string;
  /** The program that produced an imported file (Project/@origin). The writer always writes Coherence. */
  origin?: string;
  /** The project memo (Project/Description). */
  description?: string;
  /** Coders. */
  users: ExchangeUser[];
  /** The codebook: top-level codes, each with its children, in display order. */
  codes: ExchangeCode[];
  /** Attribute definitions (REFI variables), declared once per project. */
  variables: ExchangeVariable[];
  /** Participants and other cases. */
  cases: ExchangeCase[];
  /** Text documents. */
  sources: ExchangeSource[];
  /** Memos; what each is attached to is on the memo. */
  notes: ExchangeNote[];
  /** Groups of codes, documents and memos. */
  sets: ExchangeSet[];
  /**
   * Export only: things the caller knows the format cannot carry (framework matrices, CMO
   * configurations, …); they head the export report.
   */
  reportOnExport?: ReportEntry[];
}

export interface ExchangeUser {
  guid: Guid;
  name?: string;
  /** Short id, usually initials (REFI User/@id, e.g. "SO"). */
  id?: string;
}

export interface ExchangeCode {
  guid: Guid;
  name: string;
  /** '#rrggbb', lower case. */
  color?: string;
  description?: string;
  /** False for folders that only group other codes. */
  isCodable: boolean;
  children: ExchangeCode[];
}

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface ExchangeVariable {
  guid: Guid;
  name: string;
  type: VariableType;
  description?: string;
}

/**
 * One attribute value of a case or document. Text → string, Boolean → boolean,
 * Integer and Float → number, Date → "YYYY-MM-DD", DateTime → xsd:dateTime string,
 * no value → null.
 */
export interface ExchangeVariableValue {
  variableGuid: Guid;
  value: string | number | boolean | null;
}

export interface ExchangeCase {
  guid: Guid;
  name?: string;
  description?: string;
  /** Codes that stand for this case (REFI Case/CodeRef). */
  codeGuids: Guid[];
  variableValues: ExchangeVariableValue[];
  /** Whole documents that belong to the case. */
  sourceGuids: Guid[];
  /** Parts of documents that belong to the case. */
  selectionGuids: Guid[];
}

export interface ExchangeSource extends Audit {
  guid: Guid;
  name: string;
  description?: string;
  /** The document's plain text, normalised. */
  text: string;
  selections: ExchangeSelection[];
  /** Codes applied to the whole document. */
  codings: ExchangeCoding[];
  /** Document attributes. */
  variableValues: ExchangeVariableValue[];
}

/** A stretch of a document's text, coded or annotated. */
export interface ExchangeSelection extends Audit {
  guid: Guid;
  /** REFI's selection name; some programs put the quoted text here. */
  name?: string;
  /** A comment on the segment (how ATLAS.ti and MAXQDA carry coding comments). */
  description?: string;
  /** UTF-16 code units into the source's text, half-open. */
  start: number;
  end: number;
  /** Empty for memo-only selections (annotations). */
  codings: ExchangeCoding[];
}

export interface ExchangeCoding {
  guid: Guid;
  codeGuid: Guid;
  creatingUser?: Guid;
  creationDateTime?: string;
}

export type NoteAttachment =
  | { kind: 'project' }
  | { kind: 'code' | 'source' | 'selection' | 'coding'; guid: Guid };

export interface ExchangeNote extends Audit {
  guid: Guid;
  name?: string;
  description?: string;
  /** The memo text, normalised. */
  text: string;
  /** What the memo is about; empty for free-standing memos and journals. */
  attachedTo: NoteAttachment[];
}

export interface ExchangeSet {
  guid: Guid;
  name: string;
  description?: string;
  codeGuids: Guid[];
  sourceGuids: Guid[];
  noteGuids: Guid[];
}

/** A codebook exchange file (.qdc): codes and code groups only. */
export interface ExchangeCodebook {
  /** The program that produced an imported file. The writer always writes Coherence. */
  origin?: string;
  codes: ExchangeCode[];
  sets: ExchangeCodeSet[];
  reportOnExport?: ReportEntry[];
}

export interface ExchangeCodeSet {
  guid: Guid;
  name: string;
  description?: string;
  codeGuids: Guid[];
}
