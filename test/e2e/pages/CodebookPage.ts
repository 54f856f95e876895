import type { Locator, Page } from 'playwright-core';

/** The codebook panel: the tree of codes, the chosen code's card, and the codebook's dialogs. */
export class CodebookPage {
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Codebook' });
  }

  /** A code's main button (its accessible name is "Apply code <path>"). */
  code(path: string): Locator {
    return this.panel.getByRole('button', { name: `Apply code ${path}`, exact: true });
  }

  row(path: string): Locator {
    return this.panel.getByRole('treeitem').filter({ has: this.page.getByRole('button', { name: `Apply code ${path}`, exact: true }) });
  }

  /** Choose a code with the mouse (with no text selected this shows its card rather than applying it). */
  async choose(path: string): Promise<void> {
    await this.row(path).click();
  }

  /** Move the keyboard focus to a code, as arrows would. */
  async focus(path: string): Promise<void> {
    await this.code(path).focus();
  }

  /** Open a code's ⋯ menu and choose an item. */
  async menu(path: string, item: string): Promise<void> {
    await this.row(path).hover();
    await this.panel.getByRole('button', { name: `More for code ${path}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** The chosen code's card under the tree. */
  card(): Locator {
    return this.panel.getByRole('region', { name: 'Code details' });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
