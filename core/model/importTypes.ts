/**
 * What the import preview and the importer say about files, and how turns are asked for.
 * (The readers' own types live in core/import/types.ts; these are the API's.)
 */

/** How to find speaker turns: guess, none at all, or the researcher's own line pattern
 * (a regular expression with a named group `speaker`, and optionally `time`). */
export type SpeakerMode = 'auto' | 'none' | { pattern: string };

export interface PreviewSpeaker {
  name: string;
  turnCount: number;
  firstLine: string;
}

export interface ImportPreviewFile {
  /** The file as the researcher named it (relative path inside a chosen folder). */
  file: string;
  status: 'ready' | 'duplicate' | 'failed';
  format?: string;
  /** Size of the file. */
  bytes?: number;
  characters?: number;
  words?: number;
  /** The first few hundred characters of the text as it will be stored. */
  excerpt?: string;
  /** The detected (or requested) turn convention, in words: "**Name:** (Markdown bold)". */
  convention?: string;
  speakers?: PreviewSpeaker[];
  turnCount?: number;
  warnings?: string[];
  /** Why the file cannot be imported, or which document it duplicates. */
  reason?: string;
  duplicateOf?: { documentId: number; title: string };
}

export interface ImportOptionsArg {
  /** For every file, unless `speakersByFile` names it. */
  speakers?: SpeakerMode;
  speakersByFile?: Record<string, SpeakerMode>;
  /** A file whose bytes are already in the project: skip it (default) or import it again. */
  duplicates?: 'skip' | 'import';
}
