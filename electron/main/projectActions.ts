import { dialog, type BrowserWindow } from 'electron';
import type { Core, HostDialogs } from '../../core/createCore';

export interface ProjectActions {
  newProject(): Promise<void>;
  chooseAndOpenProject(): Promise<void>;
  openProject(file: string): Promise<void>;
  openSample(): Promise<void>;
  closeProject(): Promise<void>;
}

/**
 * The shell's own project commands (menu, file association, second launch): a native dialog
 * where needed and one core call. The core announces the result to the UI with a
 * `project.changed` event; a refusal is shown here in the researcher's words.
 */
export function createProjectActions(core: Core, dialogs: HostDialogs, currentWindow: () => BrowserWindow | null): ProjectActions {
  async function call(method: string, args: unknown, failureTitle: string): Promise<void> {
    const reply = await core.handle(method, args);
    if (reply.ok || reply.error.code === 'cancelled') return;
    const options = { type: 'error' as const, message: failureTitle, detail: reply.error.message };
    const window = currentWindow();
    await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }

  const openProject = (file: string) => call('project.open', { path: file }, 'Coherence could not open this project');

  return {
    async newProject() {
      const file = await dialogs.saveProject('Untitled.coherence');
      if (file) await call('project.create', { path: file }, 'Coherence could not create the project');
    },
    async chooseAndOpenProject() {
      const file = await dialogs.openProject();
      if (file) await openProject(file);
    },
    openProject,
    openSample: () => call('project.openSample', {}, 'Coherence could not open the sample project'),
    closeProject: () => call('project.close', {}, 'Coherence could not close the project'),
  };
}
