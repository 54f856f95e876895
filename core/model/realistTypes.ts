/** Realist evaluation: CMO configurations, their elements and evidence, programme theory versions. */
import type { CodedSegment } from './codingTypes';

export type Slot = 'context' | 'intervention' | 'mechanism-resource' | 'mechanism-reasoning' | 'outcome';
export type ConfigurationStatus = 'proposed' | 'supported' | 'refuted' | 'refined';

export const SLOTS: readonly Slot[] = ['context', 'intervention', 'mechanism-resource', 'mechanism-reasoning', 'outcome'];

/** Who supports something: a participant and the values of the grouping attribute (e.g. stakeholder type). */
export interface Supporter {
  participantId: number;
  name: string;
  /** attributeId -> value, for the participant's attributes. */
  attributes: Record<number, string>;
}

export interface CmoElement {
  id: number;
  label: string;
  description: string;
  /** Coded passages linked as evidence. */
  evidenceCount: number;
  supporters: Supporter[];
  /** Configurations using the element, with the slot it fills there. */
  usedIn: { configurationId: number; slot: Slot }[];
}

export interface ConfigurationElement {
  elementId: number;
  label: string;
  slot: Slot;
  evidenceCount: number;
}

export interface Configuration {
  id: number;
  statement: string;
  elements: ConfigurationElement[];
  /** versionId -> status and rationale, for the versions that include it. */
  versions: Record<number, { status: ConfigurationStatus; rationale: string }>;
  /** Participants whose passages support any of its elements. */
  supporters: Supporter[];
  evidenceCount: number;
  createdAt: string;
}

export interface TheoryVersion {
  id: number;
  name: string;
  description: string;
  sortOrder: number;
}

export interface VersionComparison {
  from: TheoryVersion;
  to: TheoryVersion;
  /** In `to` but not in `from` (the literature's "new, marked with *"). */
  added: number[];
  /** In `from` but not in `to`. */
  dropped: number[];
  /** In both, with a different status. */
  changed: { configurationId: number; from: ConfigurationStatus; to: ConfigurationStatus }[];
  unchanged: number[];
}

export interface EvidencePassage extends CodedSegment {
  elementId: number;
}

/** What deleting a coding would take from the realist analysis (to warn first). */
export interface CodingDeletionImpact {
  evidenceFor: { elementId: number; label: string; configurations: { id: number; statement: string }[]; evidenceLeft: number }[];
}

export interface ConfigurationGraph {
  nodes: { id: string; kind: 'configuration' | 'element'; label: string; statuses?: Record<number, ConfigurationStatus> }[];
  /** element -> configuration, labelled with the slot it fills. */
  edges: { id: string; source: string; target: string; slot: Slot }[];
}
