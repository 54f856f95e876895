import { decodeHTMLStrict } from 'entities';
import { AppError } from '../model/errors';
import { normaliseText } from '../model/offsets';
import { openZipArchive, type ZipArchive } from '../files/zipArchive';
import { decodeText } from './decodeText';
import { readDocx } from './formats/docx';
import { htmlToText } from './formats/htmlText';
import { identifyZipDocument, type ZipDocumentKind } from './formats/officeZip';
import { readOdt } from './formats/odt';
import { readPdf } from './formats/pdf';
import { readRtf } from './formats/rtf';
import { readSubtitles } from './formats/subtitles';
import { chooseReader, extensionOf, refuseKnownNonTranscripts, type Reader } from './route';
import { sniffContent } from './sniff';
import { detectTurns } from './turns/detectTurns';
import { summariseTurns } from './turns/summary';
import type { DocumentFormat, DocumentMetadata, ParsedDocument, ReadOptions, TurnDetection, TurnPreview } from './types';

/** Files larger than this are refused before their content is looked at. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/** Refuse a file by its size alone (callers can check a file's size before reading it). */
export function checkDocumentSize(fileName: string, size: number, maxBytes = MAX_DOCUMENT_BYTES): void {
  if (size > maxBytes) {
    throw new AppError('file-too-large', `${fileName} is ${formatSize(size)}; Coherence imports transcripts up to ${formatSize(maxBytes)}.`);
  }
}

function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Read a transcript file into the text Coherence stores (LF line ends, no BOM, exactly what the
 * researcher will see and code) and its speaker turns. The content decides how the file is
 * read; the name only chooses among text formats. Throws AppError with a plain-language reason.
 */
export async function readDocument(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedDocument> {
  checkDocumentSize(fileName, bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new AppError('bad-file', `${fileName} is empty.`);
  const ext = extensionOf(fileName);
  refuseKnownNonTranscripts(fileName, ext);
  const kind = sniffContent(bytes);

  let archive: ZipArchive | undefined;
  let zipKind: ZipDocumentKind | undefined;
  try {
    if (kind === 'zip') {
      archive = await openZipArchive(bytes, fileName, options.zipLimits);
      zipKind = await identifyZipDocument(archive);
    }
    const reader = chooseReader(fileName, ext, kind, zipKind);
    const read = await runReader(reader, fileName, bytes, archive);
    const warnings = [...read.warnings];
    const metadata: DocumentMetadata = { ...read.metadata };
    if (!readerMatchesExtension(reader, ext)) {
      metadata.detectedByContent = true;
      warnings.push(`${fileName} was read as ${read.format.toUpperCase()} because that is what it contains, whatever its name says.`);
    }
    const text = normaliseText(read.text);
    // Turns a format carries are kept when the user asked for automatic detection (and the
    // text they point into came through normalisation unchanged).
    const carried = read.turns && text === read.text && (options.turns ?? 'auto') === 'auto' ? read.turns : undefined;
    const detection = carried ?? detectTurns(text, options.turns ?? 'auto');
    return { text, format: read.format, turns: detection.turns, timeMarks: detection.timeMarks, turnPreview: preview(detection), warnings, metadata };
  } finally {
    archive?.close();
  }
}

interface ReaderResult {
  text: string;
  format: DocumentFormat;
  warnings: string[];
  metadata: DocumentMetadata;
  /** Turns the format itself carries (subtitle cues); others are detected from the text. */
  turns?: TurnDetection;
}

async function runReader(reader: Reader, fileName: string, bytes: Uint8Array, archive: ZipArchive | undefined): Promise<ReaderResult> {
  switch (reader) {
    case 'text': {
      const decoded = decodeText(fileName, bytes);
      return { text: decoded.text, format: 'txt', warnings: [], metadata: { encoding: decoded.encoding } };
    }
    case 'markdown': {
      // Markdown spells some characters as HTML references (it&#39;s, &quot;): a reader sees
      // the characters, so the stored text holds them. Nothing else of Markdown is rendered.
      const decoded = decodeText(fileName, bytes);
      return { text: decodeHTMLStrict(decoded.text), format: 'md', warnings: [], metadata: { encoding: decoded.encoding } };
    }
    case 'html': {
      const decoded = decodeText(fileName, bytes);
      const { text, imageCount } = htmlToText(decoded.text, { collapseWhitespace: true });
      const warnings = imageCount > 0 ? [`${fileName}: ${imageCount} image(s) were left out; only text is imported.`] : [];
      return { text, format: 'html', warnings, metadata: { encoding: decoded.encoding } };
    }
    case 'subtitles':
    case 'multilingual-subtitles': {
      const decoded = decodeText(fileName, bytes);
      const multilingual = reader === 'multilingual-subtitles';
      const sub = readSubtitles(normaliseText(decoded.text), { multilingual });
      if (sub.cueCount === 0) throw new AppError('bad-file', `${fileName} has no subtitle cues (no "00:00:01.000 --> 00:00:04.000" timing lines).`);
      const warnings = multilingual ? [`${fileName} holds several languages per cue; each is kept as its own line.`] : [];
      const turns: TurnDetection = {
        convention: 'subtitle-cues',
        conventionLabel: 'Subtitle cues (speakers from <v Name> tags or Name: prefixes)',
        speakers: summariseTurns(sub.text, sub.turns),
        turnCount: sub.turns.length,
        timestampCount: sub.timeMarks.length,
        notes: sub.turns.length === 0 ? ['The subtitles name no speakers, so no turns were made; cue times are kept.'] : [],
        turns: sub.turns,
        timeMarks: sub.timeMarks,
      };
      const format = extensionOf(fileName) === 'vtt' || /^\uFEFF?WEBVTT/.test(decoded.text) ? 'vtt' : 'srt';
      return { text: sub.text, format, warnings, metadata: { encoding: decoded.encoding, cueCount: sub.cueCount }, turns };
    }
    case 'docx': {
      const { text, warnings } = await readDocx(fileName, bytes, archive!);
      return { text, format: 'docx', warnings, metadata: {} };
    }
    case 'odt': {
      const { text, warnings } = await readOdt(fileName, archive!);
      return { text, format: 'odt', warnings, metadata: {} };
    }
    case 'rtf':
      return { text: readRtf(fileName, bytes), format: 'rtf', warnings: [], metadata: {} };
    case 'pdf': {
      const { text, pageCount } = await readPdf(fileName, bytes);
      return { text, format: 'pdf', warnings: [], metadata: { pageCount } };
    }
  }
}

function readerMatchesExtension(reader: Reader, ext: string): boolean {
  if (ext === '') return true;
  switch (reader) {
    case 'docx':
      return ext === 'docx' || ext === 'docm';
    case 'odt':
      return ext === 'odt';
    case 'rtf':
      return ext === 'rtf';
    case 'html':
      return ext === 'html' || ext === 'htm' || ext === 'xhtml';
    case 'text':
      return ext !== 'doc';
    default:
      return true;
  }
}

function preview(d: TurnDetection): TurnPreview {
  return {
    convention: d.convention,
    conventionLabel: d.conventionLabel,
    speakers: d.speakers,
    turnCount: d.turnCount,
    timestampCount: d.timestampCount,
    notes: d.notes,
  };
}
