/**
 * Offsets into a document's stored text.
 *
 * Coherence stores every position as a UTF-16 code unit index (what the DOM and Lexical use),
 * half-open [start, end), over the stored text (LF line ends, no BOM). The CLI and REFI-QDA
 * speak Unicode code points, so positions are converted at those boundaries with a
 * CodePointMap built once per text: a sorted list of the astral characters (the only places
 * where the two units differ), so each conversion is a binary search, not a scan.
 */
export class CodePointMap {
  /** UTF-16 index of each astral character (a surrogate pair), ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astral.length;
  }

  /** Number of astral characters that start before UTF-16 index u. */
  private astralBefore(u: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when u falls between the two halves of a surrogate pair. */
  splitsPair(u: number): boolean {
    const k = this.astralBefore(u);
    return k > 0 && this.astral[k - 1]! === u - 1;
  }

  toCodePoint(u: number): number {
    if (!Number.isInteger(u) || u < 0 || u > this.utf16Length) {
      throw new RangeError(`UTF-16 offset ${u} is outside the text (0..${this.utf16Length})`);
    }
    if (this.splitsPair(u)) throw new RangeError(`UTF-16 offset ${u} splits a character in two`);
    return u - this.astralBefore(u);
  }

  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.codePointLength) {
      throw new RangeError(`Code point offset ${cp} is outside the text (0..${this.codePointLength})`);
    }
    // The k-th astral character sits at code point astral[k] - k; find how many start before cp.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }
}

/** Line ends as researchers' files have them (CRLF, lone CR) made LF; a leading BOM dropped. */
export function normaliseText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.indexOf('\r') === -1 ? noBom : noBom.replace(/\r\n?/g, '\n');
}
