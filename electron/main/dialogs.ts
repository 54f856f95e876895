import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { HostDialogs } from '../../core/createCore';
import { IMPORT_FILTERS, PROJECT_FILTERS, withProjectExtension } from './dialogFilters';

function showOpen(window: BrowserWindow | null, options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

function showSave(window: BrowserWindow | null, options: SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

/** The core's native dialogs, attached to the current window so they open as its sheets. */
export function createHostDialogs(currentWindow: () => BrowserWindow | null): HostDialogs {
  return {
    async openProject() {
      const result = await showOpen(currentWindow(), {
        title: 'Open a Coherence project',
        properties: ['openFile'],
        filters: PROJECT_FILTERS,
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveProject(defaultName) {
      const result = await showSave(currentWindow(), {
        title: 'Create a Coherence project',
        buttonLabel: 'Create',
        defaultPath: path.join(app.getPath('documents'), withProjectExtension(defaultName)),
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
    },
    async importFiles() {
      const result = await showOpen(currentWindow(), {
        title: 'Import transcripts, documents or attributes',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: IMPORT_FILTERS,
      });
      return result.canceled ? [] : result.filePaths;
    },
  };
}
