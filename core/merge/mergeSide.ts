import { createHash } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { listAttributes } from '../attributes/attributeQueries';
import { listCodes } from '../codebook/codeQueries';
import { listAssignments } from '../comparison/assignmentQueries';
import type { Assignment } from '../model/agreementTypes';
import type { Attribute, AttributeScope } from '../model/participantTypes';
import type { Code, RealistRole } from '../model/types';

/**
 * One project's content as a merge compares it: the open project and the coder's copy are read
 * the same way, into plain rows, before anything is written. Documents carry a hash of their
 * text, so a document imported twice from different originals still matches.
 */
export interface SideDocument {
  id: number;
  guid: string;
  title: string;
  originalHash: string;
  textHash: string;
}

export interface SideCoding {
  id: number;
  guid: string;
  documentId: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
  realistRole: RealistRole | null;
  createdAt: string;
}

export interface SideMemo {
  id: number;
  guid: string;
  kind: 'project' | 'document' | 'participant' | 'code' | 'coding';
  targetId: number | null;
  title: string;
  body: string;
  authorId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SideValue {
  scope: AttributeScope;
  ownerId: number;
  attributeId: number;
  value: string;
}

export interface MergeSide {
  file: ProjectFile;
  projectGuid: string;
  name: string;
  documents: SideDocument[];
  codes: (Code & { guid: string })[];
  coders: { id: number; guid: string; name: string; initials: string }[];
  participants: { id: number; guid: string; name: string; description: string }[];
  attributes: Attribute[];
  values: SideValue[];
  sets: { id: number; name: string; documentIds: number[] }[];
  speakers: { documentId: number; label: string; participantId: number | null; notParticipant: boolean }[];
  documentParticipants: { documentId: number; participantId: number }[];
  codings: SideCoding[];
  memos: SideMemo[];
  assignments: Assignment[];
  /** Counts of what a merge does not bring over. */
  extras: { matrices: number; configurations: number; elements: number; versions: number };
}

const all = <T>(file: ProjectFile, sql: string): T[] => file.sqlite.prepare(sql).all() as T[];
const count = (file: ProjectFile, table: string): number => (file.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

export function readMergeSide(file: ProjectFile): MergeSide {
  const project = file.sqlite.prepare('SELECT guid, name FROM project').get() as { guid: string; name: string };
  const documents = all<{ id: number; guid: string; title: string; originalHash: string; text: string }>(
    file,
    'SELECT id, guid, title, original_hash AS originalHash, text FROM documents ORDER BY id',
  ).map(({ text, ...d }) => ({ ...d, textHash: createHash('sha256').update(text, 'utf8').digest('hex') }));
  const codeGuids = new Map(all<{ id: number; guid: string }>(file, 'SELECT id, guid FROM codes').map((c) => [c.id, c.guid]));
  const sets = all<{ id: number; name: string }>(file, 'SELECT id, name FROM document_sets ORDER BY id');
  const members = all<{ setId: number; documentId: number }>(file, 'SELECT set_id AS setId, document_id AS documentId FROM document_set_members');
  return {
    file,
    projectGuid: project.guid,
    name: project.name,
    documents,
    codes: listCodes(file).map((c) => ({ ...c, guid: codeGuids.get(c.id)! })),
    coders: all(file, 'SELECT id, guid, name, initials FROM coders ORDER BY id'),
    participants: all(file, 'SELECT id, guid, name, description FROM participants ORDER BY id'),
    attributes: listAttributes(file),
    values: all(
      file,
      `SELECT 'participant' AS scope, participant_id AS ownerId, attribute_id AS attributeId, value FROM participant_attribute_values
       UNION ALL SELECT 'document', document_id, attribute_id, value FROM document_attribute_values`,
    ),
    sets: sets.map((s) => ({ ...s, documentIds: members.filter((m) => m.setId === s.id).map((m) => m.documentId) })),
    speakers: all<{ documentId: number; label: string; participantId: number | null; notParticipant: number }>(
      file,
      'SELECT document_id AS documentId, label, participant_id AS participantId, not_participant AS notParticipant FROM document_speakers',
    ).map((s) => ({ ...s, notParticipant: s.notParticipant === 1 })),
    documentParticipants: all(file, 'SELECT document_id AS documentId, participant_id AS participantId FROM document_participants'),
    codings: all(
      file,
      'SELECT id, guid, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, "end", realist_role AS realistRole, created_at AS createdAt FROM codings ORDER BY id',
    ),
    memos: all(file, 'SELECT id, guid, target_kind AS kind, target_id AS targetId, title, body, author_id AS authorId, created_at AS createdAt, updated_at AS updatedAt FROM memos ORDER BY id'),
    assignments: listAssignments(file),
    extras: {
      matrices: count(file, 'matrices'),
      configurations: count(file, 'configurations'),
      elements: count(file, 'cmo_elements'),
      versions: count(file, 'theory_versions'),
    },
  };
}
