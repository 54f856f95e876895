/**
 * What reading a transcript file yields. Plain data (numbers, strings, arrays, plain objects),
 * so it can cross the API unchanged. Every offset is a UTF-16 code unit index, half-open
 * [start, end), into `text`, the stored text exactly as the researcher will see it.
 */
import type { ZipLimits } from '../files/zipArchive';
import type { TranscriptTurn } from '../model/types';

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'odt' | 'rtf' | 'pdf' | 'vtt' | 'srt' | 'html';

/** One speaker's turn (defined with the browser-safe types, which the transcript view shares). */
export type Turn = TranscriptTurn;

/** A place in the text tied to a time in the recording. */
export interface TimeMark {
  /** Where the timed passage begins. */
  offset: number;
  startMs: number;
  endMs?: number;
  /** The timestamp as written in the text; absent when the time is known only from a subtitle cue. */
  label?: { start: number; end: number };
}

export type ConventionId =
  | 'markdown-bold'
  | 'bracket'
  | 'rev'
  | 'name-time-dash'
  | 'otter'
  | 'voice-tag'
  | 'name-colon'
  | 'timestamps'
  | 'subtitle-cues'
  | 'custom'
  | 'none';

/** How the user asks for turns: guess, none at all, or their own line pattern. */
export type TurnMode = 'auto' | 'none' | { pattern: string };

export interface SpeakerSummary {
  name: string;
  turnCount: number;
  /** The start of the speaker's first turn (up to 80 characters), to help recognise them. */
  firstLine: string;
  /** Where that first turn starts. */
  firstOffset: number;
}

/** What a UI shows before import: "we found 3 speakers: Interviewer (42 turns), ...". */
export interface TurnPreview {
  convention: ConventionId;
  /** The convention in a researcher's words, with an example (e.g. "Name: at the start of a line"). */
  conventionLabel: string;
  speakers: SpeakerSummary[];
  turnCount: number;
  timestampCount: number;
  /** Things the researcher should check (e.g. only one speaker is labelled). */
  notes: string[];
}

export interface TurnDetection extends TurnPreview {
  turns: Turn[];
  timeMarks: TimeMark[];
}

export interface DocumentMetadata {
  /** How the bytes were decoded, for text formats: 'utf-8', 'utf-8 (BOM)', 'utf-16le', 'windows-1252', ... */
  encoding?: string;
  /** PDF pages. */
  pageCount?: number;
  /** Subtitle cues read. */
  cueCount?: number;
  /** Set when the file's content, not its extension, decided how it was read. */
  detectedByContent?: boolean;
}

export interface ParsedDocument {
  text: string;
  format: DocumentFormat;
  turns: Turn[];
  timeMarks: TimeMark[];
  turnPreview: TurnPreview;
  /** Things that did not stop the import but the researcher may want to know. */
  warnings: string[];
  metadata: DocumentMetadata;
}

export interface ReadOptions {
  /** Turn detection; 'auto' when absent. */
  turns?: TurnMode;
  /** Refuse files larger than this many bytes (default MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** Limits for .docx and .odt archives (default: core/files/zipArchive's). */
  zipLimits?: ZipLimits;
}
