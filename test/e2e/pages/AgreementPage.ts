import type { Download, Locator, Page } from 'playwright-core';

/** The agreement view: comparison and report, disagreements, assignments. */
export class AgreementPage {
  readonly view: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Inter-coder agreement' });
    this.table = this.view.getByRole('table', { name: 'Agreement per code' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await this.view.waitFor();
  }

  async showTab(name: 'Report' | 'Disagreements' | 'Assignments'): Promise<void> {
    await this.view.getByRole('tab', { name }).click();
  }

  coder(initials: string): Locator {
    return this.view.getByRole('group', { name: 'Coders' }).getByRole('checkbox', { name: new RegExp(`^${initials}\\b`) });
  }

  /** Wait until a report is on screen and no comparison is running. */
  async waitForReport(): Promise<void> {
    await this.table.waitFor();
    await this.view.locator('.report[aria-busy="false"]').waitFor();
  }

  async run(): Promise<void> {
    await this.view.getByRole('button', { name: 'Run comparison' }).click();
    await this.waitForReport();
  }

  row(codePath: string): Locator {
    return this.table.locator(`tr[data-code="${codePath}"]`);
  }

  /** The α shown for a code, as a number (the page writes a true minus sign). */
  async alpha(codePath: string): Promise<string> {
    return ((await this.row(codePath).locator('.alpha-value').textContent()) ?? '').replace('−', '-');
  }

  async codeOrder(): Promise<string[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code ?? ''));
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('button', { name: column, exact: true }).click();
  }

  async download(button: 'Export CSV' | 'Export HTML'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.view.getByRole('button', { name: button }).click()]);
    return download;
  }

  /** The disagreement list and the open passage. */
  get passages(): Locator {
    return this.view.getByRole('listbox', { name: 'Passages where the coders differ' });
  }

  get passage(): Locator {
    return this.view.getByRole('region', { name: 'Disagreement' });
  }

  assignmentCell(documentTitle: string, initials: string): Locator {
    return this.view.getByRole('table', { name: 'Assignments' }).getByRole('button', { name: new RegExp(`^${documentTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${initials}: `) });
  }
}
