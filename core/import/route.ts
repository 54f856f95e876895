import { AppError } from '../model/errors';
import { describeKind, type ContentKind } from './sniff';
import { describeZipKind, type ZipDocumentKind } from './formats/officeZip';

/**
 * Which reader a file goes to, from what its content is and what its name says. The content
 * decides the family (a PDF is read as a PDF or not at all); within word-processor formats a
 * wrong extension is forgiven, because Word users rename .docx to .doc and back without a
 * second thought, but a PDF or a plain-text file dressed as a Word document is reported.
 */
export type Reader = 'text' | 'markdown' | 'html' | 'subtitles' | 'multilingual-subtitles' | 'docx' | 'odt' | 'rtf' | 'pdf';

/** What each extension promises, in a researcher's words. */
const PROMISES: Record<string, string> = {
  txt: 'a text file', text: 'a text file', md: 'a text file', markdown: 'a text file',
  vtt: 'a subtitle file', srt: 'a subtitle file', msrt: 'a subtitle file',
  html: 'a web page', htm: 'a web page', xhtml: 'a web page',
  docx: 'a Word document', docm: 'a Word document', doc: 'a Word document',
  odt: 'an OpenDocument text', rtf: 'an RTF document', pdf: 'a PDF',
};

const TEXT_READERS: Record<string, Reader> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', vtt: 'subtitles', srt: 'subtitles',
  msrt: 'multilingual-subtitles', html: 'html', htm: 'html', xhtml: 'html',
};

const WORD_PROCESSOR = new Set(['doc', 'docx', 'docm', 'odt', 'rtf']);

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Refuse, with a reason a researcher can act on, the files that are not transcripts at all. */
export function refuseKnownNonTranscripts(fileName: string, ext: string): void {
  const refuse = (what: string, advice: string) => {
    throw new AppError('unsupported-format', `${fileName} is ${what}, not a transcript document. ${advice}`);
  };
  if (ext === 'csv' || ext === 'tsv') {
    refuse('a data table (CSV)', 'Import each transcript as its own file (.docx, .odt, .txt, .vtt, ...).');
  }
  if (ext === 'json') refuse('a data file (JSON)', 'Export the transcript as text, Word (.docx) or subtitles (.vtt, .srt) and import that.');
  if (ext === 'xlsx' || ext === 'xls' || ext === 'ods') refuse('a spreadsheet', 'Save each transcript as a Word (.docx) or text file and import that.');
  if (ext === 'pptx' || ext === 'ppt' || ext === 'odp') refuse('a presentation', 'Copy its text into a Word (.docx) or text file and import that.');
}

export function chooseReader(fileName: string, ext: string, kind: ContentKind, zipKind?: ZipDocumentKind): Reader {
  // Recordings and pictures first: "is an audio recording" helps more than "cannot import .m4a".
  if (kind === 'image') {
    throw new AppError('unsupported-format', `${fileName} is an image, not a transcript. If it is a scanned page, run OCR first and import the text.`);
  }
  if (kind === 'audio' || kind === 'video') {
    throw new AppError(
      'unsupported-format',
      `${fileName} is ${describeKind(kind)}, not a transcript. Transcribe it first (for example with Zoom, Teams or Otter) and import the transcript.`,
    );
  }
  const promise = PROMISES[ext];
  if (ext !== '' && promise === undefined) {
    throw new AppError(
      'unsupported-format',
      `${fileName}: Coherence cannot import .${ext} files. It reads Word (.docx), OpenDocument (.odt), RTF, PDF, plain text (.txt, .md), subtitles (.vtt, .srt) and web pages (.html).`,
    );
  }
  const mismatch = (looksLike: string) =>
    new AppError('bad-file', `${fileName} is not ${promise ?? 'a document Coherence can read'} (it looks like ${looksLike}).`);

  switch (kind) {
    case 'pdf':
      if (ext === '' || ext === 'pdf') return 'pdf';
      throw mismatch(describeKind(kind));
    case 'zip':
      if (zipKind === 'docx' && (ext === '' || WORD_PROCESSOR.has(ext))) return 'docx';
      if (zipKind === 'odt' && (ext === '' || WORD_PROCESSOR.has(ext))) return 'odt';
      if (zipKind === 'zip' && (ext === 'docx' || ext === 'docm' || ext === 'odt')) {
        throw new AppError('bad-file', `${fileName} is damaged or is not ${promise}: it is a zip archive without the document inside.`);
      }
      throw mismatch(describeZipKind(zipKind ?? 'zip'));
    case 'ole2':
      throw legacyOffice(fileName, ext);
    case 'rtf':
      if (ext === '' || WORD_PROCESSOR.has(ext) || ext === 'txt') return 'rtf';
      throw mismatch(describeKind(kind));
    case 'html':
      if (ext === '' || ext === 'doc') return 'html';
      if (TEXT_READERS[ext]) return TEXT_READERS[ext];
      throw mismatch(describeKind(kind));
    case 'text':
      if (ext === '') return 'text';
      if (ext === 'doc') return 'text';
      if (TEXT_READERS[ext]) return TEXT_READERS[ext];
      throw mismatch(describeKind(kind));
  }
}

function legacyOffice(fileName: string, ext: string): AppError {
  if (ext === 'docx' || ext === 'docm') {
    return new AppError(
      'unsupported-format',
      `${fileName} is password-protected or is an old Word 97–2003 file with a .docx name. Remove the password, or open it in Word or LibreOffice and save it as a Word Document (.docx), then import that.`,
    );
  }
  if (ext === 'doc' || ext === '') {
    return new AppError(
      'unsupported-format',
      `${fileName} is an old Word 97–2003 document (.doc), which Coherence cannot read. Open it in Word or LibreOffice, save it as a Word Document (.docx), and import that.`,
    );
  }
  return new AppError('bad-file', `${fileName} is not ${PROMISES[ext] ?? 'a document Coherence can read'} (it looks like ${describeKind('ole2')}).`);
}
