import { detectOffsetProfile } from './detectOffsetProfile';
import type { ExchangeSource } from './model';
import { offsetProfile, PositionMap, type OffsetProfileChoice, type OffsetProfileId } from './offsetProfiles';
import type { ReadContext } from './readContext';
import type { PendingSource } from './readSources';

/**
 * Turns the file's positions into model positions (UTF-16, over the normalised text) through
 * one offset profile for the whole file, chosen from the evidence in it. Selections that fall
 * outside their text (the text changed, or the file is inconsistent) are reported and left
 * out; a position inside a line break or an emoji is moved outwards and reported.
 */
export function placeSelections(
  pending: PendingSource[],
  origin: string | undefined,
  ctx: ReadContext,
  forced?: OffsetProfileId,
): { sources: ExchangeSource[]; offsets: OffsetProfileChoice } {
  const evidence = pending.map((p) => ({
    layout: p.layout,
    text: p.source.text,
    selections: p.selections.map((s) => ({ start: s.rawStart, end: s.rawEnd, name: s.selection.name })),
  }));
  const offsets = detectOffsetProfile(origin, evidence, forced);
  const profile = offsetProfile(offsets.profile);
  let moved = 0;
  for (const p of pending) {
    const map = new PositionMap(p.layout, profile);
    for (const { el, selection, rawStart, rawEnd } of p.selections) {
      const a = map.toNormalised(rawStart, 'start');
      const b = map.toNormalised(rawEnd, 'end');
      const what = { guid: selection.guid, name: selection.name };
      if (!a || !b) {
        ctx.report.drop(
          'coded segment',
          `its position ${rawStart}–${rawEnd} lies outside the text of "${p.source.name}" (${map.length} characters); ${selection.codings.length} coding(s) were not carried over`,
          what,
        );
        ctx.markDropped('selection', selection.guid, 'its position lay outside the document text');
        continue;
      }
      if (a.index > b.index) {
        ctx.report.drop('coded segment', `it ends (${rawEnd}) before it starts (${rawStart}) in "${p.source.name}"`, what);
        ctx.markDropped('selection', selection.guid, 'its positions were reversed');
        continue;
      }
      if (a.moved || b.moved) moved++;
      selection.start = a.index;
      selection.end = b.index;
      p.source.selections.push(selection);
      ctx.collectNoteRefs(el, { kind: 'selection', guid: selection.guid }, `a segment of "${p.source.name}"`);
    }
  }
  if (moved > 0) {
    ctx.report.adjust(
      'coded segment',
      `${moved} segment(s) started or ended inside a line break or an emoji; they were widened to the whole character`,
    );
  }
  return { sources: pending.map((p) => p.source), offsets };
}
