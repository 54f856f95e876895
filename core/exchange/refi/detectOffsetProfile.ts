import {
  offsetProfile,
  offsetProfiles,
  originDefaultProfile,
  PositionMap,
  type OffsetProfile,
  type OffsetProfileChoice,
  type OffsetProfileId,
  type RawTextLayout,
} from './offsetProfiles';

/**
 * Picks the offset profile of an imported project from the evidence in it (refi-qda.md §4.5).
 *
 * Only texts with a BOM, CRLFs or astral characters (emoji) can tell profiles apart; on the
 * others every profile gives the same positions. Over the selections on those texts, each
 * candidate profile is scored: selections it puts outside the text (disqualifying), selections
 * whose `name` quotes the text it slices (ATLAS.ti writes the quotation there), and selections
 * that start and end on word boundaries (people code words, not halves of words). The best
 * score wins; ties go to the producer's known convention from Project/@origin.
 */
export interface ProfileEvidence {
  layout: RawTextLayout;
  /** The normalised text (LF, no BOM) the positions will index. */
  text: string;
  selections: { start: number; end: number; name?: string }[];
}

interface Score {
  profile: OffsetProfile;
  outOfRange: number;
  nameMatches: number;
  matched: number;
}

export function detectOffsetProfile(
  origin: string | undefined,
  texts: ProfileEvidence[],
  /** A profile the caller insists on; it is still scored, for the report. */
  forced?: OffsetProfileId,
): OffsetProfileChoice {
  const fallback = offsetProfile(forced ?? originDefaultProfile(origin));
  const telling = texts.filter((t) => !t.layout.isUnambiguous && t.selections.length > 0);
  const evidence = telling.reduce((n, t) => n + t.selections.length, 0);
  if (forced) {
    const matched = evidence ? score(fallback, telling).matched : 0;
    return { profile: forced, chosenBy: 'caller', evidence, matched };
  }
  if (evidence === 0) return { profile: fallback.id, chosenBy: 'origin', evidence: 0, matched: 0 };
  // Coherence's own files are known to count code points; character-precise codings that
  // do not sit on word boundaries must not talk the detector out of that.
  if (/^Coherence\b/.test(origin ?? '')) {
    return { profile: fallback.id, chosenBy: 'origin', evidence, matched: score(fallback, telling).matched };
  }

  const scores = candidates(fallback, telling).map((p) => score(p, telling));
  scores.sort((a, b) => compare(a, b, fallback.id));
  const best = scores[0]!;
  const runner = scores[1];
  const choice: OffsetProfileChoice = { profile: best.profile.id, chosenBy: 'evidence', evidence, matched: best.matched };
  if (runner) choice.runnerUp = { profile: runner.profile.id, matched: runner.matched };
  return choice;
}

/**
 * Profiles that differ only where the texts do not (say, BOM counting when no text has a BOM)
 * give identical positions; keep one of each, filled in from the producer's convention.
 */
function candidates(fallback: OffsetProfile, texts: ProfileEvidence[]): OffsetProfile[] {
  const anyBom = texts.some((t) => t.layout.hasBom);
  const anyCrlf = texts.some((t) => t.layout.specials.some((s) => s.kind === 'crlf'));
  const anyAstral = texts.some((t) => t.layout.specials.some((s) => s.kind === 'astral'));
  return offsetProfiles.filter(
    (p) =>
      (anyAstral || p.unit === fallback.unit) &&
      (anyCrlf || p.crlf === fallback.crlf) &&
      (anyBom ? true : p.bomCounted === false),
  );
}

function compare(a: Score, b: Score, preferred: OffsetProfileId): number {
  return (
    a.outOfRange - b.outOfRange ||
    b.nameMatches - a.nameMatches ||
    b.matched - a.matched ||
    Number(b.profile.id === preferred) - Number(a.profile.id === preferred) ||
    Number(b.profile.id === 'codepoint-crlf2') - Number(a.profile.id === 'codepoint-crlf2')
  );
}

function score(profile: OffsetProfile, texts: ProfileEvidence[]): Score {
  const s: Score = { profile, outOfRange: 0, nameMatches: 0, matched: 0 };
  for (const t of texts) {
    const map = new PositionMap(t.layout, profile);
    for (const sel of t.selections) {
      const a = map.toNormalised(sel.start, 'start');
      const b = map.toNormalised(sel.end, 'end');
      if (!a || !b || a.index > b.index) {
        s.outOfRange++;
        continue;
      }
      const quote = quotedText(sel.name);
      if (quote !== undefined && slicesQuote(t.text, a.index, b.index, quote)) {
        s.nameMatches++;
        s.matched++;
      } else if (!a.moved && !b.moved && isWordBoundary(t.text, a.index) && isWordBoundary(t.text, b.index)) {
        s.matched++;
      }
    }
  }
  return s;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A selection name that may quote the coded text ("I did try the gluten free bread, but…"). */
function quotedText(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const q = collapse(name).replace(/(…|\.\.\.)$/, '').trimEnd();
  return q.length >= 3 ? q : undefined;
}

function slicesQuote(text: string, start: number, end: number, quote: string): boolean {
  // Enough of the slice to cover the quote even after whitespace runs collapse.
  const slice = collapse(text.slice(start, Math.min(end, start + quote.length * 4 + 64)));
  return slice.startsWith(quote);
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return String.fromCodePoint(text.codePointAt(pair ? i - 2 : i - 1)!);
}

export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return !WORD.test(codePointBefore(text, i)) || !WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}
