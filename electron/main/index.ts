/**
 * The desktop shell's entry (bundled to dist/electron/main.cjs). It decides nothing: it locks
 * to one instance, makes the window safe, builds the core, connects it to IPC and the menu,
 * and opens the project a file association or a second launch asks for.
 */
import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog } from 'electron';
import type { ApiEvent } from '../../core/api';
import { createCore, type Core } from '../../core/createCore';
import { createHostDialogs } from './dialogs';
import { wireIpc } from './ipc';
import { createApplicationMenu, type ApplicationMenu } from './menu';
import { windowTitle } from './menuTemplate';
import { applyUserDataOverride, shellPaths } from './paths';
import { createProjectActions, type ProjectActions } from './projectActions';
import { projectFileFromArgv } from './projectFileArgs';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { installSecurity } from './security';
import type { ShellPaths } from './shellPaths';
import { createMainWindow } from './window';
import { APP_NAME } from './windowOptions';

interface Running {
  paths: ShellPaths;
  core: Core;
  actions: ProjectActions;
  menu: ApplicationMenu;
  disconnect: () => void;
}

let running: Running | null = null;
let mainWindow: BrowserWindow | null = null;
/** Projects asked for before the core existed (macOS open-file at launch, the first argv). */
const pendingProjects: string[] = [];

function currentWindow(): BrowserWindow | null {
  const focused = BrowserWindow.getFocusedWindow();
  if (focused) return focused;
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function showWindow(): void {
  if (!running) return;
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(running.paths, app.isPackaged);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function openProject(file: string): void {
  if (running) void running.actions.openProject(file);
  else pendingProjects.push(file);
}

function onProjectChanged(event: ApiEvent<'project.changed'>): void {
  const project = event.payload.project;
  for (const window of BrowserWindow.getAllWindows()) {
    window.setTitle(windowTitle(project?.name ?? null, APP_NAME));
    if (process.platform === 'darwin') window.setRepresentedFilename(project?.path ?? '');
  }
  if (project) app.addRecentDocument(project.path);
  void running?.menu.refresh(project !== null);
}

async function start(): Promise<void> {
  const paths = shellPaths();
  if (!existsSync(paths.nativeBinding)) {
    dialog.showErrorBox(
      'Coherence cannot start',
      `The database engine built for this version of Electron is missing:\n${paths.nativeBinding}\n\n` +
        'In a development checkout, run "npm run native:electron" (npm start does this for you).',
    );
    app.exit(1);
    return;
  }
  serveAppProtocol(paths.rendererRoot);

  const dialogs = createHostDialogs(currentWindow);
  const core = createCore({
    migrationsFolder: paths.migrationsFolder,
    sampleFolder: paths.sampleFolder,
    userDataDir: paths.userDataDir,
    dialogs,
    nativeBinding: paths.nativeBinding,
    parseWorker: { path: paths.parseWorker },
    pdfjsAssets: paths.pdfjsAssets,
  });
  const disconnect = wireIpc(core);
  const actions = createProjectActions(core, dialogs, currentWindow);
  const menu = createApplicationMenu(core, actions, currentWindow);
  running = { paths, core, actions, menu, disconnect };

  core.onEvent((event) => {
    if (event.name === 'project.changed') onProjectChanged(event as ApiEvent<'project.changed'>);
  });
  await menu.refresh(false);
  showWindow();
  for (const file of pendingProjects.splice(0)) await actions.openProject(file);
}

function stop(): void {
  if (!running) return;
  running.disconnect();
  running.core.close();
  running = null;
}

function main(): void {
  const first = projectFileFromArgv(process.argv, process.cwd());
  if (first) pendingProjects.push(first);

  installSecurity();
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });

  // macOS: a double-clicked .coherence file, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openProject(file);
  });
  // Windows and Linux: a second launch (double-clicked file) hands its command line over.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    const file = projectFileFromArgv(argv, workingDirectory);
    if (file) openProject(file);
  });
  app.on('activate', () => showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', stop);

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Coherence could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

// Before `ready`: the scheme's privileges, the profile folder and the sandbox for every page.
registerAppScheme();
applyUserDataOverride();
app.enableSandbox();

if (app.requestSingleInstanceLock()) main();
else app.quit();
