// electron-builder's beforePack hook (see electron-builder.yml): before each platform and arch
// is packed, make sure dist/native/<os>-<arch>/better_sqlite3.node exists for this Electron,
// downloading the prebuilt binary when needed. So `electron-builder --win --x64` on a Linux
// machine ships the Windows binary, and a package never goes out without its database engine.
import { ensureElectronNative, planElectronNative } from './electronNative.mjs';

// electron-builder's Arch enum (builder-util/out/arch.d.ts).
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The Node platform and arch a pack context builds for. */
export function targetFromContext(context) {
  const arch = typeof context.arch === 'number' ? ARCH_NAMES[context.arch] : context.arch;
  if (!arch) throw new Error(`Unknown electron-builder arch ${context.arch}`);
  if (arch === 'universal') {
    throw new Error('Universal macOS builds need a universal better-sqlite3 binary; package x64 and arm64 separately.');
  }
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  return { platform, arch };
}

export default async function beforePack(context) {
  const target = targetFromContext(context);
  const plan = planElectronNative(target);
  const method = ensureElectronNative(plan);
  console.log(`  • better-sqlite3 for Electron ${plan.electron} (${target.platform}-${target.arch}): ${method}`);
}
