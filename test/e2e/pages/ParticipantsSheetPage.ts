import type { Locator, Page } from 'playwright-core';

/** The participants sheet: participants and documents with their attributes, and attribute import. */
export class ParticipantsSheetPage {
  readonly sheet: Locator;
  readonly importDialog: Locator;

  constructor(private readonly page: Page) {
    this.sheet = page.getByRole('dialog', { name: 'Participants and attributes' });
    this.importDialog = page.getByRole('dialog', { name: /^Import (participant|document) attributes|^Import attributes from|^Attributes imported$/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Participants', exact: true }).click();
    await this.sheet.getByRole('table', { name: 'Participants' }).waitFor();
  }

  row(name: string): Locator {
    return this.sheet.locator(`tr[data-participant="${name.replace(/"/g, '\\"')}"]`);
  }

  async names(): Promise<string[]> {
    return this.sheet.locator('tr[data-participant]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.participant ?? ''));
  }

  /** The value shown in a participant's attribute cell. */
  async value(name: string, attribute: string): Promise<string> {
    return this.row(name).getByLabel(`${attribute} of ${name}`, { exact: true }).inputValue();
  }

  /** Choose a CSV or Excel file of participant attributes and wait for its preview. */
  async previewAttributes(file: string): Promise<void> {
    await this.sheet.getByRole('button', { name: 'Import from CSV/Excel…' }).click();
    await this.page.getByTestId('attribute-import-input').setInputFiles(file);
    await this.importDialog.getByRole('table', { name: 'Columns to import' }).waitFor();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.sheet.waitFor({ state: 'detached' });
  }
}
