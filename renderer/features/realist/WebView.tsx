import { Background, Controls, MarkerType, ReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import type { Configuration, TheoryVersion } from '../../../core/model/realistTypes';
import { useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { downloadBlob, safeFileName } from '../../files/downloads';
import { svgToPng } from '../../files/svgPicture';
import { layoutGraph, type GraphLayout } from './graphLayout';
import { svgSize } from './graphImage';
import { configurationTitle, elementRoles, graphSvg, nodeStatus, rolesText } from './graphPicture';
import { nodeTypes, type ConfigurationFlowNode, type ElementFlowNode } from './GraphNodes';
import { SLOT_COLOUR, SLOT_WORDS, STATUSES, STATUS_COLOUR, STATUS_TEXT } from './slots';
import { groupValues } from './stakeholders';
import { WebDetail } from './WebDetail';
import { REALIST_EVENTS, type RealistData } from './useRealistData';

/**
 * The web of configurations and the elements they share, laid out left to right (what a
 * configuration draws on, then its outcomes, which may be the next one's mechanism). The
 * chosen version colours configurations by status (refuted ones dashed and crossed); a
 * stakeholder group keeps only the configurations its participants' passages support.
 * Tab reaches the nodes; Enter on one shows it beside the web.
 */
export function WebView({
  data,
  version,
  groupAttribute,
  onEditConfiguration,
  onStatus,
  onShowElement,
}: {
  data: RealistData;
  version: TheoryVersion | null;
  groupAttribute: Attribute | null;
  onEditConfiguration: (c: Configuration) => void;
  onStatus: (c: Configuration) => void;
  onShowElement: (elementId: number) => void;
}) {
  const toast = useToast();
  const [group, setGroup] = useState('');
  const [layout, setLayout] = useState<GraphLayout | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const groups = groupAttribute ? groupValues(groupAttribute, (data.participants ?? []).map((p) => p.attributes)) : [];
  const args = {
    ...(version ? { versionId: version.id } : {}),
    ...(groupAttribute && group ? { supporterAttribute: { attributeId: groupAttribute.id, value: group } } : {}),
  };
  const graph = useQuery('cmo.graph', args, REALIST_EVENTS);

  useEffect(() => {
    if (!graph.data) return;
    let live = true;
    layoutGraph(graph.data).then(
      (l) => live && setLayout(l),
      (e: unknown) => live && setError(e as Error),
    );
    return () => {
      live = false;
    };
  }, [graph.data]);

  const versionId = version?.id ?? null;
  const { nodes, edges } = useMemo(() => {
    if (!layout) return { nodes: [], edges: [] };
    const roles = elementRoles(layout);
    const nodes: (ConfigurationFlowNode | ElementFlowNode)[] = layout.nodes.map((n) => {
      const common = { id: n.id, position: { x: n.x, y: n.y }, width: n.width, height: n.height, style: { width: n.width, height: n.height } };
      if (n.kind === 'configuration') {
        const status = nodeStatus(n, versionId);
        const title = configurationTitle(n, data.numbers);
        return {
          ...common,
          type: 'configuration' as const,
          className: status ? `status-${status}` : undefined,
          ariaLabel: `${title}${status ? `, ${status}${version ? ` in ${version.name}` : ''}` : ''}: ${n.label}`,
          data: { title, lines: n.lines, status },
        };
      }
      const r = rolesText(roles.get(n.id) ?? []);
      return { ...common, type: 'element' as const, ariaLabel: `Element ${n.label} (${r})`, data: { lines: n.lines, roles: r } };
    });
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const edges: Edge[] = layout.edges.map((e) => {
      const configuration = byId.get(e.slot === 'outcome' ? e.from : e.to);
      const element = byId.get(e.slot === 'outcome' ? e.to : e.from);
      return {
        id: e.id,
        source: e.from,
        target: e.to,
        style: { stroke: SLOT_COLOUR[e.slot], strokeWidth: 1.6 },
        markerEnd: { type: MarkerType.ArrowClosed, color: SLOT_COLOUR[e.slot], width: 16, height: 16 },
        ariaLabel: `${element?.label ?? ''}: ${SLOT_WORDS[e.slot]} of ${configuration ? configurationTitle(configuration, data.numbers) : ''}`,
        domAttributes: { 'data-slot': e.slot } as Edge['domAttributes'],
      };
    });
    return { nodes, edges };
  }, [layout, versionId, version, data.numbers]);

  const pictureTitle = `Programme theory web${version ? `: ${version.name}` : ''}${groupAttribute && group ? ` (supported by ${groupAttribute.name} ${group})` : ''}`;
  const fileBase = safeFileName(`CMO web${version ? ` (${version.name})` : ''}${group ? ` - ${group}` : ''}`);
  const svg = () => (layout ? graphSvg(layout, { numbers: data.numbers, versionId, title: pictureTitle }) : null);
  const exportSvg = () => {
    const picture = svg();
    if (!picture) return;
    downloadBlob(`${fileBase}.svg`, new Blob([picture], { type: 'image/svg+xml' }));
    toast.show(`The web saved as ${fileBase}.svg.`);
  };
  const exportPng = async () => {
    const picture = svg();
    if (!picture) return;
    try {
      const { width, height } = svgSize(picture);
      downloadBlob(`${fileBase}.png`, await svgToPng(picture, width, height));
      toast.show(`The web saved as ${fileBase}.png.`);
    } catch (e) {
      setError(e as Error);
    }
  };

  // Enter or Space on a node (Tab reaches them) shows it beside the web; Escape closes that.
  const onCanvasKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const node = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      setSelected(node.dataset.id);
    } else if (e.key === 'Escape' && selected) {
      e.preventDefault();
      setSelected(null);
    }
  };

  const configurations = layout?.nodes.filter((n) => n.kind === 'configuration').length ?? 0;
  const elements = (layout?.nodes.length ?? 0) - configurations;
  // A new question (version, group) draws a new web, fitted to the window.
  const flowKey = `${versionId ?? 'all'}-${group}-${layout?.nodes.length ?? 0}`;

  return (
    <section className="web-view" aria-label="Web of configurations">
      <div className="web-tools">
        {groupAttribute && (
          <label className="web-filter">
            <span>Supported by</span>
            <select value={group} onChange={(e) => setGroup(e.target.value)} aria-label={`Supported by ${groupAttribute.name}`}>
              <option value="">every {groupAttribute.name}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="web-count" aria-live="polite">
          {layout ? `${configurations} configuration${configurations === 1 ? '' : 's'}, ${elements} element${elements === 1 ? '' : 's'}, ${layout.edges.length} link${layout.edges.length === 1 ? '' : 's'}` : 'Laying out…'}
        </span>
        <span className="spacer" />
        <button type="button" className="small" onClick={exportSvg} disabled={!layout}>
          Export SVG
        </button>
        <button type="button" className="small" onClick={() => void exportPng()} disabled={!layout}>
          Export PNG
        </button>
      </div>
      <ErrorNotice error={error ?? graph.error} onDismiss={() => setError(null)} />
      <div className="web-canvas" onKeyDown={onCanvasKey}>
        {layout && layout.nodes.length === 0 ? (
          <p className="muted empty">{version || group ? 'No configuration matches: choose another version or group.' : 'No configurations yet.'}</p>
        ) : (
          <ReactFlow
            key={flowKey}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            fitView
            fitViewOptions={{ padding: 0.08, maxZoom: 1.1 }}
            minZoom={0.05}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            elementsSelectable
            onNodeClick={(_e, node) => setSelected(node.id)}
            onPaneClick={() => setSelected(null)}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} color="#e6e6e0" />
            <Controls showInteractive={false} />
          </ReactFlow>
        )}
        {selected && (
          <WebDetail
            nodeId={selected}
            data={data}
            version={version}
            onClose={() => setSelected(null)}
            onEditConfiguration={onEditConfiguration}
            onStatus={onStatus}
            onShowElement={onShowElement}
          />
        )}
      </div>
      <div className="web-legend" aria-label="Legend">
        {Object.entries(SLOT_COLOUR).map(([slot, colour]) => (
          <span key={slot} className="legend-item">
            <span className="legend-line" style={{ background: colour }} aria-hidden="true" />
            {SLOT_WORDS[slot as keyof typeof SLOT_WORDS]}
          </span>
        ))}
        {version &&
          STATUSES.map((s) => (
            <span key={s} className="legend-item">
              <span className={`legend-box status-${s}`} style={{ background: STATUS_COLOUR[s].fill, borderColor: STATUS_COLOUR[s].border }} aria-hidden="true" />
              {STATUS_TEXT[s].label}
            </span>
          ))}
      </div>
    </section>
  );
}
