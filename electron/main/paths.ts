import { app } from 'electron';
import { resolveShellPaths, userDataOverride, type ShellPaths } from './shellPaths';

/** Must run before `ready`: Chromium fixes its profile folder at start-up. */
export function applyUserDataOverride(): void {
  const dir = userDataOverride(process.env);
  if (dir) app.setPath('userData', dir);
}

export function shellPaths(): ShellPaths {
  return resolveShellPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userDataDir: app.getPath('userData'),
    platform: process.platform,
    arch: process.arch,
  });
}
