/**
 * Reading transcript files: bytes in, stored text and speaker turns out. Pure functions, no
 * database: the importer stores what readDocument returns, and the import preview shows
 * detectTurns' summary so the researcher can correct the speaker pattern before importing.
 *
 * Decisions a caller should know:
 * - Text formats (.txt, .md) are stored exactly as written bar line ends and BOM; turn
 *   detection only reports offsets and never edits the text.
 * - Word, OpenDocument, RTF, PDF and HTML become paragraphs separated by a blank line; list
 *   items and table rows (cells joined by tabs) are one per line.
 * - Subtitles become one paragraph per speaker turn, written `Speaker: text`; cue times are
 *   metadata only (Turn.startMs/endMs, TimeMark). See formats/subtitles.ts.
 * - Timestamps without speaker names give time marks, not turns.
 * - CSV, JSON and spreadsheets are data, not documents, and are refused with a reason; so are
 *   legacy .doc files (save as .docx), scanned PDFs (run OCR) and recordings (transcribe).
 */
export { readDocument, checkDocumentSize, MAX_DOCUMENT_BYTES } from './readDocument';
export { detectTurns } from './turns/detectTurns';
export { summariseTurns } from './turns/summary';
export { parseTimestamp } from './turns/time';
export type {
  ConventionId,
  DocumentFormat,
  DocumentMetadata,
  ParsedDocument,
  ReadOptions,
  SpeakerSummary,
  TimeMark,
  Turn,
  TurnDetection,
  TurnMode,
  TurnPreview,
} from './types';
export { decodeText } from './decodeText';
