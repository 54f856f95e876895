import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the CLI (run from a checkout or an npm install) finds what the core needs. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const cliPaths = {
  repoRoot,
  migrationsFolder: path.join(repoRoot, 'db', 'migrations'),
  sampleFolder: path.join(repoRoot, 'resources', 'sample'),
  rendererBuild: path.join(repoRoot, 'dist', 'renderer'),
  /** Imports parse on a worker thread, run through tsx like the CLI itself. */
  parseWorker: { path: path.join(repoRoot, 'core', 'documents', 'parseWorker.ts'), viaTsx: true },
  /** The same per-user folder the desktop app uses, so both share the recent-projects list. */
  userDataDir:
    process.env.COHERENCE_USER_DATA ??
    (process.platform === 'win32'
      ? path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Coherence')
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Application Support', 'Coherence')
        : path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Coherence')),
};
