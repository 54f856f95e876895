import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../support/testCore';
import { RealistPage } from './pages/RealistPage';
import { artifactsDir, useApp } from './support/appHarness';
import { openSample } from './support/sampleStudy';

const configurations = (t: TestCore) => t.call('cmo.configurations.list', {});
const elementByLabel = async (t: TestCore, label: string) => {
  const found = (await t.call('cmo.elements.list', {})).find((e) => e.label === label);
  if (!found) throw new Error(`no element ${label}`);
  return found;
};

describe('realist configurations in Chromium', () => {
  const harness = useApp();

  it('builds a chain of three configurations with evidence from clients and staff, refutes one in the refined theory, and shows it in the web and the comparison', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t);
    const realist = new RealistPage(page);
    await realist.open();
    await realist.view.getByText('No configurations yet.').waitFor();

    // CMO 1 with the mouse: four new elements, one per slot.
    await realist.view.getByRole('button', { name: 'New configuration' }).click();
    let editor = realist.dialog('New configuration');
    await editor.getByLabel('Statement').fill('Isolated older clients who attend social cafés feel listened to and gain confidence.');
    await realist.pick(editor, 'Context', 'Isolated older clients');
    await realist.pick(editor, 'Intervention', 'Social cafés');
    await realist.pick(editor, 'Mechanism: reasoning', 'Feeling listened to');
    await realist.pick(editor, 'Outcome', 'More confidence');
    await expect.poll(() => editor.locator('.slot-entry').count()).toBe(4);
    await editor.getByRole('button', { name: 'Add configuration' }).click();
    await editor.waitFor({ state: 'detached' });
    await realist.row('CMO 1').waitFor();

    // CMO 2 by keyboard: its mechanism is CMO 1's outcome, reused from the suggestions.
    await realist.view.getByRole('button', { name: 'New configuration' }).focus();
    await page.keyboard.press('Enter');
    editor = realist.dialog('New configuration');
    await page.keyboard.type('More confidence leads clients to engage more with groups and with their own health.');
    await editor.getByRole('combobox', { name: 'Mechanism: reasoning', exact: true }).focus();
    await page.keyboard.type('more conf');
    const suggestion = editor.getByRole('option', { name: /More confidence/ });
    await expect.poll(() => suggestion.textContent()).toContain('CMO 1 outcome');
    await app.screenshot('realist-0-editor');
    await page.keyboard.press('Enter');
    await editor.getByRole('combobox', { name: 'Outcome', exact: true }).focus();
    await page.keyboard.type('More engagement');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('.slot-entry').allTextContents()).toEqual([expect.stringMatching(/^More confidence.*also outcome of CMO 1/), expect.stringMatching(/^More engagementnew/)]);
    await page.keyboard.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });

    // CMO 3, the same way: more engagement leads to better mental health.
    await realist.view.getByRole('button', { name: 'New configuration' }).click();
    editor = realist.dialog('New configuration');
    await editor.getByLabel('Statement').fill('More engagement leads to better mental health.');
    await realist.pick(editor, 'Mechanism: reasoning', 'More eng');
    await realist.pick(editor, 'Outcome', 'Better mental health');
    await editor.getByLabel('Statement').press('Control+Enter');
    await editor.waitFor({ state: 'detached' });

    const [c1, c2, c3] = await configurations(t);
    expect([c1, c2, c3].map((c) => c!.elements.map((e) => `${e.slot}:${e.label}`))).toEqual([
      ['context:Isolated older clients', 'intervention:Social cafés', 'mechanism-reasoning:Feeling listened to', 'outcome:More confidence'],
      ['mechanism-reasoning:More confidence', 'outcome:More engagement'],
      ['mechanism-reasoning:More engagement', 'outcome:Better mental health'],
    ]);
    // The shared elements are marked in the table, in both configurations.
    await expect.poll(() => realist.row('CMO 2').locator('.cmo-chip-shared').count()).toBe(2);
    await app.screenshot('realist-1-table');

    // Evidence. "Isolated older clients": Margaret's words, found by code and stakeholder group.
    await realist.tab('Elements & evidence');
    await realist.element('Isolated older clients').click();
    await realist.view.getByRole('button', { name: 'Gather passages…' }).click();
    let gather = realist.dialog('Evidence for “Isolated older clients”');
    await gather.getByLabel('Code', { exact: true }).selectOption({ label: 'Realist/Context' });
    await gather.getByLabel('stakeholder type').selectOption('client');
    await gather.getByLabel('Words', { exact: true }).fill('Ron passed away');
    await expect.poll(() => gather.locator('.gather-summary').textContent()).toMatch(/^3 passages/); // SO, EW and JC each coded it
    await gather.getByRole('checkbox').first().check();
    await gather.getByRole('button', { name: 'Link 1 passage to “Isolated older clients”' }).click();
    await gather.waitFor({ state: 'detached' });
    await expect.poll(() => realist.view.getByRole('list', { name: 'Evidence for Isolated older clients' }).getByRole('listitem').count()).toBe(1);

    // "Feeling listened to": Margaret (client) and Priya (staff), tagged as mechanisms on the way, by keyboard.
    await realist.element('Feeling listened to').click();
    await realist.view.getByRole('button', { name: 'Gather passages…' }).click();
    gather = realist.dialog('Evidence for “Feeling listened to”');
    await gather.getByLabel('Code', { exact: true }).selectOption({ label: 'Realist/Mechanism' });
    await gather.getByLabel('Words', { exact: true }).fill('listened');
    const margaret = gather.getByRole('listitem').filter({ hasText: 'She listened. That' }).first();
    const priya = gather.getByRole('listitem').filter({ hasText: 'Honestly, being listened to.' });
    await margaret.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await priya.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await priya.getByRole('button', { name: 'Mechanism' }).click();
    await expect.poll(() => priya.getByRole('button', { name: 'Mechanism' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => gather.locator('.passage-group').allTextContents()).toContain('staff');
    await priya.getByRole('checkbox').focus();
    await app.screenshot('realist-0-gather');
    await page.keyboard.press('Control+Enter');
    await gather.waitFor({ state: 'detached' });
    const listened = await elementByLabel(t, 'Feeling listened to');
    expect(listened.supporters.map((s) => s.name)).toEqual(['Margaret', 'Priya']);
    const priyaCoding = (await t.call('cmo.elements.evidence', { elementId: listened.id })).find((p) => p.participant?.name === 'Priya')!;
    const priyaDocument = await t.call('documents.get', { documentId: priyaCoding.documentId });
    expect(priyaDocument.codings.find((c) => c.id === priyaCoding.codingId)!.realistRole).toBe('mechanism');

    // "More confidence": gathered without a target, the element picked in the dialog (Priya, staff).
    await realist.view.getByRole('button', { name: 'Gather evidence…' }).click();
    gather = realist.dialog('Gather evidence');
    await gather.getByLabel('Words', { exact: true }).fill('The confidence seems to come first');
    await gather.getByRole('checkbox').first().check();
    await gather.getByRole('combobox', { name: 'Element to link to' }).fill('More confidence');
    await page.keyboard.press('Enter');
    await gather.getByRole('button', { name: 'Link 1 passage to “More confidence”' }).click();
    await gather.waitFor({ state: 'detached' });

    // A passage tagged as a mechanism becomes a new element (not in a configuration yet).
    await realist.view.getByRole('button', { name: 'Gather evidence…' }).click();
    gather = realist.dialog('Gather evidence');
    await gather.getByLabel('Tagged as', { exact: true }).selectOption('mechanism');
    await expect.poll(() => gather.locator('.gather-summary').textContent()).toMatch(/^1 passage\b/);
    await gather.getByRole('checkbox').check();
    await gather.getByRole('combobox', { name: 'Element to link to' }).fill('Trust in the link worker');
    await page.keyboard.press('Enter');
    await gather.getByRole('button', { name: 'Make “Trust in the link worker” from 1 passage' }).click();
    await gather.waitFor({ state: 'detached' });
    expect((await elementByLabel(t, 'Trust in the link worker')).evidenceCount).toBe(1);

    const type = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'stakeholder type')!;
    const first = (await configurations(t))[0]!;
    expect(new Set(first.supporters.map((s) => s.attributes[type.id]))).toEqual(new Set(['client', 'staff']));
    await app.screenshot('realist-2-evidence');

    // Programme theory versions: the initial theory proposes all three (statuses set by keyboard: S, then Enter).
    await realist.tab('Configurations');
    await realist.versionsMenu('New version…');
    let versionDialog = realist.dialog('New programme theory version');
    await expect.poll(() => versionDialog.getByLabel('Name').inputValue()).toBe('Initial programme theory');
    await page.keyboard.press('Enter');
    await versionDialog.waitFor({ state: 'detached' });
    for (const cmo of ['CMO 1', 'CMO 2', 'CMO 3']) {
      await realist.statement(cmo).focus();
      await page.keyboard.press('s');
      const status = realist.dialog(`Status of ${cmo} in Initial programme theory`);
      await expect.poll(() => status.getByRole('radio', { name: /^Proposed/ }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');
      await status.waitFor({ state: 'detached' });
    }
    // The refined theory starts as a copy of it; CMO 3 is refuted there (mouse), CMO 1 supported.
    await realist.versionsMenu('New version…');
    versionDialog = realist.dialog('New programme theory version');
    await versionDialog.getByLabel('Name').fill('Refined theory');
    await expect.poll(() => versionDialog.getByLabel('Start from').inputValue()).not.toBe('');
    await versionDialog.getByRole('button', { name: 'Add version' }).click();
    await versionDialog.waitFor({ state: 'detached' });
    await expect.poll(() => realist.view.getByLabel('Programme theory version').inputValue()).toBe(String((await t.call('cmo.versions.list', {}))[1]!.id));
    await realist.row('CMO 3').getByRole('button', { name: /^Status of CMO 3 in Refined theory/ }).click();
    let status = realist.dialog('Status of CMO 3 in Refined theory');
    await status.getByRole('radio', { name: /^Refuted/ }).check();
    await status.getByLabel('Rationale').fill('Staff and referrers saw engagement, but no change in mental health that it explained.');
    await status.getByRole('button', { name: 'Save status' }).click();
    await status.waitFor({ state: 'detached' });
    await realist.statement('CMO 1').focus();
    await page.keyboard.press('s');
    status = realist.dialog('Status of CMO 1 in Refined theory');
    await status.getByRole('radio', { name: /^Supported/ }).check();
    await status.getByLabel('Rationale').fill('Margaret and Priya both describe it.');
    await page.keyboard.press('Control+Enter');
    await status.waitFor({ state: 'detached' });
    await expect.poll(() => realist.row('CMO 3').getAttribute('class')).toBe('refuted');
    await app.screenshot('realist-3-versions');

    // The web of the refined theory: three configurations, the chain through the two shared
    // elements (an outcome of one is the mechanism of the next), CMO 3 marked refuted.
    const [ipt, refined] = await t.call('cmo.versions.list', {});
    const graph = await t.call('cmo.graph', { versionId: refined!.id });
    const confidence = await elementByLabel(t, 'More confidence');
    const engagement = await elementByLabel(t, 'More engagement');
    await realist.tab('Web');
    await expect.poll(() => realist.webNodes().count()).toBe(graph.nodes.length);
    expect(graph.nodes.filter((n) => n.kind === 'configuration')).toHaveLength(3);
    expect(graph.nodes).toHaveLength(9);
    await expect.poll(() => realist.webEdges().count()).toBe(8);
    const shownNodes = await realist.webNodes().evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());
    expect(shownNodes).toEqual(graph.nodes.map((n) => n.id).sort());
    const shownEdges = await realist.webEdges().evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id')).sort());
    expect(shownEdges).toEqual(graph.edges.map((e) => e.id).sort());
    for (const [element, from, to] of [
      [confidence, c1!, c2!],
      [engagement, c2!, c3!],
    ] as const) {
      // Drawn left to right: the configuration, its outcome, the next configuration it is the mechanism of.
      await expect.poll(() => realist.view.locator(`.react-flow__edge[data-id="e${element.id}-c${from.id}-outcome"]`).getAttribute('aria-label')).toBe(`${element.label}: outcome of CMO ${from === c1 ? 1 : 2}`);
      await realist.view.locator(`.react-flow__edge[data-id="e${element.id}-c${to.id}-mechanism-reasoning"]`).waitFor({ state: 'attached' });
      const x = async (id: string) => (await realist.view.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!.x;
      expect(await x(`c${from.id}`)).toBeLessThan(await x(`e${element.id}`));
      expect(await x(`e${element.id}`)).toBeLessThan(await x(`c${to.id}`));
    }
    const refutedNode = realist.view.locator(`.react-flow__node[data-id="c${c3!.id}"]`);
    await expect.poll(() => refutedNode.getAttribute('aria-label')).toBe('CMO 3, refuted in Refined theory: More engagement leads to better mental health.');
    expect(await refutedNode.locator('.web-configuration').getAttribute('class')).toContain('status-refuted');
    expect(await realist.view.locator('.web-configuration.status-refuted').count()).toBe(1);
    expect(await realist.view.locator('.web-configuration.status-supported').count()).toBe(1);
    expect(await realist.view.locator('.web-configuration.status-proposed').count()).toBe(1);
    // Enter on a node (Tab reaches them) shows it beside the web.
    await refutedNode.focus();
    await page.keyboard.press('Enter');
    const detail = realist.view.getByRole('complementary', { name: 'CMO 3' });
    await expect.poll(() => detail.textContent()).toContain('Staff and referrers saw engagement');
    await detail.getByRole('button', { name: 'Close' }).click();
    await app.screenshot('realist-4-web');

    // By stakeholder group: clients' passages support CMO 1 only; staff's support CMO 1 and CMO 2.
    const supportedBy = realist.view.getByLabel('Supported by stakeholder type');
    await supportedBy.selectOption('client');
    await expect.poll(() => realist.view.locator('.web-configuration').count()).toBe(1);
    expect(await realist.view.locator('.react-flow__node-configuration').getAttribute('data-id')).toBe(`c${c1!.id}`);
    await supportedBy.selectOption('staff');
    await expect.poll(() => realist.view.locator('.react-flow__node-configuration').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')))).toEqual([`c${c1!.id}`, `c${c2!.id}`]);
    await supportedBy.selectOption('');
    await expect.poll(() => realist.view.locator('.web-configuration').count()).toBe(3);

    // The web as SVG and PNG, for a paper.
    const svgFile = await realist.download(() => realist.view.getByRole('button', { name: 'Export SVG' }).click());
    expect(svgFile.suggestedFilename()).toBe('CMO web (Refined theory).svg');
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Programme theory web: Refined theory');
    expect(svg).toContain('✕ Refuted');
    expect(svg.match(/marker-end="url\(#arrow-/g)).toHaveLength(8);
    const pngFile = await realist.download(() => realist.view.getByRole('button', { name: 'Export PNG' }).click());
    const png = readFileSync((await pngFile.path())!);
    await pngFile.saveAs(path.join(artifactsDir, 'realist-web-export.png')); // to look at
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width in pixels, drawn at twice the size

    // The comparison: the refined theory against the initial one.
    await realist.tab('Compare versions');
    const comparison = realist.view.getByRole('table', { name: 'Initial programme theory compared with Refined theory' });
    await comparison.waitFor();
    expect(await realist.view.locator('.compare-summary').textContent()).toBe('Refined theory against Initial programme theory: 0 new (marked *), 2 changed, 1 unchanged, 0 dropped.');
    const rows = await comparison.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.getAttribute('data-change'), tr.querySelector('.compare-change')!.textContent]));
    expect(rows).toEqual([
      ['CMO 1', 'changed', 'proposed → supported'],
      ['CMO 3', 'changed', 'proposed → refuted'],
      ['CMO 2', 'unchanged', 'Unchanged'],
    ]);
    const compared = await t.call('cmo.versions.compare', { fromVersionId: ipt!.id, toVersionId: refined!.id });
    expect(compared.changed.map((c) => [c.configurationId, c.to])).toEqual([
      [c1!.id, 'supported'],
      [c3!.id, 'refuted'],
    ]);
    await app.screenshot('realist-5-comparison');

    // The CMO table as CSV, for the refined theory, parsed back.
    const csvFile = await realist.download(async () => {
      await realist.view.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: 'CMO table as CSV' }).click();
    });
    expect(csvFile.suggestedFilename()).toBe('CMO configurations (Refined theory).csv');
    const table = parse(readFileSync((await csvFile.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(table.map((r) => [r.configuration, r.status])).toEqual([
      [c1!.statement, 'supported'],
      [c2!.statement, 'proposed'],
      [c3!.statement, 'refuted'],
    ]);
    expect(table[0]).toMatchObject({ context: 'Isolated older clients', intervention: 'Social cafés', 'mechanism (reasoning)': 'Feeling listened to', outcome: 'More confidence' });
    expect(table[0]!['supporting participants']).toBe('client: Margaret; staff: Priya');
    expect(table[0]!.evidence).toContain('"She listened.');
    expect(table[2]!.rationale).toBe('Staff and referrers saw engagement, but no change in mental health that it explained.');

    // Deleting a coded passage that is evidence warns, names what it supports, and leaves the configuration whole.
    await realist.tab('Elements & evidence');
    await realist.element('Isolated older clients').click();
    const evidence = realist.view.getByRole('list', { name: 'Evidence for Isolated older clients' });
    const codingId = Number(await evidence.getByRole('listitem').first().getAttribute('data-coding-id'));
    await evidence.getByRole('button', { name: 'Delete coding…' }).click();
    const confirm = realist.dialog('Delete a coded passage that is evidence?');
    await expect.poll(() => confirm.textContent()).toContain('Isolated older clients · no evidence left');
    expect(await confirm.textContent()).toContain(`CMO 1: ${c1!.statement}`);
    await app.screenshot('realist-6-delete-warning');
    await confirm.getByRole('button', { name: 'Delete coding' }).click();
    await confirm.waitFor({ state: 'detached' });
    await realist.view.getByText('No passages linked yet.').waitFor();
    const after = (await configurations(t))[0]!;
    expect(after.elements.map((e) => e.label)).toEqual(c1!.elements.map((e) => e.label));
    expect(after.elements.find((e) => e.slot === 'context')!.evidenceCount).toBe(0);
    expect((await t.call('codings.segments', {})).some((s) => s.codingId === codingId)).toBe(false);
    // Undo (the message's button) brings the coding and the link back.
    await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).last().click();
    await expect.poll(async () => (await elementByLabel(t, 'Isolated older clients')).evidenceCount).toBe(1);

    // A passage opens in the transcript, selected.
    await evidence.getByRole('button', { name: 'Show in transcript' }).click();
    await page.getByRole('heading', { name: 'Client interview 01 (Margaret)' }).waitFor();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('My husband Ron passed away');

    // A configuration new in the refined theory is marked with * in the comparison.
    const debt = await t.call('cmo.configurations.create', { statement: 'Clients in debt who get advice early have the head space to take part.' });
    await t.call('cmo.configurations.setStatus', { configurationId: debt.id, versionId: refined!.id, status: 'proposed' });
    await realist.open();
    await realist.tab('Compare versions');
    await expect.poll(() => realist.view.locator('.compare-summary').textContent()).toBe('Refined theory against Initial programme theory: 1 new (marked *), 2 changed, 1 unchanged, 0 dropped.');
    const added = comparison.locator('tbody tr').first();
    expect(await added.getAttribute('data-change')).toBe('new');
    expect(await added.getByRole('rowheader').textContent()).toBe('CMO 4*');
    await app.screenshot('realist-7-comparison-new');
  });
});
