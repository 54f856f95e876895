import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'release', '.git', 'test-results', 'test-artifacts', '.vite']);
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const ELECTRON = `electron(?:/(?:main|renderer|common|utility))?`;
// Static imports and re-exports, bare imports, require() and dynamic import() of Electron or its subpaths.
const IMPORT_OF_ELECTRON = new RegExp(
  [`\\bfrom\\s*['"]${ELECTRON}['"]`, `\\bimport\\s*['"]${ELECTRON}['"]`, `\\b(?:require|import)\\s*\\(\\s*['"]${ELECTRON}['"]\\s*\\)`].join('|'),
);
const VALUE_IMPORT_OF_ELECTRON = new RegExp(`^\\s*import\\s+(?!type\\b)[^;]*?\\bfrom\\s*['"]${ELECTRON}['"]`, 'm');

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) sourceFiles(path.join(dir, entry.name), found);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) {
      found.push(path.join(dir, entry.name));
    }
  }
  return found;
}

const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/');
const files = sourceFiles(repoRoot);

/** Modules that decide something: importable (and unit-tested) without Electron. */
const PURE_MODULES = [
  'electron/main/appOrigin.ts',
  'electron/main/appProtocolPath.ts',
  'electron/main/contentSecurityPolicy.ts',
  'electron/main/dialogFilters.ts',
  'electron/main/externalLinks.ts',
  'electron/main/menuTemplate.ts',
  'electron/main/mimeTypes.ts',
  'electron/main/permissions.ts',
  'electron/main/projectFileArgs.ts',
  'electron/main/shellPaths.ts',
  'electron/main/trustedSender.ts',
  'electron/main/windowOptions.ts',
  'electron/shared/channels.ts',
];

describe("imports of 'electron'", () => {
  it('the pattern recognises every way of importing Electron, and nothing else', () => {
    const q = "'";
    for (const line of [
      `import { app } from ${q}electron${q};`,
      `import type { BrowserWindow } from ${q}electron${q};`,
      `export { ipcMain } from ${q}electron/main${q};`,
      `const { shell } = require(${q}electron${q});`,
      `await import(${q}electron${q});`,
      `import ${q}electron${q};`,
    ]) {
      expect(IMPORT_OF_ELECTRON.test(line), line).toBe(true);
    }
    for (const line of [`import { build } from ${q}electron-builder${q};`, `// see electron${q}s docs`, `import x from ${q}./electron${q};`]) {
      expect(IMPORT_OF_ELECTRON.test(line), line).toBe(false);
    }
  });

  it('come only from electron/', () => {
    expect(files.length).toBeGreaterThan(20);
    const outside = files.filter((f) => !relative(f).startsWith('electron/') && IMPORT_OF_ELECTRON.test(readFileSync(f, 'utf8')));
    expect(outside.map(relative)).toEqual([]);
  });

  it('the shell itself does import Electron (the scan sees it)', () => {
    const inside = files.filter((f) => relative(f).startsWith('electron/') && IMPORT_OF_ELECTRON.test(readFileSync(f, 'utf8')));
    expect(inside.map(relative)).toContain('electron/main/index.ts');
    expect(inside.map(relative)).toContain('electron/preload/index.ts');
  });

  it('never as a value in the modules that decide something, nor in the build scripts', () => {
    const build = files.filter((f) => relative(f).startsWith('electron/build/'));
    expect(build.length).toBeGreaterThan(2);
    for (const file of [...PURE_MODULES.map((m) => path.join(repoRoot, m)), ...build]) {
      expect(VALUE_IMPORT_OF_ELECTRON.test(readFileSync(file, 'utf8')), relative(file)).toBe(false);
      expect(/require\(\s*['"]electron['"]\s*\)/.test(readFileSync(file, 'utf8')), relative(file)).toBe(false);
    }
  });
});
