import type { ConfigurationStatus, Slot } from '../../../core/model/realistTypes';
import { NODE_BOX, type GraphLayout, type PlacedNode } from './graphLayout';
import { SLOT_COLOUR, SLOT_WORDS, STATUS_COLOUR, STATUS_TEXT } from './slots';

/**
 * What the web view draws, worked out once for the screen and for the exported picture:
 * node titles, the status a configuration has in the chosen version, the roles an element
 * plays, and a standalone SVG of the whole web (with a title and a legend) for a paper.
 */

export function configurationTitle(node: PlacedNode, numbers: ReadonlyMap<number, number>): string {
  return `CMO ${numbers.get(Number(node.id.slice(1))) ?? '?'}`;
}

export function nodeStatus(node: PlacedNode, versionId: number | null): ConfigurationStatus | null {
  return versionId === null ? null : (node.statuses[versionId] ?? null);
}

/** The slots each element fills in the drawn web, in reading order. */
export function elementRoles(layout: GraphLayout): Map<string, Slot[]> {
  const order: Slot[] = ['context', 'intervention', 'mechanism-resource', 'mechanism-reasoning', 'outcome'];
  const roles = new Map<string, Set<Slot>>();
  for (const e of layout.edges) {
    const element = e.slot === 'outcome' ? e.to : e.from;
    if (!roles.has(element)) roles.set(element, new Set());
    roles.get(element)!.add(e.slot);
  }
  return new Map([...roles].map(([id, set]) => [id, order.filter((s) => set.has(s))]));
}

/** Roles in a few words, to fit above an element's label. */
const ROLE_WORDS: Record<Slot, string> = {
  context: 'context',
  intervention: 'intervention',
  'mechanism-resource': 'resource',
  'mechanism-reasoning': 'mechanism',
  outcome: 'outcome',
};

/** "outcome → mechanism" for an element that links two configurations. */
export function rolesText(roles: readonly Slot[]): string {
  const others = roles.filter((s) => s !== 'outcome').map((s) => ROLE_WORDS[s]);
  if (roles.includes('outcome') && others.length) return `outcome → ${others.join(', ')}`;
  return roles.map((s) => ROLE_WORDS[s]).join(', ');
}

export function edgePath(from: PlacedNode, to: PlacedNode): string {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const dx = Math.max(40, Math.abs(x2 - x1) / 2);
  return `M${r(x1)},${r(y1)} C${r(x1 + dx)},${r(y1)} ${r(x2 - dx)},${r(y2)} ${r(x2)},${r(y2)}`;
}

const r = (n: number) => Math.round(n * 10) / 10;
const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const MARGIN = 24;
const TITLE = 34;
const LEGEND = 46;

/** The web as a standalone SVG document: what the screen shows, without the pan and zoom. */
export function graphSvg(layout: GraphLayout, options: { numbers: ReadonlyMap<number, number>; versionId: number | null; title: string }): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const roles = elementRoles(layout);
  const width = Math.max(layout.width, 560) + 2 * MARGIN;
  const height = layout.height + 2 * MARGIN + TITLE + LEGEND;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}" font-family="${FONT}">`);
  out.push(`<title>${xml(options.title)}</title>`);
  out.push('<defs>');
  for (const [slot, colour] of Object.entries(SLOT_COLOUR)) {
    out.push(`<marker id="arrow-${slot}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`);
  }
  out.push('</defs>');
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN}" y="${MARGIN + 14}" font-size="16" font-weight="600" fill="#1f2328">${xml(options.title)}</text>`);
  out.push(`<g transform="translate(${MARGIN},${MARGIN + TITLE})">`);
  for (const e of layout.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    out.push(`<path d="${edgePath(from, to)}" fill="none" stroke="${SLOT_COLOUR[e.slot]}" stroke-width="1.6" marker-end="url(#arrow-${e.slot})"/>`);
  }
  for (const n of layout.nodes) out.push(nodeSvg(n, options, roles.get(n.id) ?? []));
  out.push('</g>');
  out.push(legendSvg(MARGIN, height - LEGEND + 10, options.versionId !== null));
  out.push('</svg>');
  return out.join('\n');
}

function nodeSvg(n: PlacedNode, options: { numbers: ReadonlyMap<number, number>; versionId: number | null }, roles: readonly Slot[]): string {
  const box = NODE_BOX[n.kind];
  const status = n.kind === 'configuration' ? nodeStatus(n, options.versionId) : null;
  const colours = status ? STATUS_COLOUR[status] : null;
  const fill = n.kind === 'element' ? '#f7f6f2' : status === 'refuted' ? colours!.fill : '#ffffff';
  const stroke = n.kind === 'element' ? '#c9c7bd' : (colours?.border ?? '#667085');
  const dash = status === 'refuted' ? ' stroke-dasharray="6 4"' : '';
  const parts = [`<g>`, `<rect x="${r(n.x)}" y="${r(n.y)}" width="${n.width}" height="${r(n.height)}" rx="${n.kind === 'element' ? 14 : 6}" fill="${fill}" stroke="${stroke}" stroke-width="${n.kind === 'element' ? 1 : 1.6}"${dash}/>`];
  const x = r(n.x + NODE_BOX.padding);
  if (n.kind === 'configuration') {
    parts.push(`<text x="${x}" y="${r(n.y + 19)}" font-size="12.5" font-weight="700" fill="#1f2328">${xml(configurationTitle(n, options.numbers))}</text>`);
    if (status) {
      const label = `${status === 'refuted' ? '✕ ' : ''}${STATUS_TEXT[status].label}`;
      parts.push(`<text x="${r(n.x + n.width - NODE_BOX.padding)}" y="${r(n.y + 19)}" font-size="11" font-weight="600" text-anchor="end" fill="${colours!.ink}">${xml(label)}</text>`);
    }
  } else {
    parts.push(`<text x="${x}" y="${r(n.y + 16)}" font-size="10" fill="#667085">${xml(rolesText(roles))}</text>`);
  }
  n.lines.forEach((line, i) => {
    const y = n.y + box.header + i * NODE_BOX.lineHeight + 10;
    parts.push(`<text x="${x}" y="${r(y)}" font-size="12.5" fill="${status === 'refuted' ? '#7a271a' : '#1f2328'}"${n.kind === 'element' ? ' font-weight="600"' : ''}>${xml(line)}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

function legendSvg(x: number, y: number, withStatuses: boolean): string {
  const parts: string[] = [];
  let at = x;
  for (const [slot, colour] of Object.entries(SLOT_COLOUR) as [Slot, string][]) {
    parts.push(`<line x1="${at}" y1="${y}" x2="${at + 22}" y2="${y}" stroke="${colour}" stroke-width="2"/><text x="${at + 28}" y="${y + 4}" font-size="11" fill="#475467">${xml(SLOT_WORDS[slot])}</text>`);
    at += 40 + SLOT_WORDS[slot].length * 6;
  }
  if (withStatuses) {
    at = x;
    for (const [status, colour] of Object.entries(STATUS_COLOUR) as [ConfigurationStatus, (typeof STATUS_COLOUR)[ConfigurationStatus]][]) {
      const dash = status === 'refuted' ? ' stroke-dasharray="4 3"' : '';
      parts.push(`<rect x="${at}" y="${y + 12}" width="18" height="12" rx="2" fill="${colour.fill}" stroke="${colour.border}"${dash}/><text x="${at + 24}" y="${y + 22}" font-size="11" fill="#475467">${xml(STATUS_TEXT[status].label)}</text>`);
      at += 40 + STATUS_TEXT[status].label.length * 6.5;
    }
  }
  return `<g>${parts.join('')}</g>`;
}
