import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanBuildEnv,
  describePlan,
  ensureElectronNative,
  looksLikeNativeModule,
  parseArgs,
  planElectronNative,
  readVersions,
} from '../../electron/build/electronNative.mjs';
import { repoRoot } from '../support/paths';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'coherence-native-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const nodeBuild = path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const versions = readVersions();

/** A fresh output root, so nothing is written into the repository's dist/. */
function outRoot(): string {
  return mkdtempSync(path.join(scratch, 'out-'));
}

function linuxPlan(extra: Parameters<typeof planElectronNative>[0] = {}) {
  return planElectronNative({ outRoot: outRoot(), platform: 'linux', arch: 'x64', hostPlatform: 'linux', hostArch: 'x64', env: {}, ...extra });
}

describe('readVersions', () => {
  it('reads the installed Electron and better-sqlite3 without running either', () => {
    expect(versions.electron).toBe(packageJson.devDependencies.electron);
    expect(versions.abi).toBe('150');
    expect(versions.betterSqlite3).toMatch(/^12\.\d+\.\d+$/);
    expect(versions.betterSqlite3Dir).toBe(path.join(repoRoot, 'node_modules', 'better-sqlite3'));
  });
});

describe('planElectronNative', () => {
  it('targets dist/native/<os>-<arch> and builds in a staging copy, never in node_modules', () => {
    const plan = linuxPlan();
    expect(plan.upToDate).toBe(false);
    expect(path.relative(path.dirname(path.dirname(path.dirname(plan.targetFile))), plan.targetFile)).toBe(
      path.join('native', 'linux-x64', 'better_sqlite3.node'),
    );
    expect(plan.stagingDir).not.toContain('node_modules');
    expect(plan.prebuildInstall!.cwd).toBe(plan.stagingDir);
    expect(plan.nodeGyp!.cwd).toBe(plan.stagingDir);
  });

  it('asks prebuild-install for the Electron runtime at the installed version', () => {
    const plan = linuxPlan();
    expect(plan.prebuildInstall!.args[0]).toMatch(/prebuild-install[\\/]bin\.js$/);
    expect(plan.prebuildInstall!.args.slice(1)).toEqual(
      expect.arrayContaining(['--runtime', 'electron', '--target', versions.electron, '--platform', 'linux', '--arch', 'x64']),
    );
    expect(plan.prebuiltUrl).toBe(
      `https://github.com/WiseLibs/better-sqlite3/releases/download/v${versions.betterSqlite3}/better-sqlite3-v${versions.betterSqlite3}-electron-v150-linux-x64.tar.gz`,
    );
  });

  it('falls back to node-gyp against Electron’s headers', () => {
    const args = linuxPlan().nodeGyp!.args;
    expect(args[0]).toMatch(/node-gyp\.js$/);
    expect(args).toEqual(expect.arrayContaining(['rebuild', '--release', `--target=${versions.electron}`, '--arch=x64', '--dist-url=https://electronjs.org/headers']));
    expect(args.some((a) => a.startsWith('--nodedir'))).toBe(false);
  });

  it('offers no source build when packaging for another platform', () => {
    const plan = linuxPlan({ platform: 'win32', arch: 'x64' });
    expect(plan.nodeGyp).toBeNull();
    expect(plan.nodeGypUnavailableReason).toBe('compiling for win32-x64 on a linux-x64 machine is not possible');
    expect(plan.prebuiltUrl).toContain('-electron-v150-win32-x64.tar.gz');
    expect(plan.targetFile).toContain(path.join('native', 'win-x64'));
  });

  it('is up to date only when the binary and a matching stamp are there', () => {
    const root = outRoot();
    const plan = planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {} });
    mkdirSync(path.dirname(plan.targetFile), { recursive: true });
    const stamp = { electron: versions.electron, betterSqlite3: versions.betterSqlite3, platform: 'linux', arch: 'x64' };
    writeFileSync(plan.stampFile, JSON.stringify(stamp));
    expect(planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {} }).upToDate).toBe(false); // no binary yet
    copyFileSync(nodeBuild, plan.targetFile);
    expect(planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {} }).upToDate).toBe(true);
    expect(planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {}, force: true }).upToDate).toBe(false);
    writeFileSync(plan.stampFile, JSON.stringify({ ...stamp, electron: '44.0.0' }));
    expect(planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {} }).upToDate).toBe(false);
    writeFileSync(plan.stampFile, JSON.stringify({ ...stamp, betterSqlite3: '11.0.0' }));
    expect(planElectronNative({ outRoot: root, platform: 'linux', arch: 'x64', env: {} }).upToDate).toBe(false);
  });

  it('describes itself in plain steps', () => {
    const text = describePlan(linuxPlan());
    expect(text.split('\n')[0]).toBe(`Electron ${versions.electron} (ABI 150), better-sqlite3 ${versions.betterSqlite3}, for linux-x64`);
    expect(text).toContain('1. copy ');
    expect(text).toContain('--runtime electron');
    expect(text).toContain('3. if that fails: node ');
    expect(text).toContain('4. check the binary');
  });
});

