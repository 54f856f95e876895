import type { Download, Locator, Page } from 'playwright-core';

/** The Queries view: its tabs, options, result tables and charts, and the passages dialog. */
export class QueriesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Queries' }).click();
  }

  async show(query: 'Co-occurrence' | 'Codes by group' | 'Coding by coder' | 'Word frequency' | 'Coding density'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Query' }).getByRole('tab', { name: query }).click();
  }

  /** One of the joined option buttons (Table / Heat map, Overlapping passages / Same speaker turn...). */
  async choose(option: string): Promise<void> {
    await this.page.getByRole('radio', { name: option, exact: true }).click();
  }

  table(): Locator {
    return this.page.locator('#query-panel table');
  }

  chart(): Locator {
    return this.page.locator('#query-panel svg.chart');
  }


  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Export CSV' }).click()]);
    return download;
  }

  async saveChart(kind: 'SVG' | 'PNG'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Save ${kind}` }).click()]);
    return download;
  }
}
