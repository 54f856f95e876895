import type { BrowserWindowConstructorOptions } from 'electron';

/** The name a researcher sees: window titles, the macOS app menu, the About panel. */
export const APP_NAME = 'Coherence';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** DevTools only while developing; a packaged app does not open them. */
  isPackaged: boolean;
  /** Window icon (Linux and Windows in development; packaged builds carry their own). */
  iconPath?: string;
}

/**
 * The main window's options: Electron's security checklist as values (context isolation,
 * sandbox, no Node in the page, web security, no <webview>, no insecure content), plus what a
 * data app wants (no spellchecker underlining transcripts, no navigating to a dropped file,
 * hidden until the first paint).
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: APP_NAME,
    show: false,
    backgroundColor: '#f7f7f5',
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !input.isPackaged,
    },
  };
}
