import type { Locator, Page } from 'playwright-core';

/** The speakers dialog: who each speaker label is. */
export class SpeakersDialogPage {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Speakers and participants' });
  }

  async waitForLabel(label: string): Promise<void> {
    await this.dialog.getByLabel(`Who is ${label}?`, { exact: true }).waitFor();
  }

  async labels(): Promise<string[]> {
    return (await this.dialog.locator('tr.speaker-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.label ?? '')));
  }

  async choice(label: string): Promise<string> {
    return this.dialog.getByLabel(`Who is ${label}?`, { exact: true }).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  }

  async notParticipant(label: string): Promise<void> {
    await this.dialog.getByLabel(`Who is ${label}?`, { exact: true }).selectOption('not');
  }

  async undecided(label: string): Promise<void> {
    await this.dialog.getByLabel(`Who is ${label}?`, { exact: true }).selectOption('undecided');
  }

  async newParticipant(label: string, name: string): Promise<void> {
    await this.dialog.getByLabel(`Who is ${label}?`, { exact: true }).selectOption('new');
    await this.dialog.getByLabel(`Who is ${label}? New participant's name`).fill(name);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
