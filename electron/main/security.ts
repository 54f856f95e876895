import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './externalLinks';
import { decidePermission } from './permissions';

function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function lockDown(contents: WebContents): void {
  // The page never leaves app://coherence; an allowed https link opens in the browser instead.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Electron security checklist 5, 12, 13, 14: every web contents, present and future, is
 * locked down as it is created, and the session answers "no" to every permission. Call
 * before the first window exists (the permission half needs `ready`).
 */
export function installSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
      callback(decidePermission(permission, details.requestingUrl)),
    );
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
    ses.setDevicePermissionHandler(() => false);
  });
}
