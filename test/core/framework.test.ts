import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../core/model/frameworkTypes';
import { testCore, type TestCore } from '../support/testCore';

describe('framework matrices', () => {
  let t: TestCore;
  let view: MatrixView;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'f.coherence'), sample: true });
    const codes = await t.call('codes.list', {});
    const framework = codes.find((c) => c.path === 'Collaborative care')!;
    const type = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'stakeholder type')!;
    const matrix = await t.call('matrices.create', {
      name: 'Collaborative care by stakeholder type',
      rowKind: 'participant',
      codeIds: codes.filter((c) => c.parentId === framework.id).map((c) => c.id),
      groupBy: [type.id],
    });
    view = await t.call('matrices.get', { matrixId: matrix.id });
  });
  afterEach(() => t.close());

  it('groups participant rows by stakeholder type and fills cells with the passages the participants said', async () => {
    expect(view.groupNames).toEqual(['stakeholder type']);
    expect(view.rows.map((r) => r.group[0])).toEqual(['client', 'client', 'client', 'referrer', 'referrer', 'referrer', 'staff', 'staff', 'staff']);
    expect(view.columns.map((c) => c.name)).toEqual([
      'Case coordinator in a multi-professional team',
      'Enhanced communication between professionals',
      'Structured management plan',
      'Scheduled follow-up',
    ]);
    // Every passage in a cell was spoken by that row's participant and coded with that theme.
    for (const cell of view.cells.filter((c) => c.passages > 0).slice(0, 12)) {
      const passages = await t.call('matrices.cellPassages', { matrixId: view.id, rowId: cell.rowId, codeId: cell.codeId });
      expect(passages).toHaveLength(cell.passages);
      const row = view.rows.find((r) => r.id === cell.rowId)!;
      expect(passages.every((p) => p.participant?.name === row.label && p.codeId === cell.codeId)).toBe(true);
      expect([...new Set(passages.map((p) => p.coderInitials))].sort()).toEqual(cell.coders);
    }
  });

  it('exports summaries as CSV that parses back to what the database holds (quotes, commas, newlines, non-ASCII)', async () => {
    const tricky = ['She said "the plan is on the fridge", and it helps.\nSecond line — café, Zoë 😊', 'Plain summary', ''];
    const targets = view.rows.slice(0, 3).map((r, i) => ({ rowId: r.id, codeId: view.columns[i]!.codeId, summary: tricky[i]! }));
    for (const target of targets) await t.call('matrices.setCell', { matrixId: view.id, ...target });
    await t.call('matrices.setCell', { matrixId: view.id, rowId: targets[1]!.rowId, codeId: targets[1]!.codeId, status: 'reviewed' });
    const again = await t.call('matrices.get', { matrixId: view.id });
    expect(again.cells.find((c) => c.rowId === targets[0]!.rowId && c.codeId === targets[0]!.codeId)!.status).toBe('drafted');
    expect(again.cells.find((c) => c.rowId === targets[1]!.rowId && c.codeId === targets[1]!.codeId)!.status).toBe('reviewed');

    const { csv, fileName } = await t.call('matrices.exportCsv', { matrixId: view.id, cells: 'summary', excelBom: true });
    expect(fileName).toBe('Collaborative care by stakeholder type (summary).csv');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.participant)).toEqual(again.rows.map((r) => r.label));
    for (const target of targets) {
      const label = again.rows.find((r) => r.id === target.rowId)!.label;
      const column = again.columns.find((c) => c.codeId === target.codeId)!.path;
      const dbSummary = again.cells.find((c) => c.rowId === target.rowId && c.codeId === target.codeId)?.summary ?? '';
      expect(rows.find((r) => r.participant === label)![column]).toBe(dbSummary);
      expect(dbSummary).toBe(target.summary);
    }
    expect(rows[0]!['stakeholder type']).toBe('client');

    const counts = parse((await t.call('matrices.exportCsv', { matrixId: view.id, cells: 'counts' })).csv, { columns: true }) as Record<string, string>[];
    for (const cell of again.cells) {
      const label = again.rows.find((r) => r.id === cell.rowId)!.label;
      expect(Number(counts.find((r) => r.participant === label)![again.columns.find((c) => c.codeId === cell.codeId)!.path])).toBe(cell.passages);
    }
  });

  it('writes an XLSX that a spreadsheet library reads back: the matrix and the passages sheet', async () => {
    await t.call('matrices.setCell', { matrixId: view.id, rowId: view.rows[0]!.id, codeId: view.columns[0]!.codeId, summary: 'Daniel: links, "warm handover"' });
    const { base64, fileName } = await t.call('matrices.exportXlsx', { matrixId: view.id, cells: 'summary' });
    expect(fileName).toBe('Collaborative care by stakeholder type.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const [matrixSheet, passages] = workbook.worksheets;
    expect(matrixSheet!.getRow(1).getCell(1).value).toBe('participant');
    expect(matrixSheet!.getRow(2).getCell(1).value).toBe(view.rows[0]!.label);
    const firstTheme = (matrixSheet!.getRow(1).values as unknown[]).indexOf(view.columns[0]!.path);
    expect(matrixSheet!.getRow(2).getCell(firstTheme).value).toBe('Daniel: links, "warm handover"');
    const totalPassages = view.cells.reduce((sum, c) => sum + c.passages, 0);
    expect(passages!.name).toBe('Passages');
    expect(passages!.actualRowCount).toBe(totalPassages + 1);
  });

  it('answers co-occurrence, matrix coding and word frequency queries, each cell opening its passages', async () => {
    const codes = (await t.call('codes.list', {})).filter((c) => c.parentId !== null && c.path.startsWith('Realist/'));
    const ids = codes.map((c) => c.id);
    const overlap = await t.call('queries.cooccurrence', { codeIds: ids });
    for (let i = 0; i < ids.length; i++) {
      const own = await t.call('codings.segments', { codeId: ids[i]! });
      expect(overlap.counts[i]![i]).toBe(own.length);
      for (let j = 0; j < ids.length; j++) {
        if (i === j) continue;
        const passages = await t.call('queries.cooccurrencePassages', { codeA: ids[i]!, codeB: ids[j]! });
        expect(passages.length).toBe(overlap.counts[i]![j]);
      }
    }
    const byTurn = await t.call('queries.cooccurrence', { codeIds: ids, mode: 'turn' });
    expect(byTurn.counts[0]![1]).toBe(byTurn.counts[1]![0]);

    const type = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'stakeholder type')!;
    const matrix = await t.call('queries.matrixCoding', { codeIds: ids, attributeId: type.id });
    expect(matrix.values).toEqual(['client', 'referrer', 'staff']);
    const cellPassages = await t.call('queries.matrixCodingPassages', { codeId: ids[0]!, attributeId: type.id, value: 'client' });
    expect(cellPassages.length).toBe(matrix.counts[0]![0]);
    const participants = await t.call('queries.matrixCoding', { codeIds: ids, attributeId: type.id, measure: 'participants' });
    expect(participants.counts[0]![0]).toBe(new Set(cellPassages.map((p) => p.participant?.id)).size);

    const words = await t.call('queries.wordFrequency', { codeId: ids[0]!, limit: 10 });
    expect(words).toHaveLength(10);
    expect(words.some((w) => ['the', 'and', 'um', 'she', 'so'].includes(w.word))).toBe(false);
    expect(words[0]!.count).toBeGreaterThanOrEqual(words[9]!.count);
    const csv = await t.call('queries.exportCsv', { query: 'matrixCoding', codeIds: ids, attributeId: type.id });
    expect(csv.csv.split('\r\n')[0]).toBe('code,client,referrer,staff');
  });

  it('exports a query as CSV with the same coder and document filters as the result on screen', async () => {
    const codes = await t.call('codes.list', {});
    const ids = codes.filter((c) => c.path.startsWith('Collaborative care/')).map((c) => c.id);
    const coders = await t.call('coders.list', {});
    const ew = coders.find((c) => c.initials === 'EW')!;
    const rows = (text: string) => parse(text, { bom: true }) as string[][];

    const shown = await t.call('queries.cooccurrence', { codeIds: ids, coderIds: [ew.id] });
    const everyone = await t.call('queries.cooccurrence', { codeIds: ids });
    expect(shown.counts).not.toEqual(everyone.counts);
    const cooccurrence = await t.call('queries.exportCsv', { query: 'cooccurrence', codeIds: ids, coderIds: [ew.id] });
    expect(cooccurrence.fileName).toBe('co-occurrence (overlap, by EW).csv');
    expect(rows(cooccurrence.csv).slice(1)).toEqual(shown.codes.map((c, i) => [c.path, ...shown.counts[i]!.map(String)]));

    const type = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'stakeholder type')!;
    const matrix = await t.call('queries.matrixCoding', { codeIds: ids, attributeId: type.id, coderIds: [ew.id] });
    const matrixCsv = await t.call('queries.exportCsv', { query: 'matrixCoding', codeIds: ids, attributeId: type.id, coderIds: [ew.id] });
    expect(matrixCsv.fileName).toBe('codes by stakeholder type (passages, by EW).csv');
    expect(rows(matrixCsv.csv).slice(1)).toEqual(matrix.codes.map((c, i) => [c.path, ...matrix.counts[i]!.map(String)]));

    const [first] = await t.call('documents.list', {});
    const words = await t.call('queries.wordFrequency', { documentIds: [first!.id], limit: 1000 });
    const wordsCsv = await t.call('queries.exportCsv', { query: 'wordFrequency', documentIds: [first!.id] });
    expect(rows(wordsCsv.csv).slice(1)).toEqual(words.map((w) => [w.word, String(w.count)]));

    // Coding by coder: each coder's passages with each code itself, and the total.
    const stats = new Map((await t.call('codes.stats', {})).map((s) => [s.codeId, s]));
    const byCoder = await t.call('queries.exportCsv', { query: 'codingByCoder', codeIds: ids });
    expect(byCoder.fileName).toBe('coding by coder.csv');
    const table = rows(byCoder.csv);
    expect(table[0]).toEqual(['code', ...coders.map((c) => c.initials), 'total']);
    expect(table.slice(1)).toEqual(
      ids.map((id) => {
        const counts = coders.map((c) => stats.get(id)?.byCoder[c.id] ?? 0);
        return [codes.find((c) => c.id === id)!.path, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
      }),
    );
    expect(table.slice(1).some((r) => Number(r.at(-1)) > 0)).toBe(true);
  });
});
