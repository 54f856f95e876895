import { canonicalValue } from '../attributes/attributeValues';
import { isAppError } from '../model/errors';
import type { Attribute } from '../model/participantTypes';
import type { MergeConflict } from './mergeTypes';
import type { MergeSide, SideCoding, SideMemo, SideValue } from './mergeSide';

/**
 * What the other project's codings, memos, attribute values and assignments add to this one.
 * The same functions serve the dry run and the merge itself: `IdMaps` answers with this
 * project's id for a matched object, or undefined for one that is new (in the dry run) or
 * not made yet. After the merge has made the new documents, codes, coders, … the same
 * questions have full answers, so the plan and what is written cannot drift apart.
 */
export interface IdMaps {
  document(id: number): number | undefined;
  code(id: number): number | undefined;
  coder(id: number): number | undefined;
  participant(id: number): number | undefined;
  attribute(id: number): number | undefined;
}

const codingKey = (documentId: number, codeId: number, coderId: number, start: number, end: number) => `${documentId}:${codeId}:${coderId}:${start}:${end}`;

export interface CodingDiff {
  add: SideCoding[];
  matched: number;
  /** Their coding id → ours, for the codings already here. */
  existing: Map<number, number>;
}

/** A coding is already here when the same coder put the same code on the same passage, or it has the same identity. */
export function diffCodings(ours: MergeSide, theirs: MergeSide, maps: IdMaps): CodingDiff {
  const byKey = new Map(ours.codings.map((c) => [codingKey(c.documentId, c.codeId, c.coderId, c.start, c.end), c.id]));
  const byGuid = new Map(ours.codings.map((c) => [c.guid, c.id]));
  const out: CodingDiff = { add: [], matched: 0, existing: new Map() };
  for (const c of theirs.codings) {
    const d = maps.document(c.documentId);
    const k = maps.code(c.codeId);
    const r = maps.coder(c.coderId);
    const found = (d !== undefined && k !== undefined && r !== undefined ? byKey.get(codingKey(d, k, r, c.start, c.end)) : undefined) ?? byGuid.get(c.guid);
    if (found === undefined) out.add.push(c);
    else {
      out.matched++;
      out.existing.set(c.id, found);
    }
  }
  return out;
}

export interface MemoDiff {
  add: { memo: SideMemo; keepGuid: boolean }[];
  matched: number;
}

/**
 * Memos are kept, never doubled: one with the same subject, title and text is already here. A
 * memo with the same identity but other text was edited in both copies; both versions are kept.
 */
export function diffMemos(ours: MergeSide, theirs: MergeSide, target: (m: SideMemo) => number | null | undefined, conflicts: MergeConflict[]): MemoDiff {
  const present = new Set(ours.memos.map((m) => `${m.kind}:${m.targetId}:${m.title}\u0000${m.body}`));
  const guids = new Set(ours.memos.map((m) => m.guid));
  const out: MemoDiff = { add: [], matched: 0 };
  for (const m of theirs.memos) {
    const t = target(m);
    if (t !== undefined && present.has(`${m.kind}:${t}:${m.title}\u0000${m.body}`)) {
      out.matched++;
      continue;
    }
    const clash = guids.has(m.guid);
    if (clash) {
      conflicts.push({
        kind: 'memo',
        subject: `memo "${m.title || m.body.slice(0, 40)}"`,
        detail: 'it was edited differently in the other project; both versions are kept',
        blocking: false,
      });
    }
    out.add.push({ memo: m, keepGuid: !clash });
  }
  return out;
}

export interface ValueDiff {
  add: (SideValue & { value: string })[];
  matched: number;
}

/** Attribute values fill what is empty here; a different value here is kept (and listed). */
export function diffValues(ours: MergeSide, theirs: MergeSide, maps: IdMaps, conflicts: MergeConflict[]): ValueDiff {
  const here = new Map(ours.values.map((v) => [`${v.scope}:${v.ownerId}:${v.attributeId}`, v.value]));
  const ourAttributes = new Map(ours.attributes.map((a) => [a.id, a]));
  const theirAttributes = new Map(theirs.attributes.map((a) => [a.id, a]));
  const ownerName = ownerNames(theirs);
  const out: ValueDiff = { add: [], matched: 0 };
  for (const v of theirs.values) {
    const a = maps.attribute(v.attributeId);
    const owner = v.scope === 'participant' ? maps.participant(v.ownerId) : maps.document(v.ownerId);
    const existing = a !== undefined && owner !== undefined ? here.get(`${v.scope}:${owner}:${a}`) : undefined;
    const attribute = (a !== undefined ? ourAttributes.get(a) : undefined) ?? theirAttributes.get(v.attributeId)!;
    const who = `${ownerName(v)}: ${attribute.name}`;
    if (existing === v.value) {
      out.matched++;
    } else if (existing !== undefined) {
      conflicts.push({ kind: 'attribute value', subject: who, detail: `"${existing}" here, "${v.value}" in the other project; this project's value is kept`, blocking: false });
    } else if (fits(attribute, v.value)) {
      out.add.push(v);
    } else {
      conflicts.push({ kind: 'attribute value', subject: who, detail: `"${v.value}" in the other project does not fit this project's ${attribute.type} attribute; it is left out`, blocking: false });
    }
  }
  return out;
}

function fits(attribute: Attribute, value: string): boolean {
  if (attribute.type === 'category') return true; // new category values are added to the list
  try {
    canonicalValue(attribute, value);
    return true;
  } catch (e) {
    if (isAppError(e)) return false;
    throw e;
  }
}

function ownerNames(side: MergeSide): (v: SideValue) => string {
  const people = new Map(side.participants.map((p) => [p.id, p.name]));
  const docs = new Map(side.documents.map((d) => [d.id, d.title]));
  return (v) => (v.scope === 'participant' ? people.get(v.ownerId) : docs.get(v.ownerId)) ?? '?';
}

export interface AssignmentDiff {
  add: { documentId: number; coderId: number; completed: boolean }[];
  /** Assigned here too, completed only in the other project. */
  complete: { documentId: number; coderId: number }[];
  matched: number;
}

/** Their assignments, in their ids; completion is carried when this project has none. */
export function diffAssignments(ours: MergeSide, theirs: MergeSide, maps: IdMaps): AssignmentDiff {
  const here = new Map(ours.assignments.map((a) => [`${a.documentId}:${a.coderId}`, a]));
  const out: AssignmentDiff = { add: [], complete: [], matched: 0 };
  for (const a of theirs.assignments) {
    const d = maps.document(a.documentId);
    const c = maps.coder(a.coderId);
    const existing = d !== undefined && c !== undefined ? here.get(`${d}:${c}`) : undefined;
    if (!existing) out.add.push({ documentId: a.documentId, coderId: a.coderId, completed: a.completedAt !== null });
    else if (existing.completedAt === null && a.completedAt !== null) out.complete.push({ documentId: a.documentId, coderId: a.coderId });
    else out.matched++;
  }
  return out;
}
