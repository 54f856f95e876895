import type { Locator, Page } from 'playwright-core';

/** The import dialog: preview of the chosen files, progress, and the summary. */
export class ImportDialogPage {
  readonly preview: Locator;
  readonly progress: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.preview = page.getByRole('dialog', { name: /^Import \d+ files?( from .+)?$/ });
    this.progress = page.getByRole('dialog', { name: 'Importing transcripts' });
    this.summary = page.getByRole('dialog', { name: 'Import finished' });
  }

  /** Pick a whole folder with the browser's folder picker. */
  async chooseFolder(folder: string): Promise<void> {
    await this.page.getByTestId('import-folder-input').setInputFiles(folder);
    await this.preview.waitFor();
    await this.row(/./).first().waitFor();
  }

  async chooseFiles(files: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(files);
    await this.preview.waitFor();
  }

  /** A file's row in the preview table. */
  row(file: string | RegExp): Locator {
    const rows = this.preview.getByRole('table', { name: 'Files to import' }).locator('tbody tr.import-row');
    return typeof file === 'string' ? rows.and(this.page.locator(`[data-file="${file.replace(/"/g, '\\"')}"]`)) : rows.filter({ hasText: file });
  }

  /** The speaker chips shown for a file, as "Name count". */
  async speakersOf(file: string): Promise<string[]> {
    return this.row(file)
      .locator('.speaker-chip')
      .evaluateAll((chips) => chips.map((c) => `${c.firstChild?.textContent ?? ''} ${c.querySelector('.count')?.textContent ?? ''}`));
  }

  /** Give one file its own speaker pattern. */
  async setFilePattern(file: string, pattern: string): Promise<void> {
    await this.row(file).getByLabel(`Speaker turns in ${file}`, { exact: true }).selectOption('pattern');
    await this.row(file).getByLabel(`Speaker turns in ${file}: speaker pattern`).fill(pattern);
  }

  importButton(): Locator {
    return this.preview.getByRole('button', { name: /^Import \d+ files?$/ });
  }

  /** The summary's count for imported / skipped / failed / cancelled. */
  async count(status: 'imported' | 'skipped' | 'failed' | 'cancelled'): Promise<number> {
    return Number(await this.summary.locator(`[data-status="${status}"] dd`).textContent());
  }

  async reasonFor(file: string): Promise<string> {
    return (await this.summary.locator('li').filter({ hasText: file }).locator('.status-reason').textContent()) ?? '';
  }
}
