import path from 'node:path';

export const PROJECT_EXTENSION = '.coherence';

export function isProjectFile(file: string): boolean {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) && path.basename(file).length > PROJECT_EXTENSION.length;
}

/**
 * The project a command line asks to open: what Windows and Linux pass when a .coherence file
 * is double-clicked, on first launch (`process.argv`) and to the running instance
 * (`second-instance`). Switches (`--foo`, Chromium's `--allow-file-access-from-files`) are
 * skipped; the last project file wins; a relative path is taken from the launch folder.
 */
export function projectFileFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (isProjectFile(arg)) found = arg;
  }
  return found === null ? null : path.resolve(cwd, found);
}
