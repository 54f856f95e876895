/**
 * What a file's first bytes say it is, whatever its name claims. Researchers rename files,
 * e-mail clients mangle extensions, and "Save as" dialogs pick odd defaults, so the reader
 * trusts the content and uses the extension only to choose among text formats.
 */
import { isZipSignature } from '../files/zipArchive';

export type ContentKind =
  | 'pdf'
  | 'zip'
  | 'ole2'
  | 'rtf'
  | 'image'
  | 'audio'
  | 'video'
  | 'html'
  | 'text';

export function sniffContent(bytes: Uint8Array): ContentKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (at: number, s: string) => [...s].every((c, i) => bytes[at + i] === c.charCodeAt(0));

  if (ascii(0, '%PDF-')) return 'pdf';
  if (isZipSignature(bytes)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole2';
  if (ascii(0, '{\\rtf')) return 'rtf';
  if (
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(0xff, 0xd8, 0xff) || // JPEG
    ascii(0, 'GIF8') ||
    starts(0x49, 0x49, 0x2a, 0x00) || // TIFF
    starts(0x4d, 0x4d, 0x00, 0x2a) ||
    (ascii(0, 'RIFF') && ascii(8, 'WEBP'))
  ) {
    return 'image';
  }
  if (ascii(0, 'ID3') || starts(0xff, 0xfb) || starts(0xff, 0xf3) || ascii(0, 'OggS') || ascii(0, 'fLaC') || (ascii(0, 'RIFF') && ascii(8, 'WAVE'))) {
    return 'audio';
  }
  if (ascii(4, 'ftyp')) return ascii(8, 'M4A ') ? 'audio' : 'video';
  if (starts(0x1a, 0x45, 0xdf, 0xa3)) return 'video'; // Matroska / WebM
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}

/** `<!DOCTYPE html` or `<html` at the start, after any BOM and blanks. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** A plain-language name for what the content looks like, for error messages. */
export function describeKind(kind: ContentKind): string {
  switch (kind) {
    case 'pdf':
      return 'a PDF';
    case 'zip':
      return 'a zip archive';
    case 'ole2':
      return 'an old-style (97–2003) Office file';
    case 'rtf':
      return 'an RTF document';
    case 'image':
      return 'an image';
    case 'audio':
      return 'an audio recording';
    case 'video':
      return 'a video';
    case 'html':
      return 'a web page (HTML)';
    case 'text':
      return 'plain text';
  }
}
