import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../support/testCore';
import { AgreementPage } from './pages/AgreementPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { useApp } from './support/appHarness';
import { openSample } from './support/sampleStudy';

const caseCoordinator = 'Collaborative care/Case coordinator in a multi-professional team';

async function coderIds(t: TestCore): Promise<Record<string, number>> {
  return Object.fromEntries((await t.call('coders.list', {})).map((c) => [c.initials, c.id]));
}

describe('inter-coder agreement in Chromium', () => {
  const harness = useApp();

  it('compares three coders, explains a code, settles a disagreement into the consensus coder and exports CSV and HTML', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t);
    const agreement = new AgreementPage(page);
    await agreement.open();

    // The first visit compares every coder over the documents the core proposes.
    await agreement.waitForReport();
    for (const initials of ['SO', 'EW', 'JC']) expect(await agreement.coder(initials).isChecked()).toBe(true);
    await expect.poll(() => agreement.view.locator('.scope-note').textContent()).toContain('Comparing 2 documents');
    const ids = await coderIds(t);
    // In the order the page lists them (coders.list): the explanations name pairs in that order.
    const all = (await t.call('coders.list', {})).map((c) => c.id);
    const { report } = await t.call('agreement.compare', { coderIds: all });
    for (const code of report.codes) expect(await agreement.alpha(code.code)).toBe(code.alpha!.toFixed(3));
    await app.screenshot('agreement-1-report');

    // Sort by α: the weakest code first.
    await agreement.sortBy('α');
    const weakest = [...report.codes].sort((a, b) => a.alpha! - b.alpha!)[0]!;
    expect((await agreement.codeOrder())[0]).toBe(weakest.code);
    expect(weakest.code).toBe(caseCoordinator);

    // Drill down into that code: every number explained, per pair and per document.
    await agreement.row(caseCoordinator).getByRole('button', { name: 'Collaborative care › Case coordinator in a multi-professional team' }).click();
    const detail = agreement.view.getByRole('article', { name: `Agreement for ${caseCoordinator}` });
    await detail.waitFor();
    const code = report.codes.find((c) => c.code === caseCoordinator)!;
    await expect.poll(() => detail.textContent()).toContain(code.explanations.positiveAgreement);
    expect(await detail.getByRole('table', { name: 'By coder pair' }).locator('tbody tr').count()).toBe(3);
    expect(await detail.getByRole('table', { name: 'By document' }).locator('tbody tr').count()).toBe(2);
    await app.screenshot('agreement-2-code-detail');
    await detail.getByRole('heading', { name: 'By coder pair' }).scrollIntoViewIfNeeded();
    await app.screenshot('agreement-2b-code-detail-pairs');
    await detail.getByRole('button', { name: '← All codes' }).click();

    // The methods sentence is copied (through the fallback when the clipboard is refused).
    await agreement.view.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status', { name: 'Messages' }).getByText('Copied the methods sentence.').waitFor();

    // The passages behind the weakest code, longest first; open the first, side by side.
    await agreement.row(caseCoordinator).getByRole('button', { name: `Disagreements for ${caseCoordinator}` }).click();
    const expected = await t.call('agreement.disagreements', { coderIds: all, codeId: Number(code.codeId) });
    await agreement.passages.getByRole('option').first().waitFor();
    expect(await agreement.passages.getByRole('option').count()).toBe(expected.length);
    const first = expected[0]!;
    expect(first.codedBy).toContain('SO');
    await agreement.passage.getByRole('heading', { name: first.title }).waitFor();
    await expect.poll(() => agreement.passage.getByLabel("SO's coding").textContent()).toContain(first.text);
    await app.screenshot('agreement-3-disagreement');

    // Settle it by accepting SO's version: the consensus coder gets SO's coding, the originals stay.
    const originals = await t.call('codings.segments', { codeId: Number(code.codeId), coderIds: [ids.SO!, ids.EW!, ids.JC!] });
    await agreement.passage.getByRole('button', { name: "Accept SO's version" }).click();
    await agreement.passages.getByRole('option').first().getByText('Settled').waitFor();
    const consensus = (await t.call('coders.list', {})).find((c) => c.name === 'Consensus');
    expect(consensus).toBeDefined();
    const settled = await t.call('codings.segments', { codeId: Number(code.codeId), coderIds: [consensus!.id] });
    const soThere = first.codings.filter((c) => c.coder === 'SO');
    expect(settled.map((s) => [s.documentId, s.start, s.end])).toEqual(soThere.map((c) => [first.documentId, c.start, c.end]));
    expect(await t.call('codings.segments', { codeId: Number(code.codeId), coderIds: [ids.SO!, ids.EW!, ids.JC!] })).toEqual(originals);
    // The list moved on to the next open passage; back to the settled one, which shows the consensus.
    await agreement.passages.getByRole('option').first().click();
    await agreement.passage.getByText(/has Case coordinator in a multi-professional team at/).waitFor();
    await app.screenshot('agreement-4-settled');

    // Open the passage in the transcript; the agreement view comes back as it was left.
    await agreement.passage.getByRole('button', { name: 'Open in transcript' }).click();
    await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
    await agreement.view.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain(first.text.slice(0, 40));
    await agreement.open();
    expect(await agreement.view.getByRole('tab', { name: 'Disagreements' }).getAttribute('aria-selected')).toBe('true');
    await agreement.passages.getByRole('option', { selected: true }).getByText('Settled').waitFor();

    // Exports: the same report as CSV and as a self-contained page.
    await agreement.showTab('Report');
    await agreement.waitForReport();
    const csv = await agreement.download('Export CSV');
    expect(csv.suggestedFilename()).toBe('sample agreement.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toMatch(/^level,code,document,coders,units,alpha,/);
    expect(csvText).toContain(`code,${caseCoordinator},,`);
    expect(csvText).toContain(`,${code.alpha!.toFixed(3)},`);
    const html = await agreement.download('Export HTML');
    expect(html.suggestedFilename()).toBe('sample agreement.html');
    const htmlText = readFileSync((await html.path())!, 'utf8');
    expect(htmlText.startsWith('<!doctype html>')).toBe(true);
    expect(htmlText.replaceAll('&#39;', "'")).toContain(report.methodsSentence);
    expect(htmlText).toContain(caseCoordinator);

    // Codes: leaving out a framework leaves out its codes.
    await agreement.view.getByRole('button', { name: /^Codes/ }).click();
    const codesDialog = page.getByRole('dialog', { name: 'Codes to compare' });
    await codesDialog.getByRole('radio', { name: /Choose codes/ }).check();
    await codesDialog.getByRole('checkbox', { name: 'Collaborative care', exact: true }).uncheck();
    await app.screenshot('agreement-7-codes');
    await codesDialog.getByRole('button', { name: 'Use these codes' }).click();

    // Documents: those Sam Okoro interviewed (a document attribute) that two coders or more coded.
    await agreement.view.getByRole('button', { name: /^Documents/ }).click();
    const documentsDialog = page.getByRole('dialog', { name: 'Documents to compare' });
    await documentsDialog.getByRole('radio', { name: /Choose documents/ }).check();
    await documentsDialog.getByRole('combobox', { name: 'Attribute' }).selectOption({ label: 'interviewer' });
    await documentsDialog.getByRole('combobox', { name: 'interviewer value' }).selectOption('Sam Okoro');
    await documentsDialog.getByRole('button', { name: 'Choose only these' }).click();
    await app.screenshot('agreement-8-documents');
    await documentsDialog.getByRole('button', { name: 'Use these documents' }).click();
    await agreement.view.getByText('The choices above have changed since this report was run.').waitFor();
    await agreement.run();
    const titles = new Map((await t.call('documents.list', {})).map((d) => [d.title, d.id]));
    const chosenDocuments = ['Client interview 01 (Margaret)', 'Staff interview 01 (link worker)'].map((title) => titles.get(title)!);
    const codebook = await t.call('codes.list', {});
    const leaves = codebook.filter((c) => !codebook.some((child) => child.parentId === c.id));
    const realistAndSalutogenesis = leaves.filter((c) => !c.path.startsWith('Collaborative care/')).map((c) => c.id);
    expect(realistAndSalutogenesis).toHaveLength(8);
    const narrowed = await t.call('agreement.compare', { coderIds: all, documentIds: chosenDocuments, codeIds: realistAndSalutogenesis });
    expect(narrowed.report.documents.map((d) => d.title)).toEqual(['Client interview 01 (Margaret)', 'Staff interview 01 (link worker)']);
    expect(await agreement.codeOrder()).toEqual(narrowed.report.codes.map((c) => c.code));
    for (const c of narrowed.report.codes) expect(await agreement.alpha(c.code)).toBe(c.alpha === null ? 'n/a' : c.alpha.toFixed(3));
  });

  it('keyboard and mouse: a coder finishes documents, assignments, two coders by word with a seed, a passage marked by hand', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t);
    const ids = await coderIds(t);
    const titles = new Map((await t.call('documents.list', {})).map((d) => [d.title, d.id]));
    const margaret = 'Client interview 01 (Margaret)';
    const daniel = 'Client interview 02 (Daniel)';
    const finished = async () =>
      (await t.call('assignments.list', {}))
        .filter((a) => a.completedAt)
        .map((a) => `${a.documentId}:${a.coderId}`)
        .sort();

    // SO says so from the open document.
    await new WorkspacePage(page).openDocument(margaret);
    const done = page.getByRole('button', { name: 'I have finished this document' });
    await done.click();
    await expect.poll(finished).toEqual([`${titles.get(margaret)}:${ids.SO}`]);
    await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
    await app.screenshot('agreement-0-finished-document');

    // The agreement view by keyboard: only SO finished anything, so nothing is comparable yet.
    await page.getByRole('button', { name: 'Agreement', exact: true }).focus();
    await page.keyboard.press('Enter');
    const agreement = new AgreementPage(page);
    await agreement.view.getByText('No document is in this comparison.').waitFor();
    await agreement.view.getByRole('button', { name: 'Go to assignments' }).focus();
    await page.keyboard.press('Enter');

    // EW finishes Margaret through the cell's menu, by keyboard.
    const cell = agreement.assignmentCell(margaret, 'EW');
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Mark finished by EW' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('aria-label')).toBe(`${margaret}, EW: finished`);

    // The rest with the mouse, two documents at once.
    await agreement.view.getByRole('checkbox', { name: `Choose ${margaret}` }).check();
    await agreement.view.getByRole('checkbox', { name: `Choose ${daniel}` }).check();
    for (const coder of ['JC · Jamal Chaudhry', 'SO · Sam Okoro', 'EW · Emma Wright']) {
      await agreement.view.getByRole('button', { name: 'Mark finished by' }).click();
      await page.getByRole('menuitem', { name: `Finished by ${coder}` }).click();
    }
    await expect.poll(async () => (await finished()).length).toBe(6);
    await expect.poll(() => agreement.assignmentCell(daniel, 'JC').getAttribute('aria-label')).toBe(`${daniel}, JC: finished`);
    await app.screenshot('agreement-5-assignments');

    // Back to the report (arrow keys along the tabs): it says it is out of date.
    await agreement.view.getByRole('tab', { name: 'Assignments' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await agreement.view.getByText('Codings or assignments have changed since this report was run.').waitFor();
    await agreement.view.getByRole('button', { name: 'Run again' }).click();
    await agreement.waitForReport();
    await expect.poll(() => agreement.view.locator('.scope-note').textContent()).toContain('the documents every chosen coder marked finished');

    // Two coders, words as units, another seed; Enter in a field runs the comparison.
    await agreement.coder('JC').focus();
    await page.keyboard.press('Space');
    expect(await agreement.coder('JC').isChecked()).toBe(false);
    await agreement.view.getByRole('combobox', { name: 'Unit' }).selectOption('word');
    await agreement.view.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await page.keyboard.press('Enter');
    await agreement.waitForReport();
    const { report } = await t.call('agreement.compare', { coderIds: [ids.EW!, ids.SO!], unit: 'word', bootstrap: { resamples: 2000, seed: 7 } });
    expect(report.unit).toBe('word');
    for (const code of report.codes) expect(await agreement.alpha(code.code)).toBe(code.alpha === null ? 'n/a' : code.alpha.toFixed(3));
    expect(await agreement.view.getByText('2,000 resamples of 2 documents, seed 7').count()).toBe(1);

    // A code's details by keyboard: one coder pair; Escape goes back to the table.
    const mechanism = 'Realist/Mechanism';
    await agreement.row(mechanism).getByRole('button', { name: 'Realist › Mechanism' }).focus();
    await page.keyboard.press('Enter');
    const detail = agreement.view.getByRole('article', { name: `Agreement for ${mechanism}` });
    expect(await detail.getByRole('table', { name: 'By coder pair' }).locator('tbody tr').count()).toBe(1);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await agreement.table.waitFor();

    // Its passages: ↓ moves through the list; one is settled with a passage marked by hand.
    await agreement.row(mechanism).getByRole('button', { name: `Disagreements for ${mechanism}` }).click();
    const codeId = Number(report.codes.find((c) => c.code === mechanism)!.codeId);
    const passages = await t.call('agreement.disagreements', { coderIds: [ids.EW!, ids.SO!], codeId });
    expect(passages.length).toBeGreaterThan(1);
    await agreement.passages.getByRole('option').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = passages[1]!;
    await expect.poll(() => agreement.passages.getByRole('option', { selected: true }).textContent()).toContain(second.text.slice(0, 30));
    await agreement.passage.getByRole('button', { name: 'Mark a range…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the agreed passage for Mechanism' });
    await dialog.getByRole('spinbutton', { name: 'First character' }).fill(String(second.start));
    await dialog.getByRole('spinbutton', { name: 'After the last character' }).fill(String(second.start + 20));
    await app.screenshot('agreement-6-custom-range');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const consensus = (await t.call('coders.list', {})).find((c) => c.name === 'Consensus')!;
    const agreed = await t.call('codings.segments', { codeId, coderIds: [consensus.id] });
    expect(agreed.map((s) => [s.documentId, s.start, s.end])).toEqual([[second.documentId, second.start, second.start + 20]]);
  });
});
