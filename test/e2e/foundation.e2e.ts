import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/paths';
import { StartPage } from './pages/StartPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { useApp } from './support/appHarness';

describe('first slice in Chromium (web mode)', () => {
  const harness = useApp();

  it('creates a project, imports a transcript, codes a passage and finds it again after a reload', async () => {
    const app = await harness.start();
    const { page, t } = app;
    const file = path.join(t.dir, 'social-prescribing.coherence');
    await new StartPage(page).createProject(file);

    const workspace = new WorkspacePage(page);
    await workspace.becomeCoder('Sam Okoro', 'SO');
    await expect.poll(() => page.getByText('Coding as').textContent()).toContain('Sam Okoro');

    await workspace.importFiles([corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 10.txt')]);
    await workspace.openDocument('Interview 10');
    await workspace.addCode('Deployment');

    const words = 'deployment of machine learning software system';
    await workspace.selectText(words);
    await workspace.applyCode('Deployment');
    await expect.poll(() => workspace.highlights().allTextContents()).toEqual([words]);
    await app.screenshot('foundation-coded');

    // The database holds the coding, on exactly those words, by this coder.
    const [doc] = await t.call('documents.list', {});
    const stored = await t.call('documents.get', { documentId: doc!.id });
    expect(stored.codings).toHaveLength(1);
    expect(stored.text.slice(stored.codings[0]!.start, stored.codings[0]!.end)).toBe(words);
    const [coder] = await t.call('coders.list', {});
    expect(stored.codings[0]!.coderId).toBe(coder!.id);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await workspace.openDocument('Interview 10');
    await expect.poll(() => workspace.highlights().allTextContents()).toEqual([words]);
    await expect.poll(() => workspace.document('Interview 10').textContent()).toContain('1 coding');
  });

  it('reopens a project by path and shows a clear error for a file that is not a project', async () => {
    const { page, t } = await harness.start();
    const file = path.join(t.dir, 'existing.coherence');
    await t.call('project.create', { path: file });
    await t.call('project.close', {});
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');

    const start = new StartPage(page);
    await start.openProject(corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 4.txt'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Interview 4\.txt is not a Coherence project/);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /existing/ }).click();
    await page.getByRole('dialog', { name: 'Who is coding?' }).waitFor();
    await expect.poll(() => page.locator('.project-name').textContent()).toBe('existing');
  });

  it('opens the sample project from the start screen and shows its coded transcripts', async () => {
    const app = await harness.start();
    const { page } = app;
    await new StartPage(page).openSample();
    await page.getByRole('dialog', { name: 'Who is coding?' }).getByRole('button', { name: /Sam Okoro/ }).click();
    const workspace = new WorkspacePage(page);
    await workspace.openDocument('Client interview 01 (Margaret)');
    await expect.poll(() => workspace.highlights().count()).toBeGreaterThan(10);
    await expect.poll(() => page.locator('mark.coding-overlap').count()).toBeGreaterThan(0);
    await app.screenshot('sample-project');
  });
});