describe('cleanBuildEnv', () => {
  it('drops npm settings that would build for Node instead of Electron', () => {
    const env = cleanBuildEnv({
      PATH: '/usr/bin',
      HTTPS_PROXY: 'http://proxy:3128',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.19.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_build_from_source: 'true',
      npm_config_cache: '/home/so/.npm',
      npm_config_better_sqlite3_binary_host: 'https://mirror.example/better-sqlite3',
      npm_package_resolved: 'git+https://example/x',
      EMPTY: undefined,
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HTTPS_PROXY: 'http://proxy:3128',
      npm_config_cache: '/home/so/.npm',
      npm_config_better_sqlite3_binary_host: 'https://mirror.example/better-sqlite3',
    });
  });
});

describe('looksLikeNativeModule', () => {
  it('recognises this machine’s better-sqlite3 build and refuses it for other platforms', () => {
    const bytes = readFileSync(nodeBuild).subarray(0, 64);
    expect(looksLikeNativeModule(bytes, process.platform, process.arch)).toBe(true);
    const other = process.platform === 'win32' ? 'linux' : 'win32';
    expect(looksLikeNativeModule(bytes, other, process.arch)).toBe(false);
    if (process.platform === 'linux') expect(looksLikeNativeModule(bytes, 'linux', process.arch === 'x64' ? 'arm64' : 'x64')).toBe(false);
  });

  it('refuses an HTML error page or a truncated file', () => {
    expect(looksLikeNativeModule(Buffer.from('<!DOCTYPE html><html><body>Not Found</body></html>'), 'linux', 'x64')).toBe(false);
    expect(looksLikeNativeModule(Buffer.from([0x7f, 0x45]), 'linux', 'x64')).toBe(false);
  });

  it('knows PE and Mach-O headers', () => {
    const pe = Buffer.alloc(64);
    pe.write('MZ', 0, 'latin1');
    expect(looksLikeNativeModule(pe, 'win32', 'x64')).toBe(true);
    const macho = Buffer.alloc(64);
    macho.writeUInt32BE(0xcffaedfe, 0);
    expect(looksLikeNativeModule(macho, 'darwin', 'arm64')).toBe(true);
    expect(looksLikeNativeModule(macho, 'win32', 'x64')).toBe(false);
  });
});

describe('parseArgs', () => {
  it('reads --dry-run, --force, --os and --arch, in electron-builder’s or Node’s names', () => {
    expect(parseArgs(['--dry-run', '--os', 'win', '--arch', 'arm64'])).toMatchObject({ dryRun: true, force: false, platform: 'win32', arch: 'arm64' });
    expect(parseArgs(['--force', '--platform', 'darwin'])).toMatchObject({ force: true, platform: 'darwin' });
    expect(() => parseArgs(['--target', '45'])).toThrow('Unknown option --target');
    expect(() => parseArgs(['--os'])).toThrow('--os needs a value');
  });
});

