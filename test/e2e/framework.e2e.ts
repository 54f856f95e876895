import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MatrixPage } from './pages/MatrixPage';
import { QueriesPage } from './pages/QueriesPage';
import { useApp } from './support/appHarness';
import { openSample } from './support/sampleStudy';

const tricky = 'She said "the plan is on the fridge", and it helps.\nSecond line — café, Zoë, Łódź 😊';
const plain = 'Feels the GP and the link worker talk to each other; no retelling.';

describe('framework analysis in Chromium', () => {
  const harness = useApp();

  it('builds the collaborative-care matrix by stakeholder type, writes two summaries by keyboard, reads a cell, exports CSV and XLSX', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const matrices = new MatrixPage(page);
    await matrices.open();
    const name = await matrices.createSuggested();
    expect(name).toBe('Collaborative care by stakeholder type');

    const [saved] = await t.call('matrices.list', {});
    const view = await t.call('matrices.get', { matrixId: saved!.id });
    expect(view.groupNames).toEqual(['stakeholder type']);
    expect(view.columns.map((c) => c.name)).toEqual([
      'Case coordinator in a multi-professional team',
      'Enhanced communication between professionals',
      'Structured management plan',
      'Scheduled follow-up',
    ]);
    // Group header lines in the order of the attribute's values, each followed by its participants.
    await expect.poll(() => matrices.grid.locator('.matrix-group-label').allTextContents()).toEqual(['client 3', 'referrer 3', 'staff 3']);
    await expect.poll(() => matrices.grid.locator('th.matrix-rowhead').allTextContents()).toEqual(view.rows.map((r) => r.label));
    await app.screenshot('framework-1-matrix');

    // Keyboard: into the grid, to row 1 / theme 2, Enter, write, Ctrl+Enter back to the grid.
    const first = view.rows[0]!;
    const second = view.rows[1]!;
    const [themeA, themeB] = [view.columns[1]!, view.columns[3]!];
    await matrices.cell(first.id, view.columns[0]!.codeId).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe(`${first.id}:${themeA.codeId}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type(tricky);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe(`${first.id}:${themeA.codeId}`);

    // Down a row and two themes right; this one is left with Escape (saved all the same).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type(plain);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe(`${second.id}:${themeB.codeId}`);

    const summaryOf = async (rowId: number, codeId: number) => (await t.call('matrices.get', { matrixId: view.id })).cells.find((c) => c.rowId === rowId && c.codeId === codeId);
    await expect.poll(async () => (await summaryOf(first.id, themeA.codeId))?.summary).toBe(tricky);
    await expect.poll(async () => (await summaryOf(second.id, themeB.codeId))?.summary).toBe(plain);
    expect((await summaryOf(first.id, themeA.codeId))?.status).toBe('drafted');
    // The grid shows what was written, with its status.
    await expect.poll(() => matrices.cell(first.id, themeA.codeId).locator('.cell-summary').textContent()).toBe(tricky);

    // Open a cell: its passages beside the summary; mark it reviewed.
    await matrices.cell(first.id, themeA.codeId).click();
    const cell = (await summaryOf(first.id, themeA.codeId))!;
    const expected = await t.call('matrices.cellPassages', { matrixId: view.id, rowId: first.id, codeId: themeA.codeId });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => matrices.passages().count()).toBe(cell.passages);
    await expect.poll(() => matrices.pane().locator('.evidence-document').allTextContents()).toEqual(expected.map((p) => p.documentTitle));
    await expect.poll(() => matrices.pane().locator('.evidence-text mark').first().textContent()).toBe(expected[0]!.text.replace(/\s+/g, ' '));
    await expect.poll(() => matrices.summary().inputValue()).toBe(tricky);
    await matrices.setStatus('Reviewed');
    await expect.poll(async () => (await summaryOf(first.id, themeA.codeId))?.status).toBe('reviewed');
    await app.screenshot('framework-2-cell');

    // The link under a passage opens the transcript at it.
    await matrices.pane().getByRole('button', { name: /^Show in the transcript: / }).first().click();
    await page.getByRole('heading', { name: expected[0]!.documentTitle }).waitFor();
    await matrices.open();
    await matrices.grid.waitFor();

    // CSV, Excel-friendly: parses back to exactly what the database holds.
    const csvDownload = await matrices.export('Summaries', 'CSV, Excel-friendly');
    expect(csvDownload.suggestedFilename()).toBe('Collaborative care by stakeholder type (summary).csv');
    const csvText = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvText.startsWith('\ufeff')).toBe(true);
    const rows = parse(csvText, { columns: true, bom: true }) as Record<string, string>[];
    const now = await t.call('matrices.get', { matrixId: view.id });
    expect(rows.map((r) => r.participant)).toEqual(now.rows.map((r) => r.label));
    expect(rows.map((r) => r['stakeholder type'])).toEqual(now.rows.map((r) => r.group[0]));
    for (const [row, theme, text] of [[first, themeA, tricky], [second, themeB, plain]] as const) {
      const inDatabase = now.cells.find((c) => c.rowId === row.id && c.codeId === theme.codeId)!.summary;
      expect(inDatabase).toBe(text);
      expect(rows.find((r) => r.participant === row.label)![theme.path]).toBe(inDatabase);
    }

    // XLSX: the matrix on one sheet, the passages behind it on the second.
    const xlsxDownload = await matrices.export('Summaries', 'Excel workbook (.xlsx)');
    expect(xlsxDownload.suggestedFilename()).toBe('Collaborative care by stakeholder type.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ArrayBuffer);
    const [sheet, passagesSheet] = workbook.worksheets;
    const header = sheet!.getRow(1).values as unknown[];
    const firstRow = now.rows.findIndex((r) => r.id === first.id) + 2;
    expect(sheet!.getRow(firstRow).getCell(1).value).toBe(first.label);
    expect(sheet!.getRow(firstRow).getCell(header.indexOf(themeA.path)).value).toBe(tricky);
    expect(passagesSheet!.name).toBe('Passages');
    expect(passagesSheet!.actualRowCount).toBe(now.cells.reduce((sum, c) => sum + c.passages, 0) + 1);
    await app.screenshot('framework-3-after-export');
  });

  it('renames a matrix, deletes it and gets it back with Undo', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const matrices = new MatrixPage(page);
    await matrices.open();
    await matrices.createSuggested();
    await matrices.matrixMenu('Rename…');
    const rename = page.getByRole('dialog', { name: /^Rename / });
    await rename.getByLabel('Name').fill('Care by group');
    await rename.getByLabel('Name').press('Enter');
    await expect.poll(async () => (await t.call('matrices.list', {})).map((m) => m.name)).toEqual(['Care by group']);
    await matrices.matrixMenu('Delete');
    await expect.poll(async () => (await t.call('matrices.list', {})).length).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await t.call('matrices.list', {})).map((m) => m.name)).toEqual(['Care by group']);
    await matrices.grid.waitFor();
  });

  it('runs a co-occurrence query, opens the passages behind a count and the heat map, and shows the charts', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const queries = new QueriesPage(page);
    await queries.open();
    await queries.show('Co-occurrence');

    // The first framework's themes, overlap: the table matches the core's answer cell by cell.
    const codes = await t.call('codes.list', {});
    const themes = codes.filter((c) => c.parentId === codes.find((p) => p.path === 'Collaborative care')!.id);
    const result = await t.call('queries.cooccurrence', { codeIds: themes.map((c) => c.id) });
    const shown = await queries.table().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent === '·' ? 0 : Number(td.textContent)))));
    expect(shown).toEqual(result.counts);

    // One coder's codings: the table and its CSV say the same as the core does for EW.
    const ew = (await t.call('coders.list', {})).find((c) => c.initials === 'EW')!;
    const ewResult = await t.call('queries.cooccurrence', { codeIds: themes.map((c) => c.id), coderIds: [ew.id] });
    await page.locator('label.query-field', { hasText: /^Coder/ }).locator('select').selectOption(String(ew.id));
    await expect.poll(() => queries.table().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent === '·' ? 0 : Number(td.textContent)))))).toEqual(ewResult.counts);
    const csv = await queries.exportCsv();
    expect(csv.suggestedFilename()).toBe('co-occurrence (overlap, by EW).csv');
    expect((parse(readFileSync((await csv.path())!, 'utf8'), { bom: true }) as string[][]).slice(1)).toEqual(ewResult.codes.map((c, i) => [c.path, ...ewResult.counts[i]!.map(String)]));
    await page.locator('label.query-field', { hasText: /^Coder/ }).locator('select').selectOption('');

    // The largest pair opens its passages; they are the core's passages for that pair.
    let best = { i: 0, j: 1, n: -1 };
    result.counts.forEach((row, i) => row.forEach((n, j) => i !== j && n > best.n && (best = { i, j, n })));
    const [a, b] = [themes[best.i]!, themes[best.j]!];
    await queries.table().getByRole('button', { name: `${a.name} with ${b.name}: ${best.n}` }).click();
    const dialog = page.getByRole('dialog', { name: `${a.name} with ${b.name}` });
    const behind = await t.call('queries.cooccurrencePassages', { codeA: a.id, codeB: b.id });
    await expect.poll(() => dialog.locator('.evidence').count()).toBe(behind.length);
    await expect.poll(() => dialog.locator('.evidence-document').allTextContents()).toEqual(behind.map((p) => p.documentTitle));
    await app.screenshot('framework-4-cooccurrence-passages');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // As a heat map, a square opens the same passages; the chart saves as SVG and PNG.
    await queries.choose('Heat map');
    await queries.chart().waitFor();
    await app.screenshot('framework-5-heatmap');
    await queries.chart().getByRole('button', { name: `${a.name} × ${b.name}: ${best.n} passages` }).click();
    await expect.poll(() => page.getByRole('dialog', { name: `${a.name} with ${b.name}` }).locator('.evidence').count()).toBe(behind.length);
    await page.keyboard.press('Escape');
    const svg = await queries.saveChart('SVG');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain(`<title>${a.name} × ${b.name}: ${best.n} passages</title>`);
    const png = readFileSync((await (await queries.saveChart('PNG')).path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // Coding by coder: the CSV is the core's table for the same codes.
    await queries.show('Coding by coder');
    await queries.table().waitFor();
    const byCoderCsv = await queries.exportCsv();
    expect(byCoderCsv.suggestedFilename()).toBe('coding by coder.csv');
    const byCoderCore = await t.call('queries.exportCsv', { query: 'codingByCoder', codeIds: themes.map((c) => c.id) });
    expect(readFileSync((await byCoderCsv.path())!, 'utf8')).toBe(byCoderCore.csv);

    // Codes by stakeholder group, as a chart; and the coding density per document.
    await queries.show('Codes by group');
    await queries.choose('Chart');
    await queries.chart().waitFor();
    const type = (await t.call('attributes.list', { scope: 'participant' })).find((x) => x.name === 'stakeholder type')!;
    const byGroup = await t.call('queries.matrixCoding', { codeIds: themes.map((c) => c.id), attributeId: type.id });
    await expect.poll(() => queries.chart().locator('g[role="button"]').count()).toBe(byGroup.counts.flat().filter((n) => n > 0).length);
    await app.screenshot('framework-6-codes-by-group');
    await queries.show('Coding density');
    await queries.chart().waitFor();
    const documents = await t.call('documents.list', {});
    // One bar per document, each labelled with its title (cut to fit, the whole title in its <title>).
    await expect.poll(() => queries.chart().locator('text > title').allTextContents()).toEqual(documents.map((d) => d.title));
    await app.screenshot('framework-7-density');
  });
});
