import { z } from 'zod';
import type { CodeDeletionImpact, CodeStats, CodebookImportResult, CsvExport } from '../model/codingTypes';
import type { Code } from '../model/types';
import { method } from './method';
import { id, importSource } from './shared';

export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

export const realistRole = z.enum(['context', 'mechanism', 'outcome']);

const codeFields = {
  realistRole: realistRole.nullable().optional(),
  colour: colour.optional(),
  description: z.string().optional(),
  inclusion: z.string().optional(),
  exclusion: z.string().optional(),
  example: z.string().optional(),
};

export const codebookContract = {
  'codes.list': method<Code[]>()(z.object({})),
  'codes.create': method<Code>()(
    z.object({ name: z.string().trim().min(1, 'a code needs a name'), parentId: id.nullable().optional(), ...codeFields }),
  ),
  /** Change a code; a new `parentId` also moves it (one undoable step). */
  'codes.update': method<Code>()(
    z.object({ codeId: id, name: z.string().trim().min(1, 'a code needs a name').optional(), parentId: id.nullable().optional(), ...codeFields }),
  ),
  /** Move a code under another (or to the top level), at a position among its new siblings. */
  'codes.move': method<null>()(z.object({ codeId: id, parentId: id.nullable(), index: z.number().int().min(0).optional() })),
  /** Merge `sourceId` into `targetId`: its codings, children and memos move; it is deleted. */
  'codes.merge': method<Code>()(z.object({ sourceId: id, targetId: id })),
  'codes.deletionImpact': method<CodeDeletionImpact>()(z.object({ codeId: id })),
  /** Delete a code, its children and their codings (undoable). */
  'codes.delete': method<CodeDeletionImpact>()(z.object({ codeId: id })),
  'codes.stats': method<CodeStats[]>()(z.object({ documentIds: z.array(id).optional() })),
  /** Codebook CSV: path, colour, description, inclusion, exclusion, example (one row per code). */
  'codebook.importCsv': method<CodebookImportResult>()(z.object({ file: importSource })),
  'codebook.exportCsv': method<CsvExport>()(z.object({})),
};
