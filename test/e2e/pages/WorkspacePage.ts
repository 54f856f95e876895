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

  async importFiles(files: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(files);
    await this.page.getByRole('status').filter({ hasText: 'imported' }).waitFor();
  }

  document(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: new RegExp(`^${escaped}`) });
  }

  async openDocument(title: string): Promise<void> {
    await this.document(title).click();
    await this.page.getByRole('heading', { name: title }).waitFor();
    await this.transcript.locator('p').first().waitFor();
  }

  async addCode(name: string): Promise<void> {
    await this.page.getByLabel('New code').fill(name);
    await this.page.getByRole('button', { name: 'Add code' }).click();
    await this.page.getByRole('button', { name: `Apply code ${name}` }).waitFor();
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
