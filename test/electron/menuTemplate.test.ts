import { describe, expect, it } from 'vitest';
import type { RecentProject } from '../../core/model/types';
import { buildMenuTemplate, menuLabel, windowTitle, type MenuAction, type MenuModel } from '../../electron/main/menuTemplate';

// Electron's template item type, without importing 'electron' outside electron/.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const recent: RecentProject[] = [
  { path: '/home/so/Pilot study.coherence', name: 'Pilot study', openedAt: '2025-01-02T10:00:00.000Z' },
  { path: '/home/so/work/Social prescribing.coherence', name: 'Social prescribing', openedAt: '2025-01-01T10:00:00.000Z' },
  { path: '/home/so/old/Social prescribing.coherence', name: 'Social prescribing', openedAt: '2024-12-01T10:00:00.000Z' },
];

function model(overrides: Partial<MenuModel> = {}): MenuModel {
  return { platform: 'linux', appName: 'Coherence', isPackaged: true, hasProject: true, recent, ...overrides };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return sub as MenuItemConstructorOptions[];
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`No menu item "${label}" in ${items.map((i) => i.label ?? i.role).join(', ')}`);
  return item;
}

/** Chooses an item the way Electron would, and says which action it asked for. */
function choose(item: MenuItemConstructorOptions, actions: MenuAction[]): MenuAction | undefined {
  const before = actions.length;
  (item.click as unknown as () => void)();
  return actions.length > before ? actions[actions.length - 1] : undefined;
}

describe('buildMenuTemplate on Windows and Linux', () => {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate(model(), (a) => actions.push(a));
  const file = submenu(find(template, '&File'));
  const edit = submenu(find(template, '&Edit'));

  it('has File, Edit, View, Window and Help menus', () => {
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('lets the shell handle project files', () => {
    expect(choose(find(file, 'New Project…'), actions)).toEqual({ kind: 'new-project' });
    expect(choose(find(file, 'Open Project…'), actions)).toEqual({ kind: 'open-project' });
    expect(choose(find(file, 'Open Sample Project'), actions)).toEqual({ kind: 'open-sample' });
    expect(choose(find(file, 'Close Project'), actions)).toEqual({ kind: 'close-project' });
    expect(find(file, 'New Project…').accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Open Project…').accelerator).toBe('CmdOrCtrl+O');
  });

  it('sends Import, Undo and Redo to the UI as menu commands', () => {
    expect(choose(find(file, 'Import…'), actions)).toEqual({ kind: 'renderer', command: 'import' });
    expect(choose(find(edit, 'Undo'), actions)).toEqual({ kind: 'renderer', command: 'undo' });
    expect(choose(find(edit, 'Redo'), actions)).toEqual({ kind: 'renderer', command: 'redo' });
    expect(find(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(edit, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('never uses the text-only undo and redo roles, but keeps the clipboard roles', () => {
    const roles = edit.map((i) => i.role).filter(Boolean);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).toEqual(['cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('lists recent projects, telling same-named projects apart by folder', () => {
    const items = submenu(find(file, 'Open Recent'));
    expect(items.map((i) => i.label)).toEqual([
      'Pilot study',
      'Social prescribing (/home/so/work)',
      'Social prescribing (/home/so/old)',
    ]);
    expect(choose(items[2]!, actions)).toEqual({ kind: 'open-recent', path: '/home/so/old/Social prescribing.coherence' });
  });

  it('ends the File menu with Quit', () => {
    expect(file[file.length - 1]).toMatchObject({ role: 'quit', label: 'Quit' });
  });

  it('hides reload and DevTools in a packaged app', () => {
    const roles = submenu(find(template, '&View')).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).toContain('togglefullscreen');
  });
});

describe('buildMenuTemplate variations', () => {
  it('disables Import and Close Project when no project is open', () => {
    const file = submenu(buildMenuTemplate(model({ hasProject: false }), () => {})[0]);
    expect(find(file, 'Import…').enabled).toBe(false);
    expect(find(file, 'Close Project').enabled).toBe(false);
    expect(find(file, 'Open Project…').enabled).toBeUndefined();
  });

  it('says so when there are no recent projects', () => {
    const file = submenu(buildMenuTemplate(model({ recent: [] }), () => {})[0]);
    expect(submenu(find(file, 'Open Recent'))).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('offers reload and DevTools while developing', () => {
    const view = submenu(buildMenuTemplate(model({ isPackaged: false }), () => {})[2]);
    expect(view.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('uses Ctrl+Y for Redo on Windows', () => {
    const edit = submenu(buildMenuTemplate(model({ platform: 'win32' }), () => {})[1]);
    expect(find(edit, 'Redo').accelerator).toBe('Ctrl+Y');
  });

  it('gives macOS an application menu and keeps Quit there', () => {
    const template = buildMenuTemplate(model({ platform: 'darwin' }), () => {});
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Coherence', 'File', 'Edit', 'View', 'windowMenu']);
    expect(submenu(template[0]).map((i) => i.role)).toContain('quit');
    const file = submenu(template[1]);
    expect(file.map((i) => i.role)).not.toContain('quit');
    expect(file[file.length - 1]).toEqual({ role: 'close' });
    expect(submenu(template[2]).map((i) => i.role)).toContain('pasteAndMatchStyle');
  });
});

describe('menu helpers', () => {
  it('escapes ampersands so they show instead of becoming mnemonics', () => {
    expect(menuLabel('Health & care study')).toBe('Health && care study');
  });

  it('names the open project in the window title', () => {
    expect(windowTitle('Pilot study', 'Coherence')).toBe('Pilot study — Coherence');
    expect(windowTitle(null, 'Coherence')).toBe('Coherence');
  });
});
