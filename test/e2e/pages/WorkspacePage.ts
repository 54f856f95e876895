import type { Locator, Page } from 'playwright-core';

/** The coding workspace: documents, transcript, codebook. */
export class WorkspacePage {
  readonly transcript: Locator;

  constructor(private readonly page: Page) {
    this.transcript = page.locator('.transcript-text');
  }

  async becomeCoder(name: string, initials: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Initials').fill(initials);
    await dialog.getByRole('button', { name: 'Start coding' }).click();
  }

  /** Import files through the preview with its defaults, and close the summary. */
  async importFiles(files: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(files);
    const preview = this.page.getByRole('dialog', { name: /^Import \d+ files?( from .+)?$/ });
    await preview.getByRole('button', { name: /^Import \d+ files?$/ }).click();
    const summary = this.page.getByRole('dialog', { name: 'Import finished' });
    await summary.getByRole('button', { name: 'Done' }).click();
    await summary.waitFor({ state: 'detached' });
  }

  document(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(`^${escaped}`) });
  }

  async openDocument(title: string): Promise<void> {
    await this.document(title).click();
    await this.page.getByRole('heading', { name: title }).waitFor();
    await this.transcript.locator('p').first().waitFor();
  }

  /**
   * A new top-level code, through the codebook's New code dialog. An open transcript is drawn
   * again with the new codebook: this waits for that, so a selection made next is not lost.
   */
  async addCode(name: string): Promise<void> {
    const painted = () => this.page.evaluate(() => performance.getEntriesByName('coherence:transcript-painted').length);
    const shown = (await this.transcript.count()) > 0;
    const before = await painted();
    await this.page.getByRole('region', { name: 'Codebook' }).getByRole('button', { name: 'New code', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New code' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Add code' }).click();
    await this.page.getByRole('button', { name: `Apply code ${name}` }).waitFor();
    if (shown) await this.page.waitForFunction((n) => performance.getEntriesByName('coherence:transcript-painted').length > n, before);
  }

  /** Select the exact words with the mouse, by dragging across their on-screen box. */
  async selectText(words: string): Promise<void> {
    const box = await this.page.evaluate((target) => {
      const root = document.querySelector('.transcript-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(target);
        if (at === -1) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    }, words);
    if (!box) throw new Error(`"${words}" is not on screen`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 8 });
    await this.page.mouse.up();
  }

  async applyCode(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Apply code ${name}` }).click();
  }

  highlights(): Locator {
    return this.transcript.locator('mark.coding');
  }
}
