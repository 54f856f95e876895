import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/api';
import type { RecentProject } from '../../core/model/types';

export interface MenuModel {
  platform: string;
  appName: string;
  isPackaged: boolean;
  /** Import and Close Project need an open project. */
  hasProject: boolean;
  recent: readonly RecentProject[];
}

/**
 * What a menu item asks for. Project files are the shell's business (a native dialog and one
 * core call; the core then tells every window with a `project.changed` event). Import, Undo
 * and Redo belong to the UI: it shows import progress, and undo is a project operation the UI
 * may route to a text field instead, so they travel to the renderer as a `menu.command`.
 */
export type MenuAction =
  | { kind: 'new-project' }
  | { kind: 'open-project' }
  | { kind: 'open-sample' }
  | { kind: 'close-project' }
  | { kind: 'open-recent'; path: string }
  | { kind: 'renderer'; command: MenuCommand };

/** Windows and Linux read a single '&' as a keyboard mnemonic; show it as a character. */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

function recentItems(recent: readonly RecentProject[], act: (a: MenuAction) => void): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent projects', enabled: false }];
  const nameCounts = new Map<string, number>();
  for (const p of recent) nameCounts.set(p.name, (nameCounts.get(p.name) ?? 0) + 1);
  return recent.map((p) => ({
    // Two projects with one name are told apart by their folder.
    label: menuLabel((nameCounts.get(p.name) ?? 0) > 1 ? `${p.name} (${path.dirname(p.path)})` : p.name),
    toolTip: p.path,
    click: () => act({ kind: 'open-recent', path: p.path }),
  }));
}

function fileMenu(model: MenuModel, act: (a: MenuAction) => void): MenuItemConstructorOptions {
  const mac = model.platform === 'darwin';
  return {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => act({ kind: 'new-project' }) },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => act({ kind: 'open-project' }) },
      { label: 'Open Recent', submenu: recentItems(model.recent, act) },
      { label: 'Open Sample Project', click: () => act({ kind: 'open-sample' }) },
      { type: 'separator' },
      {
        label: 'Import…',
        accelerator: 'CmdOrCtrl+I',
        enabled: model.hasProject,
        click: () => act({ kind: 'renderer', command: 'import' }),
      },
      { type: 'separator' },
      { label: 'Close Project', enabled: model.hasProject, click: () => act({ kind: 'close-project' }) },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(model: MenuModel, act: (a: MenuAction) => void): MenuItemConstructorOptions {
  const mac = model.platform === 'darwin';
  return {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      // Not the 'undo'/'redo' roles: those only undo typing in a text field.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => act({ kind: 'renderer', command: 'undo' }) },
      {
        label: 'Redo',
        accelerator: model.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z',
        click: () => act({ kind: 'renderer', command: 'redo' }),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(model: MenuModel): MenuItemConstructorOptions {
  const developing: MenuItemConstructorOptions[] = model.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: model.platform === 'darwin' ? 'View' : '&View',
    submenu: [
      ...developing,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function windowMenu(model: MenuModel): MenuItemConstructorOptions {
  if (model.platform === 'darwin') {
    return {
      role: 'windowMenu',
      submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }],
    };
  }
  return { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };
}

function appMenu(model: MenuModel): MenuItemConstructorOptions {
  return {
    label: model.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

/** The application menu as Electron template data; `act` runs when an item is chosen. */
export function buildMenuTemplate(model: MenuModel, act: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  if (model.platform === 'darwin') {
    return [appMenu(model), fileMenu(model, act), editMenu(model, act), viewMenu(model), windowMenu(model)];
  }
  return [
    fileMenu(model, act),
    editMenu(model, act),
    viewMenu(model),
    windowMenu(model),
    { label: '&Help', submenu: [{ role: 'about', label: `About ${model.appName}` }] },
  ];
}

/** The window title names the open project, so two windows' screenshots are told apart. */
export function windowTitle(projectName: string | null, appName: string): string {
  return projectName ? `${projectName} — ${appName}` : appName;
}
