import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ConfigurationStatus } from '../../../core/model/realistTypes';
import { NODE_BOX } from './graphLayout';
import { STATUS_COLOUR, STATUS_TEXT } from './slots';

export interface ConfigurationNodeData extends Record<string, unknown> {
  title: string;
  lines: string[];
  status: ConfigurationStatus | null;
}

export interface ElementNodeData extends Record<string, unknown> {
  lines: string[];
  roles: string;
}

export type ConfigurationFlowNode = Node<ConfigurationNodeData, 'configuration'>;
export type ElementFlowNode = Node<ElementNodeData, 'element'>;

// Edges need handles to attach to; nobody draws new edges here, so they stay out of sight.
const handles = (
  <>
    <Handle type="target" position={Position.Left} isConnectable={false} className="web-handle" />
    <Handle type="source" position={Position.Right} isConnectable={false} className="web-handle" />
  </>
);

/** A configuration in the web: "CMO 3", its status in the chosen version, its statement. */
export function ConfigurationNode({ data }: NodeProps<ConfigurationFlowNode>) {
  const colours = data.status ? STATUS_COLOUR[data.status] : null;
  return (
    <div
      className={`web-node web-configuration${data.status ? ` status-${data.status}` : ''}`}
      style={{ borderColor: colours?.border, background: data.status === 'refuted' ? colours?.fill : undefined, paddingTop: 0 }}
    >
      {handles}
      <div className="web-node-header" style={{ height: NODE_BOX.configuration.header }}>
        <span className="web-node-title">{data.title}</span>
        {data.status && (
          <span className="web-node-status" style={{ color: colours?.ink }}>
            {data.status === 'refuted' && <span aria-hidden="true">✕ </span>}
            {STATUS_TEXT[data.status].label}
          </span>
        )}
      </div>
      {data.lines.map((line, i) => (
        <span key={i} className="web-node-line">
          {line}
        </span>
      ))}
    </div>
  );
}

/** An element in the web, with the roles it plays ("outcome → mechanism (reasoning)"). */
export function ElementNode({ data }: NodeProps<ElementFlowNode>) {
  return (
    <div className="web-node web-element">
      {handles}
      <div className="web-node-header web-element-roles" style={{ height: NODE_BOX.element.header }}>
        {data.roles}
      </div>
      {data.lines.map((line, i) => (
        <span key={i} className="web-node-line">
          {line}
        </span>
      ))}
    </div>
  );
}

export const nodeTypes = { configuration: ConfigurationNode, element: ElementNode };
