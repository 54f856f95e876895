import { AppError } from '../../model/errors';

/**
 * REFI-QDA files are UTF-8 throughout (the XML by §5.1, the .txt sources by §9). A file that
 * is not is refused with the place of the first bad byte, so the researcher (or the other
 * program's support desk) can find it. A UTF-16 file with a byte-order mark is read as such:
 * it is unambiguous, and some Windows tools save "Unicode" text that way.
 *
 * The BOM is kept in the result: whether a .txt starts with one matters for positions.
 */
export function decodeUtf8Part(bytes: Uint8Array, fileName: string, part: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', fileName, part);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', fileName, part);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = lineOf(bytes, at);
    throw new AppError(
      'bad-file',
      `${describePart(fileName, part)} is not valid UTF-8 text: the bytes at line ${line} (byte ${at}) are not a character. ` +
        'The file may be damaged, or the program that wrote it used another encoding.',
      { fileName, part, byteOffset: at, line },
    );
  }
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', fileName: string, part: string): string {
  try {
    // Keep the BOM as U+FEFF, like the UTF-8 path does.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError('bad-file', `${describePart(fileName, part)} starts like UTF-16 text but is not valid UTF-16; it may be damaged.`, { fileName, part });
  }
}

/** "sources/x.txt in study.qdpx", or just the file name when the part is the file itself. */
export function describePart(fileName: string, part: string): string {
  return part === fileName || part === '' ? fileName : `"${part}" in ${fileName}`;
}

/**
 * Offset of the first byte that cannot start or continue a character. A streaming decoder
 * only complains about complete bad sequences, so prefixes can be tested by binary search.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prefixIsValid(bytes, mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  // `lo` is the byte that made the text invalid; if it cut short a character begun just
  // before, that character's first byte is where the damage starts.
  for (let j = lo - 1; j >= Math.max(0, lo - 3); j--) {
    const b = bytes[j]!;
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return j + length > lo ? j : lo;
    }
  }
  return lo;
}

function prefixIsValid(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
