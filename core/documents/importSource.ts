import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkDocumentSize } from '../import';
import { AppError } from '../model/errors';
import type { ImportSource } from '../model/types';

/** A file to import, once folders are opened up: its name as the researcher knows it, and how to get its bytes. */
export interface ImportFile {
  /** The name shown in previews and results: the path relative to a chosen folder, or the file name. */
  name: string;
  source: ImportSource;
}

export function sourceName(source: ImportSource): string {
  return 'path' in source ? path.basename(source.path) : source.name;
}

/** Files that are never transcripts and are not worth a line in the summary. */
function isHidden(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';
}

function walk(folder: string, base: string, out: ImportFile[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isHidden(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (entry.isFile()) out.push({ name: path.relative(base, full), source: { path: full } });
  }
}

/** Open up folders (recursively, in name order) into the files inside them. */
export function expandSources(sources: ImportSource[]): ImportFile[] {
  const files: ImportFile[] = [];
  for (const source of sources) {
    if ('path' in source) {
      let isFolder = false;
      try {
        isFolder = statSync(source.path).isDirectory();
      } catch {
        // a missing file is reported when it is read
      }
      if (isFolder) {
        walk(source.path, path.dirname(source.path), files);
        continue;
      }
    }
    files.push({ name: 'path' in source ? path.basename(source.path) : source.name, source });
  }
  return files;
}

/** The bytes of a file to import, or a plain-language reason why they cannot be had. */
export function loadImportSource(file: ImportFile): Uint8Array {
  const { name, source } = file;
  if (!('path' in source)) {
    const bytes = Buffer.from(source.base64, 'base64');
    checkDocumentSize(name, bytes.length);
    return bytes;
  }
  try {
    const stat = statSync(source.path);
    if (stat.isDirectory()) throw new AppError('bad-file', `${name} is a folder; choose the files inside it.`);
    // Honour a file marked unreadable even for users (or root) the system would let read it.
    if ((stat.mode & 0o444) === 0) throw new AppError('bad-file', `${name} cannot be read: permission denied.`);
    checkDocumentSize(name, stat.size);
    return readFileSync(source.path);
  } catch (e) {
    throw describeFsError(e, name);
  }
}

function describeFsError(e: unknown, name: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new AppError('file-not-found', `${name} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('bad-file', `${name} cannot be read: permission denied.`);
  if (code === 'EISDIR') return new AppError('bad-file', `${name} is a folder; choose the files inside it.`);
  return new AppError('bad-file', `${name} cannot be read (${e instanceof Error ? e.message : String(e)}).`);
}
