// Makes sure a better-sqlite3 binary built for Electron's ABI exists, without touching
// node_modules/better-sqlite3/build (which stays built for Node, for npm test and the CLI).
//
//   node electron/build/electronNative.mjs [--dry-run] [--force] [--os linux|win|mac] [--arch x64|arm64]
//
// Result: dist/native/<os>-<arch>/better_sqlite3.node plus build-info.json (what it was built
// for). The main process hands that path to the core as `nativeBinding`; electron-builder ships
// it as resources/native/better_sqlite3.node. Nothing happens when the binary for this Electron
// and better-sqlite3 version is already there.
//
// How: copy the better-sqlite3 package (without its build/) to a staging folder and run
// `prebuild-install --runtime electron --target <electron version>` there, which downloads the
// project's prebuilt binary; if there is none, fall back to node-gyp against Electron's headers
// (needs Python and a C++ toolchain, and only for this machine's own platform and arch).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, openSync, readSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NATIVE_BINARY_NAME, NATIVE_STAMP_NAME, nativeBinaryDir, nodePlatform, osKey } from './nativeLayout.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The installed Electron and better-sqlite3, read from their package files (nothing is run). */
export function readVersions(root = repoRoot) {
  const require = createRequire(path.join(root, 'package.json'));
  const electronPkgFile = require.resolve('electron/package.json');
  const electronDir = path.dirname(electronPkgFile);
  const abiFile = path.join(electronDir, 'abi_version');
  const betterSqlite3PkgFile = require.resolve('better-sqlite3/package.json');
  return {
    electron: readJson(electronPkgFile).version,
    // Electron's npm package states its NODE_MODULE_VERSION; node-abi agrees for known versions.
    abi: existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null,
    betterSqlite3: readJson(betterSqlite3PkgFile).version,
    betterSqlite3Dir: path.dirname(betterSqlite3PkgFile),
  };
}

/** Where the build tools are: prebuild-install is better-sqlite3's own dependency. */
export function findTools(versions, root = repoRoot, env = process.env) {
  const fromBetterSqlite3 = createRequire(path.join(versions.betterSqlite3Dir, 'package.json'));
  const fromRepo = createRequire(path.join(root, 'package.json'));
  const tryResolve = (req, id) => {
    try {
      return req.resolve(id);
    } catch {
      return null;
    }
  };
  return {
    prebuildInstall: tryResolve(fromBetterSqlite3, 'prebuild-install/bin.js') ?? tryResolve(fromRepo, 'prebuild-install/bin.js'),
    // The repository's node-gyp, else the one npm runs scripts with.
    nodeGyp: tryResolve(fromRepo, 'node-gyp/bin/node-gyp.js') ?? env.npm_config_node_gyp ?? null,
  };
}

/**
 * The environment for the build tools. `npm start` exports npm's config as npm_config_*; here
 * that may include nodedir=/usr (Node's headers), target or runtime, any of which would
 * quietly build for Node instead of Electron. Those keys are dropped; proxies, caches and
 * mirrors stay.
 */
