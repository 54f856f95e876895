import type { ProjectFile } from '../../db/projectFile';
import type { ConfigurationGraph } from '../model/realistTypes';
import { listConfigurations } from './configurationQueries';

/**
 * The web of configurations: configurations and elements as nodes, an edge from each element
 * to each configuration it fills a slot of. An element that is the outcome of one
 * configuration and the mechanism of another links the two (the chains realist theories draw).
 */
export function configurationGraph(file: ProjectFile, filter: { versionId?: number | undefined; supporterAttribute?: { attributeId: number; value: string } | undefined }): ConfigurationGraph {
  const configurations = listConfigurations(file, filter.versionId).filter(
    (c) => !filter.supporterAttribute || c.supporters.some((s) => s.attributes[filter.supporterAttribute!.attributeId] === filter.supporterAttribute!.value),
  );
  const nodes: ConfigurationGraph['nodes'] = [];
  const edges: ConfigurationGraph['edges'] = [];
  const seen = new Set<number>();
  for (const c of configurations) {
    nodes.push({ id: `c${c.id}`, kind: 'configuration', label: c.statement, statuses: Object.fromEntries(Object.entries(c.versions).map(([v, s]) => [v, s.status])) });
    for (const e of c.elements) {
      if (!seen.has(e.elementId)) {
        seen.add(e.elementId);
        nodes.push({ id: `e${e.elementId}`, kind: 'element', label: e.label });
      }
      edges.push({ id: `e${e.elementId}-c${c.id}-${e.slot}`, source: `e${e.elementId}`, target: `c${c.id}`, slot: e.slot });
    }
  }
  return { nodes, edges };
}
