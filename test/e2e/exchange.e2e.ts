import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../support/paths';
import { useApp } from './support/appHarness';
import { chooseCoder, openSample } from './support/sampleStudy';

/**
 * Exchange in Chromium (web mode): a REFI-QDA project from NVivo imported from the start
 * screen, with its report; the project exported as .qdpx (a download) with its report; a
 * coder's copy merged after a dry run that shows what would happen.
 */
const NVIVO = 'nvivo-win-12.6_oltas0517.qdpx';

async function exchangeMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Exchange' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('exchange with other programs and coders, in Chromium', () => {
  const harness = useApp();

  it('imports an NVivo project from the start screen and shows what was carried over', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await page.getByTestId('qdpx-input').setInputFiles(sharedPath('refi-samples', NVIVO));
    const form = page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
    await expect.poll(() => form.getByLabel('New project file').inputValue()).toBe('nvivo-win-12.6_oltas0517.coherence');
    const target = path.join(t.dir, 'Vaccine comments.coherence');
    await form.getByLabel('New project file').fill(target);
    await expect.poll(() => form.getByLabel('Character positions').inputValue()).toBe('');
    await app.screenshot('exchange-0-import-form');
    await form.getByRole('button', { name: 'Import', exact: true }).click();

    const report = page.getByRole('dialog', { name: `Imported ${NVIVO}` });
    await report.waitFor();
    await expect.poll(() => report.getByRole('region', { name: 'Not carried over' }).textContent()).toContain('formatted text');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('Made by NVivo for Windows 12.6.');
    expect(text).toMatch(/Documents\s*2/);
    expect(text).toMatch(/Codings\s*303/);
    expect(text).toContain('Character positions read as UTF-16 units, a line break counts 2 (NVivo for Windows) — 300 of 303 coded passages start and end on whole words');
    // The file calls the project "Untitled" (NVivo's placeholder): it is named after its new file.
    expect(text).toContain('Coherence created Vaccine comments at');
    expect(text).toContain("152 code(s) had no colour; they were given colours from Coherence's palette");
    await app.screenshot('exchange-1-import-report');
    await report.getByRole('button', { name: 'Close', exact: true }).last().click();
    await report.waitFor({ state: 'detached' });
    await chooseCoder(page, /Gergo/);
    await expect.poll(async () => (await t.call('project.current', {}))?.counts).toEqual({ documents: 2, codes: 152, codings: 303, coders: 2 });
    expect((await t.call('project.current', {}))?.path).toBe(target);
    // The imported codings show in the transcript.
    await page.getByText('videos_10_selected').first().click();
    await page.locator('.transcript-text mark[data-codings]').first().waitFor();
    await app.screenshot('exchange-2-imported-workspace');
  });

  it('exports the project as .qdpx (a download), with the report of what REFI-QDA cannot hold', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { file: path.join(t.dir, 'Social prescribing.coherence') });
    const download = page.waitForEvent('download');
    await exchangeMenu(page, 'Export project (.qdpx)…');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Social prescribing.qdpx');
    const saved = path.join(t.dir, 'downloaded.qdpx');
    await file.saveAs(saved);
    const report = page.getByRole('dialog', { name: 'Exported Social prescribing.qdpx' });
    await report.waitFor();
    const lost = (await report.getByRole('region', { name: 'Not carried over' }).textContent()) ?? '';
    expect(lost).toContain('speaker turns');
    expect(lost).toContain('the speaker turns of 7 documents');
    expect((await report.getByRole('region', { name: 'Carried over in another form' }).textContent()) ?? '').toContain('code definition');
    await app.screenshot('exchange-3-export-report');
    await report.getByRole('button', { name: 'Close', exact: true }).last().click();

    // The downloaded file is a real project export: it imports back whole.
    const again = await t.call('project.importQdpx', { path: path.join(t.dir, 'from download.coherence'), file: { path: saved } });
    expect(again.project.counts).toEqual({ documents: 7, codes: 17, codings: 193, coders: 3 });
  });

  it('merges a coder’s copy: the dry run first, then the merge', async () => {
    const app = await harness.start();
    const { page, t } = app;
    const main = path.join(t.dir, 'study.coherence');
    await t.call('project.create', { path: main, sample: true });
    await t.call('project.close', {});
    const copy = path.join(t.dir, 'study-JC.coherence');
    copyFileSync(main, copy);
    await t.call('project.open', { path: copy });
    const jc = (await t.call('coders.list', {})).find((c) => c.initials === 'JC')!;
    const [doc] = await t.call('documents.list', {});
    const code = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Outcome')!;
    const coding = await t.call('codings.create', { documentId: doc!.id, codeId: code.id, coderId: jc.id, start: 20, end: 90 });
    await t.call('memos.create', { target: { kind: 'coding', id: coding.id }, body: 'JC: an outcome already?', authorId: jc.id });
    await t.call('project.close', {});
    await t.call('project.open', { path: main });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await chooseCoder(page, /Sam Okoro/);

    await exchangeMenu(page, 'Merge another project…');
    const dialog = page.getByRole('dialog', { name: 'Merge another project' });
    await dialog.getByLabel('Project to merge in').fill(copy);
    await dialog.getByRole('button', { name: 'Check' }).click();
    // New here, already here, completed.
    const cells = (row: string) => dialog.getByRole('row', { name: new RegExp(`^${row}`) }).locator('td').allTextContents();
    await expect.poll(() => cells('Codings')).toEqual(['1', '193', '']);
    expect(await cells('Memos')).toEqual(['1', '0', '']);
    expect(await cells('Documents')).toEqual(['0', '7', '']);
    expect(await dialog.textContent()).toContain('is a copy of this project.');
    await app.screenshot('exchange-4-merge-plan');
    expect((await t.call('project.current', {}))?.counts.codings).toBe(193);

    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Merged study-JC.coherence: 1 coding, 1 memo and 0 documents added.', { exact: false }).waitFor();
    await app.screenshot('exchange-5-merged');
    expect((await t.call('project.current', {}))?.counts.codings).toBe(194);
    expect((await t.call('memos.list', {})).map((m) => m.body)).toContain('JC: an outcome already?');

    // A copy where a new coder took initials that mean someone else here: the merge must wait.
    await t.call('project.close', {});
    const clash = path.join(t.dir, 'study-clash.coherence');
    copyFileSync(main, clash);
    await t.call('project.open', { path: clash });
    await t.call('coders.create', { name: 'Nadia Rahman', initials: 'NR' });
    await t.call('project.close', {});
    await t.call('project.open', { path: main });
    await t.call('coders.create', { name: 'Noah Reid', initials: 'NR' });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await exchangeMenu(page, 'Merge another project…');
    await dialog.getByLabel('Project to merge in').fill(clash);
    await dialog.getByRole('button', { name: 'Check' }).click();
    const blocking = dialog.getByRole('alert');
    await expect.poll(() => blocking.textContent()).toContain('NR is Noah Reid here but Nadia Rahman in the other project');
    expect(await dialog.getByRole('button', { name: 'Merge', exact: true }).isDisabled()).toBe(true);
    await app.screenshot('exchange-6-merge-conflict');
  });
});
