import { AppError } from '../model/errors';
import { decodeWindows1252 } from './windows1252';

/**
 * Bytes of a plain-text file to a string, the way people's files actually arrive: UTF-8 (with
 * or without a byte-order mark), UTF-16 from Windows "Unicode" saves, or, when the bytes are
 * not valid UTF-8, the Windows Western code page that older Word and Notepad exports use.
 * Line ends and the BOM are left for normaliseText.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict(fileName, bytes.subarray(3), 'utf-8'), encoding: 'utf-8 (BOM)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrict(fileName, bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrict(fileName, bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeStrict(fileName, bytes, utf16), encoding: utf16 };
  if (looksBinary(bytes)) throw notText(fileName);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: every byte is a character in windows-1252, so this cannot fail.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decodeStrict(fileName: string, bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad-file', `${fileName} looks like ${label.toUpperCase()} text but is not valid ${label.toUpperCase()}; it may be damaged.`);
  }
}

export function notText(fileName: string): AppError {
  return new AppError('bad-file', `${fileName} is not a text file (it contains binary data).`);
}

const SAMPLE = 8192;

/**
 * Text has no NUL bytes and few control characters; programs, images and archives have many.
 * Only the start of the file is looked at, which is enough for every binary format we know.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control > n * 0.02;
}

/**
 * UTF-16 saved without a BOM: in Latin, Greek, Cyrillic or Hebrew text every other byte is 0.
 * Requiring most of the sample's high (or low) bytes to be zero, and none of the others, keeps
 * binary files out.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return null;
}
