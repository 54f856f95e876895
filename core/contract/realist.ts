import { z } from 'zod';
import type { CsvExport } from '../model/codingTypes';
import type {
  CmoElement,
  CodingDeletionImpact,
  Configuration,
  ConfigurationGraph,
  EvidencePassage,
  TheoryVersion,
  VersionComparison,
} from '../model/realistTypes';
import type { Coding } from '../model/types';
import { realistRole } from './codebook';
import { method } from './method';
import { id, ids } from './shared';

const slot = z.enum(['context', 'intervention', 'mechanism-resource', 'mechanism-reasoning', 'outcome']);
const status = z.enum(['proposed', 'supported', 'refuted', 'refined']);
/** A slot filled by an existing element, or by a new one made in the same step. */
const slotElements = z.array(z.union([z.object({ elementId: id, slot }), z.object({ newLabel: z.string().trim().min(1, 'an element needs a short label'), slot })]));
const graphFilter = {
  versionId: id.optional(),
  /** Only configurations supported by participants with this attribute value (e.g. stakeholder type = client). */
  supporterAttribute: z.object({ attributeId: id, value: z.string() }).optional(),
};

export const realistContract = {
  'codings.setRealistRole': method<Coding>()(z.object({ codingId: id, role: realistRole.nullable() })),
  /** Before deleting a coding: the configuration elements it is evidence for. */
  'codings.deletionImpact': method<CodingDeletionImpact>()(z.object({ codingId: id })),

  'cmo.elements.list': method<CmoElement[]>()(z.object({})),
  'cmo.elements.create': method<CmoElement>()(z.object({ label: z.string().trim().min(1, 'an element needs a short label'), description: z.string().optional(), codingIds: z.array(id).optional() })),
  'cmo.elements.update': method<CmoElement>()(z.object({ elementId: id, label: z.string().trim().min(1).optional(), description: z.string().optional() })),
  'cmo.elements.delete': method<null>()(z.object({ elementId: id })),
  'cmo.elements.addEvidence': method<null>()(z.object({ elementId: id, codingIds: ids })),
  'cmo.elements.removeEvidence': method<null>()(z.object({ elementId: id, codingIds: ids })),
  'cmo.elements.evidence': method<EvidencePassage[]>()(z.object({ elementId: id })),

  'cmo.configurations.list': method<Configuration[]>()(z.object({ versionId: id.optional() })),
  'cmo.configurations.create': method<Configuration>()(z.object({ statement: z.string().trim().min(1, 'a configuration needs a statement'), elements: slotElements.optional() })),
  'cmo.configurations.update': method<Configuration>()(z.object({ configurationId: id, statement: z.string().trim().min(1).optional(), elements: slotElements.optional() })),
  'cmo.configurations.delete': method<null>()(z.object({ configurationId: id })),
  /** A configuration's status in a version (null takes it out of the version), with a rationale. */
  'cmo.configurations.setStatus': method<null>()(z.object({ configurationId: id, versionId: id, status: status.nullable(), rationale: z.string().optional() })),

  'cmo.versions.list': method<TheoryVersion[]>()(z.object({})),
  'cmo.versions.create': method<TheoryVersion>()(z.object({ name: z.string().trim().min(1, 'a version needs a name'), description: z.string().optional(), copyFrom: id.optional() })),
  'cmo.versions.update': method<TheoryVersion>()(z.object({ versionId: id, name: z.string().trim().min(1).optional(), description: z.string().optional() })),
  'cmo.versions.delete': method<null>()(z.object({ versionId: id })),
  'cmo.versions.compare': method<VersionComparison>()(z.object({ fromVersionId: id, toVersionId: id })),

  'cmo.graph': method<ConfigurationGraph>()(z.object(graphFilter)),
  /** The CMO table: configuration, C, M, O, supporting participants by group, evidence quotes, status. */
  'cmo.exportCsv': method<CsvExport>()(z.object({ versionId: id.optional(), groupAttributeId: id.optional() })),
  /** The same table as an HTML page that pastes into Word. */
  'cmo.exportHtml': method<{ fileName: string; html: string }>()(z.object({ versionId: id.optional(), groupAttributeId: id.optional() })),
};
