import type { ProjectFile } from '../../db/projectFile';
import { createAttribute, setAttributeValue, updateAttribute } from '../attributes/attributeQueries';
import { createCode, updateCode } from '../codebook/codeQueries';
import { createCoder } from '../coders/coderQueries';
import { createCoding, setCodingRealistRole } from '../coding/codingQueries';
import { completeAssignment, setAssignments } from '../comparison/assignmentQueries';
import { addDocument } from '../documents/addDocument';
import { setDocumentParticipants } from '../documents/documentEdits';
import { adoptDates, adoptGuid } from '../exchange/project/adoptIdentity';
import { createMemo } from '../memos/memoQueries';
import type { MemoTarget } from '../model/codingTypes';
import { createParticipant } from '../participants/participantQueries';
import { mapSpeakers } from '../participants/speakerMapping';
import { recordDocumentSpeakers } from '../participants/speakerQueries';
import { addToSet, createSet } from '../sets/setQueries';
import type { EntityMatches } from './matchEntities';
import { diffAssignments, diffCodings, diffMemos, diffValues } from './mergeDiffs';
import type { MergeSide } from './mergeSide';
import { mapsOf, memoTarget } from './planMerge';

/**
 * The merge itself, inside the caller's one transaction (and undoable action): new coders,
 * codes, participants and attributes first, then new documents with their speakers, sets,
 * attribute values, codings, memos and assignments. Everything new keeps the identity (GUID) it
 * had in the other project, so merging the same copy again finds it all already here; codings
 * and memos keep when their coder made them.
 */
export function applyMerge(file: ProjectFile, ours: MergeSide, theirs: MergeSide, matches: EntityMatches): void {
  const maps = mapsOf(matches);
  const made = <K extends keyof EntityMatches>(kind: K, theirId: number, ourId: number) => matches[kind].set(theirId, ourId);

  for (const c of theirs.coders) {
    if (matches.coders.get(c.id) !== undefined) continue;
    const coder = createCoder(file, { name: c.name, initials: c.initials });
    adoptGuid(file, 'coders', coder.id, c.guid);
    made('coders', c.id, coder.id);
  }
  // listCodes order: parents before their children.
  for (const c of theirs.codes) {
    if (matches.codes.get(c.id) !== undefined) continue;
    const parentId = c.parentId === null ? null : matches.codes.get(c.parentId)!;
    const code = createCode(file, { name: c.name, parentId, colour: c.colour, description: c.description, inclusion: c.inclusion, exclusion: c.exclusion, example: c.example });
    if (c.realistRole) updateCode(file, code.id, { realistRole: c.realistRole });
    adoptGuid(file, 'codes', code.id, c.guid);
    made('codes', c.id, code.id);
  }
  for (const p of theirs.participants) {
    if (matches.participants.get(p.id) !== undefined) continue;
    const id = createParticipant(file, { name: p.name, description: p.description });
    adoptGuid(file, 'participants', id, p.guid);
    made('participants', p.id, id);
  }
  const ourAttributes = new Map(ours.attributes.map((a) => [a.id, a]));
  for (const a of theirs.attributes) {
    if (matches.attributes.get(a.id) !== undefined) continue;
    const attribute = createAttribute(file, { scope: a.scope, name: a.name, type: a.type, allowedValues: a.allowedValues });
    ourAttributes.set(attribute.id, attribute);
    const guid = (theirs.file.sqlite.prepare('SELECT guid FROM attributes WHERE id = ?').get(a.id) as { guid: string }).guid;
    adoptGuid(file, 'attributes', attribute.id, guid);
    made('attributes', a.id, attribute.id);
  }

  addDocuments(file, theirs, matches);
  linkParticipants(file, ours, theirs, matches);
  for (const s of theirs.sets) {
    const documentIds = s.documentIds.map((d) => matches.documents.get(d)!);
    const ourId = matches.sets.get(s.id);
    if (ourId === undefined) {
      const set = createSet(file, s.name, documentIds);
      const guid = (theirs.file.sqlite.prepare('SELECT guid FROM document_sets WHERE id = ?').get(s.id) as { guid: string }).guid;
      adoptGuid(file, 'document_sets', set.id, guid);
      made('sets', s.id, set.id);
      continue;
    }
    const members = new Set(ours.sets.find((x) => x.id === ourId)?.documentIds ?? []);
    const missing = documentIds.filter((d) => !members.has(d));
    if (missing.length) addToSet(file, ourId, missing);
  }

  for (const v of diffValues(ours, theirs, maps, []).add) {
    const attributeId = maps.attribute(v.attributeId)!;
    const attribute = ourAttributes.get(attributeId)!;
    if (attribute.type === 'category' && !attribute.allowedValues.some((x) => x.toLocaleLowerCase() === v.value.toLocaleLowerCase())) {
      attribute.allowedValues = [...attribute.allowedValues, v.value];
      updateAttribute(file, attributeId, { allowedValues: attribute.allowedValues });
    }
    const owner = v.scope === 'participant' ? maps.participant(v.ownerId)! : maps.document(v.ownerId)!;
    setAttributeValue(file, attributeId, owner, v.value);
  }

  const codings = diffCodings(ours, theirs, maps);
  const codingIds = new Map(codings.existing);
  for (const c of codings.add) {
    const coding = createCoding(file, { documentId: maps.document(c.documentId)!, codeId: maps.code(c.codeId)!, coderId: maps.coder(c.coderId)!, start: c.start, end: c.end });
    if (c.realistRole) setCodingRealistRole(file, coding.id, c.realistRole);
    adoptGuid(file, 'codings', coding.id, c.guid);
    adoptDates(file, 'codings', coding.id, c.createdAt);
    codingIds.set(c.id, coding.id);
  }

  const target = (m: (typeof theirs.memos)[number]) => memoTarget(m, maps, (id) => codingIds.get(id));
  for (const { memo, keepGuid } of diffMemos(ours, theirs, target, []).add) {
    const t = target(memo);
    const memoTargetValue: MemoTarget = memo.kind === 'project' || t === null || t === undefined ? { kind: 'project' } : { kind: memo.kind, id: t };
    const authorId = memo.authorId === null ? undefined : maps.coder(memo.authorId);
    const created = createMemo(file, { target: memoTargetValue, title: memo.title, body: memo.body, ...(authorId === undefined ? {} : { authorId }) });
    if (keepGuid) adoptGuid(file, 'memos', created.id, memo.guid);
    adoptDates(file, 'memos', created.id, memo.createdAt, memo.updatedAt);
  }

  const assignments = diffAssignments(ours, theirs, maps);
  for (const a of assignments.add) {
    const documentId = maps.document(a.documentId)!;
    const coderId = maps.coder(a.coderId)!;
    if (a.completed) completeAssignment(file, documentId, coderId, true);
    else setAssignments(file, [documentId], [coderId], true);
  }
  for (const a of assignments.complete) completeAssignment(file, maps.document(a.documentId)!, maps.coder(a.coderId)!, true);
}

