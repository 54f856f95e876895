/**
 * Issue 8's budgets for realist evaluation, on a programme theory of 300 configurations with
 * 2,000 evidence links:
 * - laying out the web of configurations (cmo.graph, then the web view's own layout function,
 *   ELK layered left to right) takes under 1 s;
 * - exporting the CMO table as CSV (cmo.exportCsv) takes under 300 ms.
 * Everything is built through the core's `handle`, as a researcher's project would be: the
 * sample study (whose participants carry a stakeholder type) with 1,200 more codings, then
 * 30 programme areas of 10 configurations each. Within an area, configurations share
 * contexts, interventions and mechanisms, and six in ten take the previous one's outcome as
 * their mechanism (the chains realist theories draw); about one in seven also leads to one of
 * four project-wide outcomes (less isolation, better mental health…), so the areas form one web.
 * Two theory versions: the initial theory proposes everything; the refined one (a copy)
 * supports, refutes or refines about a third.
 */
import path from 'node:path';
import type { ConfigurationGraph, ConfigurationStatus, Slot } from '../../core/model/realistTypes';
import { layoutGraph } from '../../renderer/features/realist/graphLayout';
import { testCore, type TestCore } from '../support/testCore';
import { median, percentile, round, timeRuns, type Benchmark, type BenchResult } from './benchmark';

const areas = 30;
const perArea = 10;
const evidenceLinks = 2_000;
const extraCodings = 1_200;
const layoutRuns = 7;
const csvRuns = 15;

