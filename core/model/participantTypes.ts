/** Participants (cases), their attributes, and the speakers found in documents. */

export type AttributeScope = 'participant' | 'document';
export type AttributeType = 'text' | 'number' | 'date' | 'category';

export interface Attribute {
  id: number;
  scope: AttributeScope;
  name: string;
  type: AttributeType;
  /** For category attributes: the values allowed, in order. */
  allowedValues: string[];
  sortOrder: number;
}

export interface Participant {
  id: number;
  name: string;
  description: string;
  /** attributeId -> value (canonical text: numbers as decimals, dates yyyy-mm-dd). */
  attributes: Record<number, string>;
  documents: { id: number; title: string }[];
}

/** One speaker label as found in one document, and who it is. */
export interface DocumentSpeaker {
  documentId: number;
  label: string;
  turnCount: number;
  participantId: number | null;
  notParticipant: boolean;
}

/** A speaker label across the project (the same label may appear in many documents). */
export interface SpeakerLabel {
  label: string;
  documents: (DocumentSpeaker & { title: string })[];
}

export interface SpeakerMapping {
  label: string;
  /** Only this document; omitted: every document where the label appears. */
  documentId?: number;
  /** Who the speaker is: an existing participant, a new one, not a participant, or undecided. */
  as: { participantId: number } | { newParticipant: string } | 'not-participant' | 'undecided';
}

export interface AttributeColumnPreview {
  name: string;
  inferredType: AttributeType;
  allowedValues: string[];
  /** Up to five distinct example values. */
  examples: string[];
  /** An attribute of that name exists already. */
  existing: boolean;
}

export interface AttributeTablePreview {
  file: string;
  /** The column that names the participant (or document). */
  keyColumn: string;
  columns: AttributeColumnPreview[];
  rows: number;
  matched: number;
  unmatched: { line: number; key: string }[];
  problems: { line: number; message: string }[];
}

export interface AttributeImportResult {
  updated: number;
  created: number;
  attributesCreated: string[];
  unmatched: { line: number; key: string }[];
}

export interface DocumentSet {
  id: number;
  name: string;
  documentIds: number[];
}
