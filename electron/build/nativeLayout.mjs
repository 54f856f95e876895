// Where the Electron-ABI build of better-sqlite3 lives. One source of truth for the build
// script that makes it (electronNative.mjs), the main process that loads it in development
// (electron/main/shellPaths.ts) and electron-builder.yml, which ships it as a resource.
//
// Folders are named with electron-builder's ${os}-${arch} macros (linux-x64, win-x64,
// mac-arm64) so the packaging config can pick the target's binary, not the build machine's.
import path from 'node:path';

export const NATIVE_BINARY_NAME = 'better_sqlite3.node';
/** Written beside the binary: which Electron and better-sqlite3 it was made for, and how. */
export const NATIVE_STAMP_NAME = 'build-info.json';
/** Inside process.resourcesPath once packaged (see extraResources in electron-builder.yml). */
export const PACKAGED_NATIVE_FOLDER = 'native';

const OS_KEYS = { linux: 'linux', win32: 'win', darwin: 'mac' };

/** electron-builder's ${os} for a Node platform name. */
export function osKey(platform) {
  const key = OS_KEYS[platform];
  if (!key) throw new Error(`Coherence has no desktop build for the platform "${platform}".`);
  return key;
}

/** Node's platform name for an electron-builder ${os} (or a Node platform name, unchanged). */
export function nodePlatform(osOrPlatform) {
  for (const [platform, key] of Object.entries(OS_KEYS)) {
    if (osOrPlatform === key || osOrPlatform === platform) return platform;
  }
  throw new Error(`Unknown platform "${osOrPlatform}" (expected linux, win or mac).`);
}

export function nativeBinaryDir(repoRoot, platform, arch) {
  return path.join(repoRoot, 'dist', 'native', `${osKey(platform)}-${arch}`);
}

export function nativeBinaryFile(repoRoot, platform, arch) {
  return path.join(nativeBinaryDir(repoRoot, platform, arch), NATIVE_BINARY_NAME);
}
