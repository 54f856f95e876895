import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { startWebServer, type WebServer } from '../../../core/server/webServer';
import { repoRoot } from '../../support/paths';
import { testCore, type TestCore } from '../../support/testCore';
import { launchChromium } from './chromium';

/**
 * One browser test's world: a real core over a fresh temporary folder, the web-mode server
 * serving the real renderer build, and a Chromium page. Page errors fail the test; a failing
 * test leaves a screenshot in test-artifacts/.
 */
export interface AppHarness {
  t: TestCore;
  server: WebServer;
  page: Page;
  pageErrors: Error[];
  /** Save a screenshot under test-artifacts/ (to look at what was built). */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browser: Browser | null = null;
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}
export async function closeSharedBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export const artifactsDir = path.join(repoRoot, 'test-artifacts');

async function startApp(): Promise<AppHarness> {
  const t = testCore();
  const server = await startWebServer({ core: t.core, staticDir: path.join(repoRoot, 'dist', 'renderer') });
  const context: BrowserContext = await (await sharedBrowser()).newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(new Error(`console.error: ${m.text()}`));
  });
  mkdirSync(artifactsDir, { recursive: true });
  const screenshot = async (name: string) => {
    const file = path.join(artifactsDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
  };
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return {
    t,
    server,
    page,
    pageErrors,
    screenshot,
    close: async () => {
      await context.close();
      await server.close();
      t.close();
    },
  };
}

/**
 * Register the per-test lifecycle in a describe block: `const app = useApp();` then
 * `const { page, t } = await app.start();` in a test. After each test the app closes, a
 * failure leaves a screenshot, and any page error fails the test.
 */
export function useApp(): { start(): Promise<AppHarness> } {
  let current: AppHarness | null = null;
  afterEach(async ({ task }) => {
    if (!current) return;
    const app = current;
    current = null;
    if (task.result?.state === 'fail') await app.screenshot(`FAILED-${task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
    const errors = app.pageErrors.map(String);
    await app.close();
    expect(errors).toEqual([]);
  });
  afterAll(closeSharedBrowser);
  return {
    start: async () => {
      current = await startApp();
      return current;
    },
  };
}
