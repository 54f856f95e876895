import { z } from 'zod';
import type {
  Attribute,
  AttributeImportResult,
  AttributeTablePreview,
  DocumentSet,
  Participant,
  SpeakerLabel,
} from '../model/participantTypes';
import { method } from './method';
import { attributeScope, attributeType, id, ids, importSource } from './shared';

const speakerAs = z.union([
  z.object({ participantId: id }),
  z.object({ newParticipant: z.string().trim().min(1) }),
  z.literal('not-participant'),
  z.literal('undecided'),
]);

const columnChoice = z.object({ name: z.string(), type: attributeType, include: z.boolean() });

export const participantsContract = {
  'participants.list': method<Participant[]>()(z.object({})),
  'participants.create': method<Participant>()(z.object({ name: z.string().trim().min(1, 'a participant needs a name'), description: z.string().optional() })),
  'participants.update': method<null>()(z.object({ participantId: id, name: z.string().trim().min(1).optional(), description: z.string().optional() })),
  'participants.delete': method<null>()(z.object({ participantIds: ids })),
  'participants.setAttribute': method<null>()(z.object({ participantId: id, attributeId: id, value: z.string().nullable() })),
  /** Every speaker label in the project, with the documents it appears in and who it is. */
  'speakers.list': method<SpeakerLabel[]>()(z.object({})),
  /** Say who speakers are. A new participant whose name already exists is that participant (no duplicate). */
  'speakers.map': method<null>()(z.object({ mappings: z.array(z.object({ label: z.string(), documentId: id.optional(), as: speakerAs })).min(1) })),

  'attributes.list': method<Attribute[]>()(z.object({ scope: attributeScope.optional() })),
  'attributes.create': method<Attribute>()(
    z.object({ scope: attributeScope, name: z.string().trim().min(1, 'an attribute needs a name'), type: attributeType, allowedValues: z.array(z.string()).optional() }),
  ),
  'attributes.update': method<null>()(
    z.object({ attributeId: id, name: z.string().trim().min(1).optional(), type: attributeType.optional(), allowedValues: z.array(z.string()).optional() }),
  ),
  'attributes.delete': method<null>()(z.object({ attributeId: id })),
  /** Read a CSV/XLSX table of attributes (one row per participant or document) without changing anything. */
  'attributes.importPreview': method<AttributeTablePreview>()(z.object({ file: importSource, scope: attributeScope })),
  'attributes.import': method<AttributeImportResult>()(
    z.object({ file: importSource, scope: attributeScope, columns: z.array(columnChoice).optional(), createMissing: z.boolean().optional() }),
  ),

  'sets.list': method<DocumentSet[]>()(z.object({})),
  'sets.create': method<DocumentSet>()(z.object({ name: z.string().trim().min(1, 'a set needs a name'), documentIds: z.array(id).optional() })),
  'sets.rename': method<null>()(z.object({ setId: id, name: z.string().trim().min(1) })),
  'sets.delete': method<null>()(z.object({ setId: id })),
  'sets.addDocuments': method<null>()(z.object({ setId: id, documentIds: ids })),
  'sets.removeDocuments': method<null>()(z.object({ setId: id, documentIds: ids })),
};