/** A small deterministic random source, so every run builds the same theory. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 16807) % 2147483647;
    return s % n;
  };
}

/** More coded passages in the sample's documents: whole sentences, by its three coders. */
async function addCodings(t: TestCore, pick: (n: number) => number): Promise<number[]> {
  const codes = (await t.call('codes.list', {})).filter((c) => c.path.startsWith('Realist/'));
  const coders = await t.call('coders.list', {});
  const sentences: { documentId: number; start: number; end: number }[] = [];
  for (const d of await t.call('documents.list', {})) {
    const { text } = await t.call('documents.get', { documentId: d.id });
    for (const m of text.matchAll(/[^.?!\n]{20,}[.?!]/g)) sentences.push({ documentId: d.id, start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < extraCodings; i++) {
    const s = sentences[pick(sentences.length)]!;
    await t.call('codings.create', { ...s, codeId: codes[pick(codes.length)]!.id, coderId: coders[pick(coders.length)]!.id });
  }
  return (await t.call('codings.segments', {})).map((s) => s.codingId);
}

interface RealistProject {
  refinedId: number;
  elements: number;
  sharedElements: number;
  codings: number;
}

async function buildTheory(t: TestCore): Promise<RealistProject> {
  await t.call('project.create', { path: path.join(t.dir, 'realist.coherence'), sample: true });
  const pick = random(8);
  const codingIds = await addCodings(t, pick);

  const elementIds = new Map<string, number>();
  const element = async (label: string) => {
    if (!elementIds.has(label)) elementIds.set(label, (await t.call('cmo.elements.create', { label })).id);
    return elementIds.get(label)!;
  };
  const wide = ['Less isolation', 'Better mental health', 'Fewer GP appointments', 'More confidence'];
  const configurationIds: number[] = [];
  for (let a = 0; a < areas; a++) {
    for (let k = 0; k < perArea; k++) {
      const slots: { elementId: number; slot: Slot }[] = [
        { elementId: await element(`Area ${a + 1}: context ${pick(3) + 1}`), slot: 'context' },
        { elementId: await element(`Area ${a + 1}: resource ${pick(3) + 1}`), slot: 'mechanism-resource' },
        {
          elementId: await element(k > 0 && pick(10) < 6 ? `Area ${a + 1}: outcome ${k}` : `Area ${a + 1}: response ${pick(3) + 1}`),
          slot: 'mechanism-reasoning',
        },
        { elementId: await element(`Area ${a + 1}: outcome ${k + 1}`), slot: 'outcome' },
      ];
      if (pick(2) === 0) slots.splice(1, 0, { elementId: await element(`Area ${a + 1}: intervention ${pick(2) + 1}`), slot: 'intervention' });
      if (pick(7) === 0) slots.push({ elementId: await element(wide[pick(wide.length)]!), slot: 'outcome' });
      const statement = `In area ${a + 1}, people in this context who are offered this resource respond in this way, so that outcome ${k + 1} follows.`;
      configurationIds.push((await t.call('cmo.configurations.create', { statement, elements: slots })).id);
    }
  }

  // 2,000 evidence links, spread over the elements.
  const ids = [...elementIds.values()];
  const links = new Map<number, Set<number>>();
  let made = 0;
  while (made < evidenceLinks) {
    const elementId = ids[pick(ids.length)]!;
    const codingId = codingIds[pick(codingIds.length)]!;
    if (!links.has(elementId)) links.set(elementId, new Set());
    if (links.get(elementId)!.has(codingId)) continue;
    links.get(elementId)!.add(codingId);
    made++;
  }
  for (const [elementId, codings] of links) await t.call('cmo.elements.addEvidence', { elementId, codingIds: [...codings] });

  const ipt = await t.call('cmo.versions.create', { name: 'Initial programme theory' });
  for (const configurationId of configurationIds) await t.call('cmo.configurations.setStatus', { configurationId, versionId: ipt.id, status: 'proposed' });
  const refined = await t.call('cmo.versions.create', { name: 'Refined theory', copyFrom: ipt.id });
  const changes: ConfigurationStatus[] = ['supported', 'refuted', 'refined'];
  for (const configurationId of configurationIds) {
    if (pick(3) !== 0) continue;
    await t.call('cmo.configurations.setStatus', { configurationId, versionId: refined.id, status: changes[pick(3)]!, rationale: 'Borne out by the staff and client interviews.' });
  }
  const elements = await t.call('cmo.elements.list', {});
  return {
    refinedId: refined.id,
    elements: elements.length,
    sharedElements: elements.filter((e) => new Set(e.usedIn.map((u) => u.configurationId)).size > 1).length,
    codings: codingIds.length,
  };
}

export const realistBench: Benchmark = {
  issue: 8,
  name: 'realist',
  async run() {
    const t = testCore();
    try {
      const project = await buildTheory(t);
      const evidence = (await t.call('cmo.elements.list', {})).reduce((n, e) => n + e.evidenceCount, 0);
      if (evidence !== evidenceLinks) throw new Error(`The benchmark theory has ${evidence} evidence links, not ${evidenceLinks}.`);

      let graph: ConfigurationGraph | null = null;
      const graphTimes = await timeRuns(layoutRuns, async () => {
        graph = await t.call('cmo.graph', { versionId: project.refinedId });
      });
      const g = graph! as ConfigurationGraph;
      let positioned = 0;
      const layoutTimes = await timeRuns(layoutRuns, async () => {
        const layout = await layoutGraph(g);
        positioned = layout.nodes.filter((n) => n.x > 0 || n.y > 0).length;
      });
      if (positioned < g.nodes.length - 1) throw new Error(`The layout left ${g.nodes.length - positioned} nodes unplaced.`);
      const configurations = g.nodes.filter((n) => n.kind === 'configuration').length;

      let rows = 0;
      const csvTimes = await timeRuns(csvRuns, async () => {
        const { csv } = await t.call('cmo.exportCsv', { versionId: project.refinedId });
        rows = csv.split('\n').length;
      });

      const results: BenchResult[] = [
        {
          name: `web layout, ${configurations} configurations (graph layout of cmo.graph)`,
          value: round(median(layoutTimes)),
          unit: 'ms',
          budget: 1000,
          detail: {
            p95: round(percentile(layoutTimes, 95)),
            runs: layoutTimes.length,
            cmoGraph: round(median(graphTimes)),
            nodes: g.nodes.length,
            edges: g.edges.length,
            elements: project.elements,
            sharedElements: project.sharedElements,
            evidenceLinks: evidence,
          },
        },
        {
          name: 'CMO table as CSV (cmo.exportCsv)',
          value: round(median(csvTimes)),
          unit: 'ms',
          budget: 300,
          detail: { p95: round(percentile(csvTimes, 95)), runs: csvTimes.length, configurations, lines: rows, codings: project.codings },
        },
      ];
      return results;
    } finally {
      t.close();
    }
  },
};
