import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleMain } from '../../electron/build/bundle.mjs';
import { nativeBinaryFile } from '../../electron/build/nativeLayout.mjs';
import { repoRoot } from '../support/paths';

// The bundled main process (dist/electron/main.cjs as `npm start` builds it), run under plain
// Node against a recording stand-in for 'electron' (test/electron/fixtures/fakeElectron.cjs),
// with the real core, a real project file and better-sqlite3 loaded through nativeBinding.
// It checks the wiring the pure-function tests cannot: lifecycle, protocol, IPC, menu, security.

type Handler = (...args: unknown[]) => unknown;
interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  click?: () => void;
}
interface FakeContents {
  url: string;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  emit(event: string, ...args: unknown[]): boolean;
}
interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  webContents: FakeContents;
  title: string;
}
interface FakeElectron {
  ready(): void;
  app: { paths: Record<string, string>; appPath: string; emit(event: string, ...args: unknown[]): boolean };
  recorded: {
    privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
    protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
    ipcHandlers: Map<string, Handler>;
    menus: MenuItem[][];
    windows: FakeWindow[];
    sent: { channel: string; payload: { name: string; payload: unknown } }[];
    openedExternally: string[];
    recentDocuments: string[];
    errorBoxes: { title: string; content: string }[];
    messageBoxes: { message: string; detail: string }[];
    sandboxEnabled: boolean;
    permissionRequestHandler: Handler | null;
    permissionCheckHandler: Handler | null;
    nextSavePath: string | null;
  };
}

const appRoot = mkdtempSync(path.join(os.tmpdir(), 'coherence-shell-'));
const userData = path.join(appRoot, 'user-data');
const require = createRequire(import.meta.url);
let electron: FakeElectron;

async function until(what: string, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!condition()) throw new Error(`Gave up waiting for ${what}`);
}

function trusted(url = 'app://coherence/index.html', parent: unknown = null) {
  return { senderFrame: { url, parent } };
}

async function invoke(method: unknown, args: unknown, event = trusted()) {
  return (await electron.recorded.ipcHandlers.get('coherence:invoke')!(event, method, args)) as {
    ok: boolean;
    value?: { name: string; path: string };
    error?: { code: string; message: string };
  };
}

function menuItem(labels: string[]): MenuItem {
  let items = electron.recorded.menus[electron.recorded.menus.length - 1]!;
  let found: MenuItem | undefined;
  for (const label of labels) {
    found = items.find((i) => i.label === label);
    if (!found) throw new Error(`No menu item ${label}`);
    items = found.submenu ?? [];
  }
  return found!;
}

beforeAll(async () => {
  // The layout of a development checkout: the bundle, the renderer build, migrations, the sample,
  // the native binary where electronNative.mjs puts it, and 'electron' in node_modules.
  await bundleMain(path.join(appRoot, 'dist/electron/main.cjs'));
  mkdirSync(path.join(appRoot, 'dist/renderer/assets'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist/renderer/index.html'), '<!doctype html><title>Coherence</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(appRoot, 'dist/renderer/assets/app.js'), 'console.log("Coherence renderer");');
  writeFileSync(path.join(appRoot, 'secret.txt'), 'not for the page');
  cpSync(path.join(repoRoot, 'db/migrations'), path.join(appRoot, 'db/migrations'), { recursive: true });
  cpSync(path.join(repoRoot, 'resources/sample'), path.join(appRoot, 'resources/sample'), { recursive: true });
  const binding = nativeBinaryFile(appRoot, process.platform, process.arch);
  mkdirSync(path.dirname(binding), { recursive: true });
  copyFileSync(path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), binding);
  mkdirSync(path.join(appRoot, 'node_modules/electron'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'test/electron/fixtures/fakeElectron.cjs'), path.join(appRoot, 'node_modules/electron/index.js'));

  mkdirSync(userData); // Electron creates the profile folder at start-up
  electron = require(path.join(appRoot, 'node_modules/electron/index.js')) as FakeElectron;
  electron.app.appPath = appRoot;
  electron.app.paths.userData = userData;
  electron.app.paths.documents = path.join(appRoot, 'documents');
  require(path.join(appRoot, 'dist/electron/main.cjs'));
});

afterAll(() => {
  if (electron?.recorded.ipcHandlers.size) electron.app.emit('will-quit');
  rmSync(appRoot, { recursive: true, force: true });
});

describe('the bundled main process, before ready', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer', () => {
    expect(electron.recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) },
    ]);
    expect(electron.recorded.sandboxEnabled).toBe(true);
    expect(electron.recorded.windows).toHaveLength(0);
  });
});

