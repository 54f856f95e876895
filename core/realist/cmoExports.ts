import type { ProjectFile } from '../../db/projectFile';
import { listAttributes } from '../attributes/attributeQueries';
import type { CsvExport } from '../model/codingTypes';
import type { Configuration, Slot, Supporter } from '../model/realistTypes';
import { writeCsv } from '../tables/writeCsv';
import { listConfigurations } from './configurationQueries';
import { statement } from '../../db/statements';
import { codedSegments } from '../coding/codedSegments';
import { getVersion } from './versionQueries';
import { escapeHtml } from '../tables/escapeHtml';

/**
 * The CMO table of a realist paper (RAMESES style): one row per configuration with its
 * context, intervention, mechanism (resource, reasoning) and outcome, who supports it (by
 * stakeholder group), a few evidence quotes, and its status in the chosen version.
 */
export const CMO_COLUMNS = ['configuration', 'context', 'intervention', 'mechanism (resource)', 'mechanism (reasoning)', 'outcome', 'supporting participants', 'evidence', 'status', 'rationale'] as const;

interface CmoRow {
  configuration: Configuration;
  cells: string[];
}

const SLOT_ORDER: Slot[] = ['context', 'intervention', 'mechanism-resource', 'mechanism-reasoning', 'outcome'];
const QUOTES = 3;

function groupSupporters(supporters: Supporter[], attributeId: number | undefined): string {
  if (attributeId === undefined) return supporters.map((s) => s.name).join('; ');
  const groups = new Map<string, string[]>();
  for (const s of supporters) {
    const key = s.attributes[attributeId] ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), s.name]);
  }
  return [...groups].map(([group, names]) => `${group}: ${names.join(', ')}`).join('; ');
}

/** Every element's evidence quotes, read in one pass (not element by element). */
function quotesByElement(file: ProjectFile): Map<number, string[]> {
  const links = statement(file.sqlite, 'SELECT element_id AS elementId, coding_id AS codingId FROM element_evidence').all() as { elementId: number; codingId: number }[];
  const segments = new Map(
    (links.length ? codedSegments(file, { codingIds: [...new Set(links.map((l) => l.codingId))] }) : []).map((s) => [s.codingId, s]),
  );
  const quotes = new Map<number, string[]>();
  for (const link of links) {
    const p = segments.get(link.codingId);
    if (!p) continue;
    quotes.set(link.elementId, [...(quotes.get(link.elementId) ?? []), `"${p.text.replace(/\s+/g, ' ').trim()}" (${p.participant?.name ?? p.documentTitle})`]);
  }
  return quotes;
}

function cmoRows(file: ProjectFile, versionId: number | undefined, groupAttributeId: number | undefined): CmoRow[] {
  const quotes = quotesByElement(file);
  const quotesOf = (elementId: number) => quotes.get(elementId) ?? [];
  return listConfigurations(file, versionId).map((c) => {
    const slot = (s: Slot) => c.elements.filter((e) => e.slot === s).map((e) => e.label).join('; ');
    const evidence = [...new Set(c.elements.flatMap((e) => quotesOf(e.elementId)))].slice(0, QUOTES).join(' ');
    const status = versionId !== undefined ? c.versions[versionId] : undefined;
    return {
      configuration: c,
      cells: [c.statement, ...SLOT_ORDER.map(slot), groupSupporters(c.supporters, groupAttributeId), evidence, status?.status ?? '', status?.rationale ?? ''],
    };
  });
}

function defaultGroup(file: ProjectFile, groupAttributeId: number | undefined): number | undefined {
  return groupAttributeId ?? listAttributes(file, 'participant').find((a) => /stakeholder/i.test(a.name))?.id;
}

export function exportCmoCsv(file: ProjectFile, versionId?: number, groupAttributeId?: number): CsvExport {
  const version = versionId === undefined ? null : getVersion(file, versionId);
  const rows = cmoRows(file, versionId, defaultGroup(file, groupAttributeId));
  return { fileName: `CMO configurations${version ? ` (${version.name})` : ''}.csv`, csv: writeCsv([...CMO_COLUMNS], rows.map((r) => r.cells)) };
}

/** Plain HTML with a bordered table: it pastes into Word and Google Docs as a real table. */
export function exportCmoHtml(file: ProjectFile, versionId?: number, groupAttributeId?: number): { fileName: string; html: string } {
  const version = versionId === undefined ? null : getVersion(file, versionId);
  const rows = cmoRows(file, versionId, defaultGroup(file, groupAttributeId));
  const head = CMO_COLUMNS.map((c) => `<th style="border:1px solid #999;padding:4px;text-align:left;background:#eee">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r, i) => `<tr>${r.cells.map((cell, k) => `<td style="border:1px solid #999;padding:4px;vertical-align:top">${k === 0 ? `<b>CMO ${i + 1}.</b> ` : ''}${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const title = `Context-mechanism-outcome configurations${version ? `: ${version.name}` : ''}`;
  return {
    fileName: `CMO configurations${version ? ` (${version.name})` : ''}.html`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><h1 style="font-size:14pt">${escapeHtml(title)}</h1>
<table style="border-collapse:collapse;width:100%"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>
`,
  };
}
