import type { Download, Locator, Page } from 'playwright-core';

/** The realist view (the Configurations tab): configurations, elements and evidence, versions, the web, the comparison. */
export class RealistPage {
  readonly view: Locator;

  constructor(private readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Realist configurations' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Configurations' }).click();
    await this.view.waitFor();
  }

  async tab(name: 'Configurations' | 'Elements & evidence' | 'Web' | 'Compare versions'): Promise<void> {
    await this.view.getByRole('tablist', { name: 'Realist' }).getByRole('tab', { name }).click();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** A configuration's row in the table, by its number ("CMO 2"). */
  row(cmo: string): Locator {
    return this.view.getByRole('table', { name: 'Configurations' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${cmo}\\b`) }) });
  }

  /** The statement button of a configuration: Enter edits, S sets the status. */
  statement(cmo: string): Locator {
    return this.view.getByRole('button', { name: new RegExp(`^${cmo}: `) });
  }

  /** Type into a slot's picker and press Enter (takes the first suggestion, or makes a new element). */
  async pick(editor: Locator, slot: string, text: string): Promise<void> {
    const field = editor.getByRole('combobox', { name: slot, exact: true });
    await field.click();
    await field.pressSequentially(text);
    await this.page.keyboard.press('Enter');
  }

  /** Choose a version for the whole view. */
  async chooseVersion(name: string): Promise<void> {
    await this.view.getByLabel('Programme theory version').selectOption({ label: name });
  }

  async versionsMenu(item: string | RegExp): Promise<void> {
    await this.view.getByRole('button', { name: 'Versions' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  element(label: string): Locator {
    return this.view.getByRole('listbox', { name: 'Elements' }).getByRole('option', { name: new RegExp(`^${label}`) });
  }

  /** The web's nodes and edges as drawn (React Flow). */
  webNodes(): Locator {
    return this.view.locator('.react-flow__node');
  }

  webEdges(): Locator {
    return this.view.locator('.react-flow__edge');
  }

  /** Run an action that downloads a file, and hand back the download. */
  async download(action: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return download;
  }
}
