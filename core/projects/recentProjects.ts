import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../model/types';

/**
 * The machine's list of recently opened projects: a small JSON file in the user's data folder,
 * never in a project (projects travel between machines; this list does not).
 */
const FILE = 'recent-projects.json';
const KEEP = 10;

export function readRecentProjects(userDataDir: string): RecentProject[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.join(userDataDir, FILE), 'utf8'));
    return Array.isArray(parsed) ? (parsed as RecentProject[]).filter((p) => typeof p?.path === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberProject(userDataDir: string, entry: Omit<RecentProject, 'openedAt'>): void {
  const list = [
    { ...entry, openedAt: new Date().toISOString() },
    ...readRecentProjects(userDataDir).filter((p) => p.path !== entry.path),
  ].slice(0, KEEP);
  mkdirSync(userDataDir, { recursive: true });
  const target = path.join(userDataDir, FILE);
  // Write then rename, so a crash never leaves half a list.
  writeFileSync(`${target}.tmp`, JSON.stringify(list, null, 2));
  renameSync(`${target}.tmp`, target);
}
