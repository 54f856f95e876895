import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CodebookPage } from './pages/CodebookPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { useApp } from './support/appHarness';
import { codeByPath, openSample, shownCodingIds } from './support/sampleStudy';

describe('the codebook in Chromium', () => {
  const harness = useApp();

  it('builds a sub-code by keyboard, nests a code by drag, merges, deletes and undoes both exactly', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const workspace = new WorkspacePage(page);
    const codebook = new CodebookPage(page);
    await workspace.openDocument('Client interview 01 (Margaret)');
    await workspace.highlights().first().waitFor();

    // Select words, then Enter on a code in the tree applies it to them.
    await workspace.selectText('I burst into tears');
    await codebook.focus('Salutogenesis/Sense of coherence/Manageability');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const margaret = (await t.call('documents.list', {})).find((d) => d.title === 'Client interview 01 (Margaret)')!;
    const meaningfulness = await codeByPath(t, 'Salutogenesis/Sense of coherence/Meaningfulness');
    await expect.poll(async () => {
      const doc = await t.call('documents.get', { documentId: margaret.id });
      return doc.codings.filter((c) => c.codeId === meaningfulness.id).map((c) => doc.text.slice(c.start, c.end));
    }).toContain('I burst into tears');

    // Keyboard: to "Collaborative care", N for a sub-code, type its name, Enter.
    await codebook.focus('Collaborative care');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('n');
    const editor = codebook.dialog('New code');
    await expect.poll(() => editor.getByLabel('Inside').inputValue()).toBe(String((await codeByPath(t, 'Collaborative care')).id));
    await page.keyboard.type('Continuity of care');
    await page.keyboard.press('Enter');
    await editor.waitFor({ state: 'detached' });
    await codebook.code('Collaborative care/Continuity of care').waitFor();
    expect((await codeByPath(t, 'Collaborative care/Continuity of care')).parentId).toBe((await codeByPath(t, 'Collaborative care')).id);

    // Its definition, through the editor (E), saved with Ctrl+Enter; the card shows it.
    await codebook.focus('Collaborative care/Continuity of care');
    await page.keyboard.press('e');
    const edit = codebook.dialog('Edit code Continuity of care');
    await edit.getByLabel('Description').fill('The same people over time, so the client need not retell their story.');
    await edit.getByLabel('Inclusion criteria').fill('Seeing the same link worker or nurse again; being remembered.');
    await edit.getByLabel('Exclusion criteria').fill('Hand-overs between services (use Enhanced communication).');
    await edit.getByLabel('Example').fill('She knew me by then, I didn’t have to start again.');
    await app.screenshot('codebook-editor');
    await edit.getByLabel('Example').press('Control+Enter');
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => codebook.card().textContent()).toContain('Hand-overs between services');
    await app.screenshot('codebook-0-definition');
    expect((await codeByPath(t, 'Collaborative care/Continuity of care')).exclusion).toBe('Hand-overs between services (use Enhanced communication).');

    // A new top-level code, dragged onto "Mechanism" to nest it there.
    await workspace.addCode('Trust');
    await codebook.code('Trust').dragTo(codebook.row('Realist/Mechanism'));
    await expect.poll(async () => (await t.call('codes.list', {})).find((c) => c.name === 'Trust')?.path).toBe('Realist/Mechanism/Trust');
    await codebook.code('Realist/Mechanism/Trust').waitFor();
    await app.screenshot('codebook-1-tree');

    // And by keyboard: Shift+F10 opens its menu, Move…, type the new parent's name, Enter.
    await codebook.focus('Realist/Mechanism/Trust');
    await page.keyboard.press('Shift+F10');
    const moveItem = page.getByRole('menuitem', { name: 'Move…' });
    await page.getByRole('menuitem').first().waitFor();
    while (!(await moveItem.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const move = codebook.dialog('Move Trust');
    await move.getByLabel('Put it inside').waitFor();
    await page.keyboard.type('Realist');
    await page.keyboard.press('Enter');
    await move.waitFor({ state: 'detached' });
    await expect.poll(async () => (await t.call('codes.list', {})).find((c) => c.name === 'Trust')?.path).toBe('Realist/Trust');
    // Alt+↑ puts it before its sibling above.
    await codebook.focus('Realist/Trust');
    await page.keyboard.press('Alt+ArrowUp');
    const realist = await codeByPath(t, 'Realist');
    const realistChildren = async () => (await t.call('codes.list', {})).filter((c) => c.parentId === realist.id).map((c) => c.name);
    await expect.poll(realistChildren).toEqual(['Context', 'Mechanism', 'Trust', 'Outcome']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Apply code Realist/Trust');

    // The state to come back to.
    const statsBefore = await t.call('codes.stats', {});
    const shownBefore = await shownCodingIds(page);
    const marksBefore = await workspace.highlights().count();
    expect(shownBefore.length).toBeGreaterThan(20);

    // Merge "Structured management plan" into "Scheduled follow-up" from its menu.
    const plan = await codeByPath(t, 'Collaborative care/Structured management plan');
    const followUp = await codeByPath(t, 'Collaborative care/Scheduled follow-up');
    const planStats = statsBefore.find((s) => s.codeId === plan.id)!;
    expect(planStats.codings).toBeGreaterThan(0);
    await codebook.menu('Collaborative care/Structured management plan', 'Merge into…');
    const merge = codebook.dialog('Merge Structured management plan into…');
    await merge.getByLabel('Merge into').selectOption(String(followUp.id));
    await expect.poll(() => merge.locator('.merge-impact').textContent()).toContain(`${planStats.codings} codings of “Structured management plan”`);
    await app.screenshot('codebook-2-merge');
    await merge.getByLabel('Merge into').press('Enter');
    await merge.waitFor({ state: 'detached' });
    await expect.poll(async () => (await t.call('codes.list', {})).some((c) => c.id === plan.id)).toBe(false);
    await codebook.code('Collaborative care/Structured management plan').waitFor({ state: 'detached' });

    // Delete "Sense of coherence" by keyboard: the dialog says what goes.
    const soc = await codeByPath(t, 'Salutogenesis/Sense of coherence');
    const impact = await t.call('codes.deletionImpact', { codeId: soc.id });
    await codebook.focus('Salutogenesis/Sense of coherence');
    await page.keyboard.press('Delete');
    const confirm = codebook.dialog('Delete code Sense of coherence?');
    await expect.poll(() => confirm.textContent()).toContain(`3 sub-codes and ${impact.codings} codings in ${impact.documents} documents`);
    await app.screenshot('codebook-3-delete');
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await t.call('codes.list', {})).some((c) => c.id === soc.id)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Apply code Salutogenesis');
    await expect.poll(() => workspace.highlights().count()).toBeLessThan(marksBefore);
    await app.screenshot('codebook-4-deleted-toast');

    // Undo the delete with the toast's button, the merge with Ctrl+Z.
    await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).last().click();
    await codebook.code('Salutogenesis/Sense of coherence').waitFor();
    await codebook.focus('Collaborative care');
    await page.keyboard.press('Control+z');
    await codebook.code('Collaborative care/Structured management plan').waitFor();

    // Counts and highlights are back, exactly.
    await expect.poll(() => t.call('codes.stats', {})).toEqual(statsBefore);
    await expect.poll(() => shownCodingIds(page)).toEqual(shownBefore);
    expect(await workspace.highlights().count()).toBe(marksBefore);
    await expect.poll(() => codebook.row('Collaborative care/Structured management plan').locator('.code-count').first().textContent()).toBe(String(planStats.codings));

    // The activity history: both undone; Redo there redoes the merge, Undo takes it back.
    await page.getByRole('tab', { name: 'History' }).click();
    const historyView = page.getByRole('tabpanel', { name: 'History' });
    const history = historyView.getByRole('table');
    const entry = (label: string) => history.getByRole('row').filter({ hasText: label });
    await expect.poll(() => entry('Delete code Sense of coherence').textContent()).toContain('undone');
    await expect.poll(() => entry('Merge Structured management plan into Scheduled follow-up').textContent()).toContain('undone');
    expect(await entry('Add code Continuity of care').textContent()).toContain('done');
    await app.screenshot('codebook-8-history');
    await historyView.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => entry('Merge Structured management plan into Scheduled follow-up').textContent()).not.toContain('undone');
    await expect.poll(async () => (await t.call('codes.list', {})).some((c) => c.id === plan.id)).toBe(false);
    await historyView.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => entry('Merge Structured management plan into Scheduled follow-up').textContent()).toContain('undone');
    await expect.poll(() => t.call('codes.stats', {})).toEqual(statsBefore);
  });

  it('writes memos on a code and on the project and finds them in the memo list by search', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const codebook = new CodebookPage(page);

    // Resting the pointer on a code shows its definition beside the codebook.
    const manageability = await codeByPath(t, 'Salutogenesis/Sense of coherence/Manageability');
    await codebook.row(manageability.path).hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain(manageability.exclusion);
    await app.screenshot('codebook-hover-definition');
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'detached' });

    // On a code, by keyboard: M, type, Ctrl+Enter.
    await codebook.focus('Salutogenesis/Resistance resources/Social support');
    await page.keyboard.press('m');
    const onCode = codebook.dialog('Memos: Code Social support');
    await onCode.getByLabel('Memo text').waitFor();
    await page.keyboard.type('Peers met at the walking group count here, not family duty.');
    await app.screenshot('codebook-memo-dialog');
    await page.keyboard.press('Control+Enter');
    await onCode.waitFor({ state: 'detached' });
    await expect.poll(() => codebook.row('Salutogenesis/Resistance resources/Social support').locator('.memo-mark').count()).toBe(1);

    // On the project, from the memo list.
    await page.getByRole('tab', { name: 'Memos' }).click();
    await page.getByRole('button', { name: 'New memo' }).click();
    const newMemo = codebook.dialog('New memo');
    await expect.poll(() => newMemo.getByLabel('About').inputValue()).toBe('project');
    await newMemo.getByLabel('Memo title').fill('Analysis plan');
    await newMemo.getByLabel('Memo text').fill('Framework codes first, then salutogenesis; compare SO and EW on Manageability.');
    await newMemo.getByLabel('Memo text').press('Control+Enter');
    await newMemo.waitFor({ state: 'detached' });

    // Search by keyboard: each search shows only its memo, labelled with what it is about.
    const memos = page.getByRole('list', { name: 'Memos' }).getByRole('listitem');
    const titles = () => memos.evaluateAll((items) => items.map((i) => [...i.querySelectorAll('.memo-about > *')].map((e) => e.textContent).join(': ')));
    await expect.poll(titles).toEqual(['Project', 'Code: Social support']);
    await page.getByLabel('Search memos').focus();
    await page.keyboard.type('walking group');
    await expect.poll(titles).toEqual(['Code: Social support']);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('salutogenesis');
    await expect.poll(titles).toEqual(['Project']);
    expect(await memos.first().textContent()).toContain('Analysis plan');
    await page.keyboard.press('Escape');
    await expect.poll(titles).toEqual(['Project', 'Code: Social support']);
    await app.screenshot('codebook-5-memos');

    const stored = await t.call('memos.list', {});
    expect(stored.map((m) => m.targetLabel).sort()).toEqual(['Code: Social support', 'Project']);
    const so = (await t.call('coders.list', {})).find((c) => c.initials === 'SO')!;
    expect(stored.every((m) => m.authorId === so.id)).toBe(true);
  });

  it('reads the coded segments of a framework with its sub-codes, jumps to one and exports them as CSV', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const codebook = new CodebookPage(page);
    const framework = await codeByPath(t, 'Collaborative care');
    const expected = await t.call('codings.segments', { codeId: framework.id, includeChildren: true });
    expect(expected.length).toBeGreaterThan(20);

    // From the code's card: Coded segments (sub-codes included for a framework).
    await codebook.choose('Collaborative care');
    await codebook.card().getByRole('button', { name: 'Coded segments' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Coded segments' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('Include sub-codes').isChecked()).toBe(true);
    const segments = page.locator('.segment');
    await expect.poll(() => segments.count()).toBe(expected.length);
    const documents = new Set(expected.map((s) => s.documentId)).size;
    expect(await page.locator('.segments-summary').textContent()).toContain(`${expected.length} passages in ${documents} documents`);
    await app.screenshot('codebook-6-segments');

    // Keyboard: to the second passage, Enter: the transcript opens there with the words selected.
    await segments.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const target = expected[1]!;
    await page.getByRole('heading', { name: target.documentTitle }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Transcript' }).getAttribute('aria-selected')).toBe('true');
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => flat(await page.evaluate(() => document.getSelection()?.toString() ?? ''))).toBe(flat(target.text));
    await app.screenshot('codebook-7-jumped');
    // The workspace itself never scrolls: only the transcript moved.
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);

    // Export the same selection.
    await page.getByRole('tab', { name: 'Coded segments' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const file = path.join(t.dir, download.suggestedFilename());
    await download.saveAs(file);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows.map((r) => r.code!.split('/')[0]))).toEqual(new Set(['Collaborative care']));
    expect(rows.map((r) => r.text).sort()).toEqual(expected.map((s) => s.text).sort());
    expect(Object.keys(rows[0]!)).toContain('participant');

    // Blind mode (B in the transcript): the codebook counts only my codings, and so do the segments.
    await page.getByRole('tab', { name: 'Transcript' }).click();
    await page.locator('.transcript-text').focus();
    await page.keyboard.press('b');
    const so = (await t.call('coders.list', {})).find((c) => c.initials === 'SO')!;
    const context = await codeByPath(t, 'Realist/Context');
    const mine = (await t.call('codes.stats', {})).find((s) => s.codeId === context.id)!.byCoder[so.id];
    await expect.poll(() => codebook.row('Realist/Context').locator('.code-count').first().textContent()).toBe(String(mine));
    expect(await codebook.panel.locator('.code-columns').textContent()).toContain('Mine');
    await page.getByRole('tab', { name: 'Coded segments' }).click();
    const onlySo = await t.call('codings.segments', { codeId: framework.id, includeChildren: true, coderIds: [so.id] });
    await expect.poll(() => segments.count()).toBe(onlySo.length);
    expect(await page.locator('.blind-note').textContent()).toContain('only your codings (SO)');
    await app.screenshot('codebook-9-blind-segments');
  });

  it('exports the codebook as CSV and imports one, by the codebook menu', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const codebook = new CodebookPage(page);

    await codebook.panel.getByRole('button', { name: 'Codebook actions' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export codebook CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('sample codebook.csv');
    const file = path.join(t.dir, 'codebook.csv');
    await download.saveAs(file);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.path)).toEqual((await t.call('codes.list', {})).map((c) => c.path));
    expect(rows.find((r) => r.path === 'Salutogenesis/Sense of coherence/Manageability')!.exclusion).toContain('code Comprehensibility');

    // A codebook with one new code and one changed definition.
    const incoming = path.join(t.dir, 'more codes.csv');
    writeFileSync(incoming, 'path,colour,description,inclusion,exclusion,example\nRealist/Context/Loneliness,#90caf9,"Being alone, and feeling it.",,,\n');
    await codebook.panel.getByTestId('codebook-import-input').setInputFiles(incoming);
    await codebook.code('Realist/Context/Loneliness').waitFor();
    await expect.poll(() => page.getByRole('status', { name: 'Messages' }).textContent()).toContain('Codebook imported: 1 new code, 0 updated.');
    expect((await codeByPath(t, 'Realist/Context/Loneliness')).description).toBe('Being alone, and feeling it.');

  });
});
