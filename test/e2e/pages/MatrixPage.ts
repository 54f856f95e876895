import type { Download, Locator, Page } from 'playwright-core';

/** The Matrices view: the saved matrices, the grid, the open cell, and the export dialog. */
export class MatrixPage {
  readonly grid: Locator;

  constructor(private readonly page: Page) {
    this.grid = page.getByRole('grid');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Matrices' }).click();
  }

  /** New matrix with the dialog's suggestions (the first framework, grouped by a stakeholder attribute). */
  async createSuggested(): Promise<string> {
    await this.page.getByRole('button', { name: 'New matrix' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New framework matrix' });
    const create = dialog.getByRole('button', { name: 'Create matrix' });
    // The button waits for the attributes the suggested name and grouping come from.
    await dialog.locator('button[type="submit"]:not([disabled])').waitFor();
    const name = await dialog.getByLabel('Name').inputValue();
    await create.click();
    await dialog.waitFor({ state: 'detached' });
    await this.grid.waitFor();
    return name;
  }

  /** A cell, by the ids of its row (participant or document) and theme. */
  cell(rowId: number, codeId: number): Locator {
    return this.grid.locator(`[data-cell="${rowId}:${codeId}"]`);
  }

  /** The open cell's pane: summary, status and passages. */
  pane(): Locator {
    return this.page.getByRole('region', { name: /^Cell / });
  }

  summary(): Locator {
    return this.pane().getByRole('textbox', { name: /^Summary: / });
  }

  passages(): Locator {
    return this.pane().getByRole('list', { name: /^Passages: / }).getByRole('listitem');
  }

  async setStatus(label: 'Empty' | 'Drafted' | 'Reviewed'): Promise<void> {
    await this.pane().getByRole('button', { name: /^Status: / }).click();
    await this.page.getByRole('menuitem', { name: new RegExp(`${label}$`) }).click();
  }

  async matrixMenu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Matrix .*: change, rename or delete$/ }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Export through the dialog; resolves with the browser's download. */
  async export(content: 'Summaries' | 'Passages' | 'Counts', format: 'CSV (UTF-8)' | 'CSV, Excel-friendly' | 'Excel workbook (.xlsx)'): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Export / });
    await dialog.getByRole('radio', { name: new RegExp(`^${content} —`) }).check();
    await dialog.getByRole('radio', { name: new RegExp(`^${format.replace(/[.()]/g, '\\$&')} —`) }).check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
    await dialog.waitFor({ state: 'detached' });
    return download;
  }
}
