// Bundles the desktop shell with esbuild:
//   dist/electron/main.cjs     the main process, with the core (core/, db/) and its libraries
//   dist/electron/preload.cjs  the preload, one file (a sandboxed preload may only require 'electron')
//
// Run: node electron/build/bundle.mjs
//
// The main bundle is self-contained: the only runtime require() left is 'electron' (and Node's
// built-ins). better-sqlite3's JavaScript is bundled too; its native half is never loaded from
// node_modules but from the Electron-ABI binary handed to the core as `nativeBinding` (see
// electronNative.mjs). So the packaged app needs no node_modules at all, and the checkout's
// Node-ABI build is never shipped or rebuilt.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Modules the main bundle leaves to require() at run time. Add one only with a reason. */
export const MAIN_EXTERNALS = [
  // Provided by the Electron runtime itself.
  'electron',
];

export function mainBuildOptions(outfile = path.join(repoRoot, 'dist/electron/main.cjs')) {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, 'electron/main/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: MAIN_EXTERNALS,
    tsconfig: path.join(repoRoot, 'tsconfig.node.json'),
    sourcemap: 'linked',
    logLevel: 'silent',
  };
}

export function preloadBuildOptions(outfile = path.join(repoRoot, 'dist/electron/preload.cjs')) {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, 'electron/preload/index.ts')],
    outfile,
    bundle: true,
    // 'browser', not 'node': a Node built-in slipping into the preload fails the build here
    // instead of failing inside the sandbox at run time.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    tsconfig: path.join(repoRoot, 'tsconfig.node.json'),
    sourcemap: false,
    logLevel: 'silent',
  };
}

async function build(options) {
  mkdirSync(path.dirname(options.outfile), { recursive: true });
  const result = await esbuild.build(options);
  return { outfile: options.outfile, warnings: result.warnings };
}

export const bundleMain = (outfile) => build(mainBuildOptions(outfile));
export const bundlePreload = (outfile) => build(preloadBuildOptions(outfile));

async function cli() {
  for (const [label, run] of [
    ['main', bundleMain],
    ['preload', bundlePreload],
  ]) {
    const { outfile, warnings } = await run();
    const formatted = await esbuild.formatMessages(warnings, { kind: 'warning', color: false });
    for (const message of formatted) process.stderr.write(message);
    const kb = Math.round(statSync(outfile).size / 1024);
    console.log(`${label.padEnd(8)} ${path.relative(repoRoot, outfile)} (${kb} KB)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  cli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