describe('the bundled main process, once ready', () => {
  beforeAll(async () => {
    electron.ready();
    await until('the window', () => electron.recorded.windows.length === 1);
  });

  it('opens one locked-down window on app://coherence with the bundled preload', () => {
    const [window] = electron.recorded.windows;
    expect(window!.webContents.url).toBe('app://coherence/index.html');
    expect(window!.options.webPreferences).toMatchObject({
      preload: path.join(appRoot, 'dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(electron.recorded.errorBoxes).toEqual([]);
  });

  it('serves the renderer build with its content type and the CSP header', async () => {
    const handler = electron.recorded.protocolHandlers.get('app')!;
    const page = await handler({ url: 'app://coherence/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>Coherence</title>');
    const script = await handler({ url: 'app://coherence/assets/app.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("Coherence renderer");');
  });

  it('refuses files outside the build, missing files and writes', async () => {
    const handler = electron.recorded.protocolHandlers.get('app')!;
    for (const url of ['app://coherence/..%2f..%2fsecret.txt', 'app://coherence/../../secret.txt', 'app://coherence/missing.js']) {
      const response = await handler({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
    }
    expect((await handler({ url: 'app://coherence/', method: 'POST' })).status).toBe(405);
  });

  it('answers the page’s calls through the core and pushes the core’s events back', async () => {
    const created = await invoke('project.create', { path: path.join(userData, 'Pilot study.coherence') });
    expect(created.ok).toBe(true);
    expect(created.value!.name).toBe('Pilot study');
    const changed = electron.recorded.sent.find((s) => s.payload.name === 'project.changed');
    expect(changed?.channel).toBe('coherence:event');
    expect((changed?.payload.payload as { project: { name: string } }).project.name).toBe('Pilot study');
    expect(electron.recorded.windows[0]!.title).toBe('Pilot study — Coherence');
    expect(electron.recorded.recentDocuments).toContain(path.join(userData, 'Pilot study.coherence'));
  });

  it('lists the project under Open Recent and enables Import once a project is open', async () => {
    await until('the menu to list the project', () =>
      (electron.recorded.menus.at(-1)?.[0]?.submenu?.find((i) => i.label === 'Open Recent')?.submenu ?? []).some((i) => i.label === 'Pilot study'),
    );
    expect((menuItem(['&File', 'Import…']) as { enabled?: boolean }).enabled).toBe(true);
  });

  it('refuses calls from other pages and from subframes, without reaching the core', async () => {
    const before = electron.recorded.sent.length;
    for (const event of [trusted('https://evil.example/'), trusted('file:///etc/passwd'), trusted('app://coherence/index.html', { url: 'app://coherence/' })]) {
      const reply = await invoke('project.close', {}, event);
      expect(reply.ok).toBe(false);
      expect(reply.error!.code).toBe('unauthorized');
    }
    expect(electron.recorded.sent.length).toBe(before);
    expect((await invoke(42, {})).error!.code).toBe('invalid-args');
  });

  it('sends Undo to the page as a menu command', () => {
    const before = electron.recorded.sent.length;
    menuItem(['&Edit', 'Undo']).click!();
    expect(electron.recorded.sent.slice(before)).toEqual([{ channel: 'coherence:event', payload: { name: 'menu.command', payload: 'undo' } }]);
  });

  it('creates a project from File › New Project… through the save dialog and the core', async () => {
    electron.recorded.nextSavePath = path.join(userData, 'Second study');
    menuItem(['&File', 'New Project…']).click!();
    await until('the new project', () => electron.recorded.windows[0]!.title === 'Second study — Coherence');
    const current = await invoke('project.current', {});
    expect(current.value!.path).toBe(path.join(userData, 'Second study.coherence'));
  });

  it('shows a refusal from the core in a message box', async () => {
    const beforeBoxes = electron.recorded.messageBoxes.length;
    electron.app.emit('second-instance', {}, ['coherence', path.join(userData, 'does-not-exist.coherence')], userData);
    await until('the message box', () => electron.recorded.messageBoxes.length > beforeBoxes);
    const box = electron.recorded.messageBoxes.at(-1)!;
    expect(box.message).toBe('Coherence could not open this project');
    expect(box.detail).toContain('does-not-exist.coherence');
  });

  it('keeps the page on app://coherence and opens only allowed links outside', () => {
    const contents = electron.recorded.windows[0]!.webContents;
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://github.com/coherence')).toBe(true);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(electron.recorded.openedExternally).toEqual(['https://github.com/coherence']);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://www.qdasoftware.org/' })).toEqual({ action: 'deny' });
    expect(electron.recorded.openedExternally).toEqual(['https://github.com/coherence', 'https://www.qdasoftware.org/']);
    let webviewPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    electron.recorded.permissionRequestHandler!({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://coherence/' });
    electron.recorded.permissionRequestHandler!({}, 'notifications', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://coherence/' });
    expect(answers).toEqual([false, false]);
    expect(electron.recorded.permissionCheckHandler!({}, 'clipboard-read', 'app://coherence')).toBe(false);
  });

  it('opens a project macOS hands over with open-file', async () => {
    let prevented = false;
    electron.app.emit('open-file', { preventDefault: () => (prevented = true) }, path.join(userData, 'Pilot study.coherence'));
    expect(prevented).toBe(true);
    await until('the reopened project', () => electron.recorded.windows[0]!.title === 'Pilot study — Coherence');
  });

  it('disconnects IPC and closes the core at quit', () => {
    // An open WAL-mode project has a -wal file; closing the last connection checkpoints and removes it.
    const wal = `${path.join(userData, 'Pilot study.coherence')}-wal`;
    expect(existsSync(wal)).toBe(true);
    electron.app.emit('will-quit');
    expect(electron.recorded.ipcHandlers.has('coherence:invoke')).toBe(false);
    expect(existsSync(wal)).toBe(false);
  });
});
