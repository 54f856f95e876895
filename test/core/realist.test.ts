import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedSegment } from '../../core/model/codingTypes';
import { projectSnapshot } from '../support/projectSnapshot';
import { testCore, type TestCore } from '../support/testCore';

/** Find the sample's coded passage that contains these words (said by a given participant). */
async function passage(t: TestCore, words: string): Promise<CodedSegment> {
  const found = (await t.call('codings.segments', {})).find((s) => s.text.includes(words));
  if (!found) throw new Error(`no coded passage contains "${words}"`);
  return found;
}

describe('realist configurations', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'r.coherence'), sample: true });
  });
  afterEach(() => t.close());

  async function buildChain() {
    const isolated = await passage(t, 'only person I spoke to');
    const listened = await passage(t, 'She listened');
    const workshop = (await t.call('codings.segments', {})).filter((s) => s.participant && s.documentTitle === 'Stakeholder workshop');
    const staff = workshop.find((s) => s.participant!.name === 'Priya' || s.participant!.name === 'Zoë')!;
    const context = await t.call('cmo.elements.create', { label: 'Isolated older clients', codingIds: [isolated.codingId] });
    const heard = await t.call('cmo.elements.create', { label: 'Feeling listened to', codingIds: [listened.codingId] });
    const confidence = await t.call('cmo.elements.create', { label: 'More confidence', codingIds: [staff.codingId] });
    const engagement = await t.call('cmo.elements.create', { label: 'More engagement' });
    const health = await t.call('cmo.elements.create', { label: 'Better mental health' });
    const cafe = await t.call('cmo.elements.create', { label: 'Social cafés' });
    const c1 = await t.call('cmo.configurations.create', {
      statement: 'Isolated clients who attend social cafés feel listened to and gain confidence.',
      elements: [
        { elementId: context.id, slot: 'context' },
        { elementId: cafe.id, slot: 'intervention' },
        { elementId: heard.id, slot: 'mechanism-reasoning' },
        { elementId: confidence.id, slot: 'outcome' },
      ],
    });
    const c2 = await t.call('cmo.configurations.create', {
      statement: 'More confidence leads clients to engage more.',
      elements: [
        { elementId: confidence.id, slot: 'mechanism-reasoning' },
        { elementId: engagement.id, slot: 'outcome' },
      ],
    });
    const c3 = await t.call('cmo.configurations.create', {
      statement: 'More engagement leads to better mental health.',
      elements: [
        { elementId: engagement.id, slot: 'mechanism-reasoning' },
        { elementId: health.id, slot: 'outcome' },
      ],
    });
    return { c1, c2, c3, confidence, engagement, isolated, staff };
  }

  it('links three configurations where one outcome is the next mechanism, with evidence from two stakeholder groups', async () => {
    const { c1, c2, c3, confidence, engagement } = await buildChain();
    const type = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'stakeholder type')!;
    const groups = new Set(c1.supporters.map((s) => s.attributes[type.id]));
    expect(groups).toEqual(new Set(['client', 'staff']));

    const graph = await t.call('cmo.graph', {});
    const edgesOf = (elementId: number) => graph.edges.filter((e) => e.source === `e${elementId}`).map((e) => [e.target, e.slot]);
    expect(edgesOf(confidence.id)).toEqual([[`c${c1.id}`, 'outcome'], [`c${c2.id}`, 'mechanism-reasoning']]);
    expect(edgesOf(engagement.id)).toEqual([[`c${c2.id}`, 'outcome'], [`c${c3.id}`, 'mechanism-reasoning']]);
    expect(graph.nodes.filter((n) => n.kind === 'configuration')).toHaveLength(3);

    const clients = await t.call('cmo.graph', { supporterAttribute: { attributeId: type.id, value: 'client' } });
    expect(clients.nodes.filter((n) => n.kind === 'configuration').map((n) => n.id)).toEqual([`c${c1.id}`]);
  });

  it('keeps versions: the refined theory refutes one configuration, and the comparison says exactly that', async () => {
    const { c1, c2, c3 } = await buildChain();
    const ipt = await t.call('cmo.versions.create', { name: 'Initial programme theory' });
    for (const c of [c1, c2, c3]) await t.call('cmo.configurations.setStatus', { configurationId: c.id, versionId: ipt.id, status: 'proposed' });
    const refined = await t.call('cmo.versions.create', { name: 'Refined theory', copyFrom: ipt.id });
    await t.call('cmo.configurations.setStatus', { configurationId: c3.id, versionId: refined.id, status: 'refuted', rationale: 'Staff and referrers did not see it.' });
    await t.call('cmo.configurations.setStatus', { configurationId: c1.id, versionId: refined.id, status: 'supported' });
    const extra = await t.call('cmo.configurations.create', { statement: 'Debt advice frees head space.' });
    await t.call('cmo.configurations.setStatus', { configurationId: extra.id, versionId: refined.id, status: 'proposed' });

    const comparison = await t.call('cmo.versions.compare', { fromVersionId: ipt.id, toVersionId: refined.id });
    expect(comparison.added).toEqual([extra.id]);
    expect(comparison.dropped).toEqual([]);
    expect(comparison.changed).toEqual([
      { configurationId: c1.id, from: 'proposed', to: 'supported' },
      { configurationId: c3.id, from: 'proposed', to: 'refuted' },
    ]);
    expect(comparison.unchanged).toEqual([c2.id]);
    const inRefined = await t.call('cmo.configurations.list', { versionId: refined.id });
    expect(inRefined.find((c) => c.id === c3.id)!.versions[refined.id]).toEqual({ status: 'refuted', rationale: 'Staff and referrers did not see it.' });
    const graph = await t.call('cmo.graph', { versionId: refined.id });
    expect(graph.nodes.find((n) => n.id === `c${c3.id}`)!.statuses![refined.id]).toBe('refuted');
  });

  it('warns before a coded passage that is evidence is deleted, and keeps the configuration consistent', async () => {
    const { c1, isolated } = await buildChain();
    const impact = await t.call('codings.deletionImpact', { codingId: isolated.codingId });
    expect(impact.evidenceFor).toEqual([
      { elementId: c1.elements.find((e) => e.slot === 'context')!.elementId, label: 'Isolated older clients', evidenceLeft: 0, configurations: [{ id: c1.id, statement: c1.statement }] },
    ]);
    const before = projectSnapshot(t.core.session.project.sqlite);
    await t.call('codings.delete', { codingId: isolated.codingId });
    const after = (await t.call('cmo.configurations.list', {})).find((c) => c.id === c1.id)!;
    expect(after.elements.map((e) => e.label)).toEqual(c1.elements.map((e) => e.label));
    expect(after.elements.find((e) => e.slot === 'context')!.evidenceCount).toBe(0);
    expect(after.evidenceCount).toBe(c1.evidenceCount - 1);
    const dangling = t.core.session.project.sqlite.prepare('SELECT COUNT(*) AS n FROM element_evidence WHERE coding_id NOT IN (SELECT id FROM codings)').get() as { n: number };
    expect(dangling.n).toBe(0);
    await t.call('history.undo', {});
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });

  it('exports the CMO table as CSV that parses back to the configurations, and as a Word-friendly table', async () => {
    const { c1, c2, c3 } = await buildChain();
    const ipt = await t.call('cmo.versions.create', { name: 'IPT' });
    await t.call('cmo.configurations.setStatus', { configurationId: c1.id, versionId: ipt.id, status: 'supported', rationale: 'Clients and staff, "strongly"' });
    const { csv } = await t.call('cmo.exportCsv', { versionId: ipt.id });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      configuration: c1.statement,
      context: 'Isolated older clients',
      intervention: 'Social cafés',
      'mechanism (reasoning)': 'Feeling listened to',
      outcome: 'More confidence',
      status: 'supported',
      rationale: 'Clients and staff, "strongly"',
    });
    expect(rows[0]!['supporting participants']).toMatch(/client: Margaret/);
    expect(rows[0]!.evidence).toMatch(/"She listened/);
    const all = parse((await t.call('cmo.exportCsv', {})).csv, { columns: true }) as Record<string, string>[];
    expect(all.map((r) => r.configuration)).toEqual([c1.statement, c2.statement, c3.statement]);
    const { html } = await t.call('cmo.exportHtml', { versionId: ipt.id });
    expect(html).toContain('<table');
    expect(html).toContain('Isolated older clients');
    expect(html).not.toContain('<script');
  });

  it('tags codings and codes as context, mechanism or outcome', async () => {
    const p = await passage(t, 'She listened');
    const tagged = await t.call('codings.setRealistRole', { codingId: p.codingId, role: 'mechanism' });
    expect(tagged.realistRole).toBe('mechanism');
    const doc = await t.call('documents.get', { documentId: p.documentId });
    expect(doc.codings.find((c) => c.id === p.codingId)!.realistRole).toBe('mechanism');
    const code = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Outcome')!;
    expect((await t.call('codes.update', { codeId: code.id, realistRole: 'outcome' })).realistRole).toBe('outcome');
  });
});

