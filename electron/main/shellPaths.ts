import path from 'node:path';
import type { CoreOptions } from '../../core/createCore';
import { NATIVE_BINARY_NAME, PACKAGED_NATIVE_FOLDER, nativeBinaryFile } from '../build/nativeLayout.mjs';

export interface ShellEnvironment {
  isPackaged: boolean;
  /** app.getAppPath(): the repository in development, .../resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getPath('userData'), after any COHERENCE_USER_DATA_DIR override. */
  userDataDir: string;
  platform: string;
  arch: string;
}

export interface ShellPaths {
  /** The Vite build served as app://coherence/ (read from inside app.asar when packaged). */
  rendererRoot: string;
  preloadPath: string;
  migrationsFolder: string;
  sampleFolder: string;
  userDataDir: string;
  /** better-sqlite3 built for Electron's ABI, handed to the core as CoreOptions.nativeBinding. */
  nativeBinding: string;
  /** The bundled import worker (core/documents/parseWorker.ts), CoreOptions.parseWorker. */
  parseWorker: string;
  /** pdf.js's character maps and standard fonts, read while importing PDFs (CoreOptions.pdfjsAssets). */
  pdfjsAssets: NonNullable<CoreOptions['pdfjsAssets']>;
  /** Window icon in development; packaged builds carry the icon electron-builder embedded. */
  iconPath: string | undefined;
}

function pdfjsAssetsIn(folder: string): ShellPaths['pdfjsAssets'] {
  return { cMapDir: path.join(folder, 'cmaps'), standardFontDir: path.join(folder, 'standard_fonts') };
}

/**
 * Every path the shell needs, in development (`electron .` in the repository) and packaged.
 * Migrations, the sample, pdf.js's assets and the native binary are extraResources when
 * packaged because drizzle's migrator, the sample loader, pdf.js (reading cmaps and fonts
 * through Node's fs) and `require()` of a .node file need real files on disk, not entries
 * inside app.asar. The bundles (main, preload, parse worker) stay inside app.asar: since
 * Electron 18 a worker thread of the main process reads app.asar as the main thread does (and
 * should one fail to start, the core parses on the main thread instead).
 */
export function resolveShellPaths(env: ShellEnvironment): ShellPaths {
  const rendererRoot = path.join(env.appPath, 'dist', 'renderer');
  const preloadPath = path.join(env.appPath, 'dist', 'electron', 'preload.cjs');
  const parseWorker = path.join(env.appPath, 'dist', 'electron', 'parseWorker.cjs');
  if (env.isPackaged) {
    return {
      rendererRoot,
      preloadPath,
      migrationsFolder: path.join(env.resourcesPath, 'migrations'),
      sampleFolder: path.join(env.resourcesPath, 'sample'),
      userDataDir: env.userDataDir,
      nativeBinding: path.join(env.resourcesPath, PACKAGED_NATIVE_FOLDER, NATIVE_BINARY_NAME),
      parseWorker,
      pdfjsAssets: pdfjsAssetsIn(path.join(env.resourcesPath, 'pdfjs')),
      iconPath: undefined,
    };
  }
  return {
    rendererRoot,
    preloadPath,
    migrationsFolder: path.join(env.appPath, 'db', 'migrations'),
    sampleFolder: path.join(env.appPath, 'resources', 'sample'),
    userDataDir: env.userDataDir,
    nativeBinding: nativeBinaryFile(env.appPath, env.platform, env.arch),
    parseWorker,
    pdfjsAssets: pdfjsAssetsIn(path.join(env.appPath, 'node_modules', 'pdfjs-dist')),
    iconPath: path.join(env.appPath, 'resources', 'icons', '512x512.png'),
  };
}

/**
 * A separate data folder on request (COHERENCE_USER_DATA_DIR), so a smoke test or a second
 * copy never touches a researcher's recent-projects list. Relative paths are refused.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>): string | null {
  const dir = env.COHERENCE_USER_DATA_DIR?.trim();
  return dir && path.isAbsolute(dir) ? dir : null;
}
