import { diffAssignments, diffCodings, diffMemos, diffValues, type IdMaps } from './mergeDiffs';
import type { MergeSide, SideMemo } from './mergeSide';
import type { MergeConflict, MergeKind, MergePlan, MergeTally } from './mergeTypes';
import { matchEntities, type EntityMatches } from './matchEntities';

/**
 * The dry run: everything the merge would add, match or find in conflict, computed from the two
 * projects as they are, without writing. The merge itself runs the same matching.
 */
export function planMerge(ours: MergeSide, theirs: MergeSide, otherPath: string): { plan: MergePlan; matches: EntityMatches } {
  const conflicts: MergeConflict[] = [];
  const matches = matchEntities(ours, theirs, conflicts);
  const maps = mapsOf(matches);
  const codings = diffCodings(ours, theirs, maps);
  const memos = diffMemos(ours, theirs, (m) => memoTarget(m, maps, (id) => codings.existing.get(id)), conflicts);
  const values = diffValues(ours, theirs, maps, conflicts);
  const assignments = diffAssignments(ours, theirs, maps);

  const tally = (map: Map<number, number | undefined>): MergeTally => {
    const added = [...map.values()].filter((v) => v === undefined).length;
    return { added, matched: map.size - added, updated: 0 };
  };
  const tallies: Record<MergeKind, MergeTally> = {
    documents: tally(matches.documents),
    codes: tally(matches.codes),
    coders: tally(matches.coders),
    participants: tally(matches.participants),
    attributes: tally(matches.attributes),
    attributeValues: { added: values.add.length, matched: values.matched, updated: 0 },
    sets: tally(matches.sets),
    codings: { added: codings.add.length, matched: codings.matched, updated: 0 },
    memos: { added: memos.add.length, matched: memos.matched, updated: 0 },
    assignments: { added: assignments.add.length, matched: assignments.matched, updated: assignments.complete.length },
  };
  const newOnes = <T extends { id: number }>(rows: T[], map: Map<number, number | undefined>, label: (r: T) => string) =>
    rows.filter((r) => map.get(r.id) === undefined).map(label);
  conflicts.sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const plan: MergePlan = {
    other: { path: otherPath, name: theirs.name, sameProject: theirs.projectGuid === ours.projectGuid },
    tallies,
    added: {
      documents: newOnes(theirs.documents, matches.documents, (d) => d.title),
      codes: newOnes(theirs.codes, matches.codes, (c) => c.path),
      coders: newOnes(theirs.coders, matches.coders, (c) => `${c.name} (${c.initials})`),
      participants: newOnes(theirs.participants, matches.participants, (p) => p.name),
      attributes: newOnes(theirs.attributes, matches.attributes, (a) => `${a.name} (${a.scope})`),
      sets: newOnes(theirs.sets, matches.sets, (s) => s.name),
    },
    conflicts,
    notCarried: notCarried(theirs),
    canMerge: !conflicts.some((c) => c.blocking),
  };
  return { plan, matches };
}

export function mapsOf(matches: EntityMatches): IdMaps {
  return {
    document: (id) => matches.documents.get(id),
    code: (id) => matches.codes.get(id),
    coder: (id) => matches.coders.get(id),
    participant: (id) => matches.participants.get(id),
    attribute: (id) => matches.attributes.get(id),
  };
}

/** This project's id for what a memo is about: null for the project, undefined when not (yet) here. */
export function memoTarget(m: SideMemo, maps: IdMaps, coding: (id: number) => number | undefined): number | null | undefined {
  if (m.kind === 'project' || m.targetId === null) return null;
  switch (m.kind) {
    case 'document':
      return maps.document(m.targetId);
    case 'participant':
      return maps.participant(m.targetId);
    case 'code':
      return maps.code(m.targetId);
    case 'coding':
      return coding(m.targetId);
  }
}

function notCarried(theirs: MergeSide): MergePlan['notCarried'] {
  const out: MergePlan['notCarried'] = [];
  const { matrices, configurations, elements, versions } = theirs.extras;
  if (matrices) out.push({ subject: 'framework matrices', reason: `${matrices} matrix(es) of the other project are not merged; build them here from the merged codings` });
  if (configurations || elements) out.push({ subject: 'CMO configurations', reason: `${configurations} configuration(s) and ${elements} element(s) of the other project are not merged` });
  if (versions) out.push({ subject: 'programme theory versions', reason: `${versions} version(s) of the other project are not merged` });
  return out;
}