describe('realist details', () => {
  it('makes new elements inside a configuration in one step, and filters passages by their realist tag', async () => {
    const t = testCore();
    try {
      await t.call('project.create', { path: path.join(t.dir, 'r2.coherence'), sample: true });
      const config = await t.call('cmo.configurations.create', {
        statement: 'Debt advice frees head space for recovery.',
        elements: [
          { newLabel: 'Clients in debt', slot: 'context' },
          { newLabel: 'Head space', slot: 'mechanism-reasoning' },
        ],
      });
      expect(config.elements.map((e) => [e.label, e.slot])).toEqual([
        ['Clients in debt', 'context'],
        ['Head space', 'mechanism-reasoning'],
      ]);
      expect((await t.call('history.list', {}))[0]!.label).toBe('Add a configuration');
      await t.call('history.undo', {});
      expect(await t.call('cmo.elements.list', {})).toEqual([]);

      const [segment] = await t.call('codings.segments', {});
      await t.call('codings.setRealistRole', { codingId: segment!.codingId, role: 'outcome' });
      const tagged = await t.call('codings.segments', { realistRole: 'outcome' });
      expect(tagged.map((s) => s.codingId)).toEqual([segment!.codingId]);
      expect(tagged[0]!.realistRole).toBe('outcome');
    } finally {
      t.close();
    }
  });
});
