// Bundles the desktop shell with esbuild:
//   dist/electron/main.cjs         the main process, with the core (core/, db/) and its libraries
//   dist/electron/parseWorker.cjs  the import's worker thread (core/documents/parseWorker.ts)
//   dist/electron/preload.cjs      the preload, one file (a sandboxed preload may only require 'electron')
//
// Run: node electron/build/bundle.mjs
//
// The main bundle is self-contained: the only runtime require() left is 'electron' (and Node's
// built-ins). better-sqlite3's JavaScript is bundled too; its native half is never loaded from
// node_modules but from the Electron-ABI binary handed to the core as `nativeBinding` (see
// electronNative.mjs). So the packaged app needs no node_modules at all, and the checkout's
// Node-ABI build is never shipped or rebuilt. The few data files libraries read at run time
// (pdf.js's cmaps and standard fonts) are shipped as extraResources and handed to the core.
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

/**
 * The core is ESM and reads import.meta, and so does pdf.js; a CommonJS bundle has none, and
 * esbuild would put an empty object in its place (silently, for code in node_modules). Each
 * Node bundle defines what those places use instead: its own file's URL, and a resolve() that
 * says plainly it is not there (only tsx needs it, and tsx is not in the app). Any other use of
 * import.meta still warns, and test/electron refuses a bundle with warnings.
 */
const IMPORT_META_SHIM = {
  define: {
    'import.meta.url': '__coherenceBundleUrl',
    'import.meta.resolve': '__coherenceBundleResolve',
  },
  banner: {
    js: [
      'var __coherenceBundleUrl = require("node:url").pathToFileURL(__filename).href;',
      'var __coherenceBundleResolve = (specifier) => {',
      '  throw new Error(`cannot resolve "${specifier}": a bundle resolves no modules at run time`);',
      '};',
    ].join('\n'),
  },
};

/** What the main process and the parse worker share: Node, CommonJS, self-contained. */
function nodeBundleOptions(entry, outfile, external) {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external,
    tsconfig: path.join(repoRoot, 'tsconfig.node.json'),
    sourcemap: 'linked',
    logLevel: 'silent',
    ...IMPORT_META_SHIM,
  };
}

export function mainBuildOptions(outfile = path.join(repoRoot, 'dist/electron/main.cjs')) {
  return nodeBundleOptions('electron/main/index.ts', outfile, MAIN_EXTERNALS);
}

/**
 * The import's worker thread, a script of its own (a worker starts from a file). It runs in a
 * Node worker inside the main process, where 'electron' cannot be required: nothing is external.
 */
export function parseWorkerBuildOptions(outfile = path.join(repoRoot, 'dist/electron/parseWorker.cjs')) {
  return nodeBundleOptions('core/documents/parseWorker.ts', outfile, []);
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
export const bundleParseWorker = (outfile) => build(parseWorkerBuildOptions(outfile));
export const bundlePreload = (outfile) => build(preloadBuildOptions(outfile));

async function cli() {
  let warned = 0;
  for (const [label, run] of [
    ['main', bundleMain],
    ['worker', bundleParseWorker],
    ['preload', bundlePreload],
  ]) {
    const { outfile, warnings } = await run();
    const formatted = await esbuild.formatMessages(warnings, { kind: 'warning', color: false });
    for (const message of formatted) process.stderr.write(message);
    warned += warnings.length;
    const kb = Math.round(statSync(outfile).size / 1024);
    console.log(`${label.padEnd(8)} ${path.relative(repoRoot, outfile)} (${kb} KB)`);
  }
  // A warning here is a bundle that may break at run time (an empty import.meta, say).
  if (warned > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  cli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
