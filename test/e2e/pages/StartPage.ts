import type { Page } from 'playwright-core';

/** The start screen, as a researcher sees it. */
export class StartPage {
  constructor(private readonly page: Page) {}

  async createProject(file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New project…' }).click();
    await this.page.getByLabel('Where should the new project file go?').fill(file);
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
  }

  async openProject(file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Open project…' }).click();
    await this.page.getByLabel('Which project file should open?').fill(file);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open sample project' }).click();
  }
}
