import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestCore } from '../../support/testCore';

/** Answer the "Who is coding?" prompt, by keyboard (focus + Enter) or by mouse. */
export async function chooseCoder(page: Page, name: RegExp, by: 'keyboard' | 'mouse' = 'mouse'): Promise<void> {
  const prompt = page.getByRole('dialog', { name: 'Who is coding?' });
  const button = prompt.getByRole('button', { name });
  if (by === 'keyboard') {
    await button.focus();
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
  await prompt.waitFor({ state: 'detached' });
}

/**
 * The sample study (participants with a stakeholder type, the Collaborative care framework,
 * three coders SO, EW, JC with overlapping codings), created in the test's folder and opened
 * in the page with Sam Okoro (SO) coding.
 */
export async function openSample(page: Page, t: TestCore, options: { by?: 'keyboard' | 'mouse'; file?: string } = {}): Promise<void> {
  await t.call('project.create', { path: options.file ?? path.join(t.dir, 'sample.coherence'), sample: true });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await chooseCoder(page, /Sam Okoro/, options.by);
}

export async function codeByPath(t: TestCore, codePath: string) {
  const found = (await t.call('codes.list', {})).find((c) => c.path === codePath);
  if (!found) throw new Error(`no code ${codePath}`);
  return found;
}

export async function documentId(t: TestCore, title: string): Promise<number> {
  const found = (await t.call('documents.list', {})).find((d) => d.title === title);
  if (!found) throw new Error(`no document ${title}`);
  return found.id;
}

/** The ids of every coding highlighted in the transcript. */
export function shownCodingIds(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const ids = new Set<number>();
    for (const mark of document.querySelectorAll<HTMLElement>('.transcript-text mark[data-codings]')) {
      for (const id of mark.dataset.codings!.split(' ')) ids.add(Number(id));
    }
    return [...ids].sort((a, b) => a - b);
  });
}
