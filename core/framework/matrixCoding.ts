import type { ProjectFile } from '../../db/projectFile';
import { attributeValuesByOwner, getAttribute } from '../attributes/attributeQueries';
import { listCodes } from '../codebook/codeQueries';
import { codedSegments } from '../coding/codedSegments';
import { speakerLookup } from '../coding/codingParticipants';
import { AppError } from '../model/errors';
import type { CodedSegment } from '../model/codingTypes';
import type { MatrixCodingResult } from '../model/frameworkTypes';

/**
 * Codes against the values of an attribute (stakeholder type, site, phase): how many passages,
 * participants or characters of each code come from each group. A passage belongs to the value
 * of the participant speaking (participant attributes) or of its document (document attributes).
 */
interface Located {
  id: number;
  codeId: number;
  length: number;
  participantId: number | null;
  value: string;
}

function locate(file: ProjectFile, codeIds: number[], attributeId: number, coderIds?: number[]): Located[] {
  const attribute = getAttribute(file, attributeId);
  const values = attributeValuesByOwner(file, attribute.scope);
  const speakerAt = speakerLookup(file);
  const rows = file.sqlite
    .prepare(
      `SELECT id, document_id AS documentId, code_id AS codeId, start, "end" FROM codings
       WHERE code_id IN (SELECT value FROM json_each(?)) ${coderIds ? 'AND coder_id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .all(...[JSON.stringify(codeIds), ...(coderIds ? [JSON.stringify(coderIds)] : [])]) as { id: number; documentId: number; codeId: number; start: number; end: number }[];
  return rows.flatMap((r) => {
    const participant = speakerAt(r.documentId, r.start).participant;
    const owner = attribute.scope === 'document' ? r.documentId : participant?.id;
    const value = owner === undefined ? undefined : values.get(owner)?.[attributeId];
    return value === undefined ? [] : [{ id: r.id, codeId: r.codeId, length: r.end - r.start, participantId: participant?.id ?? null, value }];
  });
}

export function matrixCoding(
  file: ProjectFile,
  input: { codeIds: number[]; attributeId: number; measure?: 'passages' | 'participants' | 'characters' | undefined; coderIds?: number[] | undefined },
): MatrixCodingResult {
  const attribute = getAttribute(file, input.attributeId);
  const all = listCodes(file);
  const codes = input.codeIds.map((id) => {
    const code = all.find((c) => c.id === id);
    if (!code) throw new AppError('not-found', `There is no code with id ${id}.`);
    return { codeId: code.id, name: code.name, path: code.path, colour: code.colour };
  });
  const located = locate(file, input.codeIds, input.attributeId, input.coderIds);
  const seen = [...new Set(located.map((l) => l.value))];
  const values = attribute.type === 'category' ? [...attribute.allowedValues.filter((v) => seen.includes(v)), ...seen.filter((v) => !attribute.allowedValues.includes(v))] : seen.sort();
  const measure = input.measure ?? 'passages';
  const counts = codes.map((code) =>
    values.map((value) => {
      const here = located.filter((l) => l.codeId === code.codeId && l.value === value);
      if (measure === 'characters') return here.reduce((sum, l) => sum + l.length, 0);
      if (measure === 'participants') return new Set(here.map((l) => l.participantId).filter((p) => p !== null)).size;
      return here.length;
    }),
  );
  return { codes, attribute: { id: attribute.id, name: attribute.name }, values, measure, counts };
}

export function matrixCodingPassages(file: ProjectFile, input: { codeId: number; attributeId: number; value: string; coderIds?: number[] | undefined }): CodedSegment[] {
  const ids = locate(file, [input.codeId], input.attributeId, input.coderIds)
    .filter((l) => l.value === input.value)
    .map((l) => l.id);
  return ids.length ? codedSegments(file, { codingIds: ids }) : [];
}