export function cleanBuildEnv(env) {
  const drop = /^npm_config_(target|runtime|arch|target_arch|platform|target_platform|nodedir|disturl|dist_url|devdir|build_from_source|libc|download)$/i;
  const dropPackage = /^npm_package_(from|resolved)$/i;
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || drop.test(key) || dropPackage.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

function readStamp(file) {
  try {
    return readJson(file);
  } catch {
    return null;
  }
}

/** The prebuilt archive prebuild-install will ask for first (shown in the plan; not fetched here). */
function prebuiltUrl(versions, tools, platform, arch) {
  if (!tools.prebuildInstall || !versions.abi) return null;
  try {
    const util = createRequire(tools.prebuildInstall)('./util.js');
    const pkg = readJson(path.join(versions.betterSqlite3Dir, 'package.json'));
    return util.getDownloadUrl({ pkg, runtime: 'electron', abi: versions.abi, platform, arch, libc: '', 'tag-prefix': 'v', debug: false });
  } catch {
    return null;
  }
}

/**
 * Everything the script would do, decided without doing it: the target, whether it is already
 * up to date, and the commands. `outRoot` is where dist/native lives (the repository).
 */
export function planElectronNative({
  root = repoRoot,
  outRoot = root,
  platform = process.platform,
  arch = process.arch,
  force = false,
  env = process.env,
  hostPlatform = process.platform,
  hostArch = process.arch,
} = {}) {
  const versions = readVersions(root);
  const tools = findTools(versions, root, env);
  const targetDir = nativeBinaryDir(outRoot, platform, arch);
  const targetFile = path.join(targetDir, NATIVE_BINARY_NAME);
  const stampFile = path.join(targetDir, NATIVE_STAMP_NAME);
  const stamp = readStamp(stampFile);
  const upToDate =
    !force &&
    existsSync(targetFile) &&
    stamp !== null &&
    stamp.electron === versions.electron &&
    stamp.betterSqlite3 === versions.betterSqlite3 &&
    stamp.platform === platform &&
    stamp.arch === arch;
  const stagingDir = path.join(outRoot, 'dist', 'native', '.staging', `${osKey(platform)}-${arch}`);
  const canCompile = platform === hostPlatform && arch === hostArch;
  return {
    electron: versions.electron,
    abi: versions.abi,
    betterSqlite3: versions.betterSqlite3,
    betterSqlite3Dir: versions.betterSqlite3Dir,
    platform,
    arch,
    targetFile,
    stampFile,
    upToDate,
    stagingDir,
    prebuiltUrl: prebuiltUrl(versions, tools, platform, arch),
    prebuildInstall: tools.prebuildInstall && {
      cwd: stagingDir,
      args: [tools.prebuildInstall, '--runtime', 'electron', '--target', versions.electron, '--platform', platform, '--arch', arch, '--verbose'],
    },
    nodeGyp:
      canCompile && tools.nodeGyp
        ? {
            cwd: stagingDir,
            args: [
              tools.nodeGyp,
              'rebuild',
              '--release',
              `--target=${versions.electron}`,
              `--arch=${arch}`,
              `--dist-url=${ELECTRON_HEADERS_URL}`,
              `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
              '--jobs=max',
            ],
          }
        : null,
    nodeGypUnavailableReason: canCompile
      ? tools.nodeGyp
        ? null
        : 'node-gyp was not found'
      : `compiling for ${platform}-${arch} on a ${hostPlatform}-${hostArch} machine is not possible`,
  };
}

const ELF_MACHINES = { x64: 0x3e, arm64: 0xb7, ia32: 0x03, arm: 0x28 };

/**
 * Whether bytes look like a native module for the platform (and, for ELF, the arch): catches an
 * HTML error page or a truncated download before Electron tries to load it.
 */
export function looksLikeNativeModule(bytes, platform, arch) {
  if (bytes.length < 20) return false;
  if (platform === 'linux') {
    if (!(bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46)) return false;
    const expected = ELF_MACHINES[arch];
    const little = bytes[5] === 1;
    const machine = little ? bytes[18] | (bytes[19] << 8) : (bytes[18] << 8) | bytes[19];
    return expected === undefined || machine === expected;
  }
  if (platform === 'win32') return bytes[0] === 0x4d && bytes[1] === 0x5a; // 'MZ'
  if (platform === 'darwin') {
    const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
    return [0xfeedfacf, 0xcffaedfe, 0xcafebabe, 0xbebafeca].includes(magic);
  }
  return false;
}

function readHead(file, length = 64) {
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

export function describePlan(plan) {
  const lines = [
    `Electron ${plan.electron} (ABI ${plan.abi ?? 'unknown'}), better-sqlite3 ${plan.betterSqlite3}, for ${plan.platform}-${plan.arch}`,
    `target: ${plan.targetFile}`,
  ];
  if (plan.upToDate) {
    lines.push('already built for this Electron and better-sqlite3: nothing to do');
    return lines.join('\n');
  }
  lines.push(`1. copy ${plan.betterSqlite3Dir} (without build/) to ${plan.stagingDir}`);
  lines.push(
    plan.prebuildInstall
      ? `2. in the copy: node ${plan.prebuildInstall.args.join(' ')}` +
          (plan.prebuiltUrl ? `\n   downloads ${plan.prebuiltUrl}` : '')
      : '2. (prebuild-install not found: skipped)',
  );
  lines.push(
    plan.nodeGyp
      ? `3. if that fails: node ${plan.nodeGyp.args.join(' ')}\n   (needs Python 3 and a C++ compiler; npm's nodedir setting is ignored)`
      : `3. no source build fallback: ${plan.nodeGypUnavailableReason}`,
  );
  lines.push(`4. check the binary, copy it to the target, write ${NATIVE_STAMP_NAME}`);
  return lines.join('\n');
}

function run(step, env, stdio) {
  const result = spawnSync(process.execPath, step.args, { cwd: step.cwd, env, stdio });
  return result.status === 0;
}

/** Carries out a plan (downloads or compiles). Returns how the binary was obtained. */
export function ensureElectronNative(plan, { log = console.log, env: baseEnv = process.env, stdio = 'inherit' } = {}) {
  if (plan.upToDate) return 'up-to-date';
  const env = cleanBuildEnv(baseEnv);
  rmSync(plan.stagingDir, { recursive: true, force: true });
  mkdirSync(plan.stagingDir, { recursive: true });
  const skip = new Set(['build', 'node_modules'].map((name) => path.join(plan.betterSqlite3Dir, name)));
  cpSync(plan.betterSqlite3Dir, plan.stagingDir, { recursive: true, filter: (source) => !skip.has(source) });

  const built = path.join(plan.stagingDir, 'build', 'Release', NATIVE_BINARY_NAME);
  let method = null;
  if (plan.prebuildInstall) {
    log(`Downloading the prebuilt better-sqlite3 for Electron ${plan.electron}...`);
    if (run(plan.prebuildInstall, env, stdio) && existsSync(built)) method = 'prebuild-install';
  }
  if (!method && plan.nodeGyp) {
    log(`No prebuilt binary; compiling better-sqlite3 against Electron ${plan.electron}'s headers...`);
    if (run(plan.nodeGyp, env, stdio) && existsSync(built)) method = 'node-gyp';
  }
  if (!method) {
    throw new Error(
      `Could not obtain better-sqlite3 for Electron ${plan.electron} (${plan.platform}-${plan.arch}). ` +
        `The download failed${plan.nodeGyp ? ' and so did the source build' : `, and ${plan.nodeGypUnavailableReason}`}. ` +
        'Check the network (or set npm_config_better_sqlite3_binary_host to a mirror), or install Python 3 and a C++ toolchain.',
    );
  }
  if (!looksLikeNativeModule(readHead(built), plan.platform, plan.arch)) {
    throw new Error(`${built} is not a ${plan.platform}-${plan.arch} native module; not installing it.`);
  }
  mkdirSync(path.dirname(plan.targetFile), { recursive: true });
  copyFileSync(built, plan.targetFile);
  const stamp = {
    electron: plan.electron,
    abi: plan.abi,
    betterSqlite3: plan.betterSqlite3,
    platform: plan.platform,
    arch: plan.arch,
    method,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(plan.stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  rmSync(plan.stagingDir, { recursive: true, force: true });
  return method;
}

/** --os/--platform accept electron-builder's names (linux, win, mac) or Node's. */
export function parseArgs(argv) {
  const options = { dryRun: false, force: false, platform: process.platform, arch: process.arch };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--os' || arg === '--platform') options.platform = nodePlatform(value());
    else if (arg === '--arch') options.arch = value();
    else throw new Error(`Unknown option ${arg} (expected --dry-run, --force, --os, --arch)`);
  }
  return options;
}

function cli() {
  const options = parseArgs(process.argv.slice(2));
  const plan = planElectronNative({ platform: options.platform, arch: options.arch, force: options.force });
  if (options.dryRun) {
    console.log(describePlan(plan));
    console.log('(dry run: nothing was downloaded, built or written)');
    return;
  }
  if (plan.upToDate) {
    console.log(`better-sqlite3 for Electron ${plan.electron} (${plan.platform}-${plan.arch}) is ready: ${path.relative(repoRoot, plan.targetFile)}`);
    return;
  }
  const method = ensureElectronNative(plan);
  console.log(`better-sqlite3 for Electron ${plan.electron} installed by ${method}: ${path.relative(repoRoot, plan.targetFile)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    cli();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
