import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBinaryFile, nodePlatform, osKey } from '../../electron/build/nativeLayout.mjs';
import { resolveShellPaths, userDataOverride, type ShellEnvironment } from '../../electron/main/shellPaths';
import { repoRoot } from '../support/paths';

const development: ShellEnvironment = {
  isPackaged: false,
  appPath: repoRoot,
  resourcesPath: path.join(repoRoot, 'node_modules/electron/dist/resources'),
  userDataDir: '/home/so/.config/coherence',
  platform: 'linux',
  arch: 'x64',
};

const packaged: ShellEnvironment = {
  isPackaged: true,
  appPath: '/opt/Coherence/resources/app.asar',
  resourcesPath: '/opt/Coherence/resources',
  userDataDir: '/home/so/.config/Coherence',
  platform: 'linux',
  arch: 'x64',
};

describe('resolveShellPaths in a development checkout', () => {
  const paths = resolveShellPaths(development);

  it('reads migrations and the sample from the repository, where they really are', () => {
    expect(paths.migrationsFolder).toBe(path.join(repoRoot, 'db', 'migrations'));
    expect(paths.sampleFolder).toBe(path.join(repoRoot, 'resources', 'sample'));
    expect(existsSync(path.join(paths.migrationsFolder, 'meta', '_journal.json'))).toBe(true);
    expect(existsSync(path.join(paths.sampleFolder, 'client-01-interview.txt'))).toBe(true);
  });

  it('serves the Vite build and loads the bundled preload from dist/', () => {
    expect(paths.rendererRoot).toBe(path.join(repoRoot, 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(path.join(repoRoot, 'dist', 'electron', 'preload.cjs'));
  });

  it('loads better-sqlite3 from the Electron-ABI build, never from node_modules', () => {
    expect(paths.nativeBinding).toBe(path.join(repoRoot, 'dist', 'native', 'linux-x64', 'better_sqlite3.node'));
    expect(paths.nativeBinding).toBe(nativeBinaryFile(repoRoot, 'linux', 'x64'));
    expect(paths.nativeBinding).not.toContain('node_modules');
  });

  it('starts the bundled parse worker and reads pdf.js’s assets from node_modules, where they really are', () => {
    expect(paths.parseWorker).toBe(path.join(repoRoot, 'dist', 'electron', 'parseWorker.cjs'));
    expect(paths.pdfjsAssets).toEqual({
      cMapDir: path.join(repoRoot, 'node_modules', 'pdfjs-dist', 'cmaps'),
      standardFontDir: path.join(repoRoot, 'node_modules', 'pdfjs-dist', 'standard_fonts'),
    });
    expect(existsSync(path.join(paths.pdfjsAssets.cMapDir, 'Adobe-Japan1-UCS2.bcmap'))).toBe(true);
    expect(existsSync(path.join(paths.pdfjsAssets.standardFontDir, 'FoxitSerif.pfb'))).toBe(true);
  });

  it('uses the checked-in 512px icon for the window', () => {
    expect(paths.iconPath).toBe(path.join(repoRoot, 'resources', 'icons', '512x512.png'));
    expect(existsSync(paths.iconPath!)).toBe(true);
  });

  it('names the binary folder after the platform the way electron-builder does', () => {
    expect(resolveShellPaths({ ...development, platform: 'win32', arch: 'x64' }).nativeBinding).toBe(
      path.join(repoRoot, 'dist', 'native', 'win-x64', 'better_sqlite3.node'),
    );
    expect(resolveShellPaths({ ...development, platform: 'darwin', arch: 'arm64' }).nativeBinding).toBe(
      path.join(repoRoot, 'dist', 'native', 'mac-arm64', 'better_sqlite3.node'),
    );
  });
});

describe('resolveShellPaths in a packaged app', () => {
  const paths = resolveShellPaths(packaged);

  it('takes migrations, the sample and the native binary from the resources folder', () => {
    expect(paths.migrationsFolder).toBe('/opt/Coherence/resources/migrations');
    expect(paths.sampleFolder).toBe('/opt/Coherence/resources/sample');
    expect(paths.nativeBinding).toBe('/opt/Coherence/resources/native/better_sqlite3.node');
  });

  it('takes pdf.js’s assets from the resources folder and the parse worker from inside app.asar', () => {
    expect(paths.pdfjsAssets).toEqual({ cMapDir: '/opt/Coherence/resources/pdfjs/cmaps', standardFontDir: '/opt/Coherence/resources/pdfjs/standard_fonts' });
    expect(paths.parseWorker).toBe('/opt/Coherence/resources/app.asar/dist/electron/parseWorker.cjs');
  });

  it('takes the UI and the preload from inside app.asar', () => {
    expect(paths.rendererRoot).toBe('/opt/Coherence/resources/app.asar/dist/renderer');
    expect(paths.preloadPath).toBe('/opt/Coherence/resources/app.asar/dist/electron/preload.cjs');
    expect(paths.userDataDir).toBe('/home/so/.config/Coherence');
    expect(paths.iconPath).toBeUndefined();
  });
});

describe('platform names', () => {
  it('map between Node and electron-builder both ways', () => {
    expect(['linux', 'win32', 'darwin'].map(osKey)).toEqual(['linux', 'win', 'mac']);
    expect(['linux', 'win', 'mac', 'win32', 'darwin'].map(nodePlatform)).toEqual(['linux', 'win32', 'darwin', 'win32', 'darwin']);
    expect(() => osKey('aix')).toThrow('no desktop build for the platform "aix"');
    expect(() => nodePlatform('solaris')).toThrow('Unknown platform "solaris"');
  });
});

describe('userDataOverride', () => {
  it('uses COHERENCE_USER_DATA_DIR when it is an absolute path', () => {
    expect(userDataOverride({ COHERENCE_USER_DATA_DIR: '/tmp/coherence-smoke' })).toBe('/tmp/coherence-smoke');
    expect(userDataOverride({ COHERENCE_USER_DATA_DIR: ' /tmp/x ' })).toBe('/tmp/x');
  });

  it('ignores it when absent, empty or relative', () => {
    expect(userDataOverride({})).toBeNull();
    expect(userDataOverride({ COHERENCE_USER_DATA_DIR: '' })).toBeNull();
    expect(userDataOverride({ COHERENCE_USER_DATA_DIR: 'data' })).toBeNull();
  });
});
