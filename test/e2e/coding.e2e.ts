import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WorkspacePage } from './pages/WorkspacePage';
import { useApp } from './support/appHarness';
import { documentId, openSample, shownCodingIds } from './support/sampleStudy';

/** The words of our selection (the bar under the transcript quotes them). */
const selectedWords = (page: Page) => page.locator('.selection-excerpt').textContent();

describe('coding in Chromium (keyboard and mouse)', () => {
  const harness = useApp();

  it('keyboard only: opens a document, selects a sentence, codes it via the palette, memo, undo, redo, switches coder, blind mode', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const workspace = new WorkspacePage(page);

    // Open a document from the list with the keyboard.
    await workspace.document('Client interview 01 (Margaret)').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Client interview 01 (Margaret)' }).waitFor();
    await workspace.transcript.locator('mark.coding').first().waitFor();

    // Into the text, to Margaret's first answer, and select its first sentence.
    await workspace.transcript.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('s');
    await expect.poll(() => selectedWords(page)).toBe('Well, it was the doctor really.');

    // Code it through the palette: type part of a name, Enter.
    await page.keyboard.press('q');
    const palette = page.getByRole('dialog', { name: 'Quick code' });
    await palette.getByRole('combobox').waitFor();
    await page.keyboard.type('contxt');
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Context');
    await app.screenshot('coding-palette');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });

    const margaret = await documentId(t, 'Client interview 01 (Margaret)');
    const [so] = (await t.call('coders.list', {})).filter((c) => c.initials === 'SO');
    const coded = async () => {
      const doc = await t.call('documents.get', { documentId: margaret });
      return doc.codings.filter((c) => doc.text.slice(c.start, c.end) === 'Well, it was the doctor really.').map((c) => ({ coderId: c.coderId, codeId: c.codeId }));
    };
    const context = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Context')!;
    await expect.poll(coded).toEqual([{ coderId: so!.id, codeId: context.id }]);
    await expect.poll(() => page.getByRole('region', { name: 'Selected coding' }).textContent()).toContain('Realist/Context');

    // A memo on the new coding: M, type, Ctrl+Enter.
    await page.keyboard.press('m');
    await page.keyboard.type('Margaret credits the nurse first: check the referral route.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Memo saved.' }).count()).toBe(1);
    const codingId = (await t.call('documents.get', { documentId: margaret })).codings.find((c) => c.codeId === context.id && c.coderId === so!.id && c.start === 173)?.id;
    await expect.poll(async () => (await t.call('memos.list', { target: { kind: 'coding', id: codingId! } })).map((m) => m.body)).toEqual([
      'Margaret credits the nurse first: check the referral route.',
    ]);

    // Undo (the memo, then the coding) and redo, from the transcript.
    await workspace.transcript.focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(coded).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(coded).toEqual([{ coderId: so!.id, codeId: context.id }]);
    await expect.poll(() => workspace.transcript.locator('mark', { hasText: 'Well, it was the doctor really.' }).count()).toBe(1);

    // Switch coder to EW in the top bar, then blind mode (B) shows only EW's codings.
    const coderMenu = page.getByRole('combobox', { name: /Coding as/ });
    await coderMenu.focus();
    await page.keyboard.press('e');
    const ew = (await t.call('coders.list', {})).find((c) => c.initials === 'EW')!;
    await expect.poll(() => coderMenu.inputValue()).toBe(String(ew.id));
    await workspace.transcript.focus();
    await page.keyboard.press('b');
    const doc = await t.call('documents.get', { documentId: margaret });
    const ewCodings = new Set(doc.codings.filter((c) => c.coderId === ew.id).map((c) => c.id));
    expect(ewCodings.size).toBeGreaterThan(5);
    await expect.poll(() => shownCodingIds(page)).toEqual([...ewCodings].sort((a, b) => a - b));
    await app.screenshot('coding-blind-mode');
  });
});

