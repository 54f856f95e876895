import type { Locator, Page } from 'playwright-core';

/** The document list in the sidebar: filters, sets, selection and its actions. */
export class DocumentListPage {
  readonly list: Locator;
  readonly selectionBar: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Documents' });
    this.selectionBar = page.getByRole('toolbar', { name: 'Selected documents' });
  }

  /** The titles shown, in order. */
  async titles(): Promise<string[]> {
    if ((await this.list.count()) === 0) return [];
    return this.list.getByRole('option').locator('.title').allTextContents();
  }

  row(title: string): Locator {
    return this.list.getByRole('option').filter({ has: this.page.locator('.title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  }

  async filter(text: string): Promise<void> {
    await this.page.getByLabel('Filter documents').fill(text);
  }

  async showFilters(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Filters/ }).click();
    return this.page.getByRole('group', { name: 'Document filters' });
  }

  /** Show only the documents of a set (null: all documents). */
  async showSet(name: string | null): Promise<void> {
    const select = this.page.getByLabel('Show documents in set');
    const value = name === null ? '' : await select.locator('option').filter({ hasText: new RegExp(`^${name} \\(\\d+\\)$`) }).getAttribute('value');
    await select.selectOption(value ?? '');
  }
}