describe('electronNative.mjs --dry-run', () => {
  it('prints the plan and writes nothing', () => {
    const target = path.join(repoRoot, 'dist', 'native', 'win-arm64');
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'electron/build/electronNative.mjs'), '--dry-run', '--os', 'win', '--arch', 'arm64'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Electron ${versions.electron} (ABI 150), better-sqlite3 ${versions.betterSqlite3}, for win32-arm64`);
    expect(result.stdout).toContain('better-sqlite3-v' + versions.betterSqlite3 + '-electron-v150-win32-arm64.tar.gz');
    expect(result.stdout).toContain('3. no source build fallback: compiling for win32-arm64');
    expect(result.stdout).toContain('(dry run: nothing was downloaded, built or written)');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(path.join(repoRoot, 'dist', 'native', '.staging', 'win-arm64'))).toBe(false);
  });
});

describe('ensureElectronNative without a network', () => {
  // prebuild-install looks in a local prebuilds folder before downloading; a tarball laid out
  // like the project's release assets stands in for the download. Any real download attempt
  // goes to a closed local port and fails at once.
  const offlineEnv = (localPrebuilds: string) => ({
    ...process.env,
    npm_config_better_sqlite3_local_prebuilds: localPrebuilds,
    npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:9',
    npm_config_cache: path.join(scratch, 'npm-cache'),
  });
  const quiet = () => {};

  it('installs the binary prebuild-install unpacks, stamps it, and leaves node_modules alone', () => {
    const before = statSync(nodeBuild);
    const plan = linuxPlan({ platform: process.platform, arch: process.arch, hostPlatform: process.platform, hostArch: process.arch });
    // A stand-in for the release asset: this machine's own build, in the asset's layout.
    const assetRoot = mkdtempSync(path.join(scratch, 'asset-'));
    mkdirSync(path.join(assetRoot, 'build', 'Release'), { recursive: true });
    copyFileSync(nodeBuild, path.join(assetRoot, 'build', 'Release', 'better_sqlite3.node'));
    const prebuilds = mkdtempSync(path.join(scratch, 'prebuilds-'));
    const tarball = path.join(prebuilds, path.basename(plan.prebuiltUrl!));
    expect(spawnSync('tar', ['-czf', tarball, '-C', assetRoot, 'build']).status).toBe(0);

    const method = ensureElectronNative({ ...plan, nodeGyp: null }, { log: quiet, env: offlineEnv(prebuilds), stdio: 'ignore' });
    expect(method).toBe('prebuild-install');
    expect(readFileSync(plan.targetFile).equals(readFileSync(nodeBuild))).toBe(true);
    expect(JSON.parse(readFileSync(plan.stampFile, 'utf8'))).toMatchObject({
      electron: versions.electron,
      abi: '150',
      betterSqlite3: versions.betterSqlite3,
      platform: process.platform,
      arch: process.arch,
      method: 'prebuild-install',
    });
    expect(existsSync(plan.stagingDir)).toBe(false);
    const after = statSync(nodeBuild);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    const again = planElectronNative({ outRoot: path.resolve(plan.targetFile, '../../../..'), env: {} });
    expect(again.upToDate).toBe(true);
    expect(ensureElectronNative(again, { log: quiet })).toBe('up-to-date');
  });

  it('explains what to do when neither a download nor a source build is possible', () => {
    const plan = linuxPlan({ platform: 'win32', arch: 'x64' });
    const empty = mkdtempSync(path.join(scratch, 'no-prebuilds-'));
    expect(() => ensureElectronNative(plan, { log: quiet, env: offlineEnv(empty), stdio: 'ignore' })).toThrow(
      `Could not obtain better-sqlite3 for Electron ${versions.electron} (win32-x64)`,
    );
    expect(existsSync(plan.targetFile)).toBe(false);
  });
});
