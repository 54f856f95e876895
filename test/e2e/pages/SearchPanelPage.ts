import type { Locator, Page } from 'playwright-core';

/** Full-text search in the sidebar. */
export class SearchPanelPage {
  readonly box: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search all documents' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
  }

  /** Focus the box with the keyboard shortcut, type, and wait for hits. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+F');
    await this.page.keyboard.type(query);
    await this.results.getByRole('option').first().waitFor();
  }

  hits(): Locator {
    return this.results.getByRole('option');
  }

  /** The text selected in the page (what a jump to a hit selects in the transcript). */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }
}