/** New documents, copied whole (text, turns, original file), with who their speakers are. */
function addDocuments(file: ProjectFile, theirs: MergeSide, matches: EntityMatches): void {
  const row = theirs.file.sqlite.prepare(
    `SELECT d.guid, d.title, d.text, d.text_length AS textLength, d.word_count AS wordCount, d.format, d.original_name AS originalName,
            d.original_hash AS originalHash, d.turns, d.time_marks AS timeMarks, d.turn_convention AS turnConvention, o.bytes AS original
     FROM documents d LEFT JOIN document_originals o ON o.document_id = d.id WHERE d.id = ?`,
  );
  for (const d of theirs.documents) {
    if (matches.documents.get(d.id) !== undefined) continue;
    const r = row.get(d.id) as {
      guid: string;
      title: string;
      text: string;
      textLength: number;
      wordCount: number;
      format: string;
      originalName: string;
      originalHash: string;
      turns: string;
      timeMarks: string;
      turnConvention: string;
      original: Buffer | null;
    };
    const added = addDocument(file, { ...r, turnsJson: r.turns, timeMarksJson: r.timeMarks, original: r.original ? new Uint8Array(r.original) : null });
    adoptGuid(file, 'documents', added.id, r.guid);
    matches.documents.set(d.id, added.id);
    const speakers = theirs.speakers.filter((s) => s.documentId === d.id);
    if (speakers.length === 0) continue;
    const turnCounts = theirs.file.sqlite.prepare('SELECT label, turn_count AS n FROM document_speakers WHERE document_id = ?').all(d.id) as { label: string; n: number }[];
    recordDocumentSpeakers(file, added.id, turnCounts.map((s) => [s.label, s.n] as [string, number]));
    mapSpeakers(
      file,
      speakers.map((s) => ({
        label: s.label,
        documentId: added.id,
        as: s.participantId !== null ? { participantId: matches.participants.get(s.participantId)! } : s.notParticipant ? ('not-participant' as const) : ('undecided' as const),
      })),
    );
  }
}

/** Participants linked to documents directly: the other project's links are added to this one's. */
function linkParticipants(file: ProjectFile, ours: MergeSide, theirs: MergeSide, matches: EntityMatches): void {
  const here = new Map<number, Set<number>>();
  for (const l of ours.documentParticipants) here.set(l.documentId, (here.get(l.documentId) ?? new Set()).add(l.participantId));
  const wanted = new Map<number, Set<number>>();
  for (const l of theirs.documentParticipants) {
    const d = matches.documents.get(l.documentId)!;
    const p = matches.participants.get(l.participantId)!;
    if (here.get(d)?.has(p)) continue;
    wanted.set(d, (wanted.get(d) ?? new Set(here.get(d) ?? [])).add(p));
  }
  for (const [documentId, ids] of wanted) setDocumentParticipants(file, documentId, [...ids]);
}
