import type { ProjectFile } from '../../../db/projectFile';
import type { AttributeScope, AttributeType } from '../../model/participantTypes';
import type { Code } from '../../model/types';
import type {
  ExchangeCase,
  ExchangeCode,
  ExchangeCoding,
  ExchangeNote,
  ExchangeProject,
  ExchangeSelection,
  ExchangeSource,
  ExchangeVariable,
  ExchangeVariableValue,
  NoteAttachment,
} from '../refi/model';
import { exchangeValue, variableDescription, variableTypeFor } from './attributeVariables';
import { foldCodeDefinition } from './codeDefinition';
import { selectionGuidFor } from './nameBasedGuid';
import { participantMemoMarker } from './participantMemos';

/**
 * The open project as the exchange model, for .qdpx export. Every object keeps the GUID stored
 * with it, so two exports of the same project name everything the same way; a selection's GUID
 * is derived from its coding's (one selection per coding, each with its coder as author).
 * What REFI-QDA cannot hold is listed by exportReport.ts.
 */
export function projectToExchange(file: ProjectFile): ExchangeProject {
  const db = file.sqlite;
  const project = db.prepare('SELECT name, created_at AS createdAt FROM project').get() as { name: string; createdAt: string };

  const coders = db.prepare('SELECT id, guid, name, initials FROM coders ORDER BY initials').all() as { id: number; guid: string; name: string; initials: string }[];
  const coderGuid = new Map(coders.map((c) => [c.id, c.guid]));

  const codes = readCodes(file);
  const codeGuid = new Map(codes.rows.map((c) => [c.id, c.guid]));

  const { variables, valuesByOwner } = readVariables(file);

  const documents = db.prepare('SELECT id, guid, title, text, imported_at AS importedAt FROM documents ORDER BY id').all() as {
    id: number;
    guid: string;
    title: string;
    text: string;
    importedAt: string;
  }[];
  const documentGuid = new Map(documents.map((d) => [d.id, d.guid]));
  const codings = db
    .prepare('SELECT id, guid, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, "end", created_at AS createdAt FROM codings ORDER BY document_id, start, "end", guid')
    .all() as { id: number; guid: string; documentId: number; codeId: number; coderId: number; start: number; end: number; createdAt: string }[];
  const codingGuid = new Map(codings.map((c) => [c.id, c.guid]));
  const selectionsOf = new Map<number, ExchangeSelection[]>();
  for (const c of codings) {
    const creatingUser = coderGuid.get(c.coderId)!;
    const coding: ExchangeCoding = { guid: c.guid, codeGuid: codeGuid.get(c.codeId)!, creatingUser, creationDateTime: c.createdAt };
    const list = selectionsOf.get(c.documentId) ?? [];
    list.push({ guid: selectionGuidFor(c.guid), start: c.start, end: c.end, codings: [coding], creatingUser, creationDateTime: c.createdAt });
    selectionsOf.set(c.documentId, list);
  }
  const sources: ExchangeSource[] = documents.map((d) => ({
    guid: d.guid,
    name: d.title,
    text: d.text,
    selections: selectionsOf.get(d.id) ?? [],
    codings: [],
    variableValues: valuesByOwner.get(`document:${d.id}`) ?? [],
    creationDateTime: d.importedAt,
  }));

  const participants = db.prepare('SELECT id, guid, name, description FROM participants ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    guid: string;
    name: string;
    description: string;
  }[];
  const participantName = new Map(participants.map((p) => [p.id, p.name]));
  const linked = db
    .prepare(
      `SELECT DISTINCT participant_id AS participantId, document_id AS documentId FROM (
         SELECT participant_id, document_id FROM document_speakers WHERE participant_id IS NOT NULL
         UNION SELECT participant_id, document_id FROM document_participants) ORDER BY document_id`,
    )
    .all() as { participantId: number; documentId: number }[];
  const cases: ExchangeCase[] = participants.map((p) => {
    const c: ExchangeCase = {
      guid: p.guid,
      name: p.name,
      codeGuids: [],
      variableValues: valuesByOwner.get(`participant:${p.id}`) ?? [],
      sourceGuids: linked.filter((l) => l.participantId === p.id).map((l) => documentGuid.get(l.documentId)!),
      selectionGuids: [],
    };
    if (p.description) c.description = p.description;
    return c;
  });

  const memos = db
    .prepare('SELECT guid, target_kind AS kind, target_id AS targetId, title, body, author_id AS authorId, created_at AS createdAt, updated_at AS updatedAt FROM memos ORDER BY id')
    .all() as { guid: string; kind: string; targetId: number | null; title: string; body: string; authorId: number | null; createdAt: string; updatedAt: string }[];
  const notes: ExchangeNote[] = memos.map((m) => {
    const note: ExchangeNote = { guid: m.guid, text: m.body, attachedTo: [], creationDateTime: m.createdAt, modifiedDateTime: m.updatedAt };
    if (m.title) note.name = m.title;
    const author = m.authorId === null ? undefined : coderGuid.get(m.authorId);
    if (author) note.creatingUser = author;
    const attachment = memoAttachment(m.kind, m.targetId, { document: documentGuid, code: codeGuid, coding: codingGuid });
    if (attachment) note.attachedTo.push(attachment);
    if (m.kind === 'participant' && m.targetId !== null) note.description = participantMemoMarker(participantName.get(m.targetId) ?? '');
    return note;
  });

  const sets = db.prepare('SELECT id, guid, name FROM document_sets ORDER BY name COLLATE NOCASE').all() as { id: number; guid: string; name: string }[];
  const members = db.prepare('SELECT set_id AS setId, document_id AS documentId FROM document_set_members ORDER BY document_id').all() as { setId: number; documentId: number }[];

  return {
    name: project.name,
    creationDateTime: project.createdAt,
    users: coders.map((c) => ({ guid: c.guid, name: c.name, id: c.initials })),
    codes: codes.tree,
    variables,
    cases,
    sources,
    notes,
    sets: sets.map((s) => ({
      guid: s.guid,
      name: s.name,
      codeGuids: [],
      sourceGuids: members.filter((m) => m.setId === s.id).map((m) => documentGuid.get(m.documentId)!),
      noteGuids: [],
    })),
  };
}

