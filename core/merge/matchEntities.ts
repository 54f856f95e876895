import type { MergeConflict } from './mergeTypes';
import type { MergeSide } from './mergeSide';

/**
 * Which of the other project's documents, codes, coders, participants, attributes and sets
 * are already in this one, and which would be new. Each map goes from the other project's id
 * to this project's id, or to undefined for something new. Differences between matched
 * objects are listed as conflicts; this project's version is always the one kept.
 */
export interface EntityMatches {
  documents: Map<number, number | undefined>;
  codes: Map<number, number | undefined>;
  coders: Map<number, number | undefined>;
  participants: Map<number, number | undefined>;
  attributes: Map<number, number | undefined>;
  sets: Map<number, number | undefined>;
}

const key = (s: string) => s.trim().toLocaleLowerCase();

export function matchEntities(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): EntityMatches {
  return {
    documents: matchDocuments(ours, theirs, conflicts),
    codes: matchCodes(ours, theirs, conflicts),
    coders: matchCoders(ours, theirs, conflicts),
    participants: matchParticipants(ours, theirs, conflicts),
    attributes: matchAttributes(ours, theirs, conflicts),
    sets: byName(ours.sets, theirs.sets),
  };
}

/** The same original file (content hash) or, failing that, the same text. */
function matchDocuments(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): Map<number, number | undefined> {
  const byHash = new Map(ours.documents.map((d) => [d.originalHash, d]));
  const byText = new Map(ours.documents.map((d) => [d.textHash, d]));
  const out = new Map<number, number | undefined>();
  for (const d of theirs.documents) {
    const match = byHash.get(d.originalHash) ?? byText.get(d.textHash);
    out.set(d.id, match?.id);
    if (match && match.title !== d.title) {
      conflicts.push({ kind: 'document', subject: `document "${match.title}"`, detail: `it is called "${d.title}" in the other project; this project's title is kept`, blocking: false });
    }
  }
  return out;
}

/** Codes by path from the top of the tree ("Realist/Mechanism"), ignoring case as the codebook does. */
function matchCodes(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): Map<number, number | undefined> {
  const byPath = new Map(ours.codes.map((c) => [key(c.path), c]));
  const out = new Map<number, number | undefined>();
  for (const c of theirs.codes) {
    const match = byPath.get(key(c.path));
    out.set(c.id, match?.id);
    if (!match) continue;
    const differs = (['colour', 'description', 'inclusion', 'exclusion', 'example', 'realistRole'] as const).filter(
      (f) => (c[f] ?? '') !== '' && (c[f] ?? '') !== (match[f] ?? ''),
    );
    if (differs.length) {
      const what = differs.map((f) => (f === 'colour' ? `colour (${match.colour} here, ${c.colour} there)` : f === 'realistRole' ? 'realist role' : f)).join(', ');
      conflicts.push({ kind: 'code', subject: `code ${match.path}`, detail: `${what} ${differs.length === 1 ? 'differs' : 'differ'} in the other project; this project's version is kept`, blocking: false });
    }
  }
  return out;
}

/**
 * Coders stay distinct by initials. A coder with the same identity (GUID) is the same person even
 * if renamed; the same initials with another name and identity is two people who cannot share
 * initials in one project, so the merge waits until one is renamed.
 */
function matchCoders(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): Map<number, number | undefined> {
  const byGuid = new Map(ours.coders.map((c) => [c.guid, c]));
  const byInitials = new Map(ours.coders.map((c) => [c.initials, c]));
  const out = new Map<number, number | undefined>();
  for (const c of theirs.coders) {
    const same = byGuid.get(c.guid);
    if (same) {
      out.set(c.id, same.id);
      if (same.initials !== c.initials || key(same.name) !== key(c.name)) {
        conflicts.push({
          kind: 'coder',
          subject: `coder ${same.initials}`,
          detail: `is ${c.name} (${c.initials}) in the other project, the same coder renamed; their codings are merged as ${same.name} (${same.initials})`,
          blocking: false,
        });
      }
      continue;
    }
    const namesake = byInitials.get(c.initials);
    if (namesake && key(namesake.name) !== key(c.name)) {
      conflicts.push({
        kind: 'coder',
        subject: `coder ${c.initials}`,
        detail: `${c.initials} is ${namesake.name} here but ${c.name} in the other project. Give one of them other initials (in either project) before merging, so their codings stay apart`,
        blocking: true,
      });
    }
    out.set(c.id, namesake?.id);
  }
  return out;
}

function matchParticipants(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): Map<number, number | undefined> {
  const byNameKey = new Map(ours.participants.map((p) => [key(p.name), p]));
  const out = new Map<number, number | undefined>();
  for (const p of theirs.participants) {
    const match = byNameKey.get(key(p.name));
    out.set(p.id, match?.id);
    if (match && p.description && p.description !== match.description) {
      conflicts.push({ kind: 'participant', subject: `participant ${match.name}`, detail: "the description differs in the other project; this project's is kept", blocking: false });
    }
  }
  return out;
}

function matchAttributes(ours: MergeSide, theirs: MergeSide, conflicts: MergeConflict[]): Map<number, number | undefined> {
  const byScopeName = new Map(ours.attributes.map((a) => [`${a.scope}:${key(a.name)}`, a]));
  const out = new Map<number, number | undefined>();
  for (const a of theirs.attributes) {
    const match = byScopeName.get(`${a.scope}:${key(a.name)}`);
    out.set(a.id, match?.id);
    if (match && match.type !== a.type) {
      conflicts.push({
        kind: 'attribute',
        subject: `${a.scope} attribute ${match.name}`,
        detail: `it is a ${match.type} attribute here but ${a.type} in the other project; this project's type is kept, and values that do not fit it are left out`,
        blocking: false,
      });
    }
  }
  return out;
}

function byName(ours: { id: number; name: string }[], theirs: { id: number; name: string }[]): Map<number, number | undefined> {
  const index = new Map(ours.map((x) => [key(x.name), x.id]));
  return new Map(theirs.map((x) => [x.id, index.get(key(x.name))]));
}
