import { app, Menu, type BrowserWindow } from 'electron';
import type { Core } from '../../core/createCore';
import type { RecentProject } from '../../core/model/types';
import { sendMenuCommand } from './ipc';
import { buildMenuTemplate, type MenuAction } from './menuTemplate';
import type { ProjectActions } from './projectActions';
import { APP_NAME } from './windowOptions';

export interface ApplicationMenu {
  /** Rebuilds the menu (Open Recent, what needs a project) after the project changed. */
  refresh(hasProject: boolean): Promise<void>;
}

export function createApplicationMenu(core: Core, actions: ProjectActions, currentWindow: () => BrowserWindow | null): ApplicationMenu {
  function run(action: MenuAction): void {
    switch (action.kind) {
      case 'new-project':
        void actions.newProject();
        return;
      case 'open-project':
        void actions.chooseAndOpenProject();
        return;
      case 'open-sample':
        void actions.openSample();
        return;
      case 'close-project':
        void actions.closeProject();
        return;
      case 'open-recent':
        void actions.openProject(action.path);
        return;
      case 'renderer': {
        const window = currentWindow();
        if (window) sendMenuCommand(window, action.command);
        return;
      }
    }
  }

  return {
    async refresh(hasProject) {
      const reply = await core.handle('project.recent', {});
      const recent = reply.ok ? (reply.value as RecentProject[]) : [];
      const template = buildMenuTemplate(
        { platform: process.platform, appName: APP_NAME, isPackaged: app.isPackaged, hasProject, recent },
        run,
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
  };
}
