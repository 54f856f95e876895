import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { ConfigurationGraph, ConfigurationStatus, Slot } from '../../../core/model/realistTypes';
import { wrapLabel } from './wrapLabel';

/**
 * The web of configurations laid out left to right: what a configuration draws on (its
 * context, intervention and mechanism elements) stands to its left, its outcomes to its right,
 * so an outcome that is the next configuration's mechanism reads as a chain
 * (CMO 1 → more confidence → CMO 2 → more engagement → CMO 3). Pure and DOM-free: the web
 * view, the SVG export and the benchmark (in Node) share it.
 */

export interface PlacedNode {
  id: string;
  kind: 'configuration' | 'element';
  label: string;
  statuses: Record<number, ConfigurationStatus>;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn, wrapped to the node's width. */
  lines: string[];
}

/** An edge in the direction of the chain (`from` -> `to`); its id is the API's. */
export interface PlacedEdge {
  id: string;
  slot: Slot;
  from: string;
  to: string;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** Sizes in CSS pixels; the web view's CSS and the SVG export draw to them. */
export const NODE_BOX = {
  configuration: { width: 236, charsPerLine: 30, maxLines: 5, header: 30 },
  element: { width: 176, charsPerLine: 21, maxLines: 4, header: 24 },
  lineHeight: 17,
  padding: 10,
} as const;

export function nodeBox(kind: PlacedNode['kind'], label: string): { width: number; height: number; lines: string[] } {
  const box = NODE_BOX[kind];
  const lines = wrapLabel(label, box.charsPerLine, box.maxLines);
  return { width: box.width, height: box.header + lines.length * NODE_BOX.lineHeight + NODE_BOX.padding, lines };
}

/** An outcome flows out of its configuration; every other slot flows into it. */
export function flowOf(edge: ConfigurationGraph['edges'][number]): { from: string; to: string } {
  return edge.slot === 'outcome' ? { from: edge.target, to: edge.source } : { from: edge.source, to: edge.target };
}

const layoutOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '22',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.spacing.componentComponent': '40',
};

/**
 * A web of hundreds of configurations gets a quicker pass (measured in test/bench/realist.bench.ts):
 * one crossing-minimisation sweep without the greedy switch, and no effort to keep the input
 * order, which with widely shared outcomes costs seconds. Smaller webs get ELK's full care.
 */
export const LARGE_GRAPH_NODES = 150;
const largeGraphOptions: Record<string, string> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.considerModelOrder.strategy': 'NONE',
};
const smallGraphOptions: Record<string, string> = {
  // Where the layout leaves a choice, keep the order the configurations were made in.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

// ELK is large (1.5 MB): it loads the first time a web is laid out, not with the app.
let elk: Promise<ELK> | null = null;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default()));

export async function layoutGraph(graph: ConfigurationGraph): Promise<GraphLayout> {
  const boxes = new Map(graph.nodes.map((n) => [n.id, nodeBox(n.kind, n.label)]));
  const edges: PlacedEdge[] = graph.edges.map((e) => ({ id: e.id, slot: e.slot, ...flowOf(e) }));
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...layoutOptions, ...(graph.nodes.length > LARGE_GRAPH_NODES ? largeGraphOptions : smallGraphOptions) },
    children: graph.nodes.map((n) => ({ id: n.id, width: boxes.get(n.id)!.width, height: boxes.get(n.id)!.height })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const placed = await (await loadElk()).layout(root);
  const at = new Map((placed.children ?? []).map((c) => [c.id, c]));
  return {
    nodes: graph.nodes.map((n) => {
      const box = boxes.get(n.id)!;
      const p = at.get(n.id);
      return { id: n.id, kind: n.kind, label: n.label, statuses: n.statuses ?? {}, x: p?.x ?? 0, y: p?.y ?? 0, width: box.width, height: box.height, lines: box.lines };
    }),
    edges,
    width: placed.width ?? 0,
    height: placed.height ?? 0,
  };
}
