/**
 * How a producer counted character positions in a text source (refi-qda.md §4).
 *
 * The standard says "Unicode code points, from 0", but real files differ: NVivo for Windows
 * counts UTF-16 code units over the .txt as it is on disk (a CRLF is 2, the BOM is not
 * counted); ATLAS.ti and MAXQDA reportedly count a CRLF as 1. A profile names one such
 * convention; `PositionMap` turns a position in that convention into a UTF-16 index into the
 * normalised text (LF line ends, no BOM) that the model stores.
 */
export type OffsetUnit = 'utf16' | 'codepoint';

export interface OffsetProfile {
  id: OffsetProfileId;
  /** What one step of a position is: a UTF-16 code unit or a Unicode code point. */
  unit: OffsetUnit;
  /** How many positions a CRLF line break takes. */
  crlf: 1 | 2;
  /** Whether a leading byte-order mark takes position 0. */
  bomCounted: boolean;
}

export type OffsetProfileId = `${OffsetUnit}-crlf${1 | 2}${'' | '-bom'}`;

export const offsetProfiles: readonly OffsetProfile[] = (['utf16', 'codepoint'] as const).flatMap((unit) =>
  ([2, 1] as const).flatMap((crlf) =>
    [false, true].map((bomCounted): OffsetProfile => ({
      id: `${unit}-crlf${crlf}${bomCounted ? '-bom' : ''}`,
      unit,
      crlf,
      bomCounted,
    })),
  ),
);

export function offsetProfile(id: OffsetProfileId): OffsetProfile {
  const p = offsetProfiles.find((x) => x.id === id);
  if (!p) throw new RangeError(`Unknown offset profile ${id}`);
  return p;
}

/** How the positions of one imported file were read, for the import report. */
export interface OffsetProfileChoice {
  profile: OffsetProfileId;
  /**
   * 'evidence': the profile that put most selections on their quoted text or word boundaries;
   * 'origin': no text told the profiles apart (no CRLF, emoji or BOM), so the producer's usual
   * convention was assumed — every profile gives the same positions then — or the file is
   * Coherence's own, whose convention is known;
   * 'caller': chosen by the caller.
   */
  chosenBy: 'evidence' | 'origin' | 'caller';
  /** Selections that could tell the profiles apart (on texts with CRLF, astral characters or a BOM). */
  evidence: number;
  /** Of those, how many land on their quoted text or on word boundaries under the chosen profile. */
  matched: number;
  /** The best other profile and its score, to show how clear the choice was. */
  runnerUp?: { profile: OffsetProfileId; matched: number };
}

/** The convention a producer is known (or reported) to use, from Project/@origin. */
export function originDefaultProfile(origin: string | undefined): OffsetProfileId {
  const o = (origin ?? '').toLowerCase();
  if (o.startsWith('nvivo')) return 'utf16-crlf2';
  if (o.startsWith('atlas.ti') || o.startsWith('maxqda') || o.startsWith('qualcoder')) return 'codepoint-crlf1';
  // The standard's convention, which Coherence writes (over LF text, so CRLF never arises).
  return 'codepoint-crlf2';
}

/** Where a raw text differs between conventions: surrogate pairs and CRLFs. */
interface Special {
  /** UTF-16 index in the raw text (after any BOM). */
  raw: number;
  kind: 'astral' | 'crlf';
}

/**
 * Positions in one raw text under one profile. Built once per text and profile; each
 * conversion is a binary search over the places where the conventions differ.
 */
export class PositionMap {
  /** Length of the text in the profile's positions. */
  readonly length: number;
  private readonly extStart: number[] = [];
  private readonly normStart: number[] = [];
  private readonly extWidth: number[] = [];
  private readonly normWidth: number[] = [];
  private readonly bomShift: number;

  constructor(layout: RawTextLayout, profile: OffsetProfile) {
    let extDelta = 0;
    let normDelta = 0;
    for (const s of layout.specials) {
      const ext = s.kind === 'astral' ? (profile.unit === 'utf16' ? 2 : 1) : profile.crlf;
      const norm = s.kind === 'astral' ? 2 : 1;
      this.extStart.push(s.raw - extDelta);
      this.normStart.push(s.raw - normDelta);
      this.extWidth.push(ext);
      this.normWidth.push(norm);
      extDelta += 2 - ext;
      normDelta += 2 - norm;
    }
    this.bomShift = layout.hasBom && profile.bomCounted ? 1 : 0;
    this.length = layout.rawLength - extDelta + this.bomShift;
  }

  /**
   * The normalised UTF-16 index for a position, or undefined when it lies outside the text.
   * A position inside a CRLF or a surrogate pair cannot be represented; it is moved outwards
   * (a start to before the character, an end to after it) so nothing coded is lost.
   */
  toNormalised(position: number, side: 'start' | 'end'): { index: number; moved: boolean } | undefined {
    if (!Number.isInteger(position) || position < 0 || position > this.length) return undefined;
    let e = position - this.bomShift;
    let moved = false;
    if (e < 0) {
      e = 0;
      moved = true;
    }
    let lo = 0;
    let hi = this.extStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.extStart[mid]! <= e) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return { index: e, moved };
    const off = e - this.extStart[k]!;
    const nStart = this.normStart[k]!;
    if (off === 0) return { index: nStart, moved };
    if (off < this.extWidth[k]!) return { index: side === 'start' ? nStart : nStart + this.normWidth[k]!, moved: true };
    return { index: nStart + this.normWidth[k]! + (off - this.extWidth[k]!), moved };
  }
}

/** The facts about a raw decoded text that the profiles disagree on. */
export class RawTextLayout {
  readonly hasBom: boolean;
  /** Length in UTF-16 units after the BOM. */
  readonly rawLength: number;
  readonly specials: Special[] = [];

  constructor(raw: string) {
    this.hasBom = raw.charCodeAt(0) === 0xfeff;
    const start = this.hasBom ? 1 : 0;
    this.rawLength = raw.length - start;
    for (let i = start; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
        this.specials.push({ raw: i - start, kind: 'crlf' });
        i++;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const d = raw.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.specials.push({ raw: i - start, kind: 'astral' });
          i++;
        }
      }
    }
  }

  /** True when every profile gives the same positions on this text. */
  get isUnambiguous(): boolean {
    return !this.hasBom && this.specials.length === 0;
  }
}