function memoAttachment(kind: string, targetId: number | null, guids: Record<'document' | 'code' | 'coding', Map<number, string>>): NoteAttachment | undefined {
  if (kind === 'project') return { kind: 'project' };
  if (targetId === null) return undefined;
  if (kind === 'document') return guidAttachment('source', guids.document.get(targetId));
  if (kind === 'code') return guidAttachment('code', guids.code.get(targetId));
  if (kind === 'coding') return guidAttachment('coding', guids.coding.get(targetId));
  // A participant memo: REFI cases carry no memo references (see participantMemos.ts).
  return undefined;
}

function guidAttachment(kind: 'source' | 'code' | 'coding', guid: string | undefined): NoteAttachment | undefined {
  return guid ? { kind, guid } : undefined;
}

/** A code as the exchange needs it: the model's fields plus the GUID it keeps across exports. */
type CodeRow = Pick<Code, 'id' | 'parentId' | 'name' | 'colour' | 'description' | 'inclusion' | 'exclusion' | 'example' | 'realistRole'> & { guid: string };

/** The code tree in display order, definitions folded into descriptions. */
export function readCodes(file: ProjectFile): { rows: CodeRow[]; tree: ExchangeCode[] } {
  const rows = file.sqlite
    .prepare(
      `SELECT id, guid, parent_id AS parentId, name, colour, description, inclusion, exclusion, example, realist_role AS realistRole
       FROM codes ORDER BY sort_order, name`,
    )
    .all() as CodeRow[];
  const children = new Map<number | null, CodeRow[]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const build = (parentId: number | null, depth: number): ExchangeCode[] =>
    depth > 64
      ? []
      : (children.get(parentId) ?? []).map((r) => {
          const code: ExchangeCode = { guid: r.guid, name: r.name, color: r.colour, isCodable: true, children: build(r.id, depth + 1) };
          const description = foldCodeDefinition(r);
          if (description) code.description = description;
          return code;
        });
  return { rows, tree: build(null, 0) };
}

/** Attributes as variables, and each owner's values keyed "participant:<id>" or "document:<id>". */
function readVariables(file: ProjectFile): { variables: ExchangeVariable[]; valuesByOwner: Map<string, ExchangeVariableValue[]> } {
  const attributes = file.sqlite.prepare('SELECT id, guid, scope, name, type, allowed_values AS allowed FROM attributes ORDER BY scope, sort_order, name').all() as {
    id: number;
    guid: string;
    scope: AttributeScope;
    name: string;
    type: AttributeType;
    allowed: string;
  }[];
  const values = file.sqlite
    .prepare(
      `SELECT 'participant' AS scope, participant_id AS ownerId, attribute_id AS attributeId, value FROM participant_attribute_values
       UNION ALL SELECT 'document', document_id, attribute_id, value FROM document_attribute_values ORDER BY 2, 3`,
    )
    .all() as { scope: AttributeScope; ownerId: number; attributeId: number; value: string }[];
  const variables: ExchangeVariable[] = [];
  const valuesByOwner = new Map<string, ExchangeVariableValue[]>();
  for (const a of attributes) {
    const own = values.filter((v) => v.attributeId === a.id);
    const shape = { scope: a.scope, type: a.type, allowedValues: JSON.parse(a.allowed) as string[] };
    const type = variableTypeFor(shape, own.map((v) => v.value));
    variables.push({ guid: a.guid, name: a.name, type, description: variableDescription(shape) });
    for (const v of own) {
      const key = `${v.scope}:${v.ownerId}`;
      const list = valuesByOwner.get(key) ?? [];
      list.push({ variableGuid: a.guid, value: exchangeValue(type, v.value) });
      valuesByOwner.set(key, list);
    }
  }
  return { variables, valuesByOwner };
}
