import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import type { ShellPaths } from './shellPaths';
import { createWindowOptions } from './windowOptions';

/** Opens the Coherence window on app://coherence/index.html, shown at its first paint. */
export function createMainWindow(paths: ShellPaths, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: paths.preloadPath,
      isPackaged,
      ...(paths.iconPath === undefined ? {} : { iconPath: paths.iconPath }),
    }),
  );
  window.once('ready-to-show', () => window.show());
  // The shell owns the title (it names the open project); the page's <title> does not.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