describe('the coded transcript with several coders', () => {
  const harness = useApp();

  it('shows overlapping codes from several coders with stripes; a stripe selects its coding, which moves and goes', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const workspace = new WorkspacePage(page);
    await workspace.openDocument('Client interview 01 (Margaret)');
    await page.locator('.stripe').first().waitFor();
    const margaret = await documentId(t, 'Client interview 01 (Margaret)');
    const coders = await t.call('coders.list', {});
    const initials = new Map(coders.map((c) => [c.id, c.initials]));

    // Several coders on the same words: one run carries codings of more than one coder.
    const doc = await t.call('documents.get', { documentId: margaret });
    const runs = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.transcript-text mark[data-codings]')].map((m) => m.dataset.codings!.split(' ').map(Number)));
    const coderOf = new Map(doc.codings.map((c) => [c.id, c.coderId]));
    expect(runs.some((ids) => new Set(ids.map((id) => coderOf.get(id))).size >= 2)).toBe(true);
    // A stripe for each coding near the screen (stripes far away are drawn when scrolled to).
    const stripes = await page.locator('.stripe').evaluateAll((bars) => bars.map((b) => Number((b as HTMLElement).dataset.coding)));
    expect(stripes.length).toBeGreaterThan(10);
    expect(stripes.every((id) => doc.codings.some((c) => c.id === id))).toBe(true);
    await app.screenshot('coding-overlaps');

    // Two coders only (JC hidden with the coder filter): the same code by SO and EW, told apart.
    await page.getByRole('group', { name: 'Coders shown' }).getByRole('button', { name: 'JC' }).click();
    const jc = coders.find((c) => c.initials === 'JC')!.id;
    await expect.poll(async () => (await shownCodingIds(page)).some((id) => coderOf.get(id) === jc)).toBe(false);
    await app.screenshot('coding-two-coders');
    await page.getByRole('group', { name: 'Coders shown' }).getByRole('button', { name: 'JC' }).click();

    // Hover a stripe: its code, coder and words; click: the coding inspector.
    const context = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Context')!;
    const target = doc.codings.find((c) => c.codeId === context.id && initials.get(c.coderId) === 'EW')!;
    const stripe = page.locator(`.stripe[data-coding="${target.id}"]`);
    await stripe.scrollIntoViewIfNeeded();
    await stripe.hover();
    const tip = page.locator('.stripe-tip');
    await expect.poll(() => tip.textContent()).toContain('Realist/Context');
    await expect.poll(() => tip.textContent()).toContain('Emma Wright');
    await app.screenshot('coding-stripe-hover');
    await stripe.click();
    const inspector = page.getByRole('region', { name: 'Selected coding' });
    await expect.poll(() => inspector.textContent()).toContain('EW · Emma Wright');
    expect(await inspector.locator('blockquote').textContent()).toBe(doc.text.slice(target.start, target.end).replace(/\s+/g, ' ').trim().slice(0, 400));
    await app.screenshot('coding-inspector');

    // Q with a coding selected: another code on the same words.
    const mechanism = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Mechanism')!;
    await page.keyboard.press('q');
    await page.keyboard.type('mechanism');
    await page.keyboard.press('Enter');
    const sameWords = async () => (await t.call('documents.get', { documentId: margaret })).codings.filter((c) => c.codeId === mechanism.id && c.start === target.start && c.end === target.end).length;
    await expect.poll(sameWords).toBe(1);

    // Back to the EW coding: Alt+Right moves its end a word later (codings.update), Delete removes it.
    await stripe.click();
    await expect.poll(() => inspector.textContent()).toContain('EW · Emma Wright');
    await page.keyboard.press('Alt+ArrowRight');
    const stored = async () => (await t.call('documents.get', { documentId: margaret })).codings.find((c) => c.id === target.id) ?? null;
    await expect.poll(async () => (await stored())?.end).toBeGreaterThan(target.end);
    expect((await stored())!.start).toBe(target.start);

    // Drag its end handle back to the start of "and after": the coding ends after "February,".
    const handle = page.locator('.boundary-handle.end');
    await expect.poll(async () => (await handle.boundingBox()) !== null).toBe(true);
    const from = (await handle.boundingBox())!;
    const to = await textPoint(page, 'and after that I hardly went out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 2);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => doc.text.slice(target.start, (await stored())?.end)).toBe('My husband Ron passed away two years ago in the February,');
    await page.keyboard.press('Delete');
    await expect.poll(stored).toBeNull();
    await expect.poll(() => shownCodingIds(page)).not.toContain(target.id);
  });

  it('codes with the mouse: snapped selection, a new code from the palette, recent codes on number keys, in vivo, and a code dropped from the codebook', async () => {
    const app = await harness.start();
    const { page, t } = app;
    await openSample(page, t, { by: 'keyboard' });
    const workspace = new WorkspacePage(page);
    await workspace.openDocument('Client interview 01 (Margaret)');
    const margaret = await documentId(t, 'Client interview 01 (Margaret)');
    const textOf = async (codeName: string) => {
      const doc = await t.call('documents.get', { documentId: margaret });
      const code = (await t.call('codes.list', {})).find((c) => c.name === codeName);
      return doc.codings.filter((c) => c.codeId === code?.id).map((c) => doc.text.slice(c.start, c.end));
    };

    // Part-words selected with the mouse grow to whole words.
    await workspace.selectText("ened. That's the thi");
    await expect.poll(() => selectedWords(page)).toBe("listened. That's the thing");

    // A code that is not in the codebook yet, created from the palette and applied.
    await page.keyboard.press('q');
    await page.keyboard.type('Realist/Feeling listened to');
    const create = page.getByRole('option', { name: /Create code/ });
    await expect.poll(() => create.textContent()).toContain('Realist/Feeling listened to');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf('Feeling listened to')).toEqual(["listened. That's the thing"]);
    const inspector = page.getByRole('region', { name: 'Selected coding' });
    await expect.poll(() => inspector.locator('blockquote').textContent()).toBe("listened. That's the thing");
    expect((await t.call('codes.list', {})).find((c) => c.name === 'Feeling listened to')?.path).toBe('Realist/Feeling listened to');

    // The same code again on other words, on key 1.
    await workspace.selectText('She asked me, what matters to you, Margaret');
    await expect.poll(() => selectedWords(page)).toBe('She asked me, what matters to you, Margaret');
    await page.keyboard.press('1');
    await expect.poll(() => textOf('Feeling listened to')).toEqual(["listened. That's the thing", 'She asked me, what matters to you, Margaret']);
    await expect.poll(() => inspector.locator('blockquote').textContent()).toBe('She asked me, what matters to you, Margaret');

    // In vivo: a new code named by the words.
    await workspace.selectText('I used to love baking');
    await expect.poll(() => selectedWords(page)).toBe('I used to love baking');
    await page.keyboard.press('v');
    await expect.poll(() => textOf('I used to love baking')).toEqual(['I used to love baking']);
    await expect.poll(() => inspector.locator('blockquote').textContent()).toBe('I used to love baking');

    // A code dragged from the codebook and dropped on the selection.
    const social = (await t.call('codes.list', {})).find((c) => c.path === 'Salutogenesis/Resistance resources/Social support')!;
    await workspace.selectText('I missed having people round');
    await expect.poll(() => selectedWords(page)).toBe('I missed having people round');
    await page.evaluate((codeId) => {
      const data = new DataTransfer();
      data.setData('application/x-coherence-code', String(codeId));
      const target = document.querySelector('.transcript')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, social.id);
    await expect.poll(async () => (await textOf('Social support')).includes('I missed having people round')).toBe(true);
    await expect.poll(() => workspace.transcript.locator('mark', { hasText: 'I missed having people round' }).count()).toBeGreaterThan(0);
    await app.screenshot('coding-mouse');
  });
});

/** The screen point at the start of some words in the transcript (scrolled into view). */
async function textPoint(page: Page, words: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.querySelector('.transcript-text')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 1, y: rect.top + rect.height / 2 };
    }
    return null;
  }, words);
  if (!point) throw new Error(`"${words}" is not in the transcript`);
  return point;
}
